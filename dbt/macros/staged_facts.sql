{#- The staged columns of a fact table of the `raw` source. Extracted and submitted facts share one layout;
    a submission states the period of every figure, so its `period_source` is always `text`. -#}
{% macro staged_facts(raw_table, period_source=none) %}
select
    cast(doc_id as {{ dbt.type_string() }}) as doc_id,
    cast(province_era as {{ dbt.type_string() }}) as province_era,
    cast(province_code as {{ dbt.type_string() }}) as province_code,
    cast(province_vi as {{ dbt.type_string() }}) as province_vi,
    cast(fact_type as {{ dbt.type_string() }}) as fact_type,
    cast(indicator_code as {{ dbt.type_string() }}) as indicator_code,
    cast(nullif(admin_level, '') as {{ dbt.type_string() }}) as admin_level,
    cast(nullif(period, '') as {{ dbt.type_string() }}) as period,
    {% if period_source -%}
    cast('{{ period_source }}' as {{ dbt.type_string() }}) as period_source,
    {%- else -%}
    cast(nullif(period_source, '') as {{ dbt.type_string() }}) as period_source,
    {%- endif %}
    cast(value_kind as {{ dbt.type_string() }}) as value_kind,
    cast(comparator as {{ dbt.type_string() }}) as comparator,
    cast(value as {{ type_double() }}) as value,
    cast(unit as {{ dbt.type_string() }}) as unit,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    cast(evidence as {{ dbt.type_string() }}) as evidence,
    cast(char_start as integer) as char_start,
    cast(char_end as integer) as char_end,
    cast(source_kind as {{ dbt.type_string() }}) as source_kind,
    cast(source_ref as {{ dbt.type_string() }}) as source_ref
from {{ source('raw', raw_table) }}
{% endmacro %}
