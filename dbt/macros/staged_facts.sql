{#- The staged columns of a fact table of the `raw` source. Extracted and submitted facts share one layout;
    a submission states the period of every figure, so its `period_source` is always `text`, and is never held
    back (only the extractor holds back a fact it doubts: `held_back` says why, null for the others). -#}
{% macro staged_facts(raw_table, period_source=none, held_back=true) %}
select
    {{ string_columns(['doc_id', 'province_era', 'province_code', 'province_vi', 'fact_type', 'indicator_code']) }},
    cast(nullif(admin_level, '') as {{ dbt.type_string() }}) as admin_level,
    cast(nullif(period, '') as {{ dbt.type_string() }}) as period,
    {% if period_source -%}
    cast('{{ period_source }}' as {{ dbt.type_string() }}) as period_source,
    {%- else -%}
    cast(nullif(period_source, '') as {{ dbt.type_string() }}) as period_source,
    {%- endif %}
    {{ string_columns(['value_kind', 'comparator']) }},
    cast(value as {{ type_double() }}) as value,
    {{ string_columns(['unit']) }},
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ string_columns(['evidence']) }},
    cast(char_start as integer) as char_start,
    cast(char_end as integer) as char_end,
    {{ string_columns(['source_kind', 'source_ref']) }},
    {% if not held_back -%}
    cast(null as {{ dbt.type_string() }}) as held_back
    {%- else -%}
    cast(nullif(held_back, '') as {{ dbt.type_string() }}) as held_back
    {%- endif %}
from {{ source('raw', raw_table) }}
{% endmacro %}
