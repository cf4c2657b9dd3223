"""Step 4b of the pipeline: the slots around a number once its indicator is known: value kind
(actual / estimate / target / planned), period (explicit in the text, else from its list, paragraph,
section or document), admin level, comparator, and province (its section, the sentence's subject,
the nearest mention, the document's dominant province; provinces listed together that share a figure).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .context import _section_at, _section_plan_year
from .cues import (
    _COMPARATOR,
    _COMPARATOR_MAP,
    _CONNECTIVE,
    _FRAMING,
    _LEVEL_AFTER,
    _LEVEL_BEFORE,
    _LEVEL_NAMES,
    _LEVEL_SPAN,
    _LEVEL_WORDS,
    _NEXT_FIGURE_LEAD,
    _RESPECTIVELY,
    _level_from,
    _nearest_cue,
    _periods,
)
from .lexicon import Indicator
from .normalise import vre
from .numbers import COUNT, NUMBER_RE, PERCENT
from .provinces import WHOLE_PROVINCE
from .sections import Section, Sentence

if TYPE_CHECKING:
    from .candidates import _Num
    from .context import _Ctx


@dataclass
class _Slots:
    """What a fact says about its number besides indicator and province."""

    kind: str
    period: str
    level: str
    comparator: str
    period_source: str = "text"  # "publication" when the text names no year and the date of the report gave it


def _fill_slots(
    ctx: _Ctx,
    num: _Num,
    sent: Sentence,
    ind: Indicator,
    cs: int,
    seg_start: int,
    next_start: int,
    column: tuple[str, str, bool] | None,
) -> _Slots:
    """Value kind, period, admin level and comparator of a number of indicator `ind`. A table column
    header overrides the period and the kind the text gives."""
    low = ctx.low
    section = _section_at(ctx, num.start)
    explicit = _explicit_period(ctx, num, next_start, sent)
    if column is not None and column[1]:
        explicit = (column[1], "text")
    kind, _explicit = _value_kind(ctx, num, seg_start, sent, ind, explicit[0] if explicit else "", section)
    comparator = _comparator(low, cs, num.start)
    if comparator == "=" and _OR_MORE_AFTER.match(low, num.end):
        comparator = ">="  # "chiếm 20% trở lên", "đạt 9,6% trở lên"
    year_told = int(explicit[0][-4:]) if explicit and explicit[0][-4:].isdigit() else None
    past = bool(year_told and ctx.pub_year and year_told < ctx.pub_year)
    if kind == "actual" and comparator == ">=" and ind.fact_type != "budget" and not past:
        kind = "target"  # a floor is a goal: "Kinh tế số chiếm tối thiểu 10% GRDP", "đạt tối thiểu 10%"
    if column is not None and column[0]:
        kind = column[0] if ind.fact_type != "budget" or column[0] != "target" else "planned"
    period, source = explicit if explicit is not None else _fallback_period(ctx, num, sent, kind)
    if source in ("", "publication"):
        period, source = _paragraph_year(ctx, num, sent, kind, period) or (period, source)
    if (
        kind == "target"
        and ind.fact_type == "indicator"
        and "-" in period
        and not _OVER_THE_SPAN.search(low, cs, num.end)
    ):
        period = period.rsplit("-", 1)[1]  # a plan's rate "giai đoạn 2021-2025" is the rate due by 2025
    level = _admin_level(ctx, num, cs, seg_start, next_start) if ind.per_level else ""
    if "|" in level and ind.unit_class != PERCENT:
        level = ""  # "77 nhiệm vụ, dự án chuyển đổi số cấp tỉnh, huyện": a count of two levels is their sum
    if (
        ind.per_level
        and not level
        and _ONE_STOP_CENTRE.search(ctx.low, sent.start, num.start)
        and not _WHOLE_PROVINCE.search(ctx.low, cs, num.start)  # "Theo thống kê từ Trung tâm ..., toàn tỉnh đã ..."
    ):
        level = "province"  # "Trung tâm Hành chính công tỉnh Bình Thuận đã tiếp nhận 94.665 hồ sơ"
    if level == "province" and ind.fact_type == "budget" and not _PROVINCE_LEVEL_BUDGET.search(low, cs, num.start):
        level = ""  # "Kế hoạch 34 của UBND tỉnh với 39 nhiệm vụ": the issuer, not the departments' share
    return _Slots(kind, period, level, comparator, source)


_OR_MORE_AFTER = vre(r"\s*trở lên(?!\w)")
_WHOLE_PROVINCE = vre(WHOLE_PROVINCE)
# "năng suất lao động tăng bình quân 9,6%/năm giai đoạn 2021-2025": a yearly average over the span, not a level due
_OVER_THE_SPAN = vre(r"bình quân|hằng năm|hàng năm|mỗi năm")


_PROVINCE_LEVEL_BUDGET = vre(r"cấp (?:sở|tỉnh)|(?<!một số )các sở(?!\w)")
_ASOF_OPENING = vre(r"\W*(?:tính đến|đến nay|đến hết|hiện nay|hiện tại|lũy kế)")
_RESULTS_FRAME = vre(r"(?:đạt|đạt được|thu được)\s+(?:một số |những |nhiều )?kết quả")
_ALLOCATED = vre(r"(?<!\w)(?:dành|bố trí|phân bổ|chi)(?!\w)")


def _value_kind(
    ctx: _Ctx, num: _Num, seg_start: int, sent: Sentence, ind: Indicator, period: str, section: Section | None
) -> tuple[str, bool]:
    """(kind, explicit): kind from the nearest cue before the number in its segment, the sentence,
    its list / paragraph context, else the section default; then what a budget's kind becomes."""
    low = ctx.low
    cue = _kind_cue(ctx, num, seg_start, sent)
    explicit = cue is not None
    frame = _TARGET_FRAME.search(low, sent.start, num.start)
    if cue is not None and cue[1] == "actual" and frame and not _nearest_cue(low, frame.end(), num.start, None):
        kind = "target"  # "mục tiêu đề ra là: Năm 2022, 50% trường học ...": a past year of a plan's targets
    elif cue is not None:
        kind = cue[1]
    else:
        kind = _context_kind(ctx, num, sent, section)
    if ind.fact_type == "budget":
        return _budget_kind(ctx, num, sent, ind, kind, period, explicit), explicit
    return ("target" if kind == "planned" else kind), explicit


