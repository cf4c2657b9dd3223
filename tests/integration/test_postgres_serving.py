"""`dx publish --postgres` against a real PostgreSQL server started here (Debian's postgresql, run as the
`postgres` user by `dagster_project.serving.local_postgres`)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import duckdb
import pytest

from tests.helpers import mart_tables, run_dx, stable_rows

pytestmark = pytest.mark.slow  # subprocesses, a built warehouse, a server or a browser

psycopg2 = pytest.importorskip("psycopg2")


@pytest.fixture(scope="module")
def published(postgres_dsn, built_warehouse):
    env = {"DX_WAREHOUSE": str(built_warehouse), "DX_READER_PASSWORD": "reader-secret"}
    run_dx("publish", "--postgres", postgres_dsn, env=env)
    return postgres_dsn


def test_published_marts_equal_duckdb_row_for_row(published, built_warehouse):
    with duckdb.connect(str(built_warehouse), read_only=True) as duck:
        tables = mart_tables(duck)
        assert {"dim_province", "fct_indicator_value", "mart_indicator_scorecard"} <= set(tables)
        with psycopg2.connect(published) as pg, pg.cursor() as cur:
            for table in tables:
                duck_rows = duck.execute(f'select * from marts."{table}"').fetchall()
                cur.execute(f'select * from marts."{table}"')
                assert stable_rows(cur.fetchall()) == stable_rows(duck_rows), table


def test_dbt_descriptions_become_comments(published):
    with psycopg2.connect(published) as pg, pg.cursor() as cur:
        cur.execute("select obj_description('marts.mart_indicator_scorecard'::regclass)")
        assert "Grain: province × year × indicator" in cur.fetchone()[0]
        cur.execute("""select col_description('marts.dim_province'::regclass, attnum) from pg_attribute
                       where attrelid = 'marts.dim_province'::regclass and attname = 'province_key'""")
        assert "era" in cur.fetchone()[0]


def test_reader_role_reads_marts_but_cannot_write_or_read_elsewhere(published):
    with psycopg2.connect(published) as admin, admin.cursor() as cur:
        cur.execute("create schema if not exists secret; create table if not exists secret.t (x int)")
    reader_dsn = published.replace("user=postgres", "user=dx_reader password=reader-secret")
    with psycopg2.connect(reader_dsn) as pg, pg.cursor() as cur:
        cur.execute("select count(*) from marts.dim_province")
        assert cur.fetchone() == (97,)
    with psycopg2.connect(reader_dsn) as pg, pg.cursor() as cur, pytest.raises(psycopg2.errors.InsufficientPrivilege):
        cur.execute("insert into marts.dim_year (year) values (2040)")
    with psycopg2.connect(reader_dsn) as pg, pg.cursor() as cur, pytest.raises(psycopg2.errors.InsufficientPrivilege):
        cur.execute("select * from secret.t")


def test_republish_swaps_schema_atomically(published, built_warehouse):
    env = {"DX_WAREHOUSE": str(built_warehouse)}
    run_dx("publish", "--postgres", published, env=env)
    with psycopg2.connect(published) as pg, pg.cursor() as cur:
        cur.execute("select nspname from pg_namespace where nspname like 'marts%' order by 1")
        assert cur.fetchall() == [("marts",)]
        cur.execute("select has_table_privilege('dx_reader', 'marts.fct_budget', 'select')")
        assert cur.fetchone() == (True,)


def test_reader_role_cannot_create_anything_or_connect_elsewhere(published, built_warehouse):
    admin = psycopg2.connect(published)
    admin.autocommit = True
    with admin.cursor() as cur:
        cur.execute("select 1 from pg_database where datname = 'otherdb'")
        if not cur.fetchone():
            cur.execute("create database otherdb")  # another database on the same server
    admin.close()
    run_dx("publish", "--postgres", published, env={"DX_WAREHOUSE": str(built_warehouse)})
    reader_dsn = published.replace("user=postgres", "user=dx_reader password=reader-secret")
    for statement in [
        "create temporary table t (x int)",
        "create table public.t (x int)",
        "create schema s",
        "update marts.dim_year set year = 2040",
        "delete from marts.fct_budget",
        "create table marts.t (x int)",
    ]:
        denied = pytest.raises(psycopg2.errors.InsufficientPrivilege)
        with psycopg2.connect(reader_dsn) as pg, pg.cursor() as cur, denied:
            cur.execute(statement)
    for database in ("otherdb", "template1"):
        with pytest.raises(psycopg2.OperationalError, match="permission denied"):
            psycopg2.connect(reader_dsn.replace("dbname=postgres", f"dbname={database}")).close()


def test_publish_killed_mid_copy_leaves_the_previous_schema_served(published, built_warehouse, tmp_path):
    import sys
    import time

    def snapshot():
        with psycopg2.connect(published) as pg, pg.cursor() as cur:
            cur.execute("select nspname from pg_namespace where nspname like 'marts%' order by 1")
            schemas = cur.fetchall()
            cur.execute("select count(*), sum(year) from marts.mart_indicator_scorecard")
            return schemas, cur.fetchone()

    before = snapshot()
    marker = tmp_path / "copying"
    env = {
        **os.environ,
        "DX_WAREHOUSE": str(built_warehouse),
        "DX_TEST_PAUSE_AT": "postgres_copy",
        "DX_TEST_PAUSE_MARKER": str(marker),
        "DX_TEST_PAUSE_SECONDS": "5",
    }
    proc = subprocess.Popen(
        [str(Path(sys.executable).parent / "dx"), "publish", "--postgres", published],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.time() + 120
    while not marker.exists() and time.time() < deadline and proc.poll() is None:
        time.sleep(0.2)
    assert marker.exists(), "the publish never reached its first COPY"
    with psycopg2.connect(published) as admin, admin.cursor() as cur:  # the connection dies mid-copy
        cur.execute("select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'dx publish'")
        assert cur.fetchall() == [(True,)]
    _, err = proc.communicate(timeout=120)  # after the pause the next statement meets the dead connection
    assert proc.returncode == 1 and err.count("\n") == 1 and err.startswith("dx publish: "), err
    assert snapshot() == before  # the previous schema, whole and readable; no half-built marts__new left
