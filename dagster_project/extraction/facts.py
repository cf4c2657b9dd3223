"""The fact extractor: NFC text -> indicator / service / budget facts with provenance.

Pipeline (all offsets are offsets in the NFC text; views have the same length):
1. views: cased + lower canonical views (NBSP, tone placement), a punctuation-free lexicon view;
2. structure: paragraphs -> sentences -> clauses (';' and ': '), province mentions, roundup sections;
3. numbers: every Vietnamese number with its unit (%, tỷ/triệu/nghìn tỷ đồng, counts, ratios a/b),
   minus dates, years, decree numbers, ordinals and measures (km, tấn, phút ...);
4. each number is mapped to a catalog indicator by the lexicon phrase that governs it (the subject
   before "đạt/là/chiếm X%", or the noun after "X% ..."/"N doanh nghiệp ..."), restricted to
   indicators of the same unit; then comparator, value kind, period, admin level and province;
5. one fact per grain (doc, era, province, indicator, level, period, kind): first wins, but an exact
   body figure replaces an approximate one ("Hơn 197 tỷ" headline vs "197,3 tỷ" body).
Percent / money amounts that map to nothing become `unmapped` rows for a curator.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from .lexicon import PER1000, RANK, Indicator, Lexicon, PhraseMatch, lex_view, load_lexicon
from .normalise import match_views, normalise_phrase, vre
from .numbers import (
    COUNT,
    MONEY,
    NUMBER_RE,
    OTHER_MONEY,
    PERCENT,
    SCORE,
    Quantity,
    clean_value,
    parse_vn_number,
    read_unit,
)
from .provinces import LEGACY, era_for_date, province_map
from .sections import Paragraph, Section, Sentence, find_sections, is_bullet, paragraphs, sentences

FACT_COLUMNS = (
    "doc_id", "province_era", "province_code", "province_vi", "fact_type", "indicator_code", "admin_level",
    "period", "value_kind", "comparator", "value", "unit", "numerator", "denominator", "evidence",
    "char_start", "char_end",
)


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
    value_kind: str
    comparator: str
    value: float | None
    unit: str
    numerator: float | None
    denominator: float | None
    evidence: str
    char_start: int
    char_end: int

    def as_dict(self) -> dict:
        return {c: getattr(self, c) for c in FACT_COLUMNS}

    def grain(self) -> tuple:
        return (self.doc_id, self.province_era, self.province_code, self.indicator_code, self.admin_level,
                self.period, self.value_kind)


@dataclass
class DocumentResult:
    doc_id: str
    facts: list[Fact] = field(default_factory=list)
    unmapped: list[dict] = field(default_factory=list)
    province_era: str = LEGACY


# --------------------------------------------------------------------------- cue patterns (lower view)

_COMPARATOR = vre(
    r"(?<!\w)(?P<c>trên dưới|không dưới|không thấp hơn|không ít hơn|tối thiểu|ít nhất|chưa đến|chưa tới|không quá|"
    r"tối đa|xấp xỉ|khoảng|gần|chừng|hơn|trên|dưới|vượt)\s*$")
_COMPARATOR_MAP = {"trên dưới": "~", "không dưới": ">=", "không thấp hơn": ">=", "không ít hơn": ">=",
                   "tối thiểu": ">=", "ít nhất": ">=", "chưa đến": "<", "chưa tới": "<", "không quá": "<",
                   "tối đa": "<", "xấp xỉ": "~", "khoảng": "~", "gần": "~", "chừng": "~", "hơn": ">",
                   "trên": ">", "dưới": "<", "vượt": ">"}
_COMPARATOR_MAP = {normalise_phrase(k): v for k, v in _COMPARATOR_MAP.items()}
_PREDICATE = vre(
    r"(?<!\w)(?:đạt|là|chiếm|lên|tăng|giảm|còn|bằng|mức|ở mức|tỷ lệ|tỉ lệ|được)\s*"
    r"(?:(?:tỷ lệ|tỉ lệ|mức)\s*)?(?:(?:trên dưới|tối thiểu|ít nhất|khoảng|gần|hơn|trên|dưới|xấp xỉ|chưa đến)\s*)?$")

_KIND_CUES = [
    ("estimate", vre(r"(?<!hiệp )(?<!quy )(?<!công )(?<!mong )(?<!\w)(?:ước|dự ước)(?!\w)(?! mơ| muốn| vọng)")),
    ("planned", vre(r"dự kiến|bố trí|phân bổ|dự toán|(?<!\w)dành(?!\w)|kế hoạch vốn|sẽ chi|sẽ đầu tư|"
                           r"được giao")),
    ("target", vre(r"phấn đấu|mục tiêu|chỉ tiêu|đặt ra|đề ra|hướng tới|(?<!\w)sẽ(?!\w)|cần đạt|phải đạt|"
                          r"kỳ vọng|quyết tâm")),
    ("actual", vre(r"(?<!\w)đã(?!\w)|đạt được|đến nay|hiện nay|hiện có|hiện tại|hiện đang|(?<!\w)đang(?!\w)|"
                          r"tính đến|lũy kế|thực hiện được|(?:^|[,.;:]\s*)hiện(?=[ ,])")),
]
_YEAR_CUE = vre(r"(?:đến|vào|trong|cuối|hết|đầu)?\s*năm\s+((?:19|20)\d{2})(?!\d)(?!\s*[-–]\s*\d)")

_PERIOD_PATTERNS = [
    ("now", vre(r"từ (?:năm |tháng \d{1,2}[/-])?(?:19|20)\d{2} (?:đến|tới) nay|(?:tính )?đến nay|hiện nay|"
                       r"hiện tại|năm nay|(?:^|[,.;:]\s*)hiện(?=[ ,])|hiện có|hiện đang")),
    ("span", vre(r"(?<!nhiệm kỳ )(?<!khóa )(?<!\d)((?:19|20)\d{2})\s*(?:-|–|—|đến|tới)\s*(?:năm\s*)?"
                        r"((?:19|20)\d{2})(?!\d)")),
    ("asof", vre(r"tháng\s+\d{1,2}\s*[/-]\s*((?:19|20)\d{2})|tháng\s+\d{1,2}\s+năm\s+((?:19|20)\d{2})|"
                        r"quý\s+[ivx\d]+\s*[/-]\s*((?:19|20)\d{2})|quý\s+[ivx\d]+\s+năm\s+((?:19|20)\d{2})|"
                        r"(?:tính đến|đến|tới)\s+(?:hết\s+)?ngày\s+\d{1,2}[/-]\d{1,2}[/-]((?:19|20)\d{2})")),
    ("year", vre(r"(?<!so với )(?<!so với cùng kỳ )(?<!cùng kỳ )(?<!\w)năm\s+((?:19|20)\d{2})"
                        r"(?!\d)(?!\s*[-–])")),
]

# an explicit reporting date ("tính đến tháng 9/2023") frames the later figures of its section
_ASOF_FRAME = vre(r"tính đến\s+(?:hết\s+|cuối\s+)?(?:ngày\s+\d{1,2}\s*[/-]\s*)?(?:tháng\s+)?\d{1,2}\s*[/-]\s*"
                  r"((?:19|20)\d{2})|tính đến\s+(?:hết\s+|cuối\s+)?(?:tháng\s+\d{1,2}\s+)?năm\s+((?:19|20)\d{2})")
_PERIOD_HINT = re.compile(r"(?:19|20)\d\d|nay|hiện")
_LEVEL_WORDS = {"tỉnh": "province", "huyện": "district", "xã": "commune"}
_LEVEL_BEFORE = vre(
    r"cấp\s+(?P<lv>tỉnh|huyện|xã)(?P<more>(?:\s*(?:,|và|/|-)\s*(?:cấp\s+)?(?:tỉnh|huyện|xã))*)"
    r"|(?P<prov>thuộc\s+(?:ubnd|ủy ban nhân dân)\s+tỉnh|(?:các\s+)?sở,?\s+(?:ban,?\s+)?ngành|cơ quan cấp tỉnh)"
    r"|(?P<dist>(?:ubnd|ủy ban nhân dân)\s+(?:các\s+)?huyện)"
    r"|(?P<comm>(?:ubnd|ủy ban nhân dân)\s+(?:các\s+)?xã)"
    r"|(?P<all>các cấp|cả (?:ba|3) cấp)")
_LEVEL_AFTER = vre(
    r"\s*(?:đối với|ở|tại|của|cho|trong)?\s*(?:các\s+)?(?:"
    r"cấp\s+(?P<lv>tỉnh|huyện|xã)(?P<more>(?:\s*(?:,|và|/|-)\s*(?:cấp\s+)?(?:tỉnh|huyện|xã))*)"
    r"|(?P<prov>sở(?!\w)|cơ quan cấp tỉnh)"
    r"|(?P<dist>huyện(?!\w)|(?:ubnd|ủy ban nhân dân)\s+(?:các\s+)?huyện)"
    r"|(?P<comm>xã(?!\w)|phường(?!\w)|(?:ubnd|ủy ban nhân dân)\s+(?:các\s+)?xã))")

# bare counts right after these words are not measures (ordinals, codes, dates, ages)
_COUNT_BAD_BEFORE = vre(
    r"(?<!\w)(?:(?<!nghệ )(?<!tế )(?<!hội )(?<!đổi )(?<!quyền )(?<!liệu )(?<!tảng )(?<!tầng )(?<!ký )(?<!dân )"
    r"(?<!năng )(?<!lực )số|thứ|lần|khóa|khoá|kỳ|cấp độ|mức độ|mức|top|tốp|điều|khoản|chương|phiên|đợt|quý|"
    r"ngày|tháng|năm|"
    r"nghị định|thông tư|quyết định|nghị quyết|kế hoạch|đề án|công văn|chỉ thị|tuổi|mục|phần|bước|giai đoạn|"
    r"lúc|hotline|điện thoại|cấp|trang|hạng|vị trí|xếp|đứng|phiếu|độ|từ|version|phiên bản)\s*$")
_COUNT_BAD_AFTER = vre(
    r"\s*(?:năm|tháng|ngày|giờ|phút|giây|tuần|quý|km|m|m2|m²|ha|tấn|kg|tuổi|lần|điểm|triệu tấn|nghìn tấn|teu|mw|kw|"
    r"gb|mb|tb|mbps|gbps|độ|thế hệ|sao|phiếu|trang|bài|ký tự|dân|cm|mm|lít|usd|%|giải pháp|nhóm|trụ cột|"
    r"nội dung|tiêu chí|chỉ số|trong|đánh giá|người/|g)(?!\w)")
_DATE_BEFORE = vre(r"(?:ngày|tháng|quý|đêm|sáng|chiều)\s*$")
_PER_1000 = vre(r"[^\d;.%]{0,40}?\s*(?:/|trên|trên mỗi)\s*(?:1\.000|1000|nghìn|ngàn)\s+(?:người\s+)?dân")
_CHANGE = vre(r"(?<!\w)(?:tăng|giảm)(?:\s+thêm)?\s*$")
_CHANGE_AFTER = vre(r"\s*(?:so với|so cùng kỳ|so với cùng kỳ|so với năm|so năm)")
_ANAPHORA = vre(r"(?:tỷ lệ|chỉ tiêu|con số|tỷ trọng|mức) này")
_DTI_CONTEXT = vre(r"(?<!\w)dti(?!\w)|chỉ số chuyển đổi số|chuyển đổi số cấp tỉnh")
_NOT_DTI = vre(r"ict index|par index|pci|papi|sipas|ictindex|chỉ số sẵn sàng")
_RANK_BEFORE = vre(r"(?:xếp|đứng|hạng|vị trí|vươn lên|tụt)(?:\s+(?:thứ|hạng))?\s*$|(?<!\w)thứ\s*$")
_PLAN_TITLE = vre(r"kế hoạch|dự kiến|phấn đấu|mục tiêu|chỉ tiêu|đề ra|năm tới")
_PLAN_YEAR = vre(r"kế hoạch[^.;\n]{0,120}?năm\s+((?:19|20)\d{2})(?!\d)")
_CONNECTIVE = vre(r"\W*(?:cùng với đó|đồng thời|bên cạnh đó|ngoài ra|song song|cùng với)")
_DATE_IN_TEXT = vre(
    r"(?<!\d)(\d{1,2})\s*[/-]\s*(\d{1,2})\s*[/-]\s*((?:19|20)\d{2})(?!\d)"
    r"|ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d{2})")


# --------------------------------------------------------------------------- helpers

@dataclass
class _Num:
    start: int            # number start
    num_end: int          # end of the digits (before the unit)
    end: int              # end of number + unit
    q: Quantity
    numerator: float | None = None
    denominator: float | None = None


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
    table_cols: dict[int, list[tuple[str, str, bool]]] = field(default_factory=dict)
    asof_marks: list[tuple[int, str]] = field(default_factory=list)
    asof_starts: list[int] = field(default_factory=list)
    report_year: str = ""
    last_fact: dict[int, Fact] = field(default_factory=dict)


def _year_of(published: str | None) -> int | None:
    if published and re.match(r"\d{4}", published):
        return int(published[:4])
    return None


def _text_date(text: str) -> str | None:
    """The first full date in the header (or anywhere), as YYYY-MM-DD."""
    for chunk in (text[:600], text):
        for m in _DATE_IN_TEXT.finditer(chunk):
            d, mo, y = (m.group(1), m.group(2), m.group(3)) if m.group(3) else (m.group(4), m.group(5), m.group(6))
            if 1 <= int(mo) <= 12 and 1 <= int(d) <= 31:
                return f"{y}-{int(mo):02d}-{int(d):02d}"
    return None


def _nearest_cue(low: str, start: int, end: int, pub_year: int | None) -> tuple[int, str] | None:
    best: tuple[int, str] | None = None
    for kind, regex in _KIND_CUES:
        for m in regex.finditer(low, start, end):
            if best is None or m.end() > best[0]:
                best = (m.end(), kind)
    if pub_year:
        for m in _YEAR_CUE.finditer(low, start, end):
            y = int(m.group(1))
            if y == pub_year:
                continue
            prefix = low[max(start, m.start() - 12):m.start()]
            if re.search(r"so với|cùng kỳ|so$", prefix):
                continue
            kind = "target" if y > pub_year else "actual"
            if best is None or m.end() > best[0]:
                best = (m.end(), kind)
    return best


def _periods(low: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, value) period expressions in low[start:end], overlaps resolved left-to-right."""
    found: list[tuple[int, int, str, str]] = []
    if not _PERIOD_HINT.search(low, start, end):
        return found
    for kind, regex in _PERIOD_PATTERNS:
        for m in regex.finditer(low, start, end):
            if kind == "now":
                value = ""
            elif kind == "span":
                a, b = m.group(1), m.group(2)
                if int(b) <= int(a):
                    continue
                value = f"{a}-{b}"
            else:
                value = next(g for g in m.groups() if g)
            if any(not (m.end() <= s or m.start() >= e) for s, e, _, _ in found):
                continue
            found.append((m.start(), m.end(), kind, value))
    found.sort()
    return found


