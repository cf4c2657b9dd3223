"""Steps 1-2 of the pipeline: the document context, everything known about a report before its
numbers are read.

`_build_ctx` makes the views (cased, lower, lexicon), the structure (paragraphs, sentences, clauses,
roundup sections), the province mentions and the dominant province, whether the document is a plan
(and of which year), and the context lines give to other lines: list items inherit the value kind and
period of their heading, table cells the kind and year of their column header, later figures the
"tính đến" date of their section. The lookups at the end answer position questions for later steps.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .cues import (
    _ASOF_FRAME,
    _DATE_IN_TEXT,
    _LIST_ACTUAL,
    _LIST_TARGET,
    _PLAN_TITLE,
    _PLAN_YEAR,
    _nearest_cue,
    _periods,
)
from .lexicon import Lexicon, fold, lex_view, load_lexicon
from .normalise import match_views, normalise_phrase, vre
from .numbers import NUMBER_RE
from .outlets import outlet_province_text
from .provinces import LOCAL_UNIT, WHOLE_PROVINCE, Mention, ProvinceMap
from .sections import Paragraph, Section, Sentence, find_sections, is_bullet, paragraphs, sentences

if TYPE_CHECKING:
    from .facts import Fact


@dataclass
class _Ctx:
    doc_id: str
    text: str
    low: str
    era: str
    pub_year: int | None
    lexicon: Lexicon
    lex: str
    paras: list[Paragraph]
    sents: list[Sentence]
    sections: list[Section]
    plan_doc: bool
    plan_year: str
    mentions: list
    mention_starts: list[int]
    default_code: str | None
    multi: bool
    para_kind: dict[int, str] = field(default_factory=dict)
    para_period: dict[int, str] = field(default_factory=dict)
    para_last_kind: dict[int, str] = field(default_factory=dict)
    section_starts: list[int] = field(default_factory=list)
    para_starts: list[int] = field(default_factory=list)
    period_cache: dict[tuple[int, int], list] = field(default_factory=dict)
    match_cache: dict[int, list] = field(default_factory=dict)
    table_cols: dict[int, list[tuple[str, str, bool]]] = field(default_factory=dict)
    asof_marks: list[tuple[int, str]] = field(default_factory=list)
    asof_starts: list[int] = field(default_factory=list)
    report_year: str = ""
    pub_january: bool = False  # published in January: a year-end report of the year before
    last_fact: dict[tuple[int, str], Fact] = field(default_factory=dict)  # (paragraph, unit class) -> its last fact
    sent_starts: list[int] = field(default_factory=list)
    folded: str = ""  # lexicon.fold(lex): the lexicon view without diacritics
    national: bool = False  # names no province and speaks of the nation: no outlet's province stands in


# --------------------------------------------------------------------------- document date


def year_of(published: str | None) -> int | None:
    if published and re.match(r"\d{4}", published):
        return int(published[:4])
    return None


# "Nghị quyết số 21-NQ/TU, ngày 20/8/2021", "Quyết định 749/QĐ-TTg ngày 03/6/2020": when a cited text was issued
_ISSUED_ON = re.compile(r"(?:số\s*)?\d+[\w/.-]*\s*,?\s*(?:ban hành\s+)?ngày\s*$", re.IGNORECASE)


def text_date(text: str) -> str | None:
    """The first full date in the header (or anywhere), as YYYY-MM-DD; not the date a cited resolution or
    decision was issued."""
    for chunk in (text[:600], text):
        for m in _DATE_IN_TEXT.finditer(chunk):
            if _ISSUED_ON.search(chunk, max(0, m.start() - 40), m.start()):
                continue
            d, mo, y = (m.group(1), m.group(2), m.group(3)) if m.group(3) else (m.group(4), m.group(5), m.group(6))
            if 1 <= int(mo) <= 12 and 1 <= int(d) <= 31:
                return f"{y}-{int(mo):02d}-{int(d):02d}"
    return None


# --------------------------------------------------------------------------- construction


def _build_ctx(
    doc_id: str,
    text: str,
    era: str,
    pub_year: int | None,
    pmap: ProvinceMap,
    title: str | None = None,
    outlet: str | None = None,
) -> _Ctx:
    """The context of one non-empty NFC document (views, structure, provinces, plan, list/table/as-of frames)."""
    cased, low = match_views(text)
    lex = lex_view(low)
    lexicon = load_lexicon()
    mentions = pmap.find(cased, low)
    paras = paragraphs(text)
    sents = sentences(text, paras)
    sections = find_sections(text, low, paras, mentions)
    outlet_line = outlet_province_text(outlet)
    outlet_named = _named_in(pmap, outlet_line)
    home = next(iter(outlet_named)) if len(outlet_named) == 1 else None
    default_code, multi = _dominant_province(text, paras, mentions, home)
    if default_code is not None and _LOCAL_OPENING.match(text) and not _OF_PROVINCE.search(low):
        default_code = None  # "Thôn 3, xã Tâm Thắng, huyện Cư Jút (Đắk Nông) trở thành ...": the village's figures
    if default_code is not None and _only_its_capital_city(pmap, low, mentions, title):
        default_code = None  # "TP Cà Mau luôn quan tâm ... thành phố ...", never "tỉnh": the city's own figures
    national = False
    # the body never names its province: the headline, else the outlet does ("Báo Đồng Khởi" via outlets.csv);
    # a commune's or district's own site, or a lead about one, speaks of that locality ("Trang thông tin điện tử xã
    # Xuân Trúc (Hưng Yên)"), and a text about the nation of no province
    if default_code is None:
        named = _named_in(pmap, title)
        local = (
            bool(outlet and _LOCAL_SITE.search(unicodedata.normalize("NFC", outlet)))
            or bool(paras and _LOCAL_LEAD.search(text, paras[0].start, paras[0].end))
            or bool(_OF_DISTRICT.search(low))
        )
        national = len(named) != 1 and _national_text(low)
        if len(named) != 1 and not (local and not _OF_PROVINCE.search(low)) and not national:
            named = outlet_named
        default_code = next(iter(named)) if len(named) == 1 else None

    plan_doc, plan_year, report_year = _plan_info(text, low, paras, sections, title)
    ctx = _Ctx(
        doc_id,
        text,
        low,
        era,
        pub_year,
        lexicon,
        lex,
        paras,
        sents,
        sections,
        plan_doc,
        plan_year,
        mentions,
        [m.start for m in mentions],
        default_code,
        multi,
    )
    ctx.section_starts = [s.start for s in sections]
    ctx.para_starts = [p.start for p in paras]
    ctx.sent_starts = [x.start for x in sents]
    ctx.folded = fold(lex)
    ctx.report_year = report_year
    ctx.national = national
    _list_contexts(ctx)
    _heading_contexts(ctx)
    _inline_headings(ctx)
    _horizon_openings(ctx)
    _table_contexts(ctx)
    for m in _ASOF_FRAME.finditer(low):
        ctx.asof_marks.append((m.start(), next(g for g in m.groups() if g)))
    ctx.asof_starts = [a for a, _ in ctx.asof_marks]
    return ctx


def _only_its_capital_city(pmap: ProvinceMap, low: str, mentions: list, title: str | None) -> bool:
    """Does the text name its province only as the capital city called like it ("TP Hải Dương") and never speak of
    a province ("tỉnh")? Then it is the city's text."""
    if not mentions or not all(pmap.is_capital_city(low, m) for m in mentions) or _A_PROVINCE.search(low):
        return False
    if title:
        t_cased, t_low = match_views(unicodedata.normalize("NFC", title))
        return all(pmap.is_capital_city(t_low, m) for m in pmap.find(t_cased, t_low)) and not _A_PROVINCE.search(t_low)
    return True


