"""The fact extractor: NFC text -> indicator / service / budget facts with provenance.

Pipeline (all offsets are offsets in the NFC text; views have the same length), one module a step:
1. views (`context`): cased + lower canonical views (NBSP, tone placement), a punctuation-free lexicon view;
2. structure (`context`): paragraphs -> sentences -> clauses (';' and ': '), province mentions, roundup
   sections, plan / list / table / as-of frames;
3. numbers (`candidates`): every Vietnamese number with its unit (%, tỷ/triệu/nghìn tỷ đồng, counts,
   ratios a/b), minus dates, years, decree numbers, ordinals and measures (km, tấn, phút ...);
   (`screens` sets aside changes, shares of a target, national, ministry and group figures);
4. each number is mapped to a catalog indicator (`resolve`) by the lexicon phrase that governs it (the
   subject before "đạt/là/chiếm X%", or the noun after "X% ..."/"N doanh nghiệp ..."), restricted to
   indicators of the same unit; then comparator, value kind, period, admin level and province (`slots`);
5. one fact per grain (doc, era, province, indicator, level, period, kind) (`postprocess`): first wins,
   but an exact body figure replaces an approximate one ("Hơn 197 tỷ" headline vs "197,3 tỷ" body).
6. a second opinion on the kind (`kind_model`, trained on the dev split): a figure the rules read as reached that the
   model holds, with 0.9 or more, to be a goal becomes an unmapped row instead of a fact.
DTI ranks and scores have their own step (`dti`), and DTI ranking tables flattened to text theirs
(`dti_table`). Percent / money amounts that map to nothing become `unmapped` rows for a curator. The cue
patterns the steps read are in `cues`; this module keeps the fact types, `extract_document` and the
sentence loop.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field, replace

from .candidates import _normalise_unit, _Num, _numbers
from .context import _build_ctx, _Ctx, _sentence_matches, _table_column, text_date, unmapped_row, year_of
from .cues import _DTI_CONTEXT, _NOT_DTI
from .dti import DtiFinding, dti_state, extract_dti
from .dti_table import table_findings
from .kind_model import doubt_reason, doubted_kind
from .lexicon import PER1000, RANK, PhraseMatch
from .numbers import COUNT, MONEY, OTHER_MONEY, PERCENT, SCORE, Quantity, clean_value
from .postprocess import _dedupe, _drop_headline_echoes
from .provinces import CURRENT, LEGACY, about_a_former_province, era_for_date, era_from_text, province_map
from .resolve import (
    _also_measured,
    _clause_matches,
    _continue_previous,
    _inherit,
    _resolve,
    _sentence_indicator,
    quantifies_other,
)
from .screens import not_a_province_figure, not_this_measure
from .sections import Sentence
from .slots import _fact_provinces, _fill_slots, _province_at, _quoted_province

FACT_COLUMNS = (
    "doc_id",
    "province_era",
    "province_code",
    "province_vi",
    "fact_type",
    "indicator_code",
    "admin_level",
    "period",
    "period_source",
    "value_kind",
    "comparator",
    "value",
    "unit",
    "numerator",
    "denominator",
    "evidence",
    "char_start",
    "char_end",
)
# the numeric columns of a fact table, typed even when no row fills them (an all-empty column would be text)
FACT_NUMBER_TYPES = {
    "value": "float64",
    "numerator": "float64",
    "denominator": "float64",
    "char_start": "Int64",
    "char_end": "Int64",
}


@dataclass
class Fact:
    doc_id: str
    province_era: str
    province_code: str
    province_vi: str
    fact_type: str
    indicator_code: str
    admin_level: str
    period: str
    period_source: str  # "text", or "publication" when the report's date gave the year; "" when unknown
    value_kind: str
    comparator: str
    value: float | None
    unit: str
    numerator: float | None
    denominator: float | None
    evidence: str
    char_start: int
    char_end: int
    # why the fact is held back from the warehouse unless a curator accepts it ("value kind in doubt: ..."); ""
    # for a fact that goes straight in. Not a column of FACT_COLUMNS: held-back facts are listed apart.
    held_back: str = ""

    def as_dict(self) -> dict:
        return {c: getattr(self, c) for c in FACT_COLUMNS}

    def grain(self) -> tuple:
        return (
            self.doc_id,
            self.province_era,
            self.province_code,
            self.indicator_code,
            self.admin_level,
            self.period,
            self.value_kind,
        )


@dataclass
class DocumentResult:
    doc_id: str
    facts: list[Fact] = field(default_factory=list)
    unmapped: list[dict] = field(default_factory=list)
    # facts in doubt: each is an unmapped candidate too, and reaches the marts only if a curator accepts it
    held_back: list[Fact] = field(default_factory=list)
    province_era: str = LEGACY


# --------------------------------------------------------------------------- main entry


def extract_document(
    doc_id: str, text: str, published: str | None = None, title: str | None = None, outlet: str | None = None
) -> DocumentResult:
    """Facts and unmapped candidates of one report. `text` should be NFC (it is normalised if not);
    offsets and evidence refer to the NFC text. The headline (`title`), else the outlet ("Báo Gia Lai"),
    from the report's metadata, names the province of a text that never names it ("Tại tỉnh, ...")."""
    if not isinstance(text, str):
        text = ""
    if not isinstance(published, str) or not re.match(r"\s*\d{4}", published):
        published = None  # None, NaN from a data frame, junk
    else:
        published = published.strip()
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    date = published or text_date(text)
    era = era_for_date(date)
    if era is None:  # "2025" alone: what the text says of the map (or its latest date) decides before its first date
        era = era_from_text(text) or (era_for_date(text_date(text)) if published else None) or LEGACY
    if era == CURRENT and about_a_former_province(text):
        era = LEGACY  # "Bà Rịa - Vũng Tàu (cũ) ...": the figures of a province that no longer exists
    result = DocumentResult(doc_id=doc_id, province_era=era)
    if not text.strip():
        return result
    pub_year = year_of(date)
    pmap = province_map(era)
    ctx = _build_ctx(
        doc_id,
        text,
        era,
        pub_year,
        pmap,
        title if isinstance(title, str) else None,
        outlet if isinstance(outlet, str) else None,
    )
    ctx.pub_january = bool(date and re.match(r"\d{4}-01", date))

    facts: list[Fact] = []
    dti = dti_state(ctx)
    tables: list[tuple[int, int]] = []
    if dti is not None:
        in_tables, tables = table_findings(ctx)
        facts += [_dti_fact(ctx, d) for d in in_tables]
    for sent in ctx.sents:
        if any(a <= sent.start < b for a, b in tables):
            continue  # a ranking table's lines, read as a table
        _extract_sentence(ctx, sent, facts, result.unmapped)
        if dti is not None:
            facts += [_dti_fact(ctx, d) for d in extract_dti(ctx, sent, dti, result.unmapped)]
    result.facts, result.held_back = _doubt_kinds(
        ctx, _dedupe(_drop_headline_echoes(ctx, facts), ctx.low), result.unmapped
    )
    for f in result.facts + result.held_back:
        f.province_vi = province_map(f.province_era).name(f.province_code)
    return result


