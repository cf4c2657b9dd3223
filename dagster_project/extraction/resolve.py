"""Step 4a of the pipeline: which catalog indicator a number measures.

The lexicon phrase that governs the number decides: the subject before "đạt/là/chiếm X%", or the
noun after "X% ..." / "N doanh nghiệp ...", restricted to indicators of the number's unit (and to
phrases whose context words occur in the paragraph). A clause without its own subject ("...; cấp
huyện đạt 95%", "tỷ lệ này đạt 70%") inherits the indicator of the previous fact (`_inherit`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from .context import _sentence_matches
from .cues import _ANAPHORA, _LEVEL_AFTER, _LEVEL_BEFORE, _PREDICATE, _nearest_cue, _periods
from .lexicon import RANK, PhraseMatch
from .normalise import vre
from .numbers import COUNT, PERCENT, SCORE

if TYPE_CHECKING:
    from .candidates import _Num
    from .context import _Ctx
    from .facts import Fact
    from .sections import Sentence


def _compatible(
    ctx: _Ctx, pm: PhraseMatch, unit: str, context_low: str, after: bool = False, clause_low: str = ""
) -> list[str]:
    """The indicators of phrase `pm` a number of `unit` can measure (same unit class, context words in
    `context_low`, and a phrase on the side of the number its `position` allows). Of several codes that
    need context words, those whose words are in the number's own clause (`clause_low`) win: "sóng di động
    đã phủ đến 100% trung tâm các xã ...; có 510 tuyến cáp quang ... kết nối đến 100% trung tâm các xã"."""
    codes, near, far = [], [], []
    for i, (code, context) in enumerate(zip(pm.phrase.codes, pm.phrase.contexts, strict=True)):
        position = pm.phrase.positions[i] if pm.phrase.positions else ""
        if (after and position == "before") or (not after and position == "after"):
            continue
        ind = ctx.lexicon.catalog[code]
        if ind.unit_class != unit:
            continue
        if context and not any(c in context_low for c in context):
            continue
        codes.append(code)
        if context:
            (near if clause_low and any(c in clause_low for c in context) else far).append(code)
    if near and len(codes) > 1:
        return [c for c in codes if c not in far]
    return codes


def _clause_matches(ctx: _Ctx, sent_matches: list[PhraseMatch], cs: int, ce: int) -> list[PhraseMatch]:
    """The sentence's phrase matches inside the clause; a gapped phrase may not run over a clause break."""
    low = ctx.low
    out = []
    for pm in sent_matches:
        if pm.start < cs or pm.end > ce:
            continue
        # a gapped phrase runs over no clause break, nor over a comma into the next figure of a list
        # ("cáp quang băng rộng đạt 75%, 100% người dân ... bệnh viện")
        if pm.phrase.gap and re.search(r"[;\n]|[.!?]\s|,\s+\S*\d", low[pm.start : pm.end]):
            continue
        out.append(pm)
    return out


def _pick(cands: list[tuple[PhraseMatch, str]], before: bool) -> tuple[PhraseMatch, str] | None:
    if not cands:
        return None
    # a phrase inside a longer compatible phrase does not count on its own
    kept = [
        c
        for c in cands
        if not any(
            o is not c
            and o[0].start <= c[0].start
            and c[0].end <= o[0].end
            and (o[0].end - o[0].start) > (c[0].end - c[0].start)
            for o in cands
        )
    ]
    if before:
        return max(kept, key=lambda c: (c[0].end, c[0].end - c[0].start))
    return min(kept, key=lambda c: (c[0].start, -(c[0].end - c[0].start)))


