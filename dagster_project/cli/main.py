"""`dx`: the command line of the warehouse.

Exit status: 0 success; 1 the refresh failed (a step or a blocking check failed: nothing was
published); 2 usage or configuration error (bad arguments, DX_SOURCES is not a folder, the
DX_WAREHOUSE folder cannot be written); 3 some input files could not be read (the others were processed);
4 `dx run --no-wait` found another refresh running (nothing was done).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from dagster_project.config import PROJECT_ROOT, postgres_publish_dsn, reader_password, sources_dir, warehouse_path

if TYPE_CHECKING:
    from dagster_project.cli.run_display import RunDisplay


def prepare_environment() -> None:
    """What Dagster and dbt need: a DAGSTER_HOME, no telemetry, dbt on PATH, a parsed dbt manifest."""
    from dagster_project.config import dagster_home, export_defaults, put_on_path
    from dagster_project.dbt_project import ensure_dbt_manifest

    write_instance_settings(dagster_home())
    export_defaults(DO_NOT_TRACK="1", DBT_SEND_ANONYMOUS_USAGE_STATS="false")
    put_on_path(Path(sys.executable).parent)
    ensure_dbt_manifest()


INSTANCE_SETTINGS = {
    "telemetry": "telemetry:\n  enabled: false\n",  # no usage reporting, no banner in the logs
    "nux": "nux:\n  enabled: false\n",  # no "Join the Dagster community" dialog over the UI
    # runs from the UI, the schedule and the sensor wait in Dagster's queue: one writes the warehouse at a time
    "concurrency": "concurrency:\n  runs:\n    max_concurrent_runs: 1\n",
}


def write_instance_settings(home: Path) -> None:
    """The Dagster instance settings the warehouse needs in `home`/dagster.yaml, added to what is there."""
    home.mkdir(parents=True, exist_ok=True)
    instance_yaml = home / "dagster.yaml"
    text = instance_yaml.read_text() if instance_yaml.exists() else ""
    missing = [block for key, block in INSTANCE_SETTINGS.items() if not re.search(rf"(?m)^{key}:", text)]
    if missing:
        instance_yaml.write_text(text + ("\n" if text and not text.endswith("\n") else "") + "".join(missing))


def configuration_problem() -> str | None:
    """One sentence saying why DX_SOURCES / DX_WAREHOUSE cannot be used, or None."""
    sources, served = sources_dir(), warehouse_path()
    if not sources.is_dir():
        return f"DX_SOURCES {sources} is not a folder"
    try:
        served.parent.mkdir(parents=True, exist_ok=True)
        probe = served.parent / f".dx-write-probe-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        return f"cannot write the warehouse folder {served.parent}: {exc.strerror or exc}"
    return None


def cmd_run(args: argparse.Namespace) -> int:
    problem = configuration_problem()
    if problem:
        print(f"dx run: {problem}", file=sys.stderr)
        return 2
    started = time.monotonic()
    interactive = sys.stdout.isatty() and sys.stderr.isatty() and not args.verbose
    from dagster_project.warehouse import WarehouseBusy, warehouse_lock

    def waiting(holder: str) -> None:
        print(f"dx run: waiting for {holder}", file=sys.stderr, flush=True)

    try:
        with warehouse_lock(wait=not args.no_wait, on_wait=waiting):
            inputs = None
            if args.engine == "duckdb":
                from dagster_project import refresh_state

                inputs = refresh_state.fingerprint(sources_dir())
                state = None if args.full_refresh else refresh_state.unchanged(warehouse_path(), inputs)
                if state:
                    from dagster_project.warehouse import remove_stale_copies

                    remove_stale_copies(warehouse_path())
                    return _report_unchanged(state, started)
            return _run_locked(args, started, interactive, inputs)
    except WarehouseBusy as busy:
        print(f"dx run: not started: the warehouse is busy with {busy} (--no-wait)", file=sys.stderr)
        return 4


def _report_unchanged(state: dict, started: float) -> int:
    """Nothing `dx run` reads has changed since the refresh that published the served file: say so, and what
    that refresh reported, with its exit status."""
    lines = [
        f"sources {sources_dir()}, rules, seeds and code unchanged since the refresh of {state['finished_at']}: "
        f"{warehouse_path()} is up to date (dx run --full-refresh rebuilds it anyway)",
        *state["summary"],
        f"done in {time.monotonic() - started:.1f} s, exit status {state['status']}",
    ]
    for line in lines:
        print(f"dx run: {line}", flush=True)
    return state["status"]


def _run_locked(args: argparse.Namespace, started: float, interactive: bool, inputs: str | None) -> int:
    """The refresh itself, under the warehouse lock; `inputs` (the fingerprint of what it reads) is recorded
    beside the served file when it succeeds."""
    from dagster_project.cli.run_display import RunDisplay, new_log_path, output_to_log, showing

    log_path = new_log_path(warehouse_path().parent / "logs")
    with output_to_log(log_path, echo=args.verbose) as screen:
        display = RunDisplay(screen, interactive)
        display.line(f"dx run: sources {sources_dir()} -> warehouse {warehouse_path()}")
        with showing(display):
            if args.engine == "duckdb":
                success = _execute_job("full_refresh", args.log_level, fresh=args.full_refresh)
            else:
                success = _execute_engine_build(args.engine, args.log_level, display)
        lines = _closing_lines(success, display) if args.engine == "duckdb" else _engine_lines(success, args.engine)
        status = 0 if success else 1
        if success and inputs:
            from dagster_project import refresh_state

            refresh_state.record(warehouse_path(), inputs, status, lines)
        lines += [f"full log: {log_path}", f"done in {time.monotonic() - started:.1f} s, exit status {status}"]
        for line in lines:
            display.line(f"dx run: {line}")
    return status


def _execute_job(job: str, log_level: str, fresh: bool = True) -> bool:
    """Dagster job `job` in this process; True when every step succeeded. `fresh`: from an empty build file,
    otherwise from the last run's (its extraction cache is reused; every table is rebuilt all the same)."""
    prepare_environment()
    import dagster as dg

    from dagster_project.definitions import defs
    from dagster_project.warehouse import reset_build

    if fresh:
        reset_build()
    result = defs.resolve_job_def(job).execute_in_process(
        instance=dg.DagsterInstance.get(),
        raise_on_error=False,
        run_config={"loggers": {"console": {"config": {"log_level": log_level}}, "dx_display": {}}},
    )
    return result.success