def _doubt_kinds(ctx: _Ctx, facts: list[Fact], unmapped: list[dict]) -> tuple[list[Fact], list[Fact]]:
    """`facts` split into those kept and those held back because the kind model confidently holds their kind to be
    another (a target read as a result is the commonest wrong fact on unseen text). A held-back fact is also an
    unmapped candidate that says both kinds, so that a curator sees it and can accept it (`fact_corrections.csv`)."""
    kept, held = [], []
    for f in facts:
        other = doubted_kind(ctx.low, f.char_start, f.char_end, ctx.pub_year, f.value_kind)
        if other is None:
            kept.append(f)
            continue
        sent = ctx.sents[max(0, bisect_right(ctx.sent_starts, f.char_start) - 1)]
        f.held_back = doubt_reason(f.value_kind, other)
        held.append(f)
        unmapped.append(
            unmapped_row(ctx, sent, f.char_start, f.char_end, f.indicator_code, f.held_back, f.province_code)
        )
    return kept, held


def _dti_fact(ctx: _Ctx, d: DtiFinding) -> Fact:
    ind = ctx.lexicon.catalog[d.indicator_code]
    return Fact(
        doc_id=ctx.doc_id,
        province_era=d.era,
        province_code=d.province_code,
        province_vi="",
        fact_type=ind.fact_type,
        indicator_code=d.indicator_code,
        admin_level="",
        period=d.period,
        period_source=d.period_source,
        value_kind="actual",
        comparator="=",
        value=d.value,
        unit=ind.unit,
        numerator=None,
        denominator=None,
        evidence=ctx.text[d.start : d.end],
        char_start=d.start,
        char_end=d.end,
    )


