{#- The few SQL pieces that DuckDB, PostgreSQL and Spark spell differently, dispatched on the adapter.
    Everything else in the models is SQL the three engines share, or one of dbt's own cross-database
    macros (dbt.type_string, dbt.listagg, dbt.position). -#}

{#- A 64-bit float: `double` in DuckDB and Spark, `double precision` in PostgreSQL (dbt.type_float()
    is a 32-bit `float` in DuckDB and Spark). -#}
{% macro type_double() -%}{{ return(adapter.dispatch('type_double', 'dx_warehouse')()) }}{%- endmacro %}
{% macro default__type_double() -%}double{%- endmacro %}
{% macro postgres__type_double() -%}double precision{%- endmacro %}

{#- The first capture group of `pattern` in `expression`, or null (or '') when it does not match.
    Write patterns without backslashes ([0-9], not \d): Spark's string literals eat them. -#}
{% macro regexp_group(expression, pattern) -%}
    {{ return(adapter.dispatch('regexp_group', 'dx_warehouse')(expression, pattern)) }}
{%- endmacro %}
{% macro default__regexp_group(expression, pattern) -%}regexp_extract({{ expression }}, '{{ pattern }}', 1){%- endmacro %}
{% macro postgres__regexp_group(expression, pattern) -%}substring({{ expression }} from '{{ pattern }}'){%- endmacro %}

{#- True when the whole of `expression` matches `pattern`. -#}
{% macro regexp_full_match(expression, pattern) -%}
    {{ return(adapter.dispatch('regexp_full_match', 'dx_warehouse')(expression, pattern)) }}
{%- endmacro %}
{% macro default__regexp_full_match(expression, pattern) -%}regexp_full_match({{ expression }}, '{{ pattern }}'){%- endmacro %}
{% macro postgres__regexp_full_match(expression, pattern) -%}{{ expression }} ~ '^({{ pattern }})$'{%- endmacro %}
{% macro spark__regexp_full_match(expression, pattern) -%}{{ expression }} rlike '^({{ pattern }})$'{%- endmacro %}

{#- `round` of a double to `digits` decimals, still a double (PostgreSQL rounds only numerics). -#}
{% macro round_double(expression, digits) -%}
    {{ return(adapter.dispatch('round_double', 'dx_warehouse')(expression, digits)) }}
{%- endmacro %}
{% macro default__round_double(expression, digits) -%}round({{ expression }}, {{ digits }}){%- endmacro %}
{% macro postgres__round_double(expression, digits) -%}
    cast(round(cast({{ expression }} as numeric), {{ digits }}) as double precision)
{%- endmacro %}

{#- The distinct values of `expression`, sorted and joined with `delimiter`. -#}
{% macro string_agg_distinct(expression, delimiter) -%}
    {{ return(adapter.dispatch('string_agg_distinct', 'dx_warehouse')(expression, delimiter)) }}
{%- endmacro %}
{% macro default__string_agg_distinct(expression, delimiter) -%}
    string_agg(distinct {{ expression }}, '{{ delimiter }}' order by {{ expression }})
{%- endmacro %}
{% macro spark__string_agg_distinct(expression, delimiter) -%}
    array_join(array_sort(collect_set({{ expression }})), '{{ delimiter }}')
{%- endmacro %}

{#- dbt-spark's listagg drops its `order by`; Spark 4 has the ordered SQL-standard form. -#}
{% macro spark__listagg(measure, delimiter_text, order_by_clause, limit_num) -%}
    listagg({{ measure }}, {{ delimiter_text }}) within group ({{ order_by_clause or 'order by ' ~ measure }})
{%- endmacro %}

{#- A one-column relation `n` of the integers low..high. -#}
{% macro integer_series(low, high) -%}
    {{ return(adapter.dispatch('integer_series', 'dx_warehouse')(low, high)) }}
{%- endmacro %}
{% macro default__integer_series(low, high) -%}
    select cast(generate_series as integer) as n from generate_series({{ low }}, {{ high }})
{%- endmacro %}
{% macro spark__integer_series(low, high) -%}
    select cast(n as int) as n from (select explode(sequence({{ low }}, {{ high }})) as n) as series
{%- endmacro %}

{#- An array of the integers low..high (a list in DuckDB, integer[] in PostgreSQL, array<int> in Spark). -#}
{% macro integer_range_array(low, high) -%}
    {{ return(adapter.dispatch('integer_range_array', 'dx_warehouse')(low, high)) }}
{%- endmacro %}
{% macro default__integer_range_array(low, high) -%}
    list_transform(range({{ low }}, {{ high }} + 1), y -> cast(y as integer))
{%- endmacro %}
{% macro postgres__integer_range_array(low, high) -%}
    array(select cast(generate_series({{ low }}, {{ high }}) as integer))
{%- endmacro %}
{% macro spark__integer_range_array(low, high) -%}
    transform(sequence({{ low }}, {{ high }}), y -> cast(y as int))
{%- endmacro %}

{#- Seeds on Spark: dbt-spark's session cursor binds an empty cell as the string 'None' and does not escape
    quotes, so the rows are written as SQL literals instead (null for an empty cell). -#}
{% macro spark__load_csv_rows(model, agate_table) %}
    {% set column_override = model['config'].get('column_types', {}) %}
    {% set statements = [] %}
    {% for chunk in agate_table.rows | batch(get_batch_size()) %}
        {% set sql %}
            insert into {{ this.render() }} values
            {% for row in chunk -%}
                ({%- for value in row -%}
                    {%- set type = column_override.get(agate_table.column_names[loop.index0],
                                                       adapter.convert_type(agate_table, loop.index0)) -%}
                    {%- if value is none -%}cast(null as {{ type }})
                    {%- else -%}cast('{{ value | string | replace("\\", "\\\\") | replace("'", "\\'") }}' as {{ type }})
                    {%- endif -%}
                    {%- if not loop.last %}, {% endif -%}
                {%- endfor -%})
                {%- if not loop.last %},{% endif %}
            {% endfor %}
        {% endset %}
        {% do adapter.add_query(sql, abridge_sql_log=True) %}
        {% if loop.index0 == 0 %}{% do statements.append(sql) %}{% endif %}
    {% endfor %}
    {{ return(statements[0]) }}
{% endmacro %}

{#- A table just built gets planner statistics where the engine does not gather them itself: PostgreSQL's
    autovacuum analyses a new table only later, and without statistics it plans the marts' joins as nested
    loops (minutes instead of seconds at national scale). A post-hook of the intermediate and mart tables. -#}
{% macro analyze_for_planner() -%}
    {{ return(adapter.dispatch('analyze_for_planner', 'dx_warehouse')()) }}
{%- endmacro %}
{% macro default__analyze_for_planner() -%}{%- endmacro %}
{% macro postgres__analyze_for_planner() -%}analyze {{ this }}{%- endmacro %}
