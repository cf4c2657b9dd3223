"""The same dbt project built on a server engine: PostgreSQL or Spark (docs/scale-out.md).

The load and extraction steps write the raw tables once, into the DuckDB build file. For another engine they
are copied out in an engine-neutral form, one Parquet file per table of dbt's `raw` source, and each engine
reads them with its own bulk reader: PostgreSQL through COPY into its `raw` schema, Spark as Parquet sources
(`spark.read.parquet` under dbt-spark). Then `dbt build --target <engine>` runs the unchanged models and
their tests there. The Great Expectations gates and the publish step work on the DuckDB file only.
"""

from __future__ import annotations

import json
import subprocess
import tempfile
from pathlib import Path

import duckdb

from dagster_project.config import DBT_PROJECT_DIR, child_environment, postgres_dsn, postgres_settings

ENGINES = ("duckdb", "postgres", "spark")

# DuckDB types that Spark's Parquet reader refuses, and what they become
_SPARK_UNREADABLE = {
    "UUID": "VARCHAR",
    "INTERVAL": "VARCHAR",
    "TIME": "VARCHAR",
    "TIMESTAMP_NS": "TIMESTAMP",
    "TIMESTAMP WITH TIME ZONE": "TIMESTAMP",
}


def raw_source_tables() -> list[str]:
    """The tables of dbt's `raw` source, from the parsed manifest (one list, the dbt project's)."""
    manifest = json.loads((DBT_PROJECT_DIR / "target" / "manifest.json").read_text(encoding="utf-8"))
    return sorted(s["name"] for s in manifest["sources"].values() if s["source_name"] == "raw")


def export_raw_parquet(build_db: Path, out_dir: Path) -> dict[str, int]:
    """Write every raw source table of the build file as `<out_dir>/<table>.parquet`; return row counts."""
    out_dir.mkdir(parents=True, exist_ok=True)
    counts = {}
    with duckdb.connect(str(build_db), read_only=True) as con:
        for table in raw_source_tables():
            columns = con.execute(f'describe raw."{table}"').fetchall()
            select = ", ".join(
                f'cast("{name}" as {_SPARK_UNREADABLE[kind]}) as "{name}"' if kind in _SPARK_UNREADABLE else f'"{name}"'
                for name, kind, *_ in columns
            )
            path = out_dir / f"{table}.parquet"
            con.execute(f"copy (select {select} from raw.\"{table}\") to '{path}' (format parquet)")
            counts[table] = con.execute(f'select count(*) from raw."{table}"').fetchone()[0]
    return counts


def load_raw_postgres(parquet_dir: Path, dsn: str) -> dict[str, int]:
    """Replace PostgreSQL's `raw` schema with the Parquet tables, rows through COPY, in one transaction."""
    import psycopg2
    from psycopg2 import sql

    from dagster_project.serving.postgres import copy_rows, postgres_type

    counts = {}
    with duckdb.connect() as duck, tempfile.TemporaryDirectory() as tmp, psycopg2.connect(dsn) as pg:
        with pg.cursor() as cur:
            cur.execute("drop schema if exists raw cascade")
            cur.execute("create schema raw")
            for path in sorted(parquet_dir.glob("*.parquet")):
                relation = f"read_parquet('{path}')"
                columns = duck.execute(f"describe select * from {relation}").fetchall()
                target = sql.Identifier("raw", path.stem)
                cur.execute(
                    sql.SQL("create table {} ({})").format(
                        target,
                        sql.SQL(", ").join(
                            sql.SQL("{} {}").format(sql.Identifier(c[0]), sql.SQL(postgres_type(c[1]))) for c in columns
                        ),
                    )
                )
                counts[path.stem] = copy_rows(duck, cur, relation, target, columns, Path(tmp))
    pg.close()
    return counts


def engine_env(engine: str, work_dir: Path) -> dict[str, str]:
    """The environment dbt's profile reads for `engine` (profiles.yml), with the work folders under `work_dir`."""
    env = child_environment(DX_DBT_TARGET=engine, DX_RAW_PARQUET_DIR=str(work_dir / "raw"))
    if engine == "spark":
        env.setdefault("DX_SPARK_DIR", str(work_dir / "spark"))
    if engine == "postgres":
        env.update(postgres_settings())
    return env


def build_on(
    engine: str, build_db: Path, work_dir: Path, dbt_executable: str = "dbt", log=print
) -> subprocess.CompletedProcess:
    """Copy the raw tables of `build_db` to `engine` and run `dbt build` there; raise when dbt fails.

    dbt writes its manifest and logs for this engine under dbt/target/<engine>, so the DuckDB manifest that
    Dagster reads stays as it is."""
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; one of {', '.join(ENGINES)}")
    env = engine_env(engine, work_dir)
    if engine != "duckdb":
        counts = export_raw_parquet(build_db, work_dir / "raw")
        log(f"raw tables as Parquet in {work_dir / 'raw'}: {sum(counts.values())} rows in {len(counts)} tables")
    if engine == "postgres":
        counts = load_raw_postgres(work_dir / "raw", postgres_dsn())
        log(f"raw tables copied into PostgreSQL: {sum(counts.values())} rows")
    if engine == "duckdb":
        env["DX_BUILD_PATH"] = str(build_db)
    target_path = DBT_PROJECT_DIR / "target" / engine
    command = [
        dbt_executable,
        "build",
        "--target",
        engine,
        "--target-path",
        str(target_path),
        "--log-path",
        str(target_path / "logs"),
        "--project-dir",
        str(DBT_PROJECT_DIR),
        "--profiles-dir",
        str(DBT_PROJECT_DIR),
    ]
    if engine != "duckdb":  # the unit tests check the models' logic, which the DuckDB build already proves
        command += ["--exclude-resource-type", "unit_test"]
    work_dir.mkdir(parents=True, exist_ok=True)  # the working directory: Spark's Derby metastore writes derby.log there
    proc = subprocess.run(command, env=env, capture_output=True, text=True, cwd=work_dir)
    if proc.returncode != 0:
        raise RuntimeError(f"dbt build on {engine} failed (exit {proc.returncode}):\n{proc.stdout[-4000:]}")
    summary = [line for line in proc.stdout.splitlines() if "Done. PASS=" in line]
    log(f"dbt build on {engine}: {summary[-1].split('Done. ')[-1] if summary else 'done'}")
    return proc