def _kind_cue(ctx: _Ctx, num: _Num, seg_start: int, sent: Sentence) -> tuple[int, str] | None:
    """The value-kind cue of a number: in its own segment (or a year right after it), else earlier in its
    sentence, else the sentence before when this one details it, else a past verb right after the number."""
    low = ctx.low
    cue = _nearest_cue(low, seg_start, num.start, ctx.pub_year)
    after_year = re.match(r"\s*(?:\(|vào|trong|đến)?\s*(?:năm\s+)((?:19|20)\d{2})", low[num.end : num.end + 20])
    if after_year and ctx.pub_year and not cue:
        y = int(after_year.group(1))
        if y != ctx.pub_year:
            cue = (num.end, "target" if y > ctx.pub_year else "actual")
    if cue is None:
        cue = _nearest_cue(low, sent.start, seg_start, ctx.pub_year)
    if cue is None:
        cue = _previous_sentence_cue(ctx, sent)
    if cue is None and _DONE_AFTER.match(low, num.end):
        cue = (num.end, "actual")  # "Toàn bộ 129 xã, phường đã vận hành hệ thống họp trực tuyến"
    horizon = _HORIZON_AFTER.match(low, num.end) if cue is None and ctx.pub_year else None
    if horizon and int(horizon.group(1)) > ctx.pub_year:
        cue = (num.end, "target")  # "đóng góp 40% vào GRDP (tổng sản phẩm trên địa bàn) của thành phố vào năm 2030"
    return cue


# a later horizon further on in the figure's sentence part, with no other figure between
_HORIZON_AFTER = vre(r"[^\d.;:]{0,80}?(?<!\w)(?:vào|đến)\s+năm\s+((?:19|20)\d{2})(?!\d)")


