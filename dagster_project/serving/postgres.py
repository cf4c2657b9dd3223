"""Publish the served DuckDB marts to a PostgreSQL schema for BI tools such as Metabase.

Everything happens in one PostgreSQL transaction: the tables are built in a fresh schema (rows through COPY),
commented with the dbt descriptions, granted to a read-only role, and swapped in place of the
old schema, so a BI user sees either the previous or the new warehouse, never a mix, and a publish killed
half-way leaves the previous one served.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import duckdb

from dagster_project.config import DBT_PROJECT_DIR
from dagster_project.testing_hooks import pause_point

TYPE_MAP = {
    "VARCHAR": "text",
    "INTEGER": "integer",
    "BIGINT": "bigint",
    "HUGEINT": "numeric",
    "DOUBLE": "double precision",
    "FLOAT": "real",
    "BOOLEAN": "boolean",
    "DATE": "date",
    "TIMESTAMP": "timestamp",
    "INTEGER[]": "integer[]",
    "VARCHAR[]": "text[]",
    "DECIMAL(18,3)": "numeric(18,3)",
}


def postgres_type(duck_type: str) -> str:
    """The PostgreSQL type a DuckDB column becomes."""
    return TYPE_MAP.get(duck_type, "numeric" if duck_type.startswith("DECIMAL") else "text")


def dbt_descriptions(manifest: Path | None = None) -> dict[str, tuple[str, dict[str, str]]]:
    """model name -> (description, {column: description}) from the dbt manifest."""
    manifest = manifest or DBT_PROJECT_DIR / "target" / "manifest.json"
    if not manifest.exists():
        return {}
    nodes = json.loads(manifest.read_text(encoding="utf-8"))["nodes"].values()
    return {
        n["name"]: (n.get("description", ""), {c: v.get("description", "") for c, v in n.get("columns", {}).items()})
        for n in nodes
        if n["resource_type"] == "model"
    }


def _quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def publish_to_postgres(
    dsn: str,
    duckdb_path: Path,
    schema: str = "marts",
    reader_role: str = "dx_reader",
    reader_password: str | None = None,
) -> dict[str, int]:
    """Copy every table of the DuckDB `marts` schema into PostgreSQL `schema`; return row counts.

    Rows travel through PostgreSQL's COPY (DuckDB writes each table as CSV, psycopg2 streams it), never row
    inserts. One transaction: killed mid-copy, PostgreSQL rolls it back and the previous schema stays served."""
    import psycopg2
    from psycopg2 import sql

    descriptions = dbt_descriptions()
    staging = f"{schema}__new"
    counts: dict[str, int] = {}
    with duckdb.connect(str(duckdb_path), read_only=True) as duck, tempfile.TemporaryDirectory() as tmp:
        tables = [
            r[0]
            for r in duck.execute(
                "select table_name from information_schema.tables where table_schema = 'marts' order by 1"
            ).fetchall()
        ]
        pg = psycopg2.connect(dsn, application_name="dx publish")
        try:
            with pg, pg.cursor() as cur:
                cur.execute(sql.SQL("drop schema if exists {} cascade").format(sql.Identifier(staging)))
                cur.execute(sql.SQL("create schema {}").format(sql.Identifier(staging)))
                for table in tables:
                    columns = duck.execute(f"describe marts.{_quote(table)}").fetchall()
                    target = sql.Identifier(staging, table)
                    cur.execute(
                        sql.SQL("create table {} ({})").format(
                            target,
                            sql.SQL(", ").join(
                                sql.SQL("{} {}").format(sql.Identifier(c[0]), sql.SQL(postgres_type(c[1])))
                                for c in columns
                            ),
                        )
                    )
                    counts[table] = copy_rows(duck, cur, f"marts.{_quote(table)}", target, columns, Path(tmp))
                    pause_point("postgres_copy")
                    _comment(cur, target, {c[0] for c in columns}, descriptions.get(table, ("", {})))
                cur.execute(sql.SQL("drop schema if exists {} cascade").format(sql.Identifier(schema)))
                cur.execute(
                    sql.SQL("alter schema {} rename to {}").format(sql.Identifier(staging), sql.Identifier(schema))
                )
                _grant_reader(cur, schema, reader_role, reader_password)
        finally:
            pg.close()
    return counts


def copy_rows(duck, cur, relation: str, target, columns: list, tmp: Path) -> int:
    """DuckDB writes `relation` (a table or a table function such as read_parquet) as CSV, every value
    quoted so '' stays '' and NULL stays NULL; PostgreSQL's COPY reads it into `target`."""
    from psycopg2 import sql

    exprs = ", ".join(_csv_expression(name, duck_type) for name, duck_type, *_ in columns)
    path = tmp / "table.csv"
    duck.execute(f"copy (select {exprs} from {relation}) to '{path}' (format csv, header false, force_quote *)")
    with open(path, encoding="utf-8") as f:
        cur.copy_expert(sql.SQL("copy {} from stdin with (format csv)").format(target).as_string(cur), f)
    return cur.rowcount