_A_PROVINCE = re.compile(r"(?<!\w)tỉnh(?!\w)")


def _named_in(pmap: ProvinceMap, line: str | None) -> set[str]:
    """The codes of the provinces a headline or an outlet's name names."""
    return {m.code for m in pmap.find(*match_views(unicodedata.normalize("NFC", line)))} if line else set()


_LOCAL_SITE = re.compile(
    r"(?:trang|cổng)\s+thông tin(?:\s+điện tử)?\s+(?:của\s+)?(?:ubnd\s+)?"
    r"(?:xã|phường|thị trấn|huyện|quận|thị xã)(?!\w)",
    re.IGNORECASE,
)

# "Ngày 3/4, UBND huyện Đông Giang ban hành kế hoạch ...": a lead about a named district or commune, in a text that
# names no province, speaks of that locality as its own site would
_LOCAL_LEAD = re.compile(rf"(?<!\w)(?:UBND |Ủy ban nhân dân )?{LOCAL_UNIT} [A-ZĐ][^\W\d_]+")
# a text that opens with a village, commune or district ("Huyện Văn Yên được đánh giá ...", "UBND huyện Đạ Huoai cho
# biết") tells that locality's figures, though it names its province
_LOCAL_OPENING = re.compile(rf"\W*(?:(?:UBND|Ủy ban nhân dân)\s+)?(?:[Tt]hôn|[Bb]ản|{LOCAL_UNIT})\s+[A-ZĐ0-9]")
# "UBND tỉnh vừa ban hành Kế hoạch ...", "trên địa bàn tỉnh": a local site reposting the province's news
_OF_PROVINCE = vre(rf"(?:ubnd|ủy ban nhân dân) tỉnh|{WHOLE_PROVINCE}|(?:trên )?địa bàn tỉnh")
# "trên địa bàn huyện có 154 trạm BTS", "Toàn huyện Tam Bình phát triển ...": a text about its district or commune
_OF_DISTRICT = vre(rf"(?:toàn|địa bàn) {LOCAL_UNIT}(?!\w|\s+hội)")  # not "toàn xã hội"
# a text that names no province and speaks of the nation ("các bộ, ngành, địa phương đã cung cấp 4.510 dịch vụ
# công trực tuyến"), even on a province's portal: its figures are no province's (GDP too: a province has a GRDP)
_NATIONAL = vre(r"cả nước|toàn quốc|(?:các\s+)?bộ,\s*ngành|chính phủ|việt nam|(?<!\w)gdp(?!\w)")
_PROVINCIAL = vre(r"(?<!\w)(?:tỉnh|thành phố|tp|thị xã|huyện|địa bàn|quận)(?!\w)")


