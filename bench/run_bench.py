"""`make bench`: every benchmark in one process run, so ratios are fair on a noisy machine.

Writes bench/results.json, bench/*.png and BENCHMARKS.md. `--scales 0.01 --quick` is the smoke
version run by the test suite (it asserts nothing about time).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dagster_project.config import DBT_PROJECT_DIR  # noqa: E402
from dagster_project.dbt_project import dbt_executable  # noqa: E402

STEPS = ["load", "extract", "dbt", "checks", "publish"]
QUERIES = {
    "scorecard_one_province": "select * from marts.mart_indicator_scorecard where province_key = 'vn63_64' "
    "and year = 2024",
    "status_counts_by_year": "select year, status, count(*) from marts.mart_indicator_scorecard group by all",
    "budget_by_province": "select province_key, sum(planned_billion_vnd) from marts.mart_budget_summary "
    "where admin_scope = 'all' group by all order by 2 desc limit 10",
    "indicator_trend": "select year, count(*), min(value), max(value) from marts.fct_indicator_value "
    "where indicator_code = 'adult_ops_usage_rate' group by year order by year",
    "national_gap_top": "select province_key, indicator_code, gap_actual_vs_national "
    "from marts.mart_indicator_scorecard where gap_actual_vs_national is not null "
    "order by gap_actual_vs_national limit 20",
}


def run_measured(command: list[str], env: dict) -> tuple[float, float]:
    """Run a command; return (seconds, peak RSS GiB) of that process."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    if status != 0:
        raise RuntimeError(f"{' '.join(command)} failed: {proc.stderr.read().decode()[-2000:]}")
    return seconds, usage.ru_maxrss / 1024 / 1024


def step_command(step: str, sources: Path, build: Path, served: Path, dbt_args: list[str]) -> list[str]:
    if step == "dbt":
        return [
            dbt_executable(),
            *dbt_args,
            "--quiet",
            "--project-dir",
            str(DBT_PROJECT_DIR),
            "--profiles-dir",
            str(DBT_PROJECT_DIR),
        ]
    return [sys.executable, str(ROOT / "bench" / "steps.py"), step, str(sources), str(build), str(served)]


def refresh(sources: Path, work: Path, steps=STEPS, dbt_args=("build",), fresh=True) -> dict:
    build, served = work / "dx.duckdb.build", work / "dx.duckdb"
    if fresh:
        build.unlink(missing_ok=True)
    env = {
        **os.environ,
        "DX_BUILD_PATH": str(build),
        "DX_WAREHOUSE": str(served),
        "DO_NOT_TRACK": "1",
        "DBT_SEND_ANONYMOUS_USAGE_STATS": "false",
    }
    timings = {}
    for step in steps:
        seconds, rss = run_measured(step_command(step, sources, build, served, list(dbt_args)), env)
        timings[step] = {"seconds": round(seconds, 3), "peak_rss_gib": round(rss, 3)}
    timings["total_seconds"] = round(sum(t["seconds"] for t in timings.values()), 3)
    return timings


def extraction_throughput(corpus: list[Path], min_seconds: float) -> dict:
    """MB/s and documents/s of `extract_document` on one core over `corpus`, repeated for min_seconds."""
    from dagster_project.extraction import decode_bytes, extract_document

    docs = [(p.stem, decode_bytes(p.read_bytes())) for p in corpus]
    size = sum(len(t.encode()) for _, t in docs)
    n, start = 0, time.perf_counter()
    while True:
        for doc_id, text in docs:
            extract_document(doc_id, text)
        n += 1
        elapsed = time.perf_counter() - start
        if elapsed >= min_seconds:
            break
    return {
        "mb_per_s": round(size * n / elapsed / 1e6, 3),
        "docs_per_s": round(len(docs) * n / elapsed, 1),
        "documents": len(docs),
        "bytes": size,
    }


def query_latency(served: Path, repeats: int) -> dict:
    with duckdb.connect(str(served), read_only=True) as con:
        out = {}
        for name, sql in QUERIES.items():
            con.execute(sql).fetchall()  # warm
            samples = []
            for _ in range(repeats):
                start = time.perf_counter()
                con.execute(sql).fetchall()
                samples.append((time.perf_counter() - start) * 1000)
            samples.sort()
            out[name] = {
                "p50_ms": round(statistics.median(samples), 2),
                "p95_ms": round(samples[max(0, int(0.95 * len(samples)) - 1)], 2),
            }
    return out