def _level_from(m: re.Match) -> str:
    if m.group("lv"):
        more = re.findall(r"tỉnh|huyện|xã", m.group("more") or "")
        if more and any(x != m.group("lv") for x in more):
            return ""
        return _LEVEL_WORDS[m.group("lv")]
    if m.groupdict().get("all"):
        return ""
    if m.group("prov"):
        return "province"
    if m.group("dist"):
        return "district"
    if m.group("comm"):
        return "commune"
    return ""


# --------------------------------------------------------------------------- main entry

def extract_document(doc_id: str, text: str, published: str | None = None) -> DocumentResult:
    """Facts and unmapped candidates of one report. `text` should be NFC (it is normalised if not);
    offsets and evidence refer to the NFC text."""
    if not isinstance(text, str):
        text = ""
    if not isinstance(published, str) or not re.match(r"\s*\d{4}", published):
        published = None  # None, NaN from a data frame, junk
    else:
        published = published.strip()
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    date = published or _text_date(text)
    era = era_for_date(date) or LEGACY
    if published and era_for_date(published) is None:
        era = era_for_date(_text_date(text)) or LEGACY
    result = DocumentResult(doc_id=doc_id, province_era=era)
    if not text.strip():
        return result
    pub_year = _year_of(date)
    cased, low = match_views(text)
    lex = lex_view(low)
    lexicon = load_lexicon()
    pmap = province_map(era)
    mentions = pmap.find(cased, low)
    paras = paragraphs(text)
    sents = sentences(text, paras)
    sections = find_sections(text, low, paras, mentions)

    # dominant province of the whole document (title counts double)
    counts: dict[str, float] = {}
    title_end = paras[0].end if paras and not text[paras[0].start:paras[0].end].rstrip().endswith(
        (".", ";", "…")) and paras[0].end - paras[0].start <= 160 else 0
    for m in mentions:
        counts[m.code] = counts.get(m.code, 0) + (2 if m.start < title_end else 1)
    default_code = max(counts, key=lambda c: (counts[c], -min(x.start for x in mentions if x.code == c))) \
        if counts else None
    multi = bool(counts) and counts[default_code] < 0.6 * sum(counts.values())

    plan_doc, plan_year, report_year = _plan_info(text, low, paras, sections)
    ctx = _Ctx(doc_id, text, low, era, pub_year, lexicon, lex, paras, sents,
               sections, plan_doc, plan_year, mentions, [m.start for m in mentions], default_code, multi)
    ctx.section_starts = [s.start for s in sections]
    ctx.para_starts = [p.start for p in paras]
    ctx.report_year = report_year
    _list_contexts(ctx)
    _table_contexts(ctx)
    for m in _ASOF_FRAME.finditer(low):
        ctx.asof_marks.append((m.start(), next(g for g in m.groups() if g)))
    ctx.asof_starts = [a for a, _ in ctx.asof_marks]

    facts: list[Fact] = []
    for sent in sents:
        _extract_sentence(ctx, sent, facts, result.unmapped)
    result.facts = _dedupe(_drop_headline_echoes(ctx, facts))
    for f in result.facts:
        f.province_vi = pmap.name(f.province_code)
    return result


