{#- Era-aware surrogate key of a province: GSO codes were reused after the 2025 merger. -#}
{% macro province_key(era, code) -%}
    'vn' || {{ era }} || '_' || {{ code }}
{%- endmacro %}
