"""Step 5 of the pipeline: the facts of a document as a whole: a headline that echoes a body figure is
dropped, then one fact per grain (first wins, but an exact body figure replaces an approximate one:
"Hơn 197 tỷ" headline vs "197,3 tỷ" body, and a rate stated as such a share worked out in brackets)."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from .context import _section_at
from .provinces import WHOLE_PROVINCE
from .sections import is_bullet

if TYPE_CHECKING:
    from .context import _Ctx
    from .facts import Fact


def _is_headline(ctx: _Ctx, pos: int) -> bool:
    """A title or a sub-title: one of the first lines of the document or of a section, short, not a
    list item, without closing punctuation."""
    i = bisect_right(ctx.para_starts, pos) - 1
    if i < 0:
        return False
    p = ctx.paras[i]
    if p.end - p.start > 200 or is_bullet(ctx.text, p):
        return False
    sec = _section_at(ctx, p.start)
    first = 0
    if sec is not None and sec.code is not None:
        first = bisect_right(ctx.para_starts, sec.heading_end)  # the paragraph after the heading line
    if not first <= i <= first + 1:
        return False
    line = ctx.text[p.start : p.end].rstrip()
    return len(line) <= 160 and not line.endswith((".", "…", ";", ":", "!", "?", '"', "”"))


def _drop_headline_echoes(ctx: _Ctx, facts: list[Fact]) -> list[Fact]:
    """A headline that repeats (or rounds) a figure the body gives is not a fact of its own."""
    heads = [_is_headline(ctx, f.char_start) for f in facts]
    body = [f for f, h in zip(facts, heads, strict=True) if not h]
    out = []
    for f, h in zip(facts, heads, strict=True):
        if (
            h
            and f.value is not None
            and any(
                b.province_code == f.province_code
                and b.indicator_code == f.indicator_code
                and b.admin_level == f.admin_level
                and b.value is not None
                and abs(b.value - f.value) <= 0.02 * abs(f.value) + 0.5
                for b in body
            )
        ):
            continue
        out.append(f)
    return out


def _dedupe(facts: list[Fact], low: str) -> list[Fact]:
    """One fact per grain: the first, unless a later exact figure replaces an approximate one, or a later
    precise figure a round approximate one ("hơn 24.000 thành viên" in the lead, "gần 24.303" below), a
    later count told as the total a part counted before it, or a later rate told as a rate ("Tỷ lệ ... đạt 100%")
    a share in brackets before it ("688 TTHC (chiếm 39,65%)")."""
    by_grain: dict[tuple, int] = {}
    out: list[Fact] = []
    for f in facts:
        g = f.grain()
        if g not in by_grain:
            by_grain[g] = len(out)
            out.append(f)
            continue
        old = out[by_grain[g]]
        # an exact figure replaces a rounded/approximate one of about the same size
        close = old.value and f.value is not None and abs(f.value - old.value) <= 0.05 * abs(old.value) + 1
        sharper = f.comparator == "=" or _round_zeros(f.value) < _round_zeros(old.value)
        if old.comparator != "=" and close and sharper:
            out[by_grain[g]] = f
        elif f.unit == "count" and _told_as_total(low, f) and not _told_as_total(low, old):
            out[by_grain[g]] = f  # "167 trạm" of 5G first, "Tổng số trạm BTS trên toàn tỉnh ... là 8.828 trạm" later
        elif f.unit == "percent" and _in_brackets(low, old) and not _in_brackets(low, f) and _told_as_rate(low, f):
            # "toàn trình có 688 TTHC (chiếm 39,65%) ... Tỷ lệ triển khai ... toàn trình ... đạt 100% TTHC đủ điều
            # kiện": a share worked out in passing gives way to the rate the text states as such
            out[by_grain[g]] = f
    return out


def _in_brackets(low: str, fact: Fact) -> bool:
    """The fact's figure closes a bracket: "688 TTHC (chiếm 39,65%)"."""
    return (
        low[fact.char_end : fact.char_end + 2].lstrip().startswith(")")
        and "(" in low[fact.char_end - 20 : fact.char_end]
    )


_RATE_TOLD = re.compile(r"(?:^|[.;]\s*)tỷ lệ[^.;]*$")


def _told_as_rate(low: str, fact: Fact) -> bool:
    """The fact's sentence part opens with "tỷ lệ": "Tỷ lệ triển khai ... đạt 100%"."""
    return bool(_RATE_TOLD.search(low[max(0, fact.char_end - 160) : fact.char_end]))


_TOTAL = re.compile(rf"tổng số|tổng cộng|{WHOLE_PROVINCE}")


def _told_as_total(low: str, fact: Fact) -> bool:
    """The fact's figure is introduced as the whole: "tổng số ...", "toàn tỉnh có ..." in the 60 characters before
    its evidence, within its sentence."""
    before = low[max(0, fact.char_start - 60) : fact.char_end]
    return bool(_TOTAL.search(before[max(before.rfind(". "), 0) :]))


def _round_zeros(value: float | None) -> int:
    """How round a number is: the trailing zeros of its integer part (24000 -> 3, 24303 -> 0)."""
    if value is None or value != int(value) or value == 0:
        return 0
    n, zeros = int(abs(value)), 0
    while n % 10 == 0:
        n, zeros = n // 10, zeros + 1
    return zeros