def _plan_info(text: str, low: str, paras: list[Paragraph], sections: list[Section]) -> tuple[bool, str, str]:
    """(is a plan, the plan's year, the year a results report is about) from the title and lead."""
    if not paras:
        return False, "", ""
    title = paras[0]
    title_low = low[title.start:title.end]
    is_title = (title.end - title.start) <= 160 and not title_low.rstrip().endswith((".", "…", ":"))
    head = low[paras[0].start: paras[min(2, len(paras) - 1)].end]
    plan = bool(is_title and _PLAN_TITLE.search(title_low) and not _LIST_ACTUAL.search(title_low)) or bool(
        re.search(r"ban hành kế hoạch|kế hoạch số|kế hoạch chuyển đổi số năm", head)
        and not _LIST_ACTUAL.search(head))
    if sections and sum(s.code is not None for s in sections) >= 2:
        plan = False
    year = ""
    m = _PLAN_YEAR.search(head) or (re.search(r"năm\s+((?:19|20)\d{2})(?!\d)", title_low) if plan else None)
    if m:
        year = m.group(1)
    report_year = ""
    if is_title and not plan:
        found = [v for _, _, k, v in _periods(low, title.start, title.end) if k == "year"]
        report_year = found[-1] if len(set(found)) == 1 else ""
    return plan, year, report_year


