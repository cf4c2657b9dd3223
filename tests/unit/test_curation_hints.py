"""`dx unmapped`'s hint for a held-back fact: the corrections-seed row that accepts it, quoted as CSV."""

import csv

from dagster_project.extraction.kind_model import doubt_reason
from dagster_project.quality.curation import UnmappedPhrase, accept_row, is_held_back


def _phrase(reasons: str, number: str = "100% giao dịch có hóa đơn điện tử") -> UnmappedPhrase:
    return UnmappedPhrase("e_invoice_rate", 1, 1, reasons, number, "Cụ thể, ...", "r_dec_03_gialai")


def test_a_held_back_phrase_is_recognised_by_the_extractors_reason():
    assert is_held_back(_phrase(doubt_reason("actual", "target")))
    assert not is_held_back(_phrase("no catalog indicator for this measure"))


def test_the_accept_row_reads_back_as_the_seeds_columns_even_with_commas_and_quotes():
    row = accept_row(_phrase(doubt_reason("actual", "target"), number='1.390 hồ sơ, đạt "70,08%"'))
    assert next(csv.reader([row])) == [
        "r_dec_03_gialai",
        '1.390 hồ sơ, đạt "70,08%"',
        "e_invoice_rate",
        "accept",
        "",
        "",
        "accepted after reading the sentence",
    ]