# --------------------------------------------------------------------------- one sentence


def _extract_sentence(ctx: _Ctx, sent: Sentence, facts: list[Fact], unmapped: list[dict]) -> None:
    """The facts of one sentence, clause by clause and number by number; a number without an indicator of
    its own may continue the sentence's previous fact (`_inherit`)."""
    low = ctx.low
    sent_low = low[sent.start : sent.end]
    para = ctx.paras[sent.para]
    para_low = low[para.start : para.end]
    prev_fact: Fact | None = None
    sent_nums = _numbers(ctx, sent.start, sent.end)
    if not sent_nums:
        return
    dti_ok = bool(_DTI_CONTEXT.search(sent_low)) and not _NOT_DTI.search(sent_low)
    sent_matches = _sentence_matches(ctx, sent)
    for clause in sent.clauses:
        cs, ce = clause.start, clause.end
        nums = [n for n in sent_nums if cs <= n.start < ce]
        if not nums:
            continue
        pms = _clause_matches(ctx, sent_matches, cs, ce)
        # numbers inside a literal phrase ("định danh mức độ 2", "từ 15 tuổi trở lên") are part of the name
        nums = [
            n for n in nums if not any(not pm.phrase.gap and pm.start <= n.start and n.num_end <= pm.end for pm in pms)
        ]
        last_ratio: _Num | None = None
        for k, num in enumerate(nums):
            column = _table_column(ctx, sent, num.start)
            if column is not None and column[2]:
                continue  # numbering / comparison column of a table
            seg_start = nums[k - 1].end if k else cs
            next_start = nums[k + 1].start if k + 1 < len(nums) else ce
            _normalise_unit(low, num, dti_ok)
            unit = num.q.unit
            if unit in (RANK, SCORE) or num.denominator in (34, 63):
                continue  # DTI ranks and scores, and "x/63" places among provinces: the `dti` step reads them
            quoted = _quoted_province(ctx, num, sent)
            reason = not_a_province_figure(
                ctx, sent, num, cs, seg_start, nums[k - 1].start if k else cs, named=quoted is not None
            )
            if reason:
                _add_unmapped(ctx, sent, num, reason, unmapped)
                continue
            if quoted is not None:  # "Đà Nẵng (67%) cùng các tỉnh Hòa Bình (86,5%) ... về tỷ lệ hồ sơ trực tuyến"
                if unit == COUNT and _PER_1000_IN.search(low, sent.start, sent.end):
                    unit = PER1000  # "tỷ lệ DN công nghệ số/1.000 rất cao như: TPHCM (3,19)"
                code = _sentence_indicator(ctx, sent_matches, unit, para_low, sent)
                if code is None:
                    _add_unmapped(ctx, sent, num, "a province's figure in brackets, measure unclear", unmapped)
                    continue
                made = _facts_for_number(
                    ctx, sent, num, None, code, cs, seg_start, next_start, column, None, unmapped, provinces=[quoted]
                )
                facts.extend(made)
                continue
            choice, num, unit = _resolve_number(
                ctx, num, nums[k + 1 :], cs, ce, next_start, pms, para_low, seg_start if k else None
            )
            other = unit == PERCENT and quantifies_other(low, num.end)
            if choice is None and unit in (PERCENT, COUNT, MONEY) and not other:
                choice = _inherit(ctx, num, cs, seg_start, unit, prev_fact, sent)
            if choice is None and unit == PERCENT and not other:
                choice = _continue_previous(ctx, num, sent, seg_start, sent_matches, para_low)
            if choice is None:
                if why := _no_indicator(low, num, unit):
                    _add_unmapped(ctx, sent, num, why, unmapped)
                if num.numerator is not None:
                    last_ratio = num
                continue
            pm, code = choice if choice[0] != "inherit" else (None, choice[1])
            if reason := not_this_measure(ctx, num, code, pm.start if pm is not None else None, next_start):
                _add_unmapped(ctx, sent, num, reason, unmapped)
                continue
            made = []
            for measure_pm, measure in [(pm, code), *_also_measured(ctx, num, pm, code, pms, next_start, para_low)]:
                made += _facts_for_number(
                    ctx, sent, num, measure_pm, measure, cs, seg_start, next_start, column, last_ratio, unmapped
                )
            if num.numerator is not None:
                last_ratio = num
            if made:
                facts.extend(made)
                prev_fact = made[-1]
                ctx.last_fact[(sent.para, unit)] = made[-1]


