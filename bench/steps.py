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
        from dagster_project.loading import load_reports
        from dagster_project.submission_loader import load_submissions

        reports, errors = load_reports(sources).frames()
        facts, sub_errors = load_submissions(sources).frames()
        with duckdb.connect(str(build)) as con:
            replace_table(con, "raw", "reports", reports)
            replace_table(con, "raw", "ingest_errors", errors)
            replace_table(con, "raw", "submission_facts", facts)
            replace_table(con, "raw", "submission_errors", sub_errors)
            con.execute(f"create or replace table raw.structured_facts as "
                        f"select * from read_parquet('{sources / 'facts' / 'facts.parquet'}')")
    elif step == "extract":
        from dagster_project.assets.extraction import extract_reports

        with duckdb.connect(str(build)) as con:
            reports = con.execute("select doc_id, text, published from raw.reports order by doc_id").df()
            facts, unmapped = extract_reports(reports)
            replace_table(con, "raw", "unmapped_candidates", unmapped)
            con.register("_facts", facts)
            con.execute("""create or replace table raw.extracted_facts as
                select *, 'report' as source_kind, null::varchar as source_ref from raw.structured_facts
                union all by name select * from _facts""")
    elif step == "checks":
        from dagster_project.quality import check_budget_parts, check_fact_values, check_stated_ratios

        with duckdb.connect(str(build), read_only=True) as con:
            facts = con.execute("select * from raw.extracted_facts").df()
            budget = con.execute("select * from marts.fct_budget").df()
        for result in (check_fact_values(facts), check_stated_ratios(facts), check_budget_parts(budget)):
            print(result.name, result.n_rows, len(result.failures), file=sys.stderr)
    elif step == "publish":
        from dagster_project.warehouse import publish

        publish(build, served)
    else:
        raise SystemExit(f"unknown step {step}")


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4]))
