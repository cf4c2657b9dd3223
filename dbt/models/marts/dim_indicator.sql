-- The indicator catalog (seeds/indicators.csv).
select
    indicator_code,
    fact_type,
    pillar,
    unit,
    name_vi,
    name_en,
    unit != 'rank' as higher_is_better,
    unit in ('count', 'billion_vnd') as is_additive,
    per_admin_level,
    aliases_vi
from {{ ref('stg_indicators') }}
