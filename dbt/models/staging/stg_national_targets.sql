select
    cast(indicator_code as {{ dbt.type_string() }}) as indicator_code,
    cast(nullif(admin_level, '') as {{ dbt.type_string() }}) as admin_level,
    cast(year as integer) as target_year,
    cast(comparator as {{ dbt.type_string() }}) as comparator,
    cast(value as {{ type_double() }}) as target_value,
    cast(unit as {{ dbt.type_string() }}) as unit,
    cast(source as {{ dbt.type_string() }}) as source_decision,
    cast(verified = 'yes' as boolean) as is_verified,
    cast(note as {{ dbt.type_string() }}) as note
from {{ ref('national_targets') }}
