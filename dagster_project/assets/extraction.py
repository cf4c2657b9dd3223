"""Extraction layer: the same extractor as `dx extract`, run over every loaded report."""

import dagster as dg
import pandas as pd

from dagster_project.extraction import FACT_COLUMNS, extract_document
from dagster_project.testing_hooks import pause_point
from dagster_project.warehouse import connect, replace_table

UNMAPPED_COLUMNS = ["doc_id", "province_code", "sentence", "number_text", "char_start", "char_end", "reason"]


def extract_reports(reports: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Facts and unmapped candidates of every report row (doc_id, text, published)."""
    facts, unmapped = [], []
    for doc in reports.itertuples(index=False):
        result = extract_document(doc.doc_id, doc.text, doc.published)
        facts.extend({c: getattr(f, c) for c in FACT_COLUMNS} for f in result.facts)
        unmapped.extend(result.unmapped)
    fact_frame = pd.DataFrame(facts, columns=list(FACT_COLUMNS))
    fact_frame["source_kind"] = "report"
    fact_frame["source_ref"] = None
    return fact_frame, pd.DataFrame(unmapped, columns=UNMAPPED_COLUMNS)


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            "extracted_facts", deps=["raw_reports"], group_name="extraction",
            owners=["team:data-engineering"], kinds={"python", "duckdb"},
            description="raw.extracted_facts: indicator, budget and service facts extracted from the "
            "reports, with provenance (evidence, char offsets).",
        ),
        dg.AssetSpec(
            "raw_unmapped_candidates", deps=["raw_reports"], group_name="extraction",
            owners=["team:data-engineering"], kinds={"python", "duckdb"},
            description="raw.unmapped_candidates: sentences that look like a measure but map to no "
            "catalog code, kept for a curator.",
        ),
    ],
)
def extracted_facts(context: dg.AssetExecutionContext):
    with connect() as con:
        reports = con.execute("select doc_id, text, published from raw.reports order by doc_id").df()
        facts, unmapped = extract_reports(reports)
        replace_table(con, "raw", "extracted_facts", facts)
        pause_point("extraction")
        replace_table(con, "raw", "unmapped_candidates", unmapped)
    context.log.info(f"{len(facts)} facts from {len(reports)} reports, {len(unmapped)} unmapped candidates")
    yield dg.MaterializeResult(asset_key="extracted_facts", metadata={
        "documents": len(reports),
        "facts": len(facts),
        "facts_by_type": dg.MetadataValue.json(facts["fact_type"].value_counts().to_dict()),
    })
    yield dg.MaterializeResult(asset_key="raw_unmapped_candidates", metadata={"candidates": len(unmapped)})
