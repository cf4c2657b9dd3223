{#- The text columns of a staging model, each cast to the engine's string type: 'x' keeps its name,
    'x as y' renames it. One line per model instead of one cast per column; other types are cast by hand. -#}
{% macro string_columns(columns) -%}
    {%- for column in columns -%}
        {%- set parts = column.split(' as ') -%}
        cast({{ parts[0] }} as {{ dbt.type_string() }}) as {{ parts[-1] }}{{ ',\n    ' if not loop.last }}
    {%- endfor -%}
{%- endmacro %}
