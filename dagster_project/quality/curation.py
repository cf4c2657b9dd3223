"""The curator's view of what extraction left unmapped: phrases by frequency, with an example.

`dx unmapped` prints this from the served warehouse. A phrase that names a catalog measure is mapped
by one row in `dagster_project/extraction/lexicon.csv` (code, phrase) on the next refresh; a fact that
came out wrong is fixed with a row in `seeds/fact_corrections.csv` (see README, "Correcting extraction").
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

import duckdb

from dagster_project.extraction.kind_model import DOUBT_REASON

SUMMARY_SQL = """
select
    phrase,
    count(*) as n,
    count(distinct doc_id) as n_reports,
    string_agg(distinct reason, '; ' order by reason) as reasons,
    arg_min(number_text, doc_id || lpad(cast(char_start as varchar), 10, '0')) as example_number,
    arg_min(sentence, doc_id || lpad(cast(char_start as varchar), 10, '0')) as example_sentence,
    min(doc_id) as example_doc
from marts.unmapped_candidates
where coalesce(phrase, '') <> ''
group by phrase
order by n desc, n_reports desc, phrase
limit ?
"""


@dataclass(frozen=True)
class UnmappedPhrase:
    phrase: str
    n: int
    n_reports: int
    reasons: str
    example_number: str
    example_sentence: str
    example_doc: str


def unmapped_phrases(warehouse: Path, limit: int = 50) -> list[UnmappedPhrase]:
    """The most frequent unmapped phrases of the served warehouse (read-only)."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        rows = con.execute(SUMMARY_SQL, [limit]).fetchall()
    finally:
        con.close()
    return [UnmappedPhrase(*row) for row in rows]


def is_held_back(phrase: UnmappedPhrase) -> bool:
    """Are the rows of `phrase` facts the extractor held back (their phrase is the indicator code)?"""
    return DOUBT_REASON in phrase.reasons


def accept_row(phrase: UnmappedPhrase) -> str:
    """The seeds/fact_corrections.csv row that lets the example fact of a held-back `phrase` in, as the rules read
    it (`doc_id,evidence,indicator_code,accept,,,note`; the curator may set a field instead, README)."""
    out = io.StringIO()
    note = "accepted after reading the sentence"
    csv.writer(out, lineterminator="").writerow(
        [phrase.example_doc, phrase.example_number, phrase.phrase, "accept", "", "", note]
    )
    return out.getvalue()