def _context_kind(ctx: _Ctx, num: _Num, sent: Sentence, section: Section | None) -> str:
    """The kind of a number with no cue of its own: its list or heading, its paragraph's opening, else the
    document's (a plan's figures are targets)."""
    low, para_start = ctx.low, ctx.paras[sent.para].start
    if sent.para in ctx.para_kind:
        return ctx.para_kind[sent.para]
    if _CONNECTIVE.match(low, para_start) and ctx.para_last_kind.get(sent.para - 1) == "target":
        return "target"
    if _ASOF_OPENING.match(low, para_start):
        return "actual"  # a paragraph opened by "Tính đến tháng 9/2024," reports results, even in a plan
    if _RESULTS_FRAME.search(low, para_start, num.start):
        return "actual"  # "CĐS của thành phố trong 4 tháng đầu năm 2024 đạt một số kết quả tích cực; ... 69%"
    plan = ctx.plan_doc and (section is None or section.code is None or len(ctx.sections) <= 2)
    return "target" if plan else "actual"


def _budget_kind(ctx: _Ctx, num: _Num, sent: Sentence, ind: Indicator, kind: str, period: str, explicit: bool) -> str:
    """A budget's kind: a plan's tasks and targets are planned; money given in a past year is actual; an
    undated or current amount without a cue is planned in a plan or when its year is not over."""
    if ind.unit_class == COUNT:
        return "planned"  # the tasks of a plan, however the sentence tells them ("hoàn thành 42 nhiệm vụ")
    if kind == "target":
        return "planned"
    end_year = int(period[-4:]) if period else None
    if (
        kind == "planned"
        and end_year
        and ctx.pub_year
        and end_year < ctx.pub_year
        and _ALLOCATED.search(ctx.low, max(sent.start, num.start - 40), num.start)
    ):
        return "actual"  # "Trong năm 2023, tỉnh dành hơn 134 tỷ đồng" told in 2024: money given, not planned
    if not explicit and kind == "actual":
        current = bool(end_year and ctx.pub_year and end_year >= ctx.pub_year)
        if (current and not ctx.plan_doc) or (ctx.plan_doc and (not end_year or current)):
            return "planned"
    return kind


# "10/16 mục tiêu Chuyển đổi số của tỉnh đã hoàn thành. Trong đó, 100% dịch vụ công ...": the sentence before tells
_ELABORATION = vre(r"\W*(?:trong đó|cụ thể)\s*,")


def _previous_sentence_cue(ctx: _Ctx, sent: Sentence) -> tuple[int, str] | None:
    """The last value-kind cue of the sentence before `sent` when `sent` details it ("Trong đó, ..."), or its
    target cue when it sets targets in the same paragraph; else None."""
    i = bisect_left(ctx.sent_starts, sent.start) - 1
    if i < 0:
        return None
    before = ctx.sents[i]
    if _ELABORATION.match(ctx.low, sent.start):
        return _nearest_cue(ctx.low, before.start, before.end, ctx.pub_year)
    if before.para != sent.para or not _SETS_TARGETS.search(ctx.low, before.start, before.end):
        return None
    cue = _nearest_cue(ctx.low, before.start, before.end, ctx.pub_year)
    # "Tỉnh này đặt mục tiêu năm 2023, .... Ít nhất 30% hồ sơ công việc cấp tỉnh ..."
    return cue if cue is not None and cue[1] == "target" else None


# a sentence that sets targets (not one measured against them: "vượt chỉ tiêu", "hoàn thành mục tiêu này")
_SETS_TARGETS = vre(r"(?:đặt|đặt ra|đề ra|xác định|đưa ra)\s+(?:các\s+)?(?:mục tiêu|chỉ tiêu)|phấn đấu")


# a list of a plan's targets announced by a colon
_TARGET_FRAME = vre(
    r"(?:mục tiêu|chỉ tiêu)(?:\s+(?:đề ra|đặt ra|cụ thể|chung|chính))?(?:\s+(?:là|gồm|như sau))?\s*:"
    r"|phấn đấu[^.:;\d]{0,30}:"  # "Đồng Tháp phấn đấu có ít nhất: 50% ... năm 2021 ...; ... 100% sản phẩm OCOP ..."
)
_BRACKET_FIGURE = vre(r"\([^()]*$")