_PASSIVE = vre(r"(?<!\w)(?:đã\s+)?được\s+$")
_COPULA = vre(r"\s*(?:là|đạt|có)\s*(?:(?:hơn|gần|khoảng|trên|tối thiểu|ít nhất)\s*)?")
_NEW_SUBJECT = vre(r"(?:[,;]|\svà)\s*(?:tỷ lệ|tỉ lệ|tỷ trọng|tổng số|số)(?!\w)")
_COUNT_LINK = vre(
    r"(?:[^.;]|\.(?!\s)){0,60}?(?:(?<!\w)(?:là|có|đạt|gồm|với|lên|tới|đến)|[:|])\s*"
    r"(?:(?:hơn|gần|khoảng|trên|tối thiểu|ít nhất)\s*)?"
)


def _resolve(
    ctx: _Ctx,
    num: _Num,
    cs: int,
    ce: int,
    next_start: int,
    clause_pms: list[PhraseMatch],
    sent_low: str,
    seg_start: int | None = None,
) -> tuple[PhraseMatch, str] | None:
    """(phrase, indicator) governing `num`: a percent / score / rank after a predicate ("đạt X%") takes
    the subject before it, else the noun after it; a count takes a verb phrase right before it, else the
    noun after it; an amount the phrase before it."""
    before_c, after_c = _around(ctx, num, cs, ce, next_start, clause_pms, sent_low)
    b = _pick(before_c, True)
    a = _pick(after_c, False)
    if num.q.unit in (PERCENT, SCORE, RANK):
        return _rate_choice(ctx, num, cs, seg_start, b, a)
    if num.q.unit == COUNT:
        return _count_choice(ctx, num, before_c, after_c, b, a)
    return b or a


_Choice = tuple[PhraseMatch, str]


def _around(
    ctx: _Ctx, num: _Num, cs: int, ce: int, next_start: int, clause_pms: list[PhraseMatch], sent_low: str
) -> tuple[list[_Choice], list[_Choice]]:
    """The (phrase, indicator) pairs of the clause that could govern `num`: those before it (or a gapped phrase
    around it), and those after it up to the next figure."""
    unit = num.q.unit
    before_c, after_c = [], []
    window_end = min(ce, next_start, num.end + 90)
    clause_low = ctx.low[cs:ce]
    for pm in clause_pms:
        if pm.end <= num.start or (pm.phrase.gap and pm.start < num.start and num.end <= pm.end):
            # a gapped phrase around the number governs it: "tích hợp 100% dịch vụ ... lên Cổng DVC quốc gia"
            codes = _compatible(ctx, pm, unit, sent_low, clause_low=clause_low)
            before_c += [(pm, c) for c in codes]
        elif (
            pm.start >= num.end
            and pm.start < window_end
            and not (
                unit == COUNT
                # "437.000 bản ghi, tích hợp" (but a list of unit nouns is one noun: "129 xã, phường đã vận hành")
                and re.search(r"[,;:]", _UNIT_LIST.sub(" ", ctx.low[num.end : pm.start]))
                or _NEW_SUBJECT.search(ctx.low, num.end, pm.end)
            )
        ):  # "80% bộ TTHC, tỷ lệ hồ sơ ... đạt"
            codes = _compatible(ctx, pm, unit, sent_low, after=True, clause_low=clause_low)
            after_c += [(pm, c) for c in codes]
    return before_c, after_c


# "790 TTHC (45,53%)", "688 TTHC (chiếm 39,65%)": a share in brackets right after a count
_SHARE_OF_A_COUNT = vre(r"\d[\d.,]*\s+\w+(?:\s+\w+)?\s*\(\s*(?:chiếm\s+)?$")
_BECAUSE = vre(r"(?<!\w)(?:bởi vì|bởi|vì|nhờ)(?!\w)")


