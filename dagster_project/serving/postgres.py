"""Publish the served DuckDB marts to a PostgreSQL schema for BI tools such as Metabase.

Everything happens in one PostgreSQL transaction: the tables are built in a fresh schema,
commented with the dbt descriptions, granted to a read-only role, and swapped in place of the
old schema, so a BI user sees either the previous or the new warehouse, never a mix.
"""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

from dagster_project.config import DBT_PROJECT_DIR

TYPE_MAP = {
    "VARCHAR": "text", "INTEGER": "integer", "BIGINT": "bigint", "HUGEINT": "numeric", "DOUBLE": "double precision",
    "FLOAT": "real", "BOOLEAN": "boolean", "DATE": "date", "TIMESTAMP": "timestamp", "INTEGER[]": "integer[]",
    "VARCHAR[]": "text[]", "DECIMAL(18,3)": "numeric(18,3)",
}


def _pg_type(duck_type: str) -> str:
    return TYPE_MAP.get(duck_type, "numeric" if duck_type.startswith("DECIMAL") else "text")


def dbt_descriptions(manifest: Path | None = None) -> dict[str, tuple[str, dict[str, str]]]:
    """model name -> (description, {column: description}) from the dbt manifest."""
    manifest = manifest or DBT_PROJECT_DIR / "target" / "manifest.json"
    if not manifest.exists():
        return {}
    nodes = json.loads(manifest.read_text(encoding="utf-8"))["nodes"].values()
    return {
        n["name"]: (n.get("description", ""), {c: v.get("description", "") for c, v in n.get("columns", {}).items()})
        for n in nodes if n["resource_type"] == "model"
    }


def _quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def publish_to_postgres(dsn: str, duckdb_path: Path, schema: str = "marts", reader_role: str = "dx_reader",
                        reader_password: str | None = None) -> dict[str, int]:
    """Copy every table of the DuckDB `marts` schema into PostgreSQL `schema`; return row counts."""
    import psycopg2
    from psycopg2 import sql
    from psycopg2.extras import execute_values

    descriptions = dbt_descriptions()
    staging = f"{schema}__new"
    counts: dict[str, int] = {}
    with duckdb.connect(str(duckdb_path), read_only=True) as duck:
        tables = [r[0] for r in duck.execute(
            "select table_name from information_schema.tables where table_schema = 'marts' order by 1").fetchall()]
        pg = psycopg2.connect(dsn)
        try:
            with pg, pg.cursor() as cur:
                cur.execute(sql.SQL("drop schema if exists {} cascade").format(sql.Identifier(staging)))
                cur.execute(sql.SQL("create schema {}").format(sql.Identifier(staging)))
                for table in tables:
                    columns = duck.execute(f"describe marts.{_quote(table)}").fetchall()
                    target = sql.Identifier(staging, table)
                    cur.execute(sql.SQL("create table {} ({})").format(target, sql.SQL(", ").join(
                        sql.SQL("{} {}").format(sql.Identifier(c[0]), sql.SQL(_pg_type(c[1]))) for c in columns)))
                    rows = duck.execute(f"select * from marts.{_quote(table)}").fetchall()
                    if rows:
                        execute_values(cur, sql.SQL("insert into {} values %s").format(target).as_string(cur), rows,
                                       page_size=1000)
                    counts[table] = len(rows)
                    description, column_docs = descriptions.get(table, ("", {}))
                    if description:
                        cur.execute(sql.SQL("comment on table {} is %s").format(target), [description.strip()])
                    for column, text in column_docs.items():
                        if text and column in {c[0] for c in columns}:
                            cur.execute(sql.SQL("comment on column {}.{} is %s").format(target, sql.Identifier(column)),
                                        [text.strip()])
                cur.execute(sql.SQL("drop schema if exists {} cascade").format(sql.Identifier(schema)))
                cur.execute(sql.SQL("alter schema {} rename to {}").format(sql.Identifier(staging),
                                                                          sql.Identifier(schema)))
                _grant_reader(cur, schema, reader_role, reader_password)
        finally:
            pg.close()
    return counts


def _grant_reader(cur, schema: str, role: str, password: str | None) -> None:
    """A login role that can read `schema` and nothing else."""
    from psycopg2 import sql

    cur.execute("select 1 from pg_roles where rolname = %s", [role])
    if not cur.fetchone():
        cur.execute(sql.SQL("create role {} login nosuperuser nocreatedb nocreaterole").format(sql.Identifier(role)))
    if password:
        cur.execute(sql.SQL("alter role {} password %s").format(sql.Identifier(role)), [password])
    cur.execute(sql.SQL("revoke create on schema public from {}").format(sql.Identifier(role)))
    cur.execute(sql.SQL("grant usage on schema {} to {}").format(sql.Identifier(schema), sql.Identifier(role)))
    cur.execute(sql.SQL("grant select on all tables in schema {} to {}").format(
        sql.Identifier(schema), sql.Identifier(role)))