def compiled_script(models: list[str]) -> str:
    """The same models as one DuckDB script, from dbt's own compiled SQL (target/compiled after `dbt run`):
    each model becomes `create table bench_sql.<model> as <its compiled select>`, and a later model reads the
    earlier ones from bench_sql. One copy of the SQL: the models themselves."""
    compiled = DBT_PROJECT_DIR / "target" / "compiled" / "dx_warehouse" / "models"
    statements = ["create schema if not exists bench_sql"]
    for model in models:
        (path,) = compiled.glob(f"*/{model}.sql")
        body = path.read_text(encoding="utf-8")
        for earlier in models[: models.index(model)]:
            body = re.sub(rf'(?:"[^"]+"\.)?"(?:intermediate|marts)"\."{earlier}"', f"bench_sql.{earlier}", body)
        statements.append(f"create or replace table bench_sql.{model} as (\n{body}\n)")
    return ";\n".join(statements) + ";\n"


def floor(work: Path, full_refresh: dict) -> dict:
    """bench/floor.py on the build file of a full refresh (own process, so its memory is its own), and the
    full refresh's dbt build over it: how far dbt (models and tests) is from the fastest plain DuckDB."""
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "floor.py"), str(work / "dx.duckdb.build")],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    result = json.loads(out.stdout)
    result["process_seconds"] = round(time.perf_counter() - start, 3)
    result["dbt_build_seconds"] = full_refresh["dbt"]["seconds"]
    result["ratio"] = round(full_refresh["dbt"]["seconds"] / result["seconds"], 3)
    if not result["same_rows"]:
        raise RuntimeError(f"the floor's rows differ from the marts: {result['differences']}")
    return result


def dbt_vs_sql(sources: Path, work: Path) -> dict:
    models = "int_facts_resolved fct_indicator_value fct_budget fct_public_service mart_indicator_scorecard"
    build = work / "dx.duckdb.build"
    env = {**os.environ, "DX_BUILD_PATH": str(build), "DO_NOT_TRACK": "1"}
    dbt_s, _ = run_measured(
        [
            dbt_executable(),
            "run",
            "--quiet",
            "--select",
            *models.split(),
            "--project-dir",
            str(DBT_PROJECT_DIR),
            "--profiles-dir",
            str(DBT_PROJECT_DIR),
        ],
        env,
    )
    script = compiled_script(models.split())
    start = time.perf_counter()
    with duckdb.connect(str(build)) as con:
        con.execute(script)
        same = (
            con.execute(
                "select count(*) from (select * from marts.mart_indicator_scorecard "
                "except select * from bench_sql.mart_indicator_scorecard)"
            ).fetchone()[0]
            == 0
        )
        con.execute("drop schema bench_sql cascade")
    sql_s = time.perf_counter() - start
    return {"dbt_s": round(dbt_s, 3), "sql_s": round(sql_s, 3), "ratio": round(dbt_s / sql_s, 3), "same_rows": same}


def postgres_publish(served: Path) -> dict:
    """`dx publish` (COPY into a fresh schema, swap, grants) into a throwaway local PostgreSQL server."""
    from dagster_project.serving.local_postgres import PostgresUnavailable, local_postgres
    from dagster_project.serving.postgres import publish_to_postgres

    try:
        with local_postgres() as dsn:
            started = time.perf_counter()
            counts = publish_to_postgres(dsn, served)
            seconds = time.perf_counter() - started
    except PostgresUnavailable as exc:
        return {"skipped": str(exc)}
    return {
        "seconds": round(seconds, 2),
        "rows": sum(counts.values()),
        "tables": len(counts),
        "fact_rows": counts.get("fct_indicator_value", 0)
        + counts.get("fct_public_service", 0)
        + counts.get("fct_budget", 0),
    }