def _execute_engine_build(engine: str, log_level: str, display: RunDisplay) -> bool:
    """The raw tables in the DuckDB build file (the `raw_inputs` job), then the dbt project on `engine`."""
    if not _execute_job("raw_inputs", log_level):
        return False
    from dagster_project.dbt_project import dbt_executable
    from dagster_project.engines import build_on
    from dagster_project.warehouse import build_path

    try:
        build_on(engine, build_path(), engine_work_dir(), dbt_executable(), log=lambda s: display.line(f"  ✓ {s}"))
    except RuntimeError as exc:
        print(exc, file=sys.stderr)  # into the run log
        display.line(f"dx run: {str(exc).splitlines()[0]}")
        return False
    return True


def engine_work_dir() -> Path:
    """Where `dx run --engine` keeps the raw Parquet files and Spark's local warehouse."""
    return warehouse_path().parent / "build"


def _engine_lines(success: bool, engine: str) -> list[str]:
    if not success:
        return [f"build on {engine} failed; the served DuckDB warehouse was left unchanged"]
    return [
        f"marts built on {engine}; the served DuckDB warehouse was left unchanged (dx publish and the "
        "Great Expectations gates work on DuckDB only)"
    ]


def _closing_lines(success: bool, display: RunDisplay) -> list[str]:
    if not success:
        where = f" at step {display.failed_step[0]!r}" if display.failed_step else ""
        return [f"refresh failed{where}; the served warehouse was left unchanged"]
    from dagster_project.cli.run_summary import run_summary

    checks = f", {display.failed_checks} failing checks" if display.failed_checks else ""
    return [*run_summary(warehouse_path()), f"{display.warnings} warnings{checks}", f"published {warehouse_path()}"]