def _horizon_of_another(low: str, num_end: int, period_end: int) -> bool:
    """A later horizon in brackets belongs to the figure inside them: "hơn 80% (đến năm 2030 đạt 100%)"."""
    if not _BRACKET_FIGURE.search(low, num_end, period_end):
        return False
    close = low.find(")", period_end)
    return close >= 0 and bool(re.search(r"\d", low[period_end:close]))


def _inside_closed_bracket(low: str, pos: int, num_start: int) -> bool:
    """Is `pos` inside brackets that close before `num_start`? "10% (đến năm 2030 đạt 20%); ... 80%": the
    horizon in brackets is the bracketed figure's, not the later one's."""
    open_at = low.rfind("(", 0, pos)
    if open_at < 0 or low.rfind(")", open_at, pos) >= 0:
        return False
    close = low.find(")", pos)
    return 0 <= close < num_start


# "là 22%, đến 2025 là 25%, đến năm 2030 là 40%": a horizon after a comma that opens the next figure is that figure's
_OPENS_A_FIGURE = vre(
    r"\s*(?:(?:là|đạt|lên|sẽ là|sẽ đạt)\s+(?:khoảng|trên|hơn|tối thiểu|ít nhất|từ)?"
    r"|(?:khoảng|trên|hơn|tối thiểu|ít nhất|gần|dưới))\s*\d"  # "80%, năm 2030 trên 95%"
)


# what may stand between a number and its own year: "65,5% năm 2021", "25% vào năm 2025", "(giai đoạn 2021-2023)"
_YEAR_RIGHT_AFTER = re.compile(r"[\s(,]*(?:vào|trong|của|tính đến|đến)?\s*(?:năm|cuối năm|giai đoạn)?\s*")
# "tăng lên 50% GRDP vào năm 2045": a word or two of the measure, then the year the figure is due
_MEASURE_THEN_YEAR = vre(r"\s+(?:[^\W\d]+\s+){1,2}(?:vào|trong)\s+(?:năm\s+|cuối năm\s+)?")


def _explicit_period(ctx: _Ctx, num: _Num, next_start: int, sent: Sentence) -> tuple[str, str] | None:
    """(period, source) the text gives for this number, or None; "đến nay" without a date in the text is
    the publication year (source "publication")."""
    low = ctx.low
    asof = None
    key = (sent.start, sent.end)
    exprs = ctx.period_cache.get(key)
    if exprs is None:
        exprs = ctx.period_cache[key] = _periods(low, sent.start, sent.end)
    for s, _e, k, v in exprs:
        if k == "asof" and s < num.start:
            asof = v
    now = asof or (str(ctx.pub_year) if ctx.pub_year else "")
    # 1. right after the number: "65,5% năm 2021", "25% vào năm 2025", "197,3 tỷ đồng giai đoạn 2021-2023"
    for s, e, k, v in exprs:
        if (
            s >= num.end
            and k in ("year", "span")
            and (_YEAR_RIGHT_AFTER.fullmatch(low, num.end, s) or _MEASURE_THEN_YEAR.fullmatch(low, num.end, s))
            and not _horizon_of_another(low, num.end, e)
            and not (re.match(r"\s*[,;]", low[num.end : s]) and _OPENS_A_FIGURE.match(low, e))
        ):
            return v, "text"
    # 2. nearest expression before the number in the sentence
    before = [x for x in exprs if x[1] <= num.start and not _inside_closed_bracket(low, x[0], num.start)]
    if before:
        _s, _e, k, v = before[-1]
        if k != "now":
            return v, "text"
        return (now, "text" if asof else "publication") if now else None
    # 3. a year or span later in the same clause part, before the next number ("Hơn 197 tỷ ... giai đoạn 2021-2023")
    for s, _e, k, v in exprs:
        if num.end <= s < next_start and k in ("year", "span"):
            between = low[num.end : s]
            if re.search(r"[,;:(]", between) or _nearest_cue(low, num.end, s, None):
                break
            return v, "text"
    return None