def _rate_choice(
    ctx: _Ctx, num: _Num, cs: int, seg_start: int | None, b: _Choice | None, a: _Choice | None
) -> _Choice | None:
    """A percent, score or rank: the subject before a predicate ("tỷ lệ X đạt 95%"), else the noun after it."""
    low = ctx.low
    object_pos = bool(_PREDICATE.search(low[max(cs, num.start - 40) : num.start]))
    if a and not low[num.end : a[0].start].strip():  # "với tỷ lệ 70% người trưởng thành có tài khoản ..."
        return a
    others = quantifies_other(low, num.end)
    if num.q.unit == PERCENT and not a and others:
        return None
    around = b and b[0].phrase.gap and b[0].start < num.start and num.end <= b[0].end
    if around and not others:
        return b  # "cáp quang tốc độ cao đã đến 100% trung tâm xã, phường": the gapped phrase around the figure
    if not object_pos and b and seg_start is not None and b[0].end <= seg_start and _own_words(ctx, seg_start, num):
        b = None  # the subject of an earlier figure: "đảm bảo 100% người sử dụng ..., 5G phủ sóng 100% dân số"
    if b and _RATE_WORD.search(low, b[0].end, num.start):
        b = None  # "... có 10 trạm BTS, tỷ lệ thôn, xóm được phủ sóng di động đạt 99,6%": a rate of its own
    if b and _SHARE_OF_A_COUNT.search(low, max(cs, num.start - 40), num.start):
        part = max(low.rfind(",", cs, num.start), low.rfind(";", cs, num.start)) + 1
        if b[0].end <= part:
            b = None  # "..., dịch vụ công trực tuyến một phần có 790 TTHC (45,53%)": the share of what 790 counts
    if b and _BECAUSE.search(low, b[0].end, num.start):
        b = None  # "chưa thật sự hài lòng về ... bởi 80% nguồn số liệu ...": a reason, with its own subject
    return (b or a) if object_pos else (a or b)


def _count_choice(
    ctx: _Ctx, num: _Num, before_c: list[_Choice], after_c: list[_Choice], b: _Choice | None, a: _Choice | None
) -> _Choice | None:
    """A count: a verb phrase around or right before it, what was done to the things counted, else the noun
    after it; the subject before it only through a copula."""
    low = ctx.low
    # "đã tích hợp được 1.569 dịch vụ công trực tuyến lên Cổng ...": the gapped phrase around the count
    around = [c for c in before_c if c[0].phrase.gap and c[0].start < num.start and num.end <= c[0].end]
    right_after = a if a and not low[num.end : a[0].start].strip() else None
    if around:
        best = max(around, key=lambda c: c[0].start)
        # "tiếp nhận 1,488 triệu hồ sơ trực tuyến toàn trình": the noun after the count says more than the
        # gapped phrase that ends inside it ("tiếp nhận * hồ sơ")
        return right_after if right_after and right_after[0].end > best[0].end else best
    # "1.579 trong tổng số 1.937 dịch vụ công trực tuyến đã được tích hợp lên Cổng DVC quốc gia": what was
    # done to the things counted is the measure, not the things themselves
    # "1.389 thủ tục hành chính triển khai dịch vụ công trực tuyến tích hợp trên Cổng ...": likewise a verb
    # phrase (a gapped one) that follows the noun counted
    passive = [
        c
        for c in after_c
        if _PASSIVE.search(low, max(num.end, c[0].start - 12), c[0].start) or c[0].phrase.gap and c is not a
    ]
    if passive:
        return min(passive, key=lambda c: c[0].start)
    # a verb phrase right before the count ("tích hợp 1.390/1.902 ...") governs it; else the noun after it
    if b and re.fullmatch(r"\s*:?\s*(?:(?:hơn|gần|khoảng|trên|tối thiểu|ít nhất)\s*)?", low[b[0].end : num.start]):
        return b
    if right_after:  # "là 1.127 dịch vụ công": the noun right after
        return right_after
    if b and _COPULA.fullmatch(low, b[0].end, num.start):  # "số hồ sơ trực tuyến toàn trình là 115.665"
        return b
    if a:
        return a
    # the subject before a count only through a copula ("tổng số trạm BTS hiện có là 8.828 trạm"), not
    # through another verb ("Tổ công nghệ số cộng đồng đã tiếp cận hơn 1.000 [hộ]")
    linked = b and (_COUNT_LINK.fullmatch(low, b[0].end, num.start) or "\t" in ctx.text[b[0].end : num.start])
    return b if linked else None  # a table row "Số doanh nghiệp công nghệ số<TAB>300<TAB>350" links too


