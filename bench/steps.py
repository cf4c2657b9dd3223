"""One refresh step of the benchmark, run in its own process so its peak memory can be read.

usage: python bench/steps.py STEP SOURCES BUILD SERVED   (STEP: load, extract, checks, publish)
The dbt step is the dbt executable itself.
"""

import sys
from pathlib import Path

import duckdb


def main(step: str, sources: Path, build: Path, served: Path) -> None:
    from dagster_project.warehouse import replace_table

    if step == "load":
        from dagster_project.ingest.loading import load_reports
        from dagster_project.ingest.submission_loader import load_submissions

        reports, errors = load_reports(sources).frames()
        facts, sub_errors = load_submissions(sources).frames()
        with duckdb.connect(str(build)) as con:
            replace_table(con, "raw", "reports", reports)
            replace_table(con, "raw", "ingest_errors", errors)
            replace_table(con, "raw", "submission_facts", facts)
            replace_table(con, "raw", "submission_errors", sub_errors)
            structured = sources / "facts" / "facts.parquet"  # synthetic sources only (dx synth)
            if structured.exists():
                con.execute(
                    f"create or replace table raw.structured_facts as select * from read_parquet('{structured}')"
                )
    elif step == "extract":
        from dagster_project.ingest.extract import refresh_extraction

        with duckdb.connect(str(build)) as con:
            counts = refresh_extraction(con)
            print(f"extracted {counts['extracted']}, reused {counts['reused']}", file=sys.stderr)
            if con.execute("select count(*) from duckdb_tables() where table_name = 'structured_facts'").fetchone()[0]:
                con.execute("""insert into raw.extracted_facts by name
                    select *, 'report' as source_kind, null::varchar as source_ref from raw.structured_facts""")
    elif step == "checks":
        from dagster_project.quality.suites import check_budget_parts, check_fact_values, check_stated_ratios

        with duckdb.connect(str(build), read_only=True) as con:
            for check in (check_fact_values, check_stated_ratios, check_budget_parts):
                result = check(con)
                print(result.name, result.n_rows, len(result.failures), file=sys.stderr)
    elif step == "publish":
        from dagster_project.warehouse import publish

        publish(build, served)
    else:
        raise SystemExit(f"unknown step {step}")


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4]))