def _national_text(low: str) -> bool:
    return bool(_NATIONAL.search(low)) and not _PROVINCIAL.search(low)


def _dominant_province(
    text: str, paras: list[Paragraph], mentions: list[Mention], home: str | None = None
) -> tuple[str | None, bool]:
    """(the document's dominant province, whether it is about several): the most mentioned province,
    a title mention counting double, ties to the earliest; "several" when it has under 60% of the weight.
    A provincial paper's own province (`home`), when the text names it, weighs one mention more: "Báo Long An"
    on "Long An ... xếp thứ 2 (sau TP.Cần Thơ)" writes about Long An."""
    counts: dict[str, float] = {}
    title_end = (
        paras[0].end
        if paras
        and not text[paras[0].start : paras[0].end].rstrip().endswith((".", ";", "…"))
        and paras[0].end - paras[0].start <= 160
        else 0
    )
    for m in mentions:
        counts[m.code] = counts.get(m.code, 0) + (2 if m.start < title_end else 1)
    if home in counts:
        counts[home] += 1
    default_code = (
        max(counts, key=lambda c: (counts[c], -min(x.start for x in mentions if x.code == c))) if counts else None
    )
    multi = bool(counts) and counts[default_code] < 0.6 * sum(counts.values())
    return default_code, multi