def _own_words(ctx: _Ctx, seg_start: int, num: _Num) -> bool:
    """Between the previous figure and this one stand words of their own (six or more, and no province, which
    would make a list of provinces sharing the measure: "..., tiếp theo là Đà Nẵng với 77,8%")."""
    i = bisect_left(ctx.mention_starts, seg_start)
    named = i < len(ctx.mentions) and ctx.mentions[i].start < num.start
    return not named and len(ctx.low[seg_start : num.start].split()) >= 6


# "đảm bảo 100% người sử dụng có thể truy nhập ...", "là 100% các cơ quan, đơn vị đã công bố ...": a share of
# people or bodies the lexicon does not name (a catalog one would have been the phrase right after the figure);
# communes and villages are what coverage figures count ("cung cấp dịch vụ tới 100% các xã, phường")
_QUANTIFIED_AFTER = vre(
    r"\s*(?:(?:các|những|mọi)(?!\s+(?:xã|phường|thị trấn|thôn|bản|huyện|trung tâm))|người(?!\s+dân))(?!\w)"
)


def quantifies_other(low: str, num_end: int) -> bool:
    """The percent quantifies the people or bodies named right after it, not the measure named before it."""
    return bool(_QUANTIFIED_AFTER.match(low, num_end))


_AND = vre(r"\s*(?:,|và)\s*")
_UNIT_LIST = vre(r"(?<!\w)(?:xã|phường|thị trấn|huyện|thị xã|thôn|bản|tổ dân phố)\s*,\s*")
_RATE_WORD = vre(r"(?:^|[,;]\s*)(?:tỷ lệ|tỷ trọng)(?!\w)")


def _also_measured(
    ctx: _Ctx,
    num: _Num,
    pm: PhraseMatch | None,
    code: str,
    clause_pms: list[PhraseMatch],
    next_start: int,
    context_low: str,
) -> list[tuple[PhraseMatch, str]]:
    """Measures that share the figure with the one after it: "100% doanh nghiệp sử dụng hóa đơn điện tử và nộp
    thuế điện tử" is 100% for both. Only a phrase right after the governing one, joined by "và" or a comma."""
    if pm is None or num.q.unit != PERCENT:
        return []
    if pm.end <= num.start:
        return _listed_before(ctx, num, pm, code, clause_pms, context_low)
    if pm.start < num.end:
        return []
    out = _sharing_the_tail(ctx, pm, code, clause_pms, context_low)
    end = pm.end
    for other in sorted(clause_pms, key=lambda o: o.start):
        if other.start < end or other.end > next_start:
            continue
        if not _AND.fullmatch(ctx.low, end, other.start):
            break
        codes = [c for c in _compatible(ctx, other, PERCENT, context_low, after=True) if c != code]
        if not codes:
            break
        out.append((other, codes[0]))
        end = other.end
    return out


_HEAD_THEN_COMMA = vre(r"[^,;.\d]{1,40}?(?:,|\svà)\s*")


def _sharing_the_tail(
    ctx: _Ctx, pm: PhraseMatch, code: str, clause_pms: list[PhraseMatch], context_low: str
) -> list[tuple[PhraseMatch, str]]:
    """Subjects listed before one predicate: "100% cơ sở giáo dục, cơ sở y tế đã triển khai ... không dùng tiền
    mặt" matches two gapped phrases with the same tail; the later subject's is a second measure."""
    if not pm.phrase.gap:
        return []
    out = []
    for other in clause_pms:
        if other.phrase.gap and other.end == pm.end and other.start > pm.start:
            if _HEAD_THEN_COMMA.fullmatch(ctx.low, pm.start, other.start):
                codes = [c for c in _compatible(ctx, other, PERCENT, context_low, after=True) if c != code]
                out += [(other, codes[0])] if codes else []
    return out


