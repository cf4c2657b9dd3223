-- The indicator catalog (seeds/indicators.csv), with how reliably the extractor reads each indicator.
select
    i.indicator_code,
    i.fact_type,
    i.pillar,
    i.unit,
    i.name_vi,
    i.name_en,
    i.unit != 'rank' as higher_is_better,
    i.unit in ('count', 'billion_vnd') as is_additive,
    i.per_admin_level,
    i.aliases_vi,
    coalesce(q.unseen_true + q.unseen_false, 0) as unseen_facts_scored,
    cast(q.unseen_true as {{ type_double() }})
    / nullif(q.unseen_true + q.unseen_false, 0) as unseen_precision,
    cast(q.unseen_true as {{ type_double() }})
    / nullif(q.unseen_true + q.unseen_missed, 0) as unseen_recall
from {{ ref('stg_indicators') }} as i
left join {{ ref('stg_extraction_quality') }} as q on i.indicator_code = q.indicator_code