# "Hoàn thành nhiều mục tiêu ứng dụng công nghệ thông tin": a headline of targets met is a results report
_DONE_TITLE = vre(r"(?<!\w)(?:hoàn thành|vượt|về đích)(?!\w)")


# "Sở ... đã tham mưu UBND tỉnh ban hành Kế hoạch ...; ... Tính đến hết tháng 6/2023, toàn tỉnh đã có": a plan
# issued before, told in a report of what was done since, does not make the text a plan
_ISSUED_BEFORE = vre(r"(?<!\w)đã\s[^.!?]{0,150}?(?<!\w)ban hành kế hoạch")


def _plan_info(
    text: str, low: str, paras: list[Paragraph], sections: list[Section], headline: str | None = None
) -> tuple[bool, str, str]:
    """(is a plan, the plan's year, the year a results report is about) from the title and lead; the
    headline of the report's metadata stands in for a title line the text lacks."""
    if not paras:
        return False, "", ""
    title = paras[0]
    title_low = low[title.start : title.end]
    is_title = (title.end - title.start) <= 160 and not title_low.rstrip().endswith((".", "…", ":"))
    if not is_title and headline:
        title_low, is_title = match_views(unicodedata.normalize("NFC", headline))[1], True
    head = low[paras[0].start : paras[min(2, len(paras) - 1)].end]
    done = _LIST_ACTUAL.search(title_low) or _DONE_TITLE.search(title_low)
    plan = bool(is_title and _PLAN_TITLE.search(title_low) and not done) or bool(
        re.search(r"ban hành kế hoạch|kế hoạch số|kế hoạch chuyển đổi số năm", head)
        and not _LIST_ACTUAL.search(head)
        and not _ISSUED_BEFORE.search(head)
    )
    if sections and sum(s.code is not None for s in sections) >= 2:
        plan = False
    year = ""
    m = _PLAN_YEAR.search(head) or (re.search(r"năm\s+((?:19|20)\d{2})(?!\d)", title_low) if plan else None)
    if m:
        year = m.group(1)
    report_year = ""
    if is_title and not plan:
        found = [v for _, _, k, v in _periods(title_low, 0, len(title_low)) if k == "year"]
        report_year = found[-1] if len(set(found)) == 1 else ""
    return plan, year, report_year


# --------------------------------------------------------------------------- table and list frames

_TABLE_SEP = re.compile(r"\s*[|\t]\s*")
_COL_SKIP = vre(
    r"^(?:stt|tt|số tt|số thứ tự|đơn vị tính|đvt|ghi chú)$|so sánh|so với|tỷ lệ (?:%|hoàn thành)|"
    r"%\s*(?:so|kh)"
)
_COL_ESTIMATE = vre(r"(?<!\w)ước")
_COL_TARGET = vre(r"kế hoạch|mục tiêu|chỉ tiêu giao|(?<!\w)kh(?!\w)|dự kiến")
_COL_ACTUAL = vre(r"thực hiện|kết quả|(?<!\w)th(?!\w)|đạt được|hiện trạng")


def _table_contexts(ctx: _Ctx) -> None:
    """Rows of a table flattened to text ("STT | Chỉ tiêu | Kế hoạch | Thực hiện"): each value column
    gets the value kind (and year) of its header; numbering and comparison columns are skipped."""
    header: list[tuple[str, str, bool]] | None = None
    for p in ctx.paras:
        line = ctx.text[p.start : p.end]
        if line.count("|") + line.count("\t") < 2:
            header = None if not line.strip() == "" else header
            continue
        cells = [normalise_phrase(c) for c in _TABLE_SEP.split(line.strip(" |\t"))]
        has_values = any(NUMBER_RE.search(c) and not re.fullmatch(r"[^\d]*(?:19|20)\d\d[^\d]*", c) for c in cells[1:])
        if not has_values and len(cells) >= 2:
            header = []
            for c in cells:
                years = re.findall(r"(?:19|20)\d\d", c)
                skip = bool(_COL_SKIP.search(c))
                kind = (
                    "estimate"
                    if _COL_ESTIMATE.search(c)
                    else "target"
                    if _COL_TARGET.search(c)
                    else "actual"
                    if _COL_ACTUAL.search(c)
                    else ""
                )
                header.append((kind, years[-1] if years else (ctx.report_year or ctx.plan_year), skip))
            continue
        if header:
            ctx.table_cols[p.index] = header