# "tỷ lệ A, tỷ lệ B, tỷ lệ C đều ở mức 100%": one figure for every rate listed before it
_ALL_OF_THEM = vre(r"[^.;,\d]{0,40}?(?<!\w)đều(?:\s+(?:đạt|ở mức|là))?\s*(?:(?:trên|hơn|dưới)\s*)?$")
_RATE = vre(r"(?<!\w)tỷ lệ(?!\w)")
_ITEM_END = vre(r"(?:,|\svà)\s*$")


def _listed_before(
    ctx: _Ctx, num: _Num, pm: PhraseMatch, code: str, clause_pms: list[PhraseMatch], context_low: str
) -> list[tuple[PhraseMatch, str]]:
    """The other rates of a list the figure is for, all of them ("đều"): each item "tỷ lệ ..., " before the one
    of the governing phrase is measured by the first phrase in it; an item whose first phrase measures no rate
    is left out."""
    low = ctx.low
    if not _ALL_OF_THEM.search(low, pm.end, num.start):
        return []
    rates = [m for m in _RATE.finditer(low, max(0, pm.start - 400), pm.start)]
    out = []
    for m, nxt in zip(rates, rates[1:], strict=False):
        item = low[m.end() : nxt.start()]
        if re.search(r"[.;\d]", item) or not _ITEM_END.search(item):
            out = []  # the list begins after this item
            continue
        first = min((o for o in clause_pms if m.end() <= o.start < nxt.start()), key=lambda o: o.start, default=None)
        codes = [c for c in _compatible(ctx, first, PERCENT, context_low) if c != code] if first else []
        if codes:
            out.append((first, codes[0]))
    return out


def _inherit(
    ctx: _Ctx, num: _Num, cs: int, seg_start: int, unit: str, prev_fact: Fact | None, sent: Sentence
) -> tuple[str, str] | None:
    """A clause without its own subject continues the previous one: "...; cấp huyện đạt 95%",
    "...; mục tiêu năm 2025 là 20%", "Tỉnh phấn đấu đến cuối năm tỷ lệ này đạt 70%"."""
    low = ctx.low
    prev = prev_fact
    if prev is None and _ANAPHORA.search(low, seg_start, num.start):
        prev = ctx.last_fact.get((sent.para, unit)) or ctx.last_fact.get((sent.para - 1, unit))
    if prev is None:
        return None
    ind_prev = ctx.lexicon.catalog[prev.indicator_code]
    if ind_prev.unit_class != unit:
        return None
    if _list_item_of_province(ctx, seg_start, num.start, prev):
        return ("inherit", prev.indicator_code)
    seg = low[seg_start : num.start]
    if ind_prev.per_level and (_LEVEL_BEFORE.search(low, cs, num.start) or _LEVEL_AFTER.match(low, num.end)):
        return ("inherit", prev.indicator_code)
    object_pos = bool(_PREDICATE.search(low[max(cs, num.start - 40) : num.start]))
    if object_pos and (
        _ANAPHORA.search(seg)
        or _nearest_cue(low, seg_start, num.start, ctx.pub_year)
        or _periods(low, seg_start, num.start)
    ):
        return ("inherit", prev.indicator_code)
    return None


_ITEM_LEAD = vre(r"[\s,;]*(?:và\s+)?(?:(?:tỉnh|thành phố|tp\.?)\s*)?")
_ITEM_LINK = vre(r"\s*(?:đạt|là|:|với)?\s*(?:(?:hơn|gần|khoảng|trên|xấp xỉ)\s*)?")