def _fallback_period(ctx: _Ctx, num: _Num, sent: Sentence, kind: str) -> tuple[str, str]:
    """(period, source) when the sentence gives none: its list heading, paragraph frame or as-of date, the
    plan's or report's year (all "text"); else the publication year ("publication"); else ("", "")."""
    period = _period_from_context(ctx, num, sent, kind)
    if period is not None:
        return period, "text" if period else ""
    if ctx.pub_year and ctx.pub_january and kind in ("actual", "estimate"):
        return str(ctx.pub_year - 1), "publication"  # a result told in January is the year before's
    return (str(ctx.pub_year), "publication") if ctx.pub_year else ("", "")


_AS_OF_NOW = vre(r"(?<!\w)(?:đến nay|hiện nay|hiện tại|hiện có)(?!\w)")


def _paragraph_year(ctx: _Ctx, num: _Num, sent: Sentence, kind: str, period: str) -> tuple[str, str] | None:
    """The year of the paragraph's figure before this one (same unit and kind, its year from the text), for a
    figure that gives none: "Hà Nam ... trong năm 2024 ... 68,54%. Đà Nẵng (58,89%) ... xếp sau". Not for a
    figure "đến nay / hiện nay", which is of the publication's year."""
    before = ctx.last_fact.get((sent.para, num.q.unit))
    if before is None or before.period_source != "text" or before.period in ("", period) or before.value_kind != kind:
        return None
    if _AS_OF_NOW.search(ctx.low, sent.start, num.start):
        return None
    return before.period, "text"


def _period_from_context(ctx: _Ctx, num: _Num, sent: Sentence, kind: str) -> str | None:
    low = ctx.low
    if sent.para in ctx.para_period:
        return ctx.para_period[sent.para]
    if kind in ("actual", "estimate"):
        # a paragraph opened by "Năm 2023, ..." frames its following sentences
        p = ctx.paras[sent.para]
        m = _FRAMING.match(low, p.start)
        if m and p.start < sent.start:
            return m.group(1) or m.group(2)
        i = bisect_right(ctx.asof_starts, sent.start) - 1
        if i >= 0:
            sec = _section_at(ctx, num.start)
            if sec is None or ctx.asof_starts[i] >= sec.start:
                return ctx.asof_marks[i][1]
    if kind in ("target", "planned"):
        later = [
            x
            for x in _periods(low, num.end, sent.end)
            if x[2] in ("year", "span") and not _horizon_of_another(low, num.end, x[1])
        ]
        if later:  # "Tỉnh dự kiến chi 120 tỷ đồng thực hiện 35 nhiệm vụ ... năm 2025"
            return later[0][3]
        p = ctx.paras[sent.para]
        earlier = [x for x in _periods(low, max(p.start, sent.start - 1500), sent.start) if x[2] in ("year", "span")]
        if earlier:
            return earlier[-1][3]
        return _section_plan_year(ctx, num.start) or None  # else the publication year (spec: period)
    if ctx.report_year:
        return ctx.report_year
    return None


