"""Stand-ins for the dbt cross-database macros the models call (`dbt.type_string()`, ...), in DuckDB spelling,
so that sqlfluff's jinja templater can render the models without dbt. sqlfluff loads this folder as
`library_path`; each module becomes a jinja variable named after it."""


def type_string() -> str:
    return "varchar"


def listagg(measure: str, delimiter_text: str = "','", order_by_clause: str | None = None, limit_num=None) -> str:
    return f"string_agg({measure}, {delimiter_text} {order_by_clause or ''})"


def position(substring_text: str, string_text: str) -> str:
    return f"position({substring_text} in {string_text})"
