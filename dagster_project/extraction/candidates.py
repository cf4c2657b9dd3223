"""Step 3 of the pipeline: the candidate numbers of a span, each with its unit (%, tỷ đồng, counts,
ratios a/b), minus dates, years, decree numbers, ordinals, numbering and measures (km, tấn, phút ...);
and the reading of a number's unit in its sentence (a DTI score, a count per 1,000 people)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .cues import _COUNT_BAD_AFTER, _COUNT_BAD_BEFORE, _DATE_BEFORE, _PER_1000, _RANK_BEFORE
from .lexicon import PER1000, RANK
from .numbers import COUNT, MONEY, NUMBER_RE, PERCENT, SCORE, Quantity, parse_vn_number, read_unit

if TYPE_CHECKING:
    from .context import _Ctx


@dataclass
class _Num:
    """A candidate number: its span, its quantity, and for a ratio a/b its parts."""

    start: int  # number start
    num_end: int  # end of the digits (before the unit)
    end: int  # end of number + unit
    q: Quantity
    numerator: float | None = None
    denominator: float | None = None
    in_words: bool = False  # "toàn bộ thôn, bản": 100% told in words


# "hoạt động tại 1.249 tổ công nghệ số cộng đồng": after "tại", a count of places or teams (not an address)
_AT_COUNTED = re.compile(r"\s*(?:tổ|thôn|bản|xã|phường|thị trấn|trường|điểm|cơ sở|bệnh viện|đơn vị|huyện)(?!\w)")


# "từ 15 tổ lên 20 tổ": the start of a change, not a count
_FROM_TO_AFTER = re.compile(r"[^.;,\d]{0,40}?(?<!\w)(?:lên|đến|tới|xuống)\s+\d")


def _not_counted_before(before: str, low: str, end: int) -> bool:
    """The words before a number make it a label, a date or an address, not a count ("lần 2", "tại 45 ...");
    but "tại 1.249 tổ" and "thành viên từ 996 tổ công nghệ số" count places or teams."""
    m = _COUNT_BAD_BEFORE.search(before)
    if not m:
        return False
    word = m.group().rstrip()
    if word.endswith("tại") and _AT_COUNTED.match(low, end):
        return False
    if word.endswith("từ") and _AT_COUNTED.match(low, end) and not _FROM_TO_AFTER.match(low, end):
        return False
    return True


def _numbers(ctx: _Ctx, start: int, end: int) -> list[_Num]:
    """The measures in text[start:end], in order; a ratio "a/b" keeps its parts (a date, a schedule "24/7"
    or a part larger than its whole is no ratio)."""
    text, low = ctx.text, ctx.low
    out: list[_Num] = []
    for m in NUMBER_RE.finditer(text, start, end):
        raw, den_raw = m.group(1), m.group(2)
        value = parse_vn_number(raw)
        if value is None:
            continue
        before = low[max(start, m.start() - 30) : m.start()]
        after = low[m.end() : m.end() + 3]
        numerator = denominator = None
        if den_raw is not None:
            den = parse_vn_number(den_raw)
            if den is None or den == 0:
                continue
            if (
                _DATE_BEFORE.search(before)
                or (1900 <= den <= 2100 and "." not in den_raw and value <= 12)
                or value > den
            ):
                continue  # a date ("tháng 9/2023"), a schedule ("24/7"), not a part of a whole
            if re.match(r"[-/]?[a-zđ]", after):
                continue
            numerator, denominator = value, den
        bare_year = den_raw is None and re.fullmatch(r"(?:19|20)\d{2}", raw) is not None
        q = read_unit(low, m.end(), value)
        if bare_year and q.unit == COUNT:
            continue
        if raw.startswith("0") and len(raw) > 1 and raw[1].isdigit() and q.unit == COUNT:
            continue  # "05 giải pháp", "Đề án 06": numbering, not a measure
        if q.unit == COUNT:
            if _RANK_BEFORE.search(before):
                q = Quantity(value, RANK, q.end)
            elif _not_counted_before(before, low, q.end) or (
                _COUNT_BAD_AFTER.match(low, q.end) and not _OUT_OF_TOTAL.match(low, q.end)
            ):
                if not (value < 1 and "," in raw):
                    continue
            if re.match(r"\s*[-–]\s*\d", low[q.end : q.end + 4]):
                continue  # a range "6-8 giờ"
        if q.unit == MONEY and q.value == 0:
            continue
        out.append(_Num(m.start(), m.end(), q.end, q, numerator, denominator))
    for m in _ALL_PLACES.finditer(low, start, end):  # "toàn bộ thôn, bản được cáp quang hóa": all of them, 100%
        out.append(_Num(m.start(), m.end(), m.end(), Quantity(100.0, PERCENT, m.end()), in_words=True))
    out.sort(key=lambda n: n.start)
    return _ratios_in_words(low, out)


# "toàn bộ các xóm trong tỉnh ... đã được cung cấp ... cáp quang": every village or commune, told in words
_ALL_PLACES = re.compile(r"(?<!\w)(?:toàn bộ|tất cả)\s+(?:các\s+)?(?=(?:thôn|bản|xóm|làng|xã|ấp|khóm)(?!\w))")


_OUT_OF_TOTAL = re.compile(r"\s*(?:trong|trên)\s+tổng\s+số\s*(?=\d)")


def _ratios_in_words(low: str, nums: list[_Num]) -> list[_Num]:
    """ "1.579 trong tổng số 1.937 dịch vụ": a ratio written in words is read as "1.579/1.937 dịch vụ"."""
    out: list[_Num] = []
    for num in nums:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.numerator is None
            and num.numerator is None
            and prev.end == prev.num_end
            and prev.q.unit == num.q.unit == COUNT
            and prev.q.value <= num.q.value
            and (link := _OUT_OF_TOTAL.match(low, prev.end)) is not None
            and link.end() == num.start
        ):
            out[-1] = _Num(
                prev.start, num.num_end, num.end, Quantity(prev.q.value, COUNT, num.q.end), prev.q.value, num.q.value
            )
            continue
        out.append(num)
    return out


_PER_1000_BEFORE = re.compile(r"(?:/|trên)\s*(?:1\.?000|nghìn|ngàn)\s+(?:người\s+)?dân[^.;\d%]{0,50}$")


def _normalise_unit(low: str, num: _Num, dti_ok: bool) -> None:
    """Re-read the unit of `num` in its sentence: a DTI score written on a 0-1000 scale becomes 0-1,
    "N ... /1.000 dân" is a count per 1,000 people, and a count below 1 in a DTI sentence is a score.
    Every test looks at the unit `_numbers` gave (a per-1,000 count below 1 in DTI context is a score)."""
    unit = num.q.unit
    if unit == SCORE and num.q.value > 1:
        num.q = Quantity(num.q.value / 1000 if num.q.value <= 1000 else num.q.value, SCORE, num.q.end)
    if unit == COUNT and num.numerator is None and _PER_1000.match(low, num.end):
        num.q = Quantity(num.q.value, PER1000, num.q.end)
    elif unit == COUNT and num.q.value < 100 and _PER_1000_BEFORE.search(low, max(0, num.start - 80), num.start):
        num.q = Quantity(num.q.value, PER1000, num.q.end)  # "doanh nghiệp công nghệ số/1.000 dân ... đạt 3,1"
    elif unit == COUNT and num.denominator == 1000 and re.match(r"\s*(?:người\s+)?dân", low[num.end : num.end + 12]):
        num.q = Quantity(num.numerator, PER1000, num.q.end)  # "0,7/1.000 dân"
        num.numerator = num.denominator = None
    if unit == COUNT and num.q.value < 1 and dti_ok:
        num.q = Quantity(num.q.value, SCORE, num.q.end)
