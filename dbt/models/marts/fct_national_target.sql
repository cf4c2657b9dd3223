-- Grain: indicator × admin level × year (× comparator). National targets from seeds/national_targets.csv;
-- `is_verified` = false rows are provisional and must be shown as such.
select
    indicator_code,
    coalesce(admin_level, 'all') as admin_level,
    target_year as year,
    comparator,
    target_value as value,
    unit,
    source_decision,
    is_verified,
    note
from {{ ref('stg_national_targets') }}
