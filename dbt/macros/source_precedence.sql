{#- The order in which sources of one figure are preferred: a province's own submission first, then the most
    recently published report, then the doc id (so ties break the same way every run). One place for the rule
    every mart that picks "the latest value" uses. -#}
{% macro source_precedence() -%}
    source_kind = 'submission' desc, published_date desc nulls last, doc_id desc
{%- endmacro %}