def _resolve_number(
    ctx: _Ctx,
    num: _Num,
    later: list[_Num],
    cs: int,
    ce: int,
    next_start: int,
    pms: list[PhraseMatch],
    para_low: str,
    seg_start: int | None,
) -> tuple[tuple[PhraseMatch, str] | None, _Num, str]:
    """(choice, number, unit) of `_resolve`; else "71/71 xã, phường, thị trấn được kết nối cáp quang": a ratio of
    communes or villages is the share of them that an indicator of communes or villages measures (unless the text
    gives the share itself: "(đạt tỷ lệ 93,8%)")."""
    choice = _resolve(ctx, num, cs, ce, next_start, pms, para_low, seg_start)
    if num.in_words:  # "toàn bộ thôn, bản": only a share of villages or communes
        return (choice, num, PERCENT) if choice is not None and _of_places(ctx, choice[1]) else (None, num, PERCENT)
    if choice is not None or num.q.unit != COUNT or not num.denominator or not _PLACES_AFTER.match(ctx.low, num.end):
        return choice, num, num.q.unit
    if later and later[0].q.unit == PERCENT:
        return None, num, COUNT
    rate = replace(num, q=Quantity(round(100 * num.numerator / num.denominator, 2), PERCENT, num.q.end))
    choice = _resolve(ctx, rate, cs, ce, next_start, pms, para_low)
    if choice is None or not _of_places(ctx, choice[1]):
        return None, num, COUNT
    return choice, rate, PERCENT


def _of_places(ctx: _Ctx, code: str) -> bool:
    """Does indicator `code` measure a share of communes or villages ("Tỷ lệ xã có cáp quang")?"""
    return bool({"xã", "thôn"} & ctx.lexicon.catalog[code].name_words)


def _facts_for_number(
    ctx: _Ctx,
    sent: Sentence,
    num: _Num,
    pm: PhraseMatch | None,
    code: str,
    cs: int,
    seg_start: int,
    next_start: int,
    column: tuple[str, str, bool] | None,
    last_ratio: _Num | None,
    unmapped: list[dict],
    provinces: list[str] | None = None,
) -> list[Fact]:
    """The fact(s) of a number mapped to indicator `code`, one per province it is about; none (and an
    unmapped row saying why) when its province is unknown or ambiguous. A percent after a ratio
    ("1.390/1.902 thủ tục, đạt 73%") keeps the ratio's numerator and denominator."""
    text = ctx.text
    ind = ctx.lexicon.catalog[code]
    slots = _fill_slots(ctx, num, sent, ind, cs, seg_start, next_start, column)
    ctx.para_last_kind[sent.para] = slots.kind
    start, end = _evidence_span(text, num, pm, seg_start)
    numerator, denominator = num.numerator, num.denominator
    value = num.q.value
    kind = slots.kind
    if code in WHOLE_COUNTS and denominator is not None:
        value = denominator  # "hoàn thành 42/48 nhiệm vụ": the plan has 48 tasks
        kind = "planned" if ind.fact_type == "budget" else kind
    if num.q.unit == PERCENT and numerator is None and last_ratio is not None:
        numerator, denominator = last_ratio.numerator, last_ratio.denominator
    why_not = ""
    if provinces is None:
        provinces, why_not = _fact_provinces(ctx, num, sent)
    if not provinces:
        _add_unmapped(ctx, sent, num, f"{why_not} for {code}", unmapped)
        return []
    return [
        Fact(
            doc_id=ctx.doc_id,
            province_era=ctx.era,
            province_code=code_of_province,
            province_vi="",
            fact_type=ind.fact_type,
            indicator_code=code,
            admin_level=level,
            period=slots.period,
            period_source=slots.period_source,
            value_kind=kind,
            comparator=slots.comparator,
            value=clean_value(value),
            unit=ind.unit,
            numerator=numerator,
            denominator=denominator,
            evidence=text[start:end],
            char_start=start,
            char_end=end,
        )
        for code_of_province in provinces
        for level in slots.level.split("|")  # "cấp tỉnh, cấp huyện đạt trên 95%": one fact per level
    ]


