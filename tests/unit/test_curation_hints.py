"""`dx unmapped`'s hints for a held-back fact: the corrections-seed rows that accept it, as the kind model reads it
and as the rules read it, quoted as CSV."""

import csv

from dagster_project.extraction.kind_model import doubt_reason, doubted_kinds
from dagster_project.quality.curation import UnmappedPhrase, accept_rows

NOTE = "accepted after reading the sentence"


def _phrase(reason: str, number: str = "100% giao dịch có hóa đơn điện tử") -> UnmappedPhrase:
    return UnmappedPhrase("e_invoice_rate", 1, 1, reason, number, "Cụ thể, ...", "r_dec_03_gialai", reason)


def test_the_doubt_reason_reads_back_and_no_other_reason_does():
    assert doubted_kinds(doubt_reason("estimate", "planned")) == ("estimate", "planned")
    assert doubted_kinds("no catalog indicator for this measure") is None
    assert accept_rows(_phrase("no catalog indicator for this measure")) == []


def test_the_accept_rows_read_back_as_the_seeds_columns_even_with_commas_and_quotes():
    rows = accept_rows(_phrase(doubt_reason("actual", "target"), number='1.390 hồ sơ, đạt "70,08%"'))
    assert [how for how, _ in rows] == ["as the kind model reads it (target)", "as the rules read it (actual)"]
    number = '1.390 hồ sơ, đạt "70,08%"'
    assert [next(csv.reader([row])) for _, row in rows] == [
        ["r_dec_03_gialai", number, "e_invoice_rate", "accept", "value_kind", "target", NOTE],
        ["r_dec_03_gialai", number, "e_invoice_rate", "accept", "", "", NOTE],
    ]