_LIST_ACTUAL = vre(r"kết quả|đã đạt|đạt được|thực hiện được|tình hình thực hiện|sơ kết|tổng kết|giám sát")
_LIST_TARGET = vre(r"mục tiêu|chỉ tiêu|phấn đấu|đề ra|đặt ra|kế hoạch")


_TABLE_SEP = re.compile(r"\s*[|\t]\s*")
_COL_SKIP = vre(r"^(?:stt|tt|số tt|số thứ tự|đơn vị tính|đvt|ghi chú)$|so sánh|so với|tỷ lệ (?:%|hoàn thành)|"
                r"%\s*(?:so|kh)")
_COL_ESTIMATE = vre(r"(?<!\w)ước")
_COL_TARGET = vre(r"kế hoạch|mục tiêu|chỉ tiêu giao|(?<!\w)kh(?!\w)|dự kiến")
_COL_ACTUAL = vre(r"thực hiện|kết quả|(?<!\w)th(?!\w)|đạt được|hiện trạng")


def _table_contexts(ctx: _Ctx) -> None:
    """Rows of a table flattened to text ("STT | Chỉ tiêu | Kế hoạch | Thực hiện"): each value column
    gets the value kind (and year) of its header; numbering and comparison columns are skipped."""
    header: list[tuple[str, str, bool]] | None = None
    for p in ctx.paras:
        line = ctx.text[p.start:p.end]
        if line.count("|") + line.count("\t") < 2:
            header = None if not line.strip() == "" else header
            continue
        cells = [normalise_phrase(c) for c in _TABLE_SEP.split(line.strip(" |\t"))]
        has_values = any(NUMBER_RE.search(c) and not re.fullmatch(r"[^\d]*(?:19|20)\d\d[^\d]*", c)
                         for c in cells[1:])
        if not has_values and len(cells) >= 2:
            header = []
            for c in cells:
                years = re.findall(r"(?:19|20)\d\d", c)
                skip = bool(_COL_SKIP.search(c))
                kind = "estimate" if _COL_ESTIMATE.search(c) else "target" if _COL_TARGET.search(c) else \
                    "actual" if _COL_ACTUAL.search(c) else ""
                header.append((kind, years[-1] if years else (ctx.report_year or ctx.plan_year), skip))
            continue
        if header:
            ctx.table_cols[p.index] = header


