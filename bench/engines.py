"""Build times of the same dbt project on DuckDB, PostgreSQL and local Spark, from one run (docs/scale-out.md).

usage: python bench/engines.py [--scales shipped,10] [--out bench/engines.json]

For each scale the load and extract steps write one DuckDB build file; then each engine gets a copy of its raw
tables and runs `dbt build` (engines.build_on, the code behind `dx run --engine`). The time of an engine is
the whole of build_on: Parquet export, the engine's bulk load and dbt's seeds, models and tests. PostgreSQL is
a throwaway local server (Debian's binaries), Spark a local[2] session inside dbt's process.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dagster_project import engines  # noqa: E402
from dagster_project.dbt_project import dbt_executable, ensure_dbt_manifest  # noqa: E402
from dagster_project.serving.local_postgres import local_postgres  # noqa: E402


def raw_build(scale: str, tmp: Path) -> Path:
    """The DuckDB build file with the raw tables of `scale` (`shipped` or a synth scale)."""
    if scale == "shipped":
        sources = ROOT / "sources"
    else:
        sources = tmp / f"sources_{scale}"
        from dagster_project.ingest.synth import write_synthetic_sources

        write_synthetic_sources(float(scale), sources)
    build = tmp / f"raw_{scale}.duckdb"
    for step in ("load", "extract"):
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "bench" / "steps.py"),
                step,
                str(sources),
                str(build),
                str(tmp / "served.duckdb"),
            ],
            check=True,
            cwd=ROOT,
            capture_output=True,
        )
    return build


def measure(scales: list[str]) -> dict:
    ensure_dbt_manifest()
    results: dict = {}
    with tempfile.TemporaryDirectory(prefix="dx-engines-") as tmp_name, local_postgres() as dsn:
        tmp = Path(tmp_name)
        settings = dict(part.split("=", 1) for part in dsn.split())
        os.environ.update(
            DX_PG_HOST=settings["host"],
            DX_PG_PORT=settings["port"],
            DX_PG_USER=settings["user"],
            DX_PG_DBNAME=settings["dbname"],
        )
        for scale in scales:
            build = raw_build(scale, tmp)
            with duckdb.connect(str(build), read_only=True) as con:
                (facts,) = con.execute("select count(*) from raw.extracted_facts").fetchone()
            row = {"raw_facts": facts}
            for engine in engines.ENGINES:
                copy = tmp / f"{engine}_{scale}.duckdb"
                shutil.copyfile(build, copy)
                work = tmp / f"work_{engine}_{scale}"
                start = time.perf_counter()
                engines.build_on(engine, copy, work, dbt_executable(), log=lambda _: None)
                row[f"{engine}_seconds"] = round(time.perf_counter() - start, 1)
                print(f"scale {scale}: {engine} {row[f'{engine}_seconds']} s", file=sys.stderr, flush=True)
                shutil.rmtree(work, ignore_errors=True)
                copy.unlink()
            results[scale] = row
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", default="shipped,10")
    parser.add_argument("--out", default=str(ROOT / "bench" / "engines.json"))
    args = parser.parse_args()
    results = {"machine": f"{os.cpu_count()} cores", "scales": measure(args.scales.split(","))}
    Path(args.out).write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