def cmd_extract(args: argparse.Namespace) -> int:
    from dagster_project.extraction import run_extract_cli

    return run_extract_cli(args.paths, args.format, sys.stdout, sys.stderr)


def _served_warehouse(command: str) -> Path | None:
    """The served DuckDB file the read-only commands open, or None after one line on stderr saying why not."""
    served = warehouse_path()
    if served.is_file():
        return served
    why = "a folder, not the DuckDB file (DX_WAREHOUSE names the file)" if served.is_dir() else "nothing there"
    print(f"dx {command}: no warehouse at {served}: {why}; run `dx run` first", file=sys.stderr)
    return None


def cmd_unmapped(args: argparse.Namespace) -> int:
    served = _served_warehouse("unmapped")
    if served is None:
        return 2
    return _list_held_back(served, args.format) if args.held_back else _list_phrases(served, args.limit, args.format)


def _list_phrases(served: Path, limit: int, fmt: str) -> int:
    import csv

    from dagster_project.quality.curation import accept_rows, unmapped_phrases

    phrases = unmapped_phrases(served, limit)
    if fmt == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(
            ["n", "n_reports", "phrase", "reasons", "example_number", "example_doc", "example_sentence"]
            + ["example_reason"]
        )
        for p in phrases:
            writer.writerow(
                [p.n, p.n_reports, p.phrase, p.reasons, p.example_number, p.example_doc, p.example_sentence]
                + [p.example_reason]
            )
        return 0
    held = 0
    for p in phrases:
        sentence = " ".join(p.example_sentence.split())
        print(f"{p.n:5d} × {p.phrase!r} ({p.n_reports} reports; {p.reasons})")
        print(f"        e.g. {p.example_number!r} in {p.example_doc}: {sentence[:200]}")
        rows = accept_rows(p.example_doc, p.example_number, p.phrase, p.example_reason)
        held += bool(rows)
        for how, row in rows:  # a fact held back: the seed rows that let the example in
            print(f"        to accept it {how}, add to seeds/fact_corrections.csv: {row}")
    print(
        f"dx unmapped: {len(phrases)} phrases. Map one with a row `code,phrase` in "
        "dagster_project/extraction/lexicon.csv; fix a wrong fact in seeds/fact_corrections.csv."
        + (" `dx unmapped --held-back` lists every fact held back, each with its rows." if held else ""),
        file=sys.stderr,
    )
    return 0


def _list_held_back(served: Path, fmt: str) -> int:
    import csv

    from dagster_project.quality.curation import accept_rows, held_back_facts

    facts = held_back_facts(served)
    if fmt == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(
            ["doc_id", "number_text", "indicator_code", "reason", "sentence"]
            + ["accept_as_kind_model_reads_it", "accept_as_rules_read_it"]
        )
        for f in facts:
            rows = [row for _how, row in accept_rows(f.doc_id, f.number_text, f.indicator_code, f.reason)]
            writer.writerow([f.doc_id, f.number_text, f.indicator_code, f.reason, f.sentence, *rows])
        return 0
    for f in facts:
        sentence = " ".join(f.sentence.split())
        print(f"{f.doc_id}: {f.indicator_code} {f.number_text!r} ({f.reason})")
        print(f"        {sentence[:300]}")
        for how, row in accept_rows(f.doc_id, f.number_text, f.indicator_code, f.reason):
            print(f"        to accept it {how}, add to seeds/fact_corrections.csv: {row}")
    print(
        f"dx unmapped --held-back: {len(facts)} fact{'' if len(facts) == 1 else 's'} held back, value kind in doubt; "
        "a row in seeds/fact_corrections.csv lets one in on the next refresh.",
        file=sys.stderr,
    )
    return 0


