"""`dx unmapped`'s hints for a held-back fact: the corrections-seed rows that accept it, as the kind model reads it
and as the rules read it, quoted as CSV; and the list of every held-back fact."""

import csv

import duckdb

from dagster_project.extraction.kind_model import doubt_reason, doubted_kinds
from dagster_project.quality.curation import HeldBackFact, accept_rows, held_back_facts

NOTE = "accepted after reading the sentence"


def _rows(reason: str, number: str = "100% giao dịch có hóa đơn điện tử") -> list[tuple[str, str]]:
    return accept_rows("r_dec_03_gialai", number, "e_invoice_rate", reason)


def test_the_doubt_reason_reads_back_and_no_other_reason_does():
    assert doubted_kinds(doubt_reason("estimate", "planned")) == ("estimate", "planned")
    assert doubted_kinds("no catalog indicator for this measure") is None
    assert _rows("no catalog indicator for this measure") == []


def test_the_accept_rows_read_back_as_the_seeds_columns_even_with_commas_and_quotes():
    rows = _rows(doubt_reason("actual", "target"), number='1.390 hồ sơ, đạt "70,08%"')
    assert [how for how, _ in rows] == ["as the kind model reads it (target)", "as the rules read it (actual)"]
    number = '1.390 hồ sơ, đạt "70,08%"'
    assert [next(csv.reader([row])) for _, row in rows] == [
        ["r_dec_03_gialai", number, "e_invoice_rate", "accept", "value_kind", "target", NOTE],
        ["r_dec_03_gialai", number, "e_invoice_rate", "accept", "", "", NOTE],
    ]


def test_every_held_back_fact_is_listed_and_no_other_unmapped_row(tmp_path):
    """A real DuckDB file shaped as the served warehouse: two facts held back in one report, one unmapped phrase."""
    path = tmp_path / "dx.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute("create schema marts")
        con.execute(
            """create table marts.unmapped_candidates (doc_id varchar, char_start integer, number_text varchar,
            phrase varchar, reason varchar, sentence varchar)"""
        )
        con.executemany(
            "insert into marts.unmapped_candidates values (?, ?, ?, ?, ?, ?)",
            [
                ("r_b", 90, "30% tổng mức bán lẻ", "ecommerce_retail_share", doubt_reason("actual", "target"), "B."),
                ("r_a", 40, "7,5 tỷ đồng", "kinh phí", "no catalog indicator for this measure", "A."),
                ("r_b", 10, "100% giao dịch", "e_invoice_rate", doubt_reason("estimate", "planned"), "C."),
            ],
        )
    assert held_back_facts(path) == [
        HeldBackFact("r_b", "100% giao dịch", "e_invoice_rate", doubt_reason("estimate", "planned"), "C."),
        HeldBackFact("r_b", "30% tổng mức bán lẻ", "ecommerce_retail_share", doubt_reason("actual", "target"), "B."),
    ]