def _table_column(ctx: _Ctx, sent: Sentence, pos: int) -> tuple[str, str, bool] | None:
    """(kind, year, skip) of the table column the cell at `pos` is in; None outside a table."""
    cols = ctx.table_cols.get(sent.para)
    if not cols:
        return None
    p = ctx.paras[sent.para]
    prefix = ctx.text[p.start : pos].lstrip(" |\t")
    index = prefix.count("|") + prefix.count("\t")
    return cols[index] if index < len(cols) else None


_HEADING = re.compile(r"(?:[IVX]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s|Phần\s|PHẦN\s")
_HEADING_ACTUAL = vre(r"hiện trạng|thực trạng|kết quả|tình hình")
_HEADING_TARGET = vre(r"mục tiêu|chỉ tiêu|nhiệm vụ|giải pháp|định hướng|phương hướng")


def _heading_contexts(ctx: _Ctx) -> None:
    """A heading ("Phần thứ nhất / HIỆN TRẠNG HẠ TẦNG SỐ", "II. MỤC TIÊU") gives the paragraphs under it
    its value kind: a plan's chapter on the current state reports results."""
    kind = ""
    for p in ctx.paras:
        line = ctx.text[p.start : p.end].strip()
        heading = (
            len(line) <= 120 and not line.endswith((".", ";", "…")) and (line.isupper() or bool(_HEADING.match(line)))
        )
        if heading:
            low = ctx.low[p.start : p.end]
            found = "actual" if _HEADING_ACTUAL.search(low) else "target" if _HEADING_TARGET.search(low) else ""
            kind = found or kind
            continue
        if kind and p.index not in ctx.para_kind:
            ctx.para_kind[p.index] = kind


_INLINE_HEADING = re.compile(r"\W*([^:.;\d][^:.;]{2,60}):\s")


def _inline_headings(ctx: _Ctx) -> None:
    """A paragraph opened by a short heading ("Mục tiêu cụ thể: Cung cấp ... 95% ... Tỷ lệ ... 70%.")
    gives all its sentences the heading's value kind."""
    for p in ctx.paras:
        m = _INLINE_HEADING.match(ctx.low, p.start, p.end)
        if m is None or p.index in ctx.para_kind:
            continue
        heading = m.group(1)
        cue = _nearest_cue(heading, 0, len(heading), ctx.pub_year)
        if cue and cue[1] == "target":  # "Thành phố sẽ cần phải đạt được vào năm 2030 như: ..."
            kind = "target"
        else:
            kind = "actual" if _LIST_ACTUAL.search(heading) else "target" if _LIST_TARGET.search(heading) else ""
        if kind:
            ctx.para_kind[p.index] = kind


_THEN_OPENING = vre(r"\W*(?:khi đó|lúc đó|đến lúc đó|khi ấy)\s*,")
# "Đề án đặt mục tiêu đến năm 2025, 100% ...; 100% chế độ báo cáo ... của tỉnh…" then "Kinh tế số chiếm tối thiểu 10%
# GRDP; ...": a paragraph of targets that breaks off in an ellipsis goes on in the next one
_TO_BE_CONTINUED = re.compile(r"(?:…|\.\.\.)\s*$")
_TARGET_HORIZON = vre(r"(?:phấn đấu|mục tiêu)[^.;]{0,20}?(?:đến|tới) năm\s+((?:19|20)\d{2})(?!\d)")
_HORIZON_OPENING = vre(r"\W*(?:theo đó|cụ thể|trong đó)?[\s,]*(?:đến|tới) năm\s+((?:19|20)\d{2})\s*,")


