"""Stand-in for dbt's `adapter.dispatch` in sqlfluff's jinja templater: the DuckDB renderings of the dispatched
macros of dbt/macros/cross_engine.sql (lint only; dbt itself dispatches to the real macros)."""

_DUCKDB = {
    "type_double": lambda: "double",
    "regexp_group": lambda expression, pattern: f"regexp_extract({expression}, '{pattern}', 1)",
    "regexp_full_match": lambda expression, pattern: f"regexp_full_match({expression}, '{pattern}')",
    "round_double": lambda expression, digits: f"round({expression}, {digits})",
    "string_agg_distinct": lambda expression, delimiter: (
        f"string_agg(distinct {expression}, '{delimiter}' order by {expression})"
    ),
    "integer_series": lambda low, high: (
        f"select cast(generate_series as integer) as n from generate_series({low}, {high})"
    ),
    "integer_range_array": lambda low, high: f"list_transform(range({low}, {high} + 1), y -> cast(y as integer))",
}


def dispatch(macro_name: str, macro_namespace: str | None = None):
    return _DUCKDB[macro_name]