def _admin_level(ctx: _Ctx, num: _Num, cs: int, seg_start: int, next_start: int) -> str:
    """The level a figure is for: written right after it ("80% đối với cấp xã"), before it in its own part
    of the clause ("cấp huyện đạt 95%"), or after its measure noun ("91% hồ sơ công việc tại cấp tỉnh, 74%
    ... tại cấp huyện"), else the last level named earlier in the clause."""
    low = ctx.low
    if _LEVEL_SPAN.match(low, num.end):
        return ""  # "241 điểm cầu từ cấp tỉnh kết nối đến các xã": every level it spans
    respective = _respective_level(low, num, cs)
    if respective is not None:
        return respective
    m = _LEVEL_AFTER.match(low, num.end)
    if m and m.end() - num.end <= 40:
        return _level_from(m)
    after = _LEVEL_BEFORE.search(low, num.end, next_start)
    if after is not None and not re.search(r"[,;:]", low[num.end : after.start()]) and _levels_follow(ctx, cs):
        return _level_from(after)  # this clause writes each level after its figure
    own = None
    for m in _LEVEL_BEFORE.finditer(low, seg_start, num.start):
        own = m
    if own is not None and seg_start > cs and not re.search(r"[,;]", low[seg_start : own.start()]):
        own = None  # the previous figure's level, written after it
    if own is not None:
        return "" if _several_levels(low, cs, own) else _level_from(own)
    if after is not None and not re.search(r"[,;:]", low[num.end : after.start()]):
        return _level_from(after)
    best = None
    for m in _LEVEL_BEFORE.finditer(low, cs, seg_start):
        best = m
    if best is not None and _several_levels(low, cs, best):
        return ""
    breakdown = after is not None and _BREAKDOWN.search(low, num.end, after.start())
    if (
        best is None
        and after is not None
        and not breakdown
        and after.start() - num.end <= 60
        and (next_start >= len(low) or not _NEXT_FIGURE_LEAD.fullmatch(low, after.end(), next_start))
    ):
        # "100% hồ sơ công việc, tại cấp tỉnh ..." (but not the cue of the next number, nor the first part of a
        # breakdown: "đạt 82,41% (trong đó, cấp tỉnh đạt 79,25%; ...)")
        best = after
    return _level_from(best) if best else ""


# the subject counted, then its past verb: "129 xã, phường đã vận hành", "1.833 tổ đã được thành lập"
_DONE_AFTER = vre(r"[^\d.;:!?]{0,40}?(?<!\w)(?:đã|đang)(?!\w)")
_ONE_STOP_CENTRE = vre(r"trung tâm (?:phục vụ )?hành chính công")
_YEAR_ONLY = re.compile(r"(?:19|20)\d\d")
# "chỉ tiêu giao cho 13 sở, ban của tỉnh và UBND các xã, phường ...": bodies of several levels
_OTHER_BODIES_AND = vre(
    r"(?<!\w)(?:sở|ban|ngành|cấp tỉnh|cấp huyện)(?!\w)[^.;]{0,50}\svà\s+(?:ubnd\s+|ủy ban nhân dân\s+)?$"
)
_BREAKDOWN = vre(r"(?<!\w)(?:trong đó|bao gồm|cụ thể)(?!\w)")


def _several_levels(low: str, cs: int, level: re.Match) -> bool:
    """The level named is the last of bodies of several levels ("13 sở, ban của tỉnh và UBND các xã"): no one
    level is the figure's."""
    return bool(_OTHER_BODIES_AND.search(low, max(cs, level.start() - 80), level.start()))


_LEVEL_WORD = vre(rf"cấp\s+({_LEVEL_NAMES})")


def _respective_level(low: str, num: _Num, cs: int) -> str | None:
    """ "thuộc thẩm quyền cấp tỉnh, cấp huyện, cấp xã đạt tỷ lệ tối thiểu tương ứng là 30%, 20%, 15%": the k-th
    figure after "tương ứng / lần lượt" is the k-th level named before it; None when the clause has no such list."""
    cues = list(_RESPECTIVELY.finditer(low, cs, num.start))
    if not cues:
        return None
    cue = cues[-1]
    levels = [_LEVEL_WORDS[m.group(1)] for m in _LEVEL_WORD.finditer(low, cs, cue.start())]
    if len(levels) < 2:
        return None
    k = sum(1 for m in NUMBER_RE.finditer(low, cue.end(), num.start) if not _YEAR_ONLY.fullmatch(m.group(0)))
    return levels[k] if k < len(levels) else None


def _levels_follow(ctx: _Ctx, cs: int) -> bool:
    """Does the clause write levels after the figures ("80% hồ sơ công việc tại UBND tỉnh, các sở, ban,
    ngành và 70% hồ sơ công việc tại cấp huyện")? Yes when its first figure has no level before it and one
    right after its noun."""
    figures = (m for m in NUMBER_RE.finditer(ctx.text, cs) if not _YEAR_ONLY.fullmatch(m.group(0)))
    first, second = next(figures, None), next(figures, None)
    if first is None or _LEVEL_BEFORE.search(ctx.low, cs, first.start()):
        return False
    stop = second.start() if second else len(ctx.low)
    m = _LEVEL_BEFORE.search(ctx.low, first.end(), stop)
    return m is not None and not re.search(r"[,;:]", ctx.low[first.end() : m.start()])


