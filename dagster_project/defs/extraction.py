"""Extraction wiring: the `extracted_facts` asset over `ingest.extract` (reuse of unchanged reports included)."""

import dagster as dg

from dagster_project.defs.resources import Warehouse
from dagster_project.defs.specs import table_spec
from dagster_project.ingest.extract import extractor_version, refresh_extraction


@dg.multi_asset(
    specs=[
        table_spec(
            "extracted_facts",
            deps=["raw_reports"],
            group="extraction",
        ),
        table_spec(
            "raw_unmapped_candidates",
            deps=["raw_reports"],
            group="extraction",
        ),
    ],
)
def extracted_facts(context: dg.AssetExecutionContext, warehouse: Warehouse):
    with warehouse.connect() as con:
        counts = refresh_extraction(con)
    context.log.info(
        f"{counts['facts']} facts from {counts['documents']} reports ({counts['extracted']} extracted, "
        f"{counts['reused']} unchanged and reused), {counts['unmapped']} unmapped candidates"
        + (
            f" ({counts['held_back']} of them facts held back until a curator accepts them)"
            if counts["held_back"]
            else ""
        )
    )
    yield dg.MaterializeResult(
        asset_key="extracted_facts",
        metadata={
            "documents": counts["documents"],
            "documents_extracted": counts["extracted"],
            "documents_reused": counts["reused"],
            "extractor_version": extractor_version(),
            "facts": counts["facts"],
            "facts_by_type": dg.MetadataValue.json(counts["facts_by_type"]),
            "facts_held_back": counts["held_back"],
        },
    )
    yield dg.MaterializeResult(asset_key="raw_unmapped_candidates", metadata={"candidates": counts["unmapped"]})
