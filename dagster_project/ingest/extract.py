"""The extraction step of a refresh: the same extractor as `dx extract`, run over every loaded report.

Extraction is the per-document cost of a refresh, so its output is kept in the build file and
reused for a report whose extraction key is unchanged: the key hashes the doc id, the report's
bytes (sha256), its publication date and the extractor version (a hash of the extraction code,
its lexicon and the seeds it reads). A changed report, a changed rule or a changed seed
re-extracts; a removed report's facts disappear. The three tables are written in one transaction, so a
refresh killed half-way leaves the cache as it was. `dx run` keeps the build file between runs and so reuses
the cache; `dx run --full-refresh` starts from an empty build file and extracts everything.
"""

import hashlib
from functools import cache

import duckdb
import pandas as pd

from dagster_project import progress
from dagster_project.config import PROJECT_ROOT
from dagster_project.extraction import FACT_COLUMNS, FACT_NUMBER_TYPES, extract_document
from dagster_project.refresh_state import files_digest
from dagster_project.testing_hooks import pause_point
from dagster_project.warehouse import replace_tables

UNMAPPED_COLUMNS = ["doc_id", "province_code", "sentence", "number_text", "phrase", "char_start", "char_end", "reason"]
EXTRACTION_INPUTS = (PROJECT_ROOT / "dagster_project" / "extraction", PROJECT_ROOT / "seeds")

# seeds only dbt reads: the curators' corrections and `make fresh`'s quality figures change the marts, not what is
# extracted, so editing them re-extracts nothing
APPLIED_IN_DBT = {"fact_corrections.csv", "extraction_quality.csv"}


@cache
def extractor_version() -> str:
    """sha256 over the extractor's code and data files (rules, lexicon, seeds, the kind model's weights): any change
    invalidates cached facts."""
    return files_digest(
        p
        for folder in EXTRACTION_INPUTS
        for p in folder.rglob("*")
        if p.suffix in (".py", ".csv", ".json") and p.name not in APPLIED_IN_DBT
    )[:16]


def extraction_keys(reports: pd.DataFrame) -> pd.Series:
    version = extractor_version()
    return pd.Series(
        [
            hashlib.sha256(f"{d}|{s}|{p}|{t}|{o}|{version}".encode()).hexdigest()[:32]
            for d, s, p, t, o in zip(
                reports["doc_id"],
                reports["sha256"],
                reports["published"],
                reports["title"],
                reports["outlet"],
                strict=True,
            )
        ],
        index=reports.index,
        dtype="string",
    )


def extract_reports(reports: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Facts and unmapped candidates of every report row (doc_id, text, published, extraction_key)."""
    facts, unmapped = [], []
    for done, doc in enumerate(reports.itertuples(index=False)):
        progress.report(done, len(reports))
        result = extract_document(doc.doc_id, doc.text, doc.published, doc.title, doc.outlet)
        facts.extend(
            {**f.as_dict(), "held_back": f.held_back or None, "extraction_key": doc.extraction_key}
            for f in result.facts + result.held_back
        )
        unmapped.extend({**u, "extraction_key": doc.extraction_key} for u in result.unmapped)
    progress.report(len(reports), len(reports))
    fact_frame = pd.DataFrame(facts, columns=[*FACT_COLUMNS, "held_back", "extraction_key"]).astype(FACT_NUMBER_TYPES)
    fact_frame["held_back"] = fact_frame["held_back"].astype("string")
    fact_frame["source_kind"] = "report"
    fact_frame["source_ref"] = None
    unmapped_frame = pd.DataFrame(unmapped, columns=[*UNMAPPED_COLUMNS, "extraction_key"])
    for frame in (fact_frame, unmapped_frame):  # typed even when empty, so later runs can compare keys
        frame["extraction_key"] = frame["extraction_key"].astype("string")
    return fact_frame, unmapped_frame


def _has_table(con: duckdb.DuckDBPyConnection, schema: str, table: str) -> bool:
    return (
        con.execute(
            "select count(*) from information_schema.tables where table_schema = ? and table_name = ?", [schema, table]
        ).fetchone()[0]
        > 0
    )


def refresh_extraction(con: duckdb.DuckDBPyConnection) -> dict:
    """Extract the reports of raw.reports whose extraction key is new; keep the others' facts.

    Writes raw.extracted_documents (one row per report and key), raw.extracted_facts and
    raw.unmapped_candidates, each in one transaction. Returns counts for the run log.
    """
    reports = con.execute("select doc_id, sha256, published, title, outlet from raw.reports order by doc_id").df()
    reports["extraction_key"] = extraction_keys(reports)
    cached = set()
    if all(_has_table(con, "raw", t) for t in ("extracted_documents", "extracted_facts", "unmapped_candidates")):
        cached = {k for (k,) in con.execute("select extraction_key from raw.extracted_documents").fetchall()}
    todo = reports[~reports["extraction_key"].isin(cached)]
    con.register("_todo", todo[["doc_id", "extraction_key"]])
    texts = con.execute(
        "select r.doc_id, r.text, r.published, r.title, r.outlet, t.extraction_key from raw.reports r "
        "join _todo t using (doc_id) order by r.doc_id"
    ).df()
    con.unregister("_todo")
    new_facts, new_unmapped = extract_reports(texts)
    current = reports[["doc_id", "extraction_key"]]
    con.register("_current", current)
    facts = _still_current(con, "extracted_facts", new_facts) if cached else new_facts
    unmapped = _still_current(con, "unmapped_candidates", new_unmapped) if cached else new_unmapped
    con.unregister("_current")
    tables = {
        "extracted_facts": facts,
        "unmapped_candidates": unmapped,
        "extracted_documents": current.assign(extractor_version=extractor_version()),
    }
    replace_tables(con, "raw", tables, after_first=lambda: pause_point("extraction"))
    return {
        "documents": len(reports),
        "extracted": len(todo),
        "reused": len(reports) - len(todo),
        "facts": int(facts["held_back"].isna().sum()),
        "facts_by_type": facts.loc[facts["held_back"].isna(), "fact_type"].value_counts().to_dict(),
        "held_back": int(facts["held_back"].notna().sum()),
        "unmapped": len(unmapped),
    }


def _still_current(con: duckdb.DuckDBPyConnection, table: str, new: pd.DataFrame) -> pd.DataFrame:
    """The rows of raw.<table> whose extraction key is in `_current`, followed by the new rows."""
    kept = con.execute(
        f"select * from raw.{table} where extraction_key::varchar in (select extraction_key from _current)"
    ).df()
    return pd.concat([kept.reindex(columns=new.columns), new], ignore_index=True) if len(kept) else new