def _comparator(low: str, cs: int, pos: int) -> str:
    m = _COMPARATOR.search(low[max(cs, pos - 30) : pos])
    return _COMPARATOR_MAP[m.group("c")] if m else "="


# --------------------------------------------------------------------------- province

_SUBJECT_LEAD = vre(
    r"\W*(?:(?:tại|ở|còn|riêng|với|đối với|trong khi đó|trong khi|cùng thời gian|cũng|về phía)[\s,]+)*(?:tỉnh\s+)?$"
)


def _lead_province(ctx: _Ctx, start: int, limit: int) -> str | None:
    """The province a sentence or paragraph starting at `start` opens with, as its subject, before `limit`."""
    i = bisect_left(ctx.mention_starts, start)
    if (
        i < len(ctx.mentions)
        and ctx.mentions[i].start < min(limit, start + 30)
        and _SUBJECT_LEAD.fullmatch(ctx.low, start, ctx.mentions[i].start)
    ):
        return ctx.mentions[i].code
    return None


# "Tỉnh đã tích hợp 671 dịch vụ ..., chỉ đứng sau các tỉnh Bình Phước, Nam Định": provinces a figure is compared with
_COMPARED_WITH = vre(
    r"(?:(?<!\w)sau|so với|hơn|vượt|bằng|gấp \w+ lần)\s+(?:các\s+|nhiều\s+)?"
    r"(?:(?:tỉnh|thành phố|tp\.?|địa phương)\s+)?$"
)


def _province_at(ctx: _Ctx, pos: int, sent: Sentence) -> str | None:
    sec = _section_at(ctx, pos)
    if sec is not None and sec.code is not None:
        return sec.code
    # a sentence that opens with a province ("Tỉnh Hà Nam bố trí ...", "Tại Bắc Ninh, ...") is about it
    lead = _lead_province(ctx, sent.start, pos)
    if lead is not None:
        return lead
    para_start = ctx.paras[sent.para].start if sent.para < len(ctx.paras) else sent.start
    if sec is None and sent.para > 0 and _CONNECTIVE.match(ctx.low, para_start):
        # "Về phía tỉnh Quảng Nam, ... . / Đồng thời, hỗ trợ chủ thể đưa 180 sản phẩm OCOP lên sàn": still Quảng Nam
        prev = ctx.paras[sent.para - 1]
        lead = _lead_province(ctx, prev.start, prev.end)
        if lead is not None and (ctx.multi or lead != ctx.default_code):
            return lead
    if not ctx.multi and sec is None:
        return ctx.default_code
    # mention-driven: nearest mention before in the sentence, else after in the sentence, else earlier
    # in the paragraph / section; finally the document's dominant province (unsectioned text only)
    lo = sec.start if sec is not None else 0
    starts = ctx.mention_starts
    i = bisect_left(starts, pos)
    j = bisect_left(starts, sent.start)
    if j < i:
        return ctx.mentions[i - 1].code
    k = bisect_left(starts, sent.end)
    if i < k and not _COMPARED_WITH.search(ctx.low, max(pos, starts[i] - 40), starts[i]):
        return ctx.mentions[i].code
    j = bisect_left(starts, max(lo, para_start))
    if j < i:
        return ctx.mentions[i - 1].code
    if sec is None:  # a text about several provinces: its main one, once the text has named it before the figure
        return ctx.default_code if any(m.code == ctx.default_code for m in ctx.mentions[:i]) else None
    j = bisect_left(starts, lo)
    return ctx.mentions[i - 1].code if j < i else None


_LIST_JOINER = vre(r"\s*(?:,|và|hoặc)\s*(?:(?:tỉnh|thành phố|tp\.?)\s+)?")
_SHARED = vre(r"\b(?:đều|cùng)\b|(?:thuộc|nằm trong) nhóm")


