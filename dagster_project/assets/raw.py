"""Raw layer: every report file read, its bytes kept by sha256, its text decoded to NFC."""

from __future__ import annotations

import dagster as dg

from dagster_project.config import sources_dir, warehouse_path
from dagster_project.loading import load_reports
from dagster_project.warehouse import connect, replace_table


@dg.asset(
    group_name="raw",
    owners=["team:data-engineering"],
    kinds={"python", "duckdb"},
    description="One row per report file under $DX_SOURCES/reports (doc_id = file stem, sha256, size, "
    "NFC text, source path, loaded_at). Unreadable files go to raw.ingest_errors.",
)
def raw_reports(context: dg.AssetExecutionContext) -> dg.MaterializeResult:
    sources = sources_dir()
    loaded = load_reports(sources, blob_dir=warehouse_path().parent / "blobs")
    reports, errors = loaded.frames()
    with connect() as con:
        replace_table(con, "raw", "reports", reports)
        replace_table(con, "raw", "ingest_errors", errors)
    for error in loaded.errors:
        context.log.warning(f"rejected {error['path']}: {error['reason']}")
    return dg.MaterializeResult(metadata={
        "sources": str(sources),
        "files_read": len(reports),
        "files_rejected": len(errors),
        "bytes_read": int(reports["size_bytes"].sum()) if len(reports) else 0,
    })