def dx_run(sources: Path, served: Path, *args: str) -> dict:
    """`dx run` as an operator runs it (one process: load, extract, dbt, checks, publish)."""
    env = {
        **os.environ,
        "DX_SOURCES": str(sources),
        "DX_WAREHOUSE": str(served),
        "DAGSTER_HOME": str(served.parent / "dagster_home"),
        "DO_NOT_TRACK": "1",
    }
    seconds, rss = run_measured([str(Path(sys.executable).parent / "dx"), "run", *args], env)
    return {"seconds": round(seconds, 3), "peak_rss_gib": round(rss, 3)}


def dx_run_refreshes(sources: Path, work: Path, new_report: Path) -> dict:
    """Full refresh, a refresh with nothing changed, and one with one report added, each through `dx run`
    on a copy of `sources` (reports only: `dx run` does not read the synthetic structured facts)."""
    own = work / "dx_run_sources"
    shutil.copytree(sources / "reports", own / "reports")
    served = work / "dx_run" / "dx.duckdb"
    served.parent.mkdir()
    dx_run(own, served)  # first run: warms the page cache and the dbt manifest
    out = {"full_refresh": dx_run(own, served, "--full-refresh"), "nothing_changed": dx_run(own, served)}
    shutil.copy(new_report, own / "reports")
    out["one_report_added"] = dx_run(own, served)
    out["reports"] = len(list((own / "reports").glob("*.txt")))
    return out


def dbt_startup(sources: Path, work: Path) -> float:
    """Seconds of a dbt invocation that selects nothing: the fixed cost every refresh pays."""
    env = {**os.environ, "DX_BUILD_PATH": str(work / "dx.duckdb.build"), "DO_NOT_TRACK": "1"}
    seconds, _ = run_measured(
        [
            dbt_executable(),
            "run",
            "--quiet",
            "--select",
            "nothing_matches_this",
            "--project-dir",
            str(DBT_PROJECT_DIR),
            "--profiles-dir",
            str(DBT_PROJECT_DIR),
        ],
        env,
    )
    return round(seconds, 3)


def plot(results: dict, out_dir: Path) -> list[str]:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return []
    scales = [float(s) for s in results["full_refresh"]]
    files = []
    for metric, label, name in (
        ("seconds", "time (s)", "time_vs_scale.png"),
        ("peak_rss_gib", "peak RSS (GiB)", "memory_vs_scale.png"),
    ):
        fig, ax = plt.subplots(figsize=(6, 4))
        for step in STEPS:
            ax.plot(
                scales,
                [
                    results["full_refresh"][str(s) if str(s) in results["full_refresh"] else s][step][metric]
                    for s in results["full_refresh"]
                ],
                marker="o",
                label=step,
            )
        ax.set_xscale("log")
        ax.set_xlabel("scale (1 ≈ 50k facts)")
        ax.set_ylabel(label)
        ax.legend()
        fig.tight_layout()
        fig.savefig(out_dir / name)
        plt.close(fig)
        files.append(name)
    return files