# the places a ratio "a/b" of which is their share ("71/71 xã, phường, thị trấn", "37/71 xã", "585/624 thôn")
_PLACES_AFTER = re.compile(r"\s*(?:các\s+)?(?:xã|phường|thị trấn|thôn|bản|ấp|khóm|tổ dân phố)(?!\w)")
# counts of everything there is (a plan's tasks, all dossiers, all services): in "a/b" the whole is b
WHOLE_COUNTS = frozenset({"dx_task_count", "dossier_total_count"})
# the nouns a count of a catalog measure is told in: a count of them that maps to nothing is shown to a curator
# (`dx unmapped`), while counts of people, meetings or days stay silent
_MEASURE_NOUN = re.compile(
    r"\s*(?:hồ sơ|dịch vụ|thủ tục|tthc|dvc|tài khoản|giao dịch|thuê bao|doanh nghiệp|tổ công nghệ|tổ cns|"
    r"thành viên|sản phẩm|chữ ký số|chứng thư số|trạm bts|nhiệm vụ|dự án|hệ thống|nền tảng|cơ sở dữ liệu)(?!\w)"
)


def _no_indicator(low: str, num: _Num, unit: str) -> str:
    """Why a number that maps to no indicator is shown to a curator; "" for a count of no catalog measure."""
    if unit in (PERCENT, MONEY, OTHER_MONEY) or num.numerator is not None:
        return "no catalog indicator for this measure"
    if unit == COUNT and _MEASURE_NOUN.match(low, num.end):
        return "no catalog indicator for this count"
    return ""


_PER_1000_IN = re.compile(r"/\s*1\.?000(?!\d)|(?:trên|mỗi)\s+(?:1\.?000|nghìn|ngàn)\s+(?:người\s+)?dân")


def _evidence_span(text: str, num: _Num, pm: PhraseMatch | None, seg_start: int) -> tuple[int, int]:
    """The evidence of a fact: from its governing phrase (for an inherited subject, the clause part before
    the number, from its first letter or digit) to the end of the number or phrase, trailing spaces cut."""
    if pm is not None:
        start = min(num.start, pm.start)
    else:  # inherited subject: the clause part up to the number ("đối với UBND cấp xã đạt 80%")
        start = seg_start
        while start < num.start and not text[start].isalnum():
            start += 1
    end = max(num.end, pm.end) if pm else num.end
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _add_unmapped(ctx: _Ctx, sent: Sentence, num: _Num, reason: str, unmapped: list[dict]) -> None:
    """A row for a curator: the number, its sentence, its province if known, and why no fact came of it."""
    province = _province_at(ctx, num.start, sent) or ""
    unmapped.append(unmapped_row(ctx, sent, num.start, num.end, unmapped_phrase(ctx.low, num, sent), reason, province))


_WORD = re.compile(r"[^\W\d_]+")
_CLAUSE_END = re.compile(r"[,;:.()!?]")


def unmapped_phrase(low: str, num: _Num, sent: Sentence, words: int = 6) -> str:
    """The words that name what a number measures, for grouping unmapped candidates: up to `words` words
    right after it, within its clause ("80% hộ gia đình có ..."), else the words right before it
    ("... tỷ lệ X đạt 80%")."""
    after = _WORD.findall(_CLAUSE_END.split(low[num.end : min(sent.end, num.end + 80)], 1)[0])
    if len(after) >= 2:
        return " ".join(after[:words])
    before = _WORD.findall(_CLAUSE_END.split(low[max(sent.start, num.start - 80) : num.start])[-1])
    return " ".join(before[-words:])


__all__ = ["FACT_COLUMNS", "Fact", "DocumentResult", "extract_document"]
