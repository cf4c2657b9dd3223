"""The curator's view of what extraction left unmapped: phrases by frequency, with an example, and the facts held
back in doubt, each with the corrections-seed rows that let it in.

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

from dagster_project.extraction.kind_model import DOUBT_REASON, doubted_kinds

SUMMARY_SQL = """
select
    phrase,
    count(*) as n,
    count(distinct doc_id) as n_reports,
    string_agg(distinct reason, '; ' order by reason) as reasons,
    arg_min(number_text, doc_id || lpad(cast(char_start as varchar), 10, '0')) as example_number,
    arg_min(sentence, doc_id || lpad(cast(char_start as varchar), 10, '0')) as example_sentence,
    min(doc_id) as example_doc,
    arg_min(reason, doc_id || lpad(cast(char_start as varchar), 10, '0')) as example_reason
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
    example_reason: str = ""  # why the example row is unmapped


def unmapped_phrases(warehouse: Path, limit: int = 50) -> list[UnmappedPhrase]:
    """The most frequent unmapped phrases of the served warehouse."""
    return [UnmappedPhrase(*row) for row in _read(warehouse, SUMMARY_SQL, [limit])]


def _read(warehouse: Path, sql: str, params: list) -> list[tuple]:
    """Rows of `sql` on the served warehouse, opened read-only so that a refresh can still publish."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(sql, params).fetchall()


HELD_BACK_SQL = """
select doc_id, number_text, phrase as indicator_code, reason, sentence
from marts.unmapped_candidates
where starts_with(reason, ?)
order by doc_id, char_start
"""


@dataclass(frozen=True)
class HeldBackFact:
    """A fact the extractor held back (its value kind in doubt), as `marts.unmapped_candidates` lists it."""

    doc_id: str
    number_text: str
    indicator_code: str
    reason: str
    sentence: str


def held_back_facts(warehouse: Path) -> list[HeldBackFact]:
    """Every held-back fact of the served warehouse that no curator has accepted yet: `dx unmapped`
    shows ready rows only for each phrase's example, and a curator going through them needs every one."""
    return [HeldBackFact(*row) for row in _read(warehouse, HELD_BACK_SQL, [DOUBT_REASON])]


def accept_rows(doc_id: str, evidence: str, indicator_code: str, reason: str) -> list[tuple[str, str]]:
    """For a fact the extractor held back (`reason` a kind model's doubt): (how, seeds/fact_corrections.csv row) that
    let it in as the kind model reads it (`accept` setting `value_kind`) and as the rules read it (plain `accept`);
    empty for any other reason. CSV-quoted, ready to paste; the curator may add rows for other fields (README)."""
    kinds = doubted_kinds(reason)
    if kinds is None:
        return []
    rules, model = kinds
    fact, note = (doc_id, evidence, indicator_code), "accepted after reading the sentence"
    return [
        (f"as the kind model reads it ({model})", _csv_row(*fact, "value_kind", model, note)),
        (f"as the rules read it ({rules})", _csv_row(*fact, "", "", note)),
    ]


def _csv_row(doc_id: str, evidence: str, indicator_code: str, field: str, value: str, note: str) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="").writerow([doc_id, evidence, indicator_code, "accept", field, value, note])
    return out.getvalue()