def cmd_publish(args: argparse.Namespace) -> int:
    from dagster_project.serving.postgres import publish_to_postgres

    served = _served_warehouse("publish")
    if served is None:
        return 2
    dsn = args.postgres or postgres_publish_dsn()
    if not dsn:
        print("dx publish: give --postgres DSN or set DX_POSTGRES_DSN", file=sys.stderr)
        return 2
    try:
        counts = publish_to_postgres(
            dsn,
            served,
            schema=args.schema,
            reader_role=args.reader_role,
            reader_password=reader_password(),
        )
    except Exception as exc:  # a connection or permission problem is one line for the user
        print(f"dx publish: {type(exc).__name__}: {str(exc).strip().splitlines()[0]}", file=sys.stderr)
        return 1
    print(f"dx publish: {len(counts)} tables, {sum(counts.values())} rows into schema {args.schema}", file=sys.stderr)
    return 0


def cmd_docs(args: argparse.Namespace) -> int:
    from dagster_project.cli.dbt_docs import build_docs, docs_server

    served = _served_warehouse("docs")
    if served is None:
        return 2
    prepare_environment()
    try:
        index = build_docs(served, Path(args.out))
    except RuntimeError as exc:
        print(f"dx docs: dbt docs generate failed: {exc}", file=sys.stderr)
        return 1
    print(
        f"dx docs: built {index.parent} ({index.parent / 'static_index.html'} opens without a server)", file=sys.stderr
    )
    if args.no_serve:
        return 0
    try:
        server = docs_server(index.parent, args.host, args.port)
    except OSError as exc:
        print(f"dx docs: cannot serve on {args.host}:{args.port}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    print(
        f"dx docs: serving http://{args.host}:{server.server_address[1]}/ (Ctrl-C stops)", file=sys.stderr, flush=True
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


def cmd_template(args: argparse.Namespace) -> int:
    from dagster_project.ingest.submission_template import write_template

    out = Path(args.out or f"cds_{args.province.replace(' ', '_')}_{args.year}.xlsx")
    try:
        write_template(args.province, args.year, out)
    except ValueError as exc:
        print(f"dx template: {exc}", file=sys.stderr)
        return 2
    print(f"dx template: wrote {out}", file=sys.stderr)
    return 0


def cmd_synth(args: argparse.Namespace) -> int:
    from dagster_project.ingest.synth import write_synthetic_sources

    counts = write_synthetic_sources(args.scale, Path(args.out), seed=args.seed)
    print(
        f"dx synth: {counts['reports']} reports, {counts['structured_facts']} structured facts in {args.out}",
        file=sys.stderr,
    )
    return 0


def cmd_ui(args: argparse.Namespace) -> int:
    prepare_environment()
    command = ["dagster", "dev", "-m", "dagster_project.definitions", "-h", args.host, "-p", str(args.port)]
    return subprocess.call(command, cwd=PROJECT_ROOT)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dx",
        description="Vietnam provincial digital-transformation warehouse. "
        "Environment: DX_SOURCES (raw inputs, default sources/), DX_WAREHOUSE (served DuckDB file, "
        "default warehouse/dx.duckdb), DAGSTER_HOME (default .dagster_home).",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser(
        "run",
        help="materialise every asset in process (load, extract, dbt, checks, publish); nothing to do when no "
        "source, rule, seed or code changed since the last run",
    )
    run.add_argument(
        "--verbose",
        action="store_true",
        help="show the full logs (Dagster, dbt, Great Expectations) instead of one line per step",
    )
    run.add_argument(
        "--no-wait",
        action="store_true",
        help="exit with status 4 instead of waiting when another refresh holds the warehouse",
    )
    run.add_argument(
        "--full-refresh",
        action="store_true",
        help="rebuild from an empty build file, re-extracting every report, even when nothing has changed",
    )
    run.add_argument(
        "--engine",
        default="duckdb",
        choices=["duckdb", "postgres", "spark"],
        help="where dbt builds the models: the DuckDB file (default: the full refresh with checks and "
        "publish), or PostgreSQL / Spark from the same raw tables (DX_PG_*, DX_SPARK_*; "
        "docs/scale-out.md)",
    )
    run.add_argument(
        "--log-level",
        default="INFO",
        choices=["DEBUG", "INFO", "WARNING", "ERROR"],
        help="level of Dagster's log in the log file and with --verbose (default INFO)",
    )
    run.set_defaults(func=cmd_run)

    extract = sub.add_parser("extract", help="extract facts from report files or folders to stdout")
    extract.add_argument("paths", nargs="+", help="report files (.txt, .html) or folders of them")
    extract.add_argument("--format", choices=["csv", "jsonl"], default="csv", help="output format (default csv)")
    extract.set_defaults(func=cmd_extract)

    unmapped = sub.add_parser("unmapped", help="unmapped phrases of the served warehouse by frequency, with an example")
    unmapped.add_argument("--limit", type=int, default=50, help="how many phrases (default 50)")
    unmapped.add_argument("--format", choices=["text", "csv"], default="text")
    unmapped.add_argument(
        "--held-back",
        action="store_true",
        help="every fact held back in doubt (not phrases), each with the corrections-seed rows that let it in",
    )
    unmapped.set_defaults(func=cmd_unmapped)

    publish = sub.add_parser("publish", help="copy the served marts into a PostgreSQL schema for BI tools")
    publish.add_argument("--postgres", metavar="DSN", help="libpq DSN (default: $DX_POSTGRES_DSN)")
    publish.add_argument("--schema", default="marts", help="target schema, swapped in one transaction (default marts)")
    publish.add_argument(
        "--reader-role",
        default="dx_reader",
        help="read-only login role for BI tools (password from $DX_READER_PASSWORD)",
    )
    publish.set_defaults(func=cmd_publish)

    docs = sub.add_parser("docs", help="build dbt's documentation site (models, columns, tests, lineage) and serve it")
    docs.add_argument("--out", default=str(PROJECT_ROOT / "build" / "docs"), help="output folder (default build/docs)")
    docs.add_argument("--host", default="127.0.0.1")
    docs.add_argument("--port", type=int, default=8080, help="port (default 8080; 0 picks a free one)")
    docs.add_argument("--no-serve", action="store_true", help="build the site and exit")
    docs.set_defaults(func=cmd_docs)

    template = sub.add_parser("template", help="write the Excel template a province fills in (see README)")
    template.add_argument("--province", required=True, help="province name, e.g. 'Gia Lai'")
    template.add_argument("--year", required=True, type=int, help="report year (2025 and later: 34-province map)")
    template.add_argument("--out", help="output .xlsx (default cds_<province>_<year>.xlsx)")
    template.set_defaults(func=cmd_template)

    synth = sub.add_parser("synth", help="write a synthetic national-scale source folder for benchmarks")
    synth.add_argument("--scale", type=float, required=True, help="1 ≈ 50 thousand facts, 100 ≈ 5 million")
    synth.add_argument("--out", required=True, help="output folder")
    synth.add_argument("--seed", type=int, default=7, help="random seed (same seed, same output)")
    synth.set_defaults(func=cmd_synth)

    ui = sub.add_parser("ui", help="start the Dagster UI (webserver and daemon) on 127.0.0.1:3000")
    ui.add_argument("--host", default="127.0.0.1")
    ui.add_argument("--port", type=int, default=3000)
    ui.set_defaults(func=cmd_ui)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