def _horizon_openings(ctx: _Ctx) -> None:
    """A paragraph opened by a horizon later than its publication ("Theo đó, đến năm 2025, ... Tỉnh có 100% sản
    phẩm OCOP ...") sets targets in every sentence; undated, the horizon alone says so. A paragraph opened by
    "Khi đó," continues the horizon the previous one ends with ("Phấn đấu đến năm 2030, ... Khi đó, 100% ..."), and
    so does one after a paragraph of targets that breaks off in an ellipsis ("... của tỉnh…")."""
    for p in ctx.paras:
        m = _HORIZON_OPENING.match(ctx.low, p.start, p.end)
        if m and p.index not in ctx.para_kind and (not ctx.pub_year or int(m.group(1)) > ctx.pub_year):
            ctx.para_kind[p.index] = "target"
        elif (
            p.index > 0
            and p.index not in ctx.para_kind
            and (_THEN_OPENING.match(ctx.low, p.start, p.end) or _TO_BE_CONTINUED.search(ctx.low, p.start - 8, p.start))
        ):
            prev = ctx.paras[p.index - 1]
            years = _TARGET_HORIZON.findall(ctx.low, prev.start, prev.end)
            if years and (not ctx.pub_year or int(years[-1]) > ctx.pub_year):
                ctx.para_kind[p.index] = "target"
                ctx.para_period.setdefault(p.index, years[-1])


def _list_contexts(ctx: _Ctx) -> None:
    """Items under a heading line ending in ':' ("Mục tiêu cụ thể:", "Kết quả thực hiện năm 2024:",
    "... phấn đấu ... như:") inherit its value kind and its period."""
    low = ctx.low
    active = False
    kind = period = ""
    first_after = False
    for p in ctx.paras:
        line = low[p.start : p.end].rstrip()
        bullet = is_bullet(ctx.text, p) or bool(
            _TOPIC_ITEM.match(low, p.start, p.end) or _FIGURE_ITEM.match(low, p.start)
        )
        long_opening = line.endswith(":") and p.end - p.start > 400  # a long paragraph: its last sentence announces
        head_start = _closing_sentence_start(low, p.start, p.end) if long_opening else p.start
        heading = line.endswith(":") and (p.end - head_start) <= 400
        head = low[head_start : p.end]
        new_kind = (
            ("actual" if _LIST_ACTUAL.search(head) else "target" if _LIST_TARGET.search(head) else "")
            if heading
            else ""
        )
        found = _periods(low, head_start, p.end) if heading else []
        new_period = next((v for _, _, k, v in reversed(found) if k in ("year", "span")), "")
        # "- Mục tiêu cơ bản đến năm 2030:" after the 2025 items: a sub-heading opens its own list
        sub_heading = active and bullet and heading and bool(new_period) and new_period != period
        if (
            active
            and (bullet or first_after)
            and not sub_heading
            and not (line.endswith(":") and not bullet and not first_after)
        ):
            if kind:
                ctx.para_kind[p.index] = kind
            if period:
                ctx.para_period[p.index] = period
            # a bullet written alone on its line ("-" then the item on the next line) opens the next paragraph
            first_after = line.strip() in ("-", "–", "•", "+", "*")
            if not bullet and not line.endswith(":"):
                active = False
            continue
        outer_kind = kind if sub_heading else ""
        active = False
        if heading:
            kind, period = new_kind or outer_kind, new_period
            if not period and (kind == "target" or (head_start == p.start and _short_heading(ctx, p.index - 1))):
                # the year of the line above ("2.1. Giai đoạn 2026 - 2027" / "a) Cung cấp ...:" / "- 100% ...");
                # a list of targets without one takes its section's plan year
                prev = [
                    v
                    for s, _, k, v in _periods(low, max(0, p.start - 600), p.start)
                    if k in ("year", "span") and _para_of(ctx, s) == p.index - 1
                ]
                period = prev[-1] if prev else (_section_plan_year(ctx, p.start) if kind == "target" else "")
            if not kind and not period:
                continue
            active, first_after = True, True