def _table_column(ctx: _Ctx, sent: Sentence, pos: int) -> tuple[str, str, bool] | None:
    cols = ctx.table_cols.get(sent.para)
    if not cols:
        return None
    p = ctx.paras[sent.para]
    prefix = ctx.text[p.start:pos].lstrip(" |\t")
    index = prefix.count("|") + prefix.count("\t")
    return cols[index] if index < len(cols) else None


def _list_contexts(ctx: _Ctx) -> None:
    """Items under a heading line ending in ':' ("Mục tiêu cụ thể:", "Kết quả thực hiện năm 2024:",
    "... phấn đấu ... như:") inherit its value kind and its period."""
    low = ctx.low
    active = False
    kind = period = ""
    first_after = False
    for p in ctx.paras:
        line = low[p.start:p.end].rstrip()
        bullet = is_bullet(ctx.text, p)
        if active and (bullet or first_after) and not (line.endswith(":") and not bullet and not first_after):
            if kind:
                ctx.para_kind[p.index] = kind
            if period:
                ctx.para_period[p.index] = period
            first_after = False
            if not bullet and not line.endswith(":"):
                active = False
            continue
        active = False
        if line.endswith(":") and (p.end - p.start) <= 400:
            kind = "actual" if _LIST_ACTUAL.search(line) else "target" if _LIST_TARGET.search(line) else ""
            found = _periods(low, p.start, p.end)
            period = next((v for _, _, k, v in reversed(found) if k in ("year", "span")), "")
            if not kind and not period:
                continue
            active, first_after = True, True
            if not period and kind == "target":
                prev = [v for s, _, k, v in _periods(low, max(0, p.start - 600), p.start)
                        if k in ("year", "span") and _para_of(ctx, s) == p.index - 1]
                period = prev[-1] if prev else _section_plan_year(ctx, p.start)


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


_SUBJECT_LEAD = vre(r"\W*(?:(?:tại|ở|còn|riêng|với|đối với|trong khi đó|trong khi|cùng thời gian|cũng)[\s,]+)*$")


def _province_at(ctx: _Ctx, pos: int, sent: Sentence) -> str | None:
    sec = _section_at(ctx, pos)
    if sec is not None and sec.code is not None:
        return sec.code
    # a sentence that opens with a province ("Tỉnh Hà Nam bố trí ...", "Tại Bắc Ninh, ...") is about it
    i = bisect_left(ctx.mention_starts, sent.start)
    if i < len(ctx.mentions) and ctx.mentions[i].start < min(pos, sent.start + 30) and \
            _SUBJECT_LEAD.fullmatch(ctx.low, sent.start, ctx.mentions[i].start):
        return ctx.mentions[i].code
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
    if i < k:
        return ctx.mentions[i].code
    para_start = ctx.paras[sent.para].start if sent.para < len(ctx.paras) else sent.start
    j = bisect_left(starts, max(lo, para_start))
    if j < i:
        return ctx.mentions[i - 1].code
    if sec is None:
        return ctx.default_code
    j = bisect_left(starts, lo)
    return ctx.mentions[i - 1].code if j < i else None


_LIST_JOINER = vre(r"\s*(?:,|và|hoặc)\s*(?:(?:tỉnh|thành phố|tp\.?)\s+)?")
_SHARED = vre(r"\b(?:đều|cùng)\b")


def _coordinated(ctx: _Ctx, pos: int, sent: Sentence) -> tuple[list[str], bool]:
    """Provinces listed together right before a number ("Gia Lai và Kon Tum đều đạt 80%") and whether
    the sentence says they share the figure. A single province gives ([], False)."""
    starts = ctx.mention_starts
    i = bisect_left(starts, pos) - 1
    if i < 0 or ctx.mentions[i].start < sent.start:
        return [], False
    group = [ctx.mentions[i]]
    while i > 0 and ctx.mentions[i - 1].start >= sent.start and \
            _LIST_JOINER.fullmatch(ctx.low, ctx.mentions[i - 1].end, ctx.mentions[i].start):
        i -= 1
        group.insert(0, ctx.mentions[i])
    codes = list(dict.fromkeys(m.code for m in group))
    if len(codes) < 2:
        return [], False
    return codes, bool(_SHARED.search(ctx.low, group[-1].end, pos))


def _numbers(ctx: _Ctx, start: int, end: int) -> list[_Num]:
    text, low = ctx.text, ctx.low
    out: list[_Num] = []
    for m in NUMBER_RE.finditer(text, start, end):
        raw, den_raw = m.group(1), m.group(2)
        value = parse_vn_number(raw)
        if value is None:
            continue
        before = low[max(start, m.start() - 30):m.start()]
        after = low[m.end():m.end() + 3]
        numerator = denominator = None
        if den_raw is not None:
            den = parse_vn_number(den_raw)
            if den is None or den == 0:
                continue
            if _DATE_BEFORE.search(before) or (
                    1900 <= den <= 2100 and "." not in den_raw and value <= 12) or value > den:
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
            elif _COUNT_BAD_BEFORE.search(before) or _COUNT_BAD_AFTER.match(low, q.end):
                if not (value < 1 and "," in raw):
                    continue
            if re.match(r"\s*[-–]\s*\d", low[q.end:q.end + 4]):
                continue  # a range "6-8 giờ"
        if q.unit == MONEY and q.value == 0:
            continue
        out.append(_Num(m.start(), m.end(), q.end, q, numerator, denominator))
    return out