def synth_counts(sources: Path) -> dict:
    with duckdb.connect() as con:
        (facts,) = con.execute(f"select count(*) from '{sources / 'facts' / 'facts.parquet'}'").fetchone()
    return {"reports": len(list((sources / "reports").glob("*.txt"))), "structured_facts": facts}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scales", default="1,10,100")
    parser.add_argument("--out", default=str(ROOT / "bench"))
    parser.add_argument("--quick", action="store_true", help="smoke run: short timings, no plots")
    args = parser.parse_args()
    scales = [float(s) for s in args.scales.split(",")]
    out_dir = Path(args.out)
    out_dir.mkdir(parents=True, exist_ok=True)
    top = max(scales)
    results: dict = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
            "python": platform.python_version(),
            "duckdb": duckdb.__version__,
        },
        "command": "make bench",
        "full_refresh": {},
    }
    with tempfile.TemporaryDirectory(prefix="dx-bench-") as tmp:
        tmp = Path(tmp)
        for scale in scales:
            sources, work = tmp / f"src_{scale:g}", tmp / f"wh_{scale:g}"
            work.mkdir()
            # in a child process: DuckDB's memory in this parent would be inherited by every forked step
            # and counted in its peak RSS
            subprocess.run(
                [sys.executable, "-m", "dagster_project.cli", "synth", "--scale", f"{scale:g}", "--out", str(sources)],
                check=True,
                cwd=ROOT,
                capture_output=True,
            )
            counts = synth_counts(sources)
            print(f"scale {scale:g}: {counts}", file=sys.stderr, flush=True)
            timings = refresh(sources, work)
            timings.update(counts)
            results["full_refresh"][f"{scale:g}"] = timings
            results[f"full_refresh_s_scale{scale:g}"] = timings["total_seconds"]
            results.setdefault("floor", {})[f"{scale:g}"] = floor(work, timings)
            results[f"floor_ratio_scale{scale:g}"] = results["floor"][f"{scale:g}"]["ratio"]
            print(f"  full refresh {timings['total_seconds']} s", file=sys.stderr, flush=True)
            if scale == top:
                shipped = sorted((ROOT / "sources" / "reports").glob("*.txt"))
                results["extraction"] = {
                    "all": extraction_throughput(
                        shipped + sorted((sources / "reports").glob("*.txt")), 0.5 if args.quick else 5
                    ),
                    "shipped_reports": extraction_throughput(shipped, 0.5 if args.quick else 3),
                }
                results["extract_mb_per_s"] = results["extraction"]["all"]["mb_per_s"]
                results["extract_mb_per_s_shipped_reports"] = results["extraction"]["shipped_reports"]["mb_per_s"]
                results["queries"] = query_latency(work / "dx.duckdb", 5 if args.quick else 50)
                results[f"query_p95_ms_scale{top:g}"] = max(q["p95_ms"] for q in results["queries"].values())
                results[f"peak_rss_gib_scale{top:g}"] = max(t["peak_rss_gib"] for k, t in timings.items() if k in STEPS)
                results["dbt_vs_sql"] = dbt_vs_sql(sources, work)
                results[f"dbt_vs_sql_ratio_scale{top:g}"] = results["dbt_vs_sql"]["ratio"]
                results["postgres_publish"] = postgres_publish(work / "dx.duckdb")
                if "seconds" in results["postgres_publish"]:
                    results[f"postgres_publish_s_scale{top:g}"] = results["postgres_publish"]["seconds"]
            if scale == (10 if 10 in scales else scales[0]):
                # what the inbox sensor runs: the raw load and everything downstream of it; seeds and the
                # dimensions built only from seeds are left alone, unchanged reports keep their facts
                inbox = ("build", "--select", "source:raw+")
                results["no_change_refresh"] = refresh(sources, work, dbt_args=inbox, fresh=False)
                shutil.copy(ROOT / "sources" / "reports" / "000_a1a95fa0dec073ae.txt", sources / "reports")
                inc = refresh(sources, work, dbt_args=inbox, fresh=False)
                results["incremental"] = inc
                results[f"incremental_vs_full_ratio_scale{scale:g}"] = round(
                    inc["total_seconds"] / timings["total_seconds"], 3
                )
                results["dbt_startup_s"] = dbt_startup(sources, work)
                runs = dx_run_refreshes(sources, work, ROOT / "sources" / "reports" / "000_a1a95fa0dec073ae.txt")
                results["dx_run"] = runs
                full = runs["full_refresh"]["seconds"]
                results[f"nothing_changed_vs_full_scale{scale:g}"] = round(runs["nothing_changed"]["seconds"] / full, 3)
                results[f"incremental_one_report_vs_full_scale{scale:g}"] = round(
                    runs["one_report_added"]["seconds"] / full, 3
                )
    with tempfile.TemporaryDirectory(prefix="dx-bench-seed-") as tmp:
        # the shipped reports, as `make run` runs them: a first run, then the same run again (warm)
        shipped, served = Path(tmp) / "sources", Path(tmp) / "wh" / "dx.duckdb"
        shutil.copytree(ROOT / "sources" / "reports", shipped / "reports")
        served.parent.mkdir()
        first = dx_run(shipped, served)
        second = dx_run(shipped, served)
        full = dx_run(shipped, served, "--full-refresh")
        results["seed_run"] = {"first": first, "second": second, "full_refresh_warm": full}
        results["seed_run_seconds_warm"] = second["seconds"]
        results["seed_full_refresh_seconds_warm"] = full["seconds"]
    results["plots"] = [] if args.quick else plot(results, out_dir)
    (out_dir / "results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    print(json.dumps({k: v for k, v in results.items() if not isinstance(v, dict | list)}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