def _coordinated(ctx: _Ctx, pos: int, sent: Sentence) -> tuple[list[str], bool]:
    """Provinces listed together right before a number ("Gia Lai và Kon Tum đều đạt 80%") and whether
    the sentence says they share the figure. A single province gives ([], False)."""
    starts = ctx.mention_starts
    i = bisect_left(starts, pos) - 1
    if i < 0 or ctx.mentions[i].start < sent.start:
        return [], False
    group = [ctx.mentions[i]]
    while (
        i > 0
        and ctx.mentions[i - 1].start >= sent.start
        and _LIST_JOINER.fullmatch(ctx.low, ctx.mentions[i - 1].end, ctx.mentions[i].start)
    ):
        i -= 1
        group.insert(0, ctx.mentions[i])
    codes = list(dict.fromkeys(m.code for m in group))
    if len(codes) < 2:
        return [], False
    return codes, bool(_SHARED.search(ctx.low, group[-1].end, pos))


def _fact_provinces(ctx: _Ctx, num: _Num, sent: Sentence) -> tuple[list[str], str]:
    """(the provinces a fact of `num` is about, "") or ([], why there is none): "no province" ("a national
    text" when it names none and speaks of the nation), or "several provinces" when provinces listed together
    before it do not say they share the figure."""
    named_after = _listed_after(ctx, num, sent)
    if named_after:  # "5 địa phương ... đạt hơn 20% là Bắc Ninh, Thái Nguyên, ... và Vĩnh Phúc"
        return named_after, ""
    province = _province_at(ctx, num.start, sent)
    if province is None:
        return [], "a national text, no province" if ctx.national else "no province"
    provinces = [province]
    listed, shared = _coordinated(ctx, num.start, sent)
    if province in listed:
        if not shared:  # "Gia Lai và Kon Tum đạt 80%": whose figure is it?
            return [], "several provinces"
        provinces = listed
    return provinces, ""


_THEN_LIST = vre(
    r"\s*,?\s*(?:là|gồm|gồm có|bao gồm|thuộc về)\s*:?\s*"
    # "trên 50%, bao gồm: Bộ Tài chính, Bộ Tư pháp, ... và các tỉnh Hà Nam, Đà Nẵng, ...": the other bodies first
    r"(?:[^.;:\d]{0,160}?\svà\s+(?=các\s))?"
    r"(?:các\s+)?(?:(?:tỉnh|thành phố|tp\.?)\s*)?"
)


def _listed_after(ctx: _Ctx, num: _Num, sent: Sentence) -> list[str]:
    """Two or more provinces listed right after a figure they share: "đạt hơn 20% là A, B và C"."""
    i = bisect_left(ctx.mention_starts, num.end)
    if (
        i >= len(ctx.mentions)
        or ctx.mentions[i].start >= sent.end
        or not _THEN_LIST.fullmatch(ctx.low, num.end, ctx.mentions[i].start)
    ):
        return []
    group = [ctx.mentions[i]]
    while (
        i + 1 < len(ctx.mentions)
        and ctx.mentions[i + 1].start < sent.end
        and _LIST_JOINER.fullmatch(ctx.low, ctx.mentions[i].end, ctx.mentions[i + 1].start)
    ):
        i += 1
        group.append(ctx.mentions[i])
    codes = list(dict.fromkeys(m.code for m in group))
    return codes if len(codes) >= 2 else []


_OPEN_BRACKET = re.compile(r"\s*\(\s*$")


def _quoted_province(ctx: _Ctx, num: _Num, sent: Sentence) -> str | None:
    """The province whose figure stands in brackets right after its name: "vượt Đà Nẵng (58,89%)"."""
    i = bisect_left(ctx.mention_starts, num.start) - 1
    if i < 0 or ctx.mentions[i].start < sent.start:
        return None
    m = ctx.mentions[i]
    return m.code if _OPEN_BRACKET.fullmatch(ctx.text, m.end, num.start) else None
