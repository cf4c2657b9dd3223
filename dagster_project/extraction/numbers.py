"""Vietnamese number and unit parsing.

Vietnamese writes '.' for thousands and ',' for decimals: "1.390" = 1390, "70,08" = 70.08,
"2.644.936" = 2644936, "25.231,8" = 25231.8, "169,547 tỷ đồng" = 169.547 billion VND.
Money is canonical in billion VND: "4.314 triệu đồng" = 4.314, "1,2 nghìn tỷ" = 1200.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A number not glued to letters ("VNeID", "4G"), to a code ("07-NQ/TU", "Covid-19") or to a decimal run.
NUMBER_RE = re.compile(
    r"(?<![\w.,])(?<!\w-)(?<![/\\])"
    r"(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?|\d+(?:[.,]\d+)?)"
    r"(?:\s?/\s?(\d{1,3}(?:\.\d{3})+|\d+)(?![.,]\d))?"
    r"(?![\w]|[-/][^\W\d_]|[.,]\d)"
)


def parse_vn_number(s: str) -> float | None:
    """'1.390' -> 1390.0, '70,08' -> 70.08, '2.644.936' -> 2644936.0, '25.231,8' -> 25231.8, '7.5' -> 7.5."""
    s = s.strip()
    if not s:
        return None
    try:
        if "." in s and "," in s:
            if s.rfind(",") > s.rfind("."):
                return float(s.replace(".", "").replace(",", "."))
            return float(s.replace(",", ""))
        if "." in s:
            head, *groups = s.split(".")
            if groups and all(len(g) == 3 for g in groups) and 1 <= len(head) <= 3 and head != "0":
                return float(s.replace(".", ""))
            if len(groups) == 1:
                return float(s)
            return None
        if "," in s:
            head, *groups = s.split(",")
            if len(groups) >= 2 and all(len(g) == 3 for g in groups):
                return float(s.replace(",", ""))
            if len(groups) == 1:
                return float(s.replace(",", "."))
            return None
        return float(s)
    except ValueError:
        return None


# unit classes
PERCENT, MONEY, COUNT, SCORE, OTHER_MONEY = "percent", "money", "count", "score", "other_money"

# "241 điểm cầu" are video-conference points, "1.830 điểm thu phát sóng" base stations: counts, not scores
COUNTED_POINTS = r"cầu|thu phát|phát sóng"
_UNIT_RE = re.compile(
    r"\s?(?:"
    r"(?P<pct>%|phần\s+trăm)"
    r"|(?P<kty>(?:nghìn|ngàn)\s+(?:tỷ|tỉ)(?!\w))(?:\s+(?:đồng|vnđ|vnd|đ)(?!\w))?"
    r"|(?P<trty>triệu\s+(?:tỷ|tỉ)(?!\w))(?:\s+(?:đồng|vnđ|vnd|đ)(?!\w))?"
    r"|(?P<ty>tỷ|tỉ)(?!\w)(?!\s+lệ|\s+trọng)(?:\s+(?P<ty_usd>usd|đô)|\s+(?:đồng|vnđ|vnd|đ)(?!\w))?"
    r"|(?P<tr>triệu)\s+(?:(?P<tr_vnd>đồng|vnđ|vnd|đ)(?!\w)|(?P<tr_usd>usd|đô))"
    r"|(?P<ng>nghìn|ngàn)\s+(?:(?P<ng_vnd>đồng|vnđ|vnd|đ)(?!\w)|(?P<ng_usd>usd))"
    r"|(?P<dong>đồng|vnđ|vnd)(?!\w)(?!\s+(?:tháp|nai|xoài))"  # not "năm 2022 Đồng Tháp"
    r"|(?P<usd>usd|\$)(?!\w)"
    r"|(?P<trc>triệu)(?=\s+\w)"
    r"|(?P<ngc>nghìn|ngàn)(?=\s+\w)"
    rf"|(?P<diem>điểm)(?!\w)(?!\s+(?:{COUNTED_POINTS}))"
    r")"
)


_THOUSANDS_MORE = re.compile(r"\s+(\d{1,3})\s+(?:nghìn|ngàn)(?=\s+\w)")


@dataclass(frozen=True)
class Quantity:
    value: float
    unit: str  # PERCENT | MONEY | COUNT | SCORE | OTHER_MONEY
    end: int  # offset after the unit text (or after the number when there is none)


def read_unit(low: str, pos: int, value: float) -> Quantity:
    """The unit written at `low[pos:]` (lower view) right after a number whose value is `value`."""
    m = _UNIT_RE.match(low, pos)
    if not m:
        return Quantity(value, COUNT, pos)
    g = m.groupdict()
    end = m.end()
    if g["pct"]:
        return Quantity(value, PERCENT, end)
    if g["kty"]:
        return Quantity(value * 1000, MONEY, end)
    if g["trty"]:
        return Quantity(value * 1_000_000, MONEY, end)
    if g["ty"]:
        if g["ty_usd"]:
            return Quantity(value, OTHER_MONEY, end)
        return Quantity(value, MONEY, end)
    if g["tr"]:
        if g["tr_usd"]:
            return Quantity(value, OTHER_MONEY, end)
        return Quantity(value / 1000, MONEY, end)
    if g["ng"]:
        if g["ng_usd"]:
            return Quantity(value, OTHER_MONEY, end)
        return Quantity(value / 1_000_000, MONEY, end)
    if g["dong"]:
        return Quantity(value / 1_000_000_000, MONEY, end)
    if g["usd"]:
        return Quantity(value, OTHER_MONEY, end)
    if g["trc"]:
        more = _THOUSANDS_MORE.match(low, end)  # "hơn 1 triệu 300 nghìn thuê bao" = 1,300,000
        if more:
            return Quantity(value * 1_000_000 + int(more.group(1)) * 1000, COUNT, more.end())
        return Quantity(value * 1_000_000, COUNT, end)
    if g["ngc"]:
        return Quantity(value * 1000, COUNT, end)
    if g["diem"]:
        return Quantity(value, SCORE, end)
    return Quantity(value, COUNT, pos)


def clean_value(x: float) -> float:
    """Round away float noise from unit scaling (4.314 not 4.3140000000000001)."""
    return float(f"{x:.9g}")