def _compatible(ctx: _Ctx, pm: PhraseMatch, unit: str, context_low: str, after: bool = False) -> list[str]:
    codes = []
    for i, (code, context) in enumerate(zip(pm.phrase.codes, pm.phrase.contexts, strict=True)):
        if after and pm.phrase.before_only and pm.phrase.before_only[i]:
            continue
        ind = ctx.lexicon.catalog[code]
        if ind.unit_class != unit:
            continue
        if context and not any(c in context_low for c in context):
            continue
        codes.append(code)
    return codes


def _clause_matches(ctx: _Ctx, sent_matches: list[PhraseMatch], cs: int, ce: int) -> list[PhraseMatch]:
    low = ctx.low
    out = []
    for pm in sent_matches:
        if pm.start < cs or pm.end > ce:
            continue
        if pm.phrase.gap and re.search(r"[;\n]|[.!?]\s", low[pm.start:pm.end]):
            continue
        out.append(pm)
    return out


def _pick(cands: list[tuple[PhraseMatch, str]], before: bool) -> tuple[PhraseMatch, str] | None:
    if not cands:
        return None
    # a phrase inside a longer compatible phrase does not count on its own
    kept = [c for c in cands if not any(
        o is not c and o[0].start <= c[0].start and c[0].end <= o[0].end
        and (o[0].end - o[0].start) > (c[0].end - c[0].start) for o in cands)]
    if before:
        return max(kept, key=lambda c: (c[0].end, c[0].end - c[0].start))
    return min(kept, key=lambda c: (c[0].start, -(c[0].end - c[0].start)))


def _resolve(ctx: _Ctx, num: _Num, cs: int, ce: int, next_start: int, clause_pms: list[PhraseMatch],
             sent_low: str) -> tuple[PhraseMatch, str] | None:
    unit = num.q.unit
    before_c, after_c = [], []
    window_end = min(ce, next_start, num.end + 90)
    for pm in clause_pms:
        codes = None
        if pm.end <= num.start:
            codes = _compatible(ctx, pm, unit, sent_low)
            before_c += [(pm, c) for c in codes]
        elif pm.start >= num.end and pm.start < window_end:
            codes = _compatible(ctx, pm, unit, sent_low, after=True)
            after_c += [(pm, c) for c in codes]
    b = _pick(before_c, True)
    a = _pick(after_c, False)
    low = ctx.low
    if unit == PERCENT or unit == SCORE or unit == RANK:
        object_pos = bool(_PREDICATE.search(low[max(cs, num.start - 40):num.start]))
        return (b or a) if object_pos else (a or b)
    if unit == COUNT:
        # a verb phrase right before the count ("tích hợp 1.390/1.902 ...") governs it; else the noun after it
        if b and re.fullmatch(r"\s*(?:(?:hơn|gần|khoảng|trên|tối thiểu|ít nhất)\s*)?", low[b[0].end:num.start]):
            return b
        return a or b
    return b or a


def _value_kind(ctx: _Ctx, num: _Num, seg_start: int, sent: Sentence, ind: Indicator,
                period: str, section: Section | None) -> tuple[str, bool]:
    """(kind, explicit): kind from the nearest cue before the number in its segment, the sentence,
    its list / paragraph context, else the section default."""
    low = ctx.low
    cue = _nearest_cue(low, seg_start, num.start, ctx.pub_year)
    after_year = re.match(r"\s*(?:\(|vào|trong|đến)?\s*(?:năm\s+)((?:19|20)\d{2})", low[num.end:num.end + 20])
    if after_year and ctx.pub_year and not cue:
        y = int(after_year.group(1))
        if y != ctx.pub_year:
            cue = (num.end, "target" if y > ctx.pub_year else "actual")
    if cue is None:
        cue = _nearest_cue(low, sent.start, seg_start, ctx.pub_year)
    explicit = cue is not None
    if cue is not None:
        kind = cue[1]
    elif sent.para in ctx.para_kind:
        kind = ctx.para_kind[sent.para]
    elif _CONNECTIVE.match(low, ctx.paras[sent.para].start) and ctx.para_last_kind.get(sent.para - 1) == "target":
        kind = "target"
    else:
        plan = ctx.plan_doc and (section is None or section.code is None or len(ctx.sections) <= 2)
        kind = "target" if plan else "actual"
    if ind.fact_type == "budget":
        if kind == "target":
            kind = "planned"
        elif not explicit and kind == "actual":
            end_year = int(period[-4:]) if period else None  # explicit period only
            if end_year and ctx.pub_year and end_year >= ctx.pub_year and not ctx.plan_doc:
                kind = "planned"
            elif ctx.plan_doc and not end_year:
                kind = "planned"
            elif ctx.plan_doc and end_year and ctx.pub_year and end_year >= ctx.pub_year:
                kind = "planned"
    elif kind == "planned":
        kind = "target"
    return kind, explicit