def _list_item_of_province(ctx: _Ctx, seg_start: int, pos: int, prev: Fact) -> bool:
    """The clause is another province's item in a list of figures: "... như Đà Nẵng đạt 95,6%; Cà Mau đạt 92%;
    Tây Ninh: 92%" (the clause is the province's name and its figure, nothing else)."""
    i = bisect_left(ctx.mention_starts, seg_start)
    if i >= len(ctx.mentions) or ctx.mentions[i].end > pos:
        return False
    m = ctx.mentions[i]
    return (
        m.code != prev.province_code
        and bool(_ITEM_LEAD.fullmatch(ctx.low, seg_start, m.start))
        and bool(_ITEM_LINK.fullmatch(ctx.low, m.end, pos))
    )


_CONNECTIVE_OPENING = re.compile(r"\W*(?:cụ thể|trong đó|theo đó|kết quả)\b")
_OBJECT = re.compile(r"(?:đạt|là|chiếm|với|ở mức|thuộc nhóm[^.;%\d]{0,30}?)\s*(?:\S+\s+){0,2}$")


# "1. Tỷ lệ hồ sơ trực tuyến còn thấp vì yêu cầu tiền kiểm ...": a line no longer than this heads what follows
_HEADING_LENGTH = 150


def _continue_previous(
    ctx: _Ctx, num: _Num, sent: Sentence, seg_start: int, sent_matches: list[PhraseMatch], para_low: str
) -> tuple[PhraseMatch | None, str] | None:
    """A rate whose sentence names no measure goes on with the previous sentence's measure when it
    opens with "Cụ thể,/Trong đó," or reads "... đạt X%": "... tỷ lệ xử lý hồ sơ công việc ... đã đạt
    được kết quả. Cụ thể, tỷ lệ trung bình cấp tỉnh đạt 94,6%"."""
    low = ctx.low
    if any(_compatible(ctx, pm, PERCENT, para_low) for pm in sent_matches):
        return None
    if not (
        _CONNECTIVE_OPENING.match(low, sent.start) or _OBJECT.search(low, max(seg_start, num.start - 30), num.start)
    ):
        return None
    i = bisect_left(ctx.sent_starts, sent.start) - 1
    if i < 0 or ctx.sents[i].para not in (sent.para, sent.para - 1):
        return None
    prev_para = ctx.paras[ctx.sents[i].para]
    if (
        ctx.sents[i].para != sent.para
        and not _CONNECTIVE_OPENING.match(low, sent.start)
        and prev_para.end - prev_para.start > _HEADING_LENGTH
    ):
        return None  # a paragraph goes on with the one before only after a heading or when it says so ("Cụ thể,")
    prev = ctx.sents[i]
    codes = [
        (pm, c)
        for pm in _sentence_matches(ctx, prev)
        for c in _compatible(ctx, pm, PERCENT, low[prev.start : prev.end])
    ]
    last = ctx.last_fact.get((sent.para, PERCENT))
    if not codes and last is not None:
        return None, last.indicator_code  # "Đà Nẵng (58,89%) ... xếp sau. Các tỉnh còn lại ... dưới 50%, ..."
    if not codes or len({c for _, c in codes}) > 1 and not _CONNECTIVE_OPENING.match(low, sent.start):
        return None
    if _LEVEL_BEFORE.search(low, sent.start, num.start):  # a per-level figure continues a per-level measure
        codes = [x for x in codes if ctx.lexicon.catalog[x[1]].per_level] or codes
    return None, codes[-1][1]


def _sentence_indicator(
    ctx: _Ctx, sent_matches: list[PhraseMatch], unit: str, para_low: str, sent: Sentence
) -> str | None:
    """The one indicator of `unit` the sentence names (a roundup names its measure once for a list of
    provinces' figures), else that of the paragraph's previous fact; None when it names several."""
    codes = {c for pm in sent_matches for c in _compatible(ctx, pm, unit, para_low)}
    if len(codes) == 1:
        return codes.pop()
    last = ctx.last_fact.get((sent.para, unit))
    if not codes and last is not None:
        return last.indicator_code
    return None
