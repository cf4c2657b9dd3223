{#- The columns every fact table exposes, for one fact type of int_facts_resolved. -#}
{% macro fact_table(fact_type) %}
select
    fact_id,
    doc_id,
    province_key,
    indicator_code,
    admin_level,
    period,
    period_source,
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
    corrected,
    correction_note,
    published,
    published_date,
    published_precision,
    source_precedence
from {{ ref('int_facts_resolved') }}
where fact_type = '{{ fact_type }}'
{% endmacro %}