def _explicit_period(ctx: _Ctx, num: _Num, next_start: int, sent: Sentence) -> str | None:
    """The period the text gives for this number, or None."""
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
    for s, _e, k, v in exprs:
        if s >= num.end and k in ("year", "span") and re.fullmatch(
                r"[\s(,]*(?:vào|trong|của|tính đến|đến)?\s*(?:năm|cuối năm|giai đoạn)?\s*", low[num.end:s]):
            return v
    # 2. nearest expression before the number in the sentence
    before = [x for x in exprs if x[1] <= num.start]
    if before:
        _s, _e, k, v = before[-1]
        return (now or None) if k == "now" else v
    # 3. a year or span later in the same clause part, before the next number ("Hơn 197 tỷ ... giai đoạn 2021-2023")
    for s, _e, k, v in exprs:
        if num.end <= s < next_start and k in ("year", "span"):
            between = low[num.end:s]
            if re.search(r"[,;:(]", between) or _nearest_cue(low, num.end, s, None):
                break
            return v
    return None


_FRAMING = vre(r"\W*(?:(?:trong|đến hết|đến cuối|tính đến|hết|cuối|đến)\s+)?(?:năm\s+((?:19|20)\d{2})"
                      r"|tháng\s+\d{1,2}\s*/\s*((?:19|20)\d{2}))\s*,")


def _fallback_period(ctx: _Ctx, num: _Num, sent: Sentence, kind: str) -> str:
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
        later = [x for x in _periods(low, num.end, sent.end) if x[2] in ("year", "span")]
        if later:  # "Tỉnh dự kiến chi 120 tỷ đồng thực hiện 35 nhiệm vụ ... năm 2025"
            return later[0][3]
        p = ctx.paras[sent.para]
        earlier = [x for x in _periods(low, max(p.start, sent.start - 1500), sent.start) if x[2] in ("year", "span")]
        if earlier:
            return earlier[-1][3]
        return _section_plan_year(ctx, num.start)
    if ctx.report_year:
        return ctx.report_year
    if ctx.pub_year:
        return str(ctx.pub_year)
    return ""


def _admin_level(ctx: _Ctx, num: _Num, cs: int, next_start: int) -> str:
    low = ctx.low
    m = _LEVEL_AFTER.match(low, num.end)
    if m and m.end() - num.end <= 40:
        return _level_from(m)
    best = None
    for m in _LEVEL_BEFORE.finditer(low, cs, num.start):
        best = m
    if best is None:  # "100% hồ sơ công việc tại cấp tỉnh ..." (but not the cue of the next number)
        best = _LEVEL_BEFORE.search(low, num.end, next_start)
        if best is not None and next_start < len(low) and not low[best.end():next_start].strip(" ,:"):
            best = None
    return _level_from(best) if best else ""


def _comparator(low: str, cs: int, pos: int) -> str:
    m = _COMPARATOR.search(low[max(cs, pos - 30):pos])
    return _COMPARATOR_MAP[m.group("c")] if m else "="


def _extract_sentence(ctx: _Ctx, sent: Sentence, facts: list[Fact], unmapped: list[dict]) -> None:
    low, text = ctx.low, ctx.text
    sent_low = low[sent.start:sent.end]
    para = ctx.paras[sent.para]
    para_low = low[para.start:para.end]
    prev_fact: Fact | None = None
    sent_nums = _numbers(ctx, sent.start, sent.end)
    if not sent_nums:
        return
    dti_ok = bool(_DTI_CONTEXT.search(sent_low)) and not _NOT_DTI.search(sent_low)
    sent_matches = ctx.lexicon.find(ctx.lex, sent.start, sent.end)
    for clause in sent.clauses:
        cs, ce = clause.start, clause.end
        nums = [n for n in sent_nums if cs <= n.start < ce]
        if not nums:
            continue
        pms = _clause_matches(ctx, sent_matches, cs, ce)
        # numbers inside a literal phrase ("định danh mức độ 2", "từ 15 tuổi trở lên") are part of the name
        nums = [n for n in nums if not any(
            not pm.phrase.gap and pm.start <= n.start and n.num_end <= pm.end for pm in pms)]
        last_ratio: _Num | None = None
        for k, num in enumerate(nums):
            column = _table_column(ctx, sent, num.start)
            if column is not None and column[2]:
                continue  # numbering / comparison column of a table
            seg_start = nums[k - 1].end if k else cs
            next_start = nums[k + 1].start if k + 1 < len(nums) else ce
            unit = num.q.unit
            if unit in (RANK, SCORE) and not dti_ok:
                continue
            if unit == SCORE and num.q.value > 1:
                num.q = Quantity(num.q.value / 1000 if num.q.value <= 1000 else num.q.value, SCORE, num.q.end)
            if unit == COUNT and num.numerator is None and _PER_1000.match(low, num.end):
                num.q = Quantity(num.q.value, PER1000, num.q.end)
            if unit == COUNT and num.q.value < 1 and dti_ok:
                num.q = Quantity(num.q.value, SCORE, num.q.end)
            unit = num.q.unit
            if unit == PERCENT and _CHANGE.search(low, max(cs, num.start - 20), num.start) and \
                    _CHANGE_AFTER.match(low, num.end):
                _add_unmapped(ctx, sent, num, "a change, not a level", unmapped)
                continue
            choice = _resolve(ctx, num, cs, ce, next_start, pms, para_low)
            if choice is None and unit in (PERCENT, COUNT, MONEY):
                choice = _inherit(ctx, num, cs, seg_start, unit, prev_fact, sent)
            if choice is None:
                if unit in (PERCENT, MONEY, OTHER_MONEY) or num.numerator is not None:
                    _add_unmapped(ctx, sent, num, "no catalog indicator for this measure", unmapped)
                if num.numerator is not None:
                    last_ratio = num
                continue
            pm, code = choice if choice[0] != "inherit" else (None, choice[1])
            ind = ctx.lexicon.catalog[code]
            section = _section_at(ctx, num.start)
            province = _province_at(ctx, num.start, sent)
            explicit_period = _explicit_period(ctx, num, next_start, sent)
            if column is not None and column[1]:
                explicit_period = column[1]
            kind, _explicit = _value_kind(ctx, num, seg_start, sent, ind, explicit_period or "", section)
            if column is not None and column[0]:
                kind = column[0] if ind.fact_type != "budget" or column[0] != "target" else "planned"
            period = explicit_period if explicit_period is not None else _fallback_period(ctx, num, sent, kind)
            ctx.para_last_kind[sent.para] = kind
            level = _admin_level(ctx, num, cs, next_start) if ind.per_level else ""
            comparator = _comparator(low, cs, num.start)
            if pm is not None:
                start = min(num.start, pm.start)
            else:  # inherited subject: the clause part up to the number ("đối với UBND cấp xã đạt 80%")
                start = seg_start
                while start < num.start and not text[start].isalnum():
                    start += 1
            end = max(num.end, pm.end) if pm else num.end
            while end > start and text[end - 1].isspace():
                end -= 1
            numerator, denominator = num.numerator, num.denominator
            value = num.q.value
            if unit == PERCENT and numerator is None and last_ratio is not None:
                numerator, denominator = last_ratio.numerator, last_ratio.denominator
            if num.numerator is not None:
                last_ratio = num
            if province is None:
                _add_unmapped(ctx, sent, num, f"no province for {code}", unmapped)
                continue
            provinces = [province]
            listed, shared = _coordinated(ctx, num.start, sent)
            if province in listed:
                if not shared:  # "Gia Lai và Kon Tum đạt 80%": whose figure is it?
                    _add_unmapped(ctx, sent, num, f"several provinces for {code}", unmapped)
                    continue
                provinces = listed
            for code_of_province in provinces:
                fact = Fact(
                    doc_id=ctx.doc_id, province_era=ctx.era, province_code=code_of_province, province_vi="",
                    fact_type=ind.fact_type, indicator_code=code, admin_level=level, period=period,
                    value_kind=kind, comparator=comparator, value=clean_value(value), unit=ind.unit,
                    numerator=numerator, denominator=denominator, evidence=text[start:end],
                    char_start=start, char_end=end,
                )
                facts.append(fact)
            prev_fact = fact
            ctx.last_fact[sent.para] = fact


