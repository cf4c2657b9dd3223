"""Structured submissions: filled templates loaded strictly, cell by cell."""

import dagster as dg

from dagster_project.defs.resources import Warehouse
from dagster_project.defs.specs import table_spec
from dagster_project.ingest.submission_loader import load_submissions


@dg.multi_asset(
    specs=[
        table_spec(
            "submission_facts",
            group="extraction",
            kinds=("python", "excel", "duckdb"),
        ),
        table_spec(
            "raw_submission_errors",
            group="extraction",
        ),
    ],
)
def submission_facts(context: dg.AssetExecutionContext, warehouse: Warehouse):
    loaded = load_submissions(warehouse.sources_dir)
    facts, errors = loaded.frames()
    with warehouse.connect() as con:
        warehouse.replace_table(con, "raw", "submission_facts", facts)
        warehouse.replace_table(con, "raw", "submission_errors", errors)
    for error in loaded.errors:
        context.log.warning(error["reason"])
    context.log.info(f"{len(facts)} facts from submissions, {len(errors)} rows rejected")
    yield dg.MaterializeResult(asset_key="submission_facts", metadata={"facts": len(facts)})
    yield dg.MaterializeResult(asset_key="raw_submission_errors", metadata={"rows_rejected": len(errors)})