# "Về phát triển kinh tế số, nâng cao năng lực cạnh tranh: kinh tế số chiếm 20% GRDP ...": an item of the list above
_TOPIC_ITEM = vre(r"\W*về\s[^:.;\d]{2,100}:\s")
# "Trên 90% tổng số hồ sơ công việc tại cấp tỉnh ...", "100% chế độ báo cáo ...": an item that opens with its figure,
# its bullet lost when the page was copied
_FIGURE_ITEM = vre(r"\W*(?:(?:trên|hơn|tối thiểu|ít nhất|khoảng|gần)\s+)?\d+(?:[.,]\d+)?\s*%")
_SENTENCE_END = re.compile(r"[.!?]\s+(?=\S)")


def _closing_sentence_start(low: str, start: int, end: int) -> int:
    """Where the last sentence of a paragraph starts: a long paragraph that ends "... Kết quả đạt được đến hết
    năm 2022 ... như sau:" announces the list below with its last sentence, not with the whole paragraph."""
    ends = [m.end() for m in _SENTENCE_END.finditer(low, start, end)]
    return ends[-1] if ends else start


def _short_heading(ctx: _Ctx, index: int) -> bool:
    """Paragraph `index` is a short heading line (no closing full stop): "2.1. Giai đoạn 2026 - 2027"."""
    if index < 0:
        return False
    para = ctx.paras[index]
    line = ctx.text[para.start : para.end].strip()
    return 0 < len(line) <= 80 and not line.endswith((".", ";", "…"))


# --------------------------------------------------------------------------- position lookups


def _para_of(ctx: _Ctx, pos: int) -> int:
    i = bisect_right(ctx.para_starts, pos) - 1
    return ctx.paras[i].index if i >= 0 else -1


def _section_at(ctx: _Ctx, pos: int) -> Section | None:
    i = bisect_right(ctx.section_starts, pos) - 1
    if i >= 0 and ctx.sections[i].start <= pos < ctx.sections[i].end:
        return ctx.sections[i]
    return None


def _section_plan_year(ctx: _Ctx, pos: int) -> str:
    sec = _section_at(ctx, pos)
    if sec is None or sec.code is None:
        return ctx.plan_year
    years = [m.group(1) for m in _PLAN_YEAR.finditer(ctx.low, sec.start, pos)]
    return years[-1] if years else ""


def unmapped_row(ctx: _Ctx, sent: Sentence, start: int, end: int, phrase: str, reason: str, province: str = "") -> dict:
    """An unmapped candidate, the one shape of the curator's rows: the figure at [start, end), its sentence, the
    phrase it is grouped under in `dx unmapped`, its province if known, and why no fact came of it."""
    return {
        "doc_id": ctx.doc_id,
        "province_code": province,
        "sentence": ctx.text[sent.start : sent.end],
        "number_text": ctx.text[start:end].strip(),
        "phrase": phrase,
        "char_start": start,
        "char_end": end,
        "reason": reason,
    }


def _sentence_matches(ctx: _Ctx, sent: Sentence) -> list:
    """The lexicon phrase matches of a sentence, found once (a later sentence may look back at them)."""
    found = ctx.match_cache.get(sent.start)
    if found is None:
        found = ctx.match_cache[sent.start] = ctx.lexicon.find(ctx.lex, sent.start, sent.end, ctx.folded)
    return found
