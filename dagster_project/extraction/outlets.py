"""The province of a provincial newspaper whose name does not say it ("Báo Đồng Khởi" is Bến Tre's).

An outlet naming its province ("Báo Gia Lai") needs no row: its name is read like any text. outlets.csv
lists the others (`outlet`, `province_vi`); an empty province marks a national outlet named after no place.
"""

from __future__ import annotations

import csv
import unicodedata
from functools import cache
from pathlib import Path

OUTLETS_CSV = Path(__file__).with_name("outlets.csv")


@cache
def _outlets() -> tuple[tuple[str, str], ...]:
    with open(OUTLETS_CSV, encoding="utf-8") as f:
        rows = [(unicodedata.normalize("NFC", r["outlet"]).casefold(), r["province_vi"]) for r in csv.DictReader(f)]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def outlet_province_text(outlet: str | None) -> str | None:
    """The outlet's name with its province's name added when outlets.csv knows it."""
    if not outlet:
        return outlet
    low = unicodedata.normalize("NFC", outlet).casefold()
    for name, province in _outlets():
        if name in low:
            return f"{outlet} ({province})" if province else outlet
    return outlet
