"""The same dbt project on PostgreSQL and on local Spark: `dx run --engine` builds the shipped reports there,
and every dbt mart equals the DuckDB build's, row for row after a stable sort."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pytest

from tests.helpers import PROJECT_ROOT, pipeline_env, run_dx, stable_rows

pytestmark = pytest.mark.slow  # a PostgreSQL server, a JVM, three dbt builds

psycopg2 = pytest.importorskip("psycopg2")


def dbt_marts() -> list[str]:
    """The models dbt builds in the `marts` schema (dq_issues there is written by Python, not dbt)."""
    manifest = json.loads((PROJECT_ROOT / "dbt" / "target" / "manifest.json").read_text(encoding="utf-8"))
    return sorted(
        n["name"]
        for n in manifest["nodes"].values()
        if n["resource_type"] == "model" and n["config"].get("schema") == "marts"
    )


def duckdb_rows(path: Path, table: str) -> tuple[list[str], list[tuple]]:
    with duckdb.connect(str(path), read_only=True) as con:
        cursor = con.execute(f'select * from marts."{table}"')
        return [d[0] for d in cursor.description], stable_rows(cursor.fetchall())


@pytest.fixture(scope="module")
def postgres_engine(postgres_dsn, tmp_path_factory):
    """`dx run --engine postgres` into a database of its own on the session's server; its DSN."""
    pg = psycopg2.connect(postgres_dsn)
    pg.autocommit = True  # CREATE DATABASE cannot run in a transaction
    with pg.cursor() as cur:
        cur.execute("drop database if exists dx_engine")
        cur.execute("create database dx_engine")
    pg.close()
    settings = dict(part.split("=", 1) for part in postgres_dsn.split())
    env = {
        **pipeline_env(tmp_path_factory.mktemp("pg_engine")),
        "DX_PG_HOST": settings["host"],
        "DX_PG_PORT": settings["port"],
        "DX_PG_USER": settings["user"],
        "DX_PG_DBNAME": "dx_engine",
    }
    proc = run_dx("run", "--engine", "postgres", env=env)
    yield postgres_dsn.replace("dbname=postgres", "dbname=dx_engine"), proc


@pytest.fixture(scope="module")
def spark_engine(tmp_path_factory):
    """`dx run --engine spark` with a local SparkSession; the folder of Spark's `marts` tables."""
    pytest.importorskip("pyspark", reason="the `spark` extra is not installed (make test installs it)")
    if not shutil.which("java"):
        pytest.skip("no Java runtime (scripts/system_deps.sh installs openjdk-17-jre-headless)")
    root = tmp_path_factory.mktemp("spark_engine")
    env = pipeline_env(root)
    proc = run_dx("run", "--engine", "spark", env=env)
    return Path(env["DX_WAREHOUSE"]).parent / "build" / "spark" / "warehouse" / "marts.db", proc


def test_postgres_build_equals_duckdb_row_for_row(postgres_engine, built_warehouse):
    dsn, proc = postgres_engine
    assert "dbt build on postgres: PASS=" in proc.stderr and "ERROR=0" in proc.stderr
    marts = dbt_marts()
    assert {"mart_indicator_scorecard", "fct_indicator_value", "dim_period", "mart_budget_summary"} <= set(marts)
    with psycopg2.connect(dsn) as pg, pg.cursor() as cur:
        for table in marts:
            columns, expected = duckdb_rows(built_warehouse, table)
            cur.execute(f'select * from marts."{table}"')
            assert [d[0] for d in cur.description] == columns, table
            assert stable_rows(cur.fetchall()) == expected, table
    pg.close()
    assert expected, "the last mart compared is empty: the comparison proved nothing"


def test_spark_build_equals_duckdb_row_for_row(spark_engine, built_warehouse):
    """Spark's managed tables are Parquet files; DuckDB reads what Spark wrote, column by column."""
    marts_dir, proc = spark_engine
    assert "dbt build on spark: PASS=" in proc.stderr and "ERROR=0" in proc.stderr
    non_empty = 0
    with duckdb.connect() as con:
        for table in dbt_marts():
            columns, expected = duckdb_rows(built_warehouse, table)
            files = list((marts_dir / table).glob("*.parquet"))
            if not files:  # Spark writes no file for an empty table
                assert expected == [], table
                continue
            quoted = ", ".join(f'"{c}"' for c in columns)
            cursor = con.execute(f"select {quoted} from read_parquet('{marts_dir / table}/*.parquet')")
            assert stable_rows(cursor.fetchall()) == expected, table
            non_empty += bool(expected)
    assert non_empty >= 10


def test_unknown_engine_is_a_usage_error():
    proc = run_dx("run", "--engine", "oracle", check=False)
    assert proc.returncode == 2 and "invalid choice: 'oracle'" in proc.stderr