def _csv_expression(name: str, duck_type: str) -> str:
    """A column as COPY reads it: lists become PostgreSQL array literals ({"a","b"})."""
    column = _quote(name)
    if not duck_type.endswith("[]"):
        return column
    element = "'\"' || replace(replace(x::varchar, '\\', '\\\\'), '\"', '\\\"') || '\"'"
    return (
        f"case when {column} is null then null else "
        f"'{{' || array_to_string(list_transform({column}, x -> {element}), ',') || '}}' end as {column}"
    )


def _comment(cur, target, column_names: set[str], docs: tuple[str, dict[str, str]]) -> None:
    from psycopg2 import sql

    description, column_docs = docs
    if description:
        cur.execute(sql.SQL("comment on table {} is %s").format(target), [description.strip()])
    for column, text in column_docs.items():
        if text and column in column_names:
            cur.execute(sql.SQL("comment on column {}.{} is %s").format(target, sql.Identifier(column)), [text.strip()])


def _grant_reader(cur, schema: str, role: str, password: str | None) -> None:
    """A login role that can read `schema` and nothing else: no writes, no tables (temporary ones included),
    no schemas, no other schema's tables, no other database. PostgreSQL grants CONNECT and TEMPORARY on every
    database to PUBLIC by default, so those are revoked from PUBLIC on this database (the reader, the owner
    and superusers keep access; grant CONNECT to any other role that needs this database) and CONNECT from
    PUBLIC on the other databases this user may change."""
    from psycopg2 import sql

    cur.execute("select 1 from pg_roles where rolname = %s", [role])
    if not cur.fetchone():
        cur.execute(sql.SQL("create role {} login nosuperuser nocreatedb nocreaterole").format(sql.Identifier(role)))
    if password:
        cur.execute(sql.SQL("alter role {} password %s").format(sql.Identifier(role)), [password])
    cur.execute("select current_database()")
    (database,) = cur.fetchone()
    cur.execute(sql.SQL("revoke all on database {} from public").format(sql.Identifier(database)))
    cur.execute(
        sql.SQL("revoke create, temporary on database {} from {}").format(
            sql.Identifier(database), sql.Identifier(role)
        )
    )
    cur.execute(sql.SQL("grant connect on database {} to {}").format(sql.Identifier(database), sql.Identifier(role)))
    cur.execute("""select datname from pg_database where datallowconn and datname <> current_database()
                   and (pg_has_role(datdba, 'USAGE')
                        or (select rolsuper from pg_roles where rolname = current_user))""")
    for (other,) in cur.fetchall():
        cur.execute(sql.SQL("revoke connect on database {} from public").format(sql.Identifier(other)))
    cur.execute(sql.SQL("revoke create on schema public from public"))
    cur.execute(sql.SQL("revoke all on schema public from {}").format(sql.Identifier(role)))
    cur.execute(sql.SQL("grant usage on schema {} to {}").format(sql.Identifier(schema), sql.Identifier(role)))
    cur.execute(
        sql.SQL("grant select on all tables in schema {} to {}").format(sql.Identifier(schema), sql.Identifier(role))
    )
