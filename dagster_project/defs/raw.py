"""Raw layer: every report file read, its bytes kept by sha256, its text decoded to NFC."""

import dagster as dg

from dagster_project.defs.resources import Warehouse
from dagster_project.defs.specs import table_spec
from dagster_project.ingest.loading import carry_first_seen, load_reports
from dagster_project.testing_hooks import pause_point


@dg.multi_asset(
    specs=[
        table_spec(
            "raw_reports",
            group="raw",
        ),
        table_spec(
            "raw_ingest_errors",
            group="raw",
        ),
    ],
)
def raw_reports(context: dg.AssetExecutionContext, warehouse: Warehouse):
    sources = warehouse.sources_dir
    loaded = load_reports(sources, blob_dir=warehouse.folder / "blobs")
    reports, errors = loaded.frames()
    errors = carry_first_seen(errors, warehouse.folder / "ingest_log.duckdb")
    with warehouse.connect() as con:
        warehouse.replace_table(con, "raw", "reports", reports)
        pause_point("load")
        warehouse.replace_table(con, "raw", "ingest_errors", errors)
    for error in loaded.errors:
        context.log.warning(f"rejected {error['path']}: {error['reason']}")
    context.log.info(f"{len(reports)} reports read, {len(errors)} rejected")
    yield dg.MaterializeResult(
        asset_key="raw_reports",
        metadata={
            "sources": str(sources),
            "files_read": len(reports),
            "bytes_read": int(reports["size_bytes"].sum()) if len(reports) else 0,
        },
    )
    yield dg.MaterializeResult(asset_key="raw_ingest_errors", metadata={"files_rejected": len(errors)})