def _inherit(ctx: _Ctx, num: _Num, cs: int, seg_start: int, unit: str, prev_fact: Fact | None,
             sent: Sentence) -> tuple[str, str] | None:
    """A clause without its own subject continues the previous one: "...; cấp huyện đạt 95%",
    "...; mục tiêu năm 2025 là 20%", "Tỉnh phấn đấu đến cuối năm tỷ lệ này đạt 70%"."""
    low = ctx.low
    prev = prev_fact
    if prev is None and _ANAPHORA.search(low, seg_start, num.start):
        prev = ctx.last_fact.get(sent.para) or ctx.last_fact.get(sent.para - 1)
    if prev is None:
        return None
    ind_prev = ctx.lexicon.catalog[prev.indicator_code]
    if ind_prev.unit_class != unit:
        return None
    seg = low[seg_start:num.start]
    if ind_prev.per_level and (_LEVEL_BEFORE.search(low, cs, num.start) or _LEVEL_AFTER.match(low, num.end)):
        return ("inherit", prev.indicator_code)
    object_pos = bool(_PREDICATE.search(low[max(cs, num.start - 40):num.start]))
    if object_pos and (_ANAPHORA.search(seg) or _nearest_cue(low, seg_start, num.start, ctx.pub_year)
                       or _periods(low, seg_start, num.start)):
        return ("inherit", prev.indicator_code)
    return None


def _add_unmapped(ctx: _Ctx, sent: Sentence, num: _Num, reason: str, unmapped: list[dict]) -> None:
    province = _province_at(ctx, num.start, sent) or ""
    unmapped.append({
        "doc_id": ctx.doc_id, "province_code": province, "sentence": ctx.text[sent.start:sent.end],
        "number_text": ctx.text[num.start:num.end].strip(), "char_start": num.start, "char_end": num.end,
        "reason": reason,
    })


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
    line = ctx.text[p.start:p.end].rstrip()
    return len(line) <= 160 and not line.endswith((".", "…", ";", ":", "!", "?", "\"", "”"))


def _drop_headline_echoes(ctx: _Ctx, facts: list[Fact]) -> list[Fact]:
    """A headline that repeats (or rounds) a figure the body gives is not a fact of its own."""
    heads = [_is_headline(ctx, f.char_start) for f in facts]
    body = [f for f, h in zip(facts, heads, strict=True) if not h]
    out = []
    for f, h in zip(facts, heads, strict=True):
        if h and f.value is not None and any(
                b.province_code == f.province_code and b.indicator_code == f.indicator_code
                and b.admin_level == f.admin_level and b.value is not None
                and abs(b.value - f.value) <= 0.02 * abs(f.value) + 0.5 for b in body):
            continue
        out.append(f)
    return out


def _dedupe(facts: list[Fact]) -> list[Fact]:
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
        if old.comparator != "=" and f.comparator == "=" and old.value and f.value is not None and (
                abs(f.value - old.value) <= 0.05 * abs(old.value) + 1):
            out[by_grain[g]] = f
    return out


__all__ = ["FACT_COLUMNS", "Fact", "DocumentResult", "extract_document"]
