-- Grain: report × province × indicator × admin level × period × value kind (indicator facts).
select
    fact_id,
    doc_id,
    province_key,
    indicator_code,
    admin_level,
    period,
    year,
    period_start_year,
    period_end_year,
    value_kind,
    comparator,
    value,
    unit,
    numerator,
    denominator,
    evidence,
    char_start,
    char_end,
    source_kind,
    source_ref,
    published
from {{ ref('int_facts_resolved') }}
where fact_type = 'indicator'
