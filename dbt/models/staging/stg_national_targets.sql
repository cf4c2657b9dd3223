select
    cast(indicator_code as varchar) as indicator_code,
    cast(nullif(admin_level, '') as varchar) as admin_level,
    cast(year as integer) as target_year,
    cast(comparator as varchar) as comparator,
    cast(value as double) as target_value,
    cast(unit as varchar) as unit,
    cast(source as varchar) as source_decision,
    cast(verified = 'yes' as boolean) as is_verified,
    cast(note as varchar) as note
from {{ ref('national_targets') }}
