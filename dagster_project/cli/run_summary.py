"""What a refresh produced, in a few lines for the operator at the end of `dx run`."""

from __future__ import annotations

from pathlib import Path

import duckdb

from dagster_project.extraction.kind_model import DOUBT_REASON

FACT_TABLES = ("marts.fct_indicator_value", "marts.fct_public_service", "marts.fct_budget")


def run_summary(warehouse: Path) -> list[str]:
    """Counts from the served warehouse: reports, facts (and those whose year came from the publication
    date, not the text), unmapped candidates (and those that are facts held back until a curator accepts them),
    ingest errors and data-quality issues."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        facts = " union all ".join(f"select period_source from {t}" for t in FACT_TABLES)
        n_facts, from_publication = con.execute(
            f"select count(*), count(*) filter (where period_source = 'publication') from ({facts})"
        ).fetchone()
        (n_reports,) = con.execute("select count(*) from staging.stg_reports").fetchone()
        n_unmapped, n_held = con.execute(
            "select count(*), count(*) filter (where starts_with(reason, ?)) from marts.unmapped_candidates",
            [DOUBT_REASON],
        ).fetchone()
        (n_errors,) = con.execute("select count(*) from marts.ingest_errors").fetchone()
        (n_dq,) = con.execute("select count(*) from marts.dq_issues").fetchone()
    finally:
        con.close()
    held = f"; {n_held} of them facts held back, value kind in doubt: dx unmapped --held-back" if n_held else ""
    return [
        f"{n_reports} reports, {n_facts} facts ({from_publication} with the year of the publication date, "
        "period_source = 'publication')",
        f"{n_unmapped} unmapped candidates (dx unmapped{held}), {n_errors} ingest errors, {n_dq} data-quality issues",
    ]
