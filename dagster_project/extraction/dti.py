"""DTI (provincial digital-transformation index) ranks and scores, overall and for the three pillars.

Rankings are written in their own way, so they get their own step instead of the measure lexicon:
- a rank: "xếp thứ 38/63", "đứng thứ hai", "ở vị trí thứ 12", "23/63"; "dẫn đầu"/"đứng đầu" = 1;
  "tăng 5 bậc" is a change, never a rank;
- a score: "đạt 0,6735 điểm", "Huế (0,7951)";
- what it ranks: the nearest label before it in the sentence: a pillar (chính quyền số, kinh tế số,
  xã hội số, their abbreviations, "cả 3 trụ cột"), the index itself (DTI, chuyển đổi số), or something
  else (a sub-index such as thể chế số, GRDP, population, a region) which is not a DTI fact;
- whose: lists pair in order ("A và B lần lượt xếp thứ 2 và 3", "A, B, C giữ vị trí thứ 5, 6, 7"),
  "ở vị trí thứ 2 là A" names the province after, otherwise the province named before it in the
  sentence, else the subject of the paragraph's previous DTI figure;
- its map: "/63" and "/34" say which province map a rank is on.
What cannot be attributed with confidence is reported as unmapped, never guessed.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from .context import unmapped_row
from .cues import _NOT_DTI, _RESPECTIVELY
from .normalise import vre
from .numbers import parse_vn_number
from .provinces import CURRENT, LEGACY, LOCAL_UNIT, province_map

if TYPE_CHECKING:
    from .context import _Ctx
    from .sections import Sentence

OVERALL, GOV, ECO, SOC, ALL_PILLARS, OTHER = "dti", "gov", "eco", "soc", "pillars", "other"
PILLAR_CODES = {GOV: "dti_digital_government", ECO: "dti_digital_economy", SOC: "dti_digital_society", OVERALL: "dti"}

_INDEX_WORDS = (
    r"(?<!\w)dti(?!\w)|chỉ số (?:đánh giá )?chuyển đổi số|(?:mức độ|xếp hạng|về) chuyển đổi số"
    r"|chuyển đổi số cấp tỉnh"
)
_INDEX_NAMED = vre(_INDEX_WORDS)
_RANK_OF_PROVINCES = vre(r"(?<![\d/])\d{1,2}\s*/\s*(?:63|34)(?![\d/])")
_ABOUT_RANKING = vre(r"(?<!\w)dti(?!\w)|chỉ số chuyển đổi số|(?:mức độ|xếp hạng|bảng xếp hạng) chuyển đổi số")
# what a rank or score is about, nearest before it wins
_LABEL = vre(
    r"(?P<gov>chính quyền số|(?<!\w)cqs(?!\w))"
    r"|(?P<eco>(?<!phát triển )(?<!chiến lược )kinh tế số(?! chiếm| trên grdp| đóng góp)|(?<!\w)kts(?!\w))"
    r"|(?P<soc>xã hội số|(?<!\w)xhs(?!\w))"
    r"|(?P<pillars>(?<!trong )(?:cả\s+)?(?:3|ba)\s+trụ cột)"  # not "là 1 trong 3 trụ cột tăng hạng nhiều nhất"
    rf"|(?P<dti>{_INDEX_WORDS})"
    r"|(?P<other>nhận thức số|thể chế số|hạ tầng số|nhân lực số|an toàn thông tin|grdp|gdp|tỷ trọng|dân số"
    r"|doanh nghiệp|cải cách hành chính|(?<!\w)cchc(?!\w)|par index|pci|papi|sipas|ict index|chỉ số sẵn sàng"
    r"|hiệu quả quản trị|hành chính công|phục vụ người dân|hồ sơ|dịch vụ công"
    r"|tích hợp|thủ tục|cấp bộ(?!,? (?:và )?cấp tỉnh)|bộ, ngành|hoạt động (?:chính quyền|kinh tế|xã hội) số)"
)
_NUM = r"\d{1,2}"
_WORD_RANKS = {
    "nhất": 1,
    "nhì": 2,
    "hai": 2,
    "ba": 3,
    "tư": 4,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
}
_WORD = "|".join(_WORD_RANKS)
# "xếp (hạng) (thứ) 25/63", "đứng thứ hai", "ở vị trí thứ 2, 3", "giữ vị trí thứ 5, 6, 7", "xếp hạng 1/63",
# "xếp hạng số 53"
_RANK = vre(
    rf"(?<!\w)(?:(?:xếp|đứng|giữ|vươn lên|tụt|lùi|ở|đạt|thuộc)\s+)?(?:hạng\s+xuống\s+|xuống\s+|lên\s+)?"
    rf"(?:(?:hạng|vị trí|thứ hạng)\s+)?(?P<anchor>thứ|hạng|vị trí|xếp)\s+(?:số\s+)?"
    rf"(?P<values>(?:{_NUM}|{_WORD})(?:\s*(?:,|và)\s*(?:{_NUM}|(?:{_WORD})(?!\s*(?:\d|nay|qua|trước|ngoái))))*)"
    rf"(?P<of>\s*/\s*(?:63|34))?(?!\w|[.,]\d)"  # "xếp hạng 27, năm 2021 xếp thứ 21": "năm" is no fifth place
)
# "xếp hạng 27", "xếp hạng số 53", "lên hạng 9 (năm 2021) và duy trì hạng 13": a bare "hạng N" after a verb of rank
_RANK_VERB_BEFORE = vre(r"(?:xếp|lên|xuống|duy trì|giữ|giữ vững|tụt)\s+hạng\s*(?:số\s*)?$")
# "Thứ hạng về chính quyền số, kinh tế số, xã hội số ... lần lượt là 22, 9, 13"
_RESPECTIVE_RANKS = vre(
    rf"(?<!\w)lần lượt (?:là|đạt|ở|xếp|đứng)\s+(?P<values>{_NUM}(?:\s*(?:,|và)\s*{_NUM})+)"
    rf"(?P<of>\s*/\s*(?:63|34))?(?![\w%]|[.,]\d)"
)
_BARE_RANK = vre(rf"(?<![\w/.,])(?P<values>{_NUM})(?P<of>\s*/\s*(?:63|34))(?![\w/]|[.,]\d)")
_LEADER = vre(r"(?<!\w)(?:dẫn đầu|đứng đầu|đứng số 1|đứng vị trí số 1|quán quân)(?!\w)")
_SCORE = vre(r"(?<![\w.,])(?P<value>0,\d{2,4})(?:\s*điểm)?(?![\w]|[.,]\d)")
# "đạt 541,46/1.000 điểm": the same score told in points of a thousand
_SCORE_OF_1000 = vre(r"(?<![\w.,/])(?P<value>\d{2,3}(?:,\d{1,2})?)\s*/\s*1\.?000\s*điểm")
# the words around a rank that say what it is about: "02/63 tỉnh thành về ...", "về ... chuyển đổi số"
_OF_PROVINCES = r"tỉnh,?\s*thành(?:\s*phố)?"
_INDEX_TOPIC = r"chuyển đổi số|(?<!\w)dti(?!\w)"
_NOT_A_RANK_AFTER = vre(
    # "xếp thứ 5 chỉ số" counts indices, but "Năm 2020 (xếp hạng 51 chỉ số 0,2613)" is a rank, then its score
    r"\s*(?:bậc|hạng|bước|vị trí|liên tiếp|lần|năm liên tiếp|trụ cột|chỉ số(?!\s*(?:là\s*|đạt\s*)?0,\d)|%)(?!\w)"
    r"|\s*(?:trong\s+)?(?:khu vực|vùng|miền|nhóm(?!\s+(?:63|34)\s+tỉnh))(?!\w)"
    # "xếp hạng 02/63 tỉnh thành về mức độ hài lòng": ranked on something else
    # "dẫn đầu 63 tỉnh, thành phố cả nước về dịch vụ công trực tuyến": the same
    rf"|\s*(?:(?:trên\s+)?(?:cả nước|toàn quốc)\s+"
    rf"|(?:\d+\s+)?{_OF_PROVINCES}(?:\s+(?:trên\s+)?(?:cả nước|toàn quốc))?\s+)?về\s+"
    rf"(?![^,.;]{{0,40}}?(?:{_INDEX_TOPIC}|chính quyền số|kinh tế số|xã hội số))"
)
# "Xếp thứ 9 trong đảm bảo An toàn thông tin mạng": the label after the rank names a sub-index
_SUB_INDEX_AFTER = vre(
    r"\s*(?:/\s*(?:63|34)\s*)?(?:trong|về|ở)\s+[^,.;]{0,25}?(?:nhận thức số|thể chế số|hạ tầng số|"
    r"nhân lực số|an toàn thông tin|hoạt động (?:chính quyền|kinh tế|xã hội) số)"
)
_NOT_A_RANK_BEFORE = vre(r"(?:năm|lần|tăng|giảm|top|tốp|nhóm|khóa|kỳ|họp|phiên|hội nghị|đợt)\s+(?:thứ\s+)?$")
_NOT_A_SCORE_BEFORE = vre(
    r"(?:tăng|giảm|thêm|từ khoảng|từ|khoảng|gần|đến|quốc gia|cả nước|trung bình|cấp tỉnh,)"
    r"\s*(?:trưởng\s*)?(?:là\s*|đạt\s*)?$"
)
_THEN_PROVINCE = vre(r"\s*(?:trong bảng xếp hạng\s*)?(?:là|thuộc về|gọi tên)\s*(?:(?:tỉnh|thành phố|tp\.?)\s*)?")
_RANK_WORDS = vre(r"xếp (?:hạng|thứ|cuối)|vị trí thứ|đứng thứ|đứng cuối|cuối bảng|dẫn đầu|đứng đầu")
# "nhóm/top 10 tỉnh dẫn đầu" is a group, "nhiều năm liền đứng đầu" a habit: neither is a rank of a year
_GROUP_BEFORE = vre(
    r"(?:nhóm|top|tốp|(?<!trong số )(?<!\d)\d+\s+(?:tỉnh|địa phương|đơn vị)[^.]{0,20}|nhiều năm"
    r"|năm liên tiếp|năm liền|(?:liên tiếp|liền)\s+\S+\s+năm|một trong (?:những|các|số)"
    r"|(?<!\w)luôn)[^.;]{0,30}$"
)
# "giá trị trung bình DTI cấp tỉnh là 0,4014", "DTI quốc gia đạt 0,7955": not a province's score
_AVERAGE = vre(r"trung bình|bình quân|quốc gia|của cả nước|cả nước (?:là|đạt)")
_TARGET = vre(r"phấn đấu|mục tiêu|chỉ tiêu|(?<!\w)sẽ(?!\w)|hướng tới|kỳ vọng|đặt ra")
_SHARED = vre(r"(?<!\w)(?:đều|cùng)(?!\w)")
_BUT = vre(r"(?<!\w)(?:tuy nhiên|nhưng|song)(?!\w)")
_COMPARED = vre(r"so với\s+(?:năm\s+|dti\s+)?$")  # "tăng 32,7% so với năm 2020": a base, not the year
# what may stand between a compared year and its own figure: "(52/63)", "(có giá trị là 0,4553)", " - xếp hạng 11",
# and a bracket after the year that opens with its rank: "so với năm 2021 (xếp thứ 44 với 0,3426 điểm)" (not "so với
# năm 2021 (giá trị DTI chung đạt 0,6735)", this year's score told after the change)
_OF_COMPARED_YEAR = vre(
    r"[\s(\[]*|\s*[(\-–]\s*(?:(?:có giá trị|với giá trị|đạt)(?:\s+là)?\s*)?|\s*\(\s*(?:xếp|đứng|thứ|hạng)[^()]{0,40}"
)
_YEAR = vre(r"(?<!\d)(20[12]\d)(?!\d)")
# "xếp thứ 2 năm 2021", "vị trí 62/63 tỉnh thành năm 2022"
_YEAR_AFTER = vre(
    r"\s*(?:(?:tỉnh,?\s*thành(?:\s*phố)?|(?:trên\s+)?cả nước|toàn quốc)\s*){0,2}\(?\s*(?:trong\s+|vào\s+)?năm\s+"
    r"(20[12]\d)(?!\d)"  # "16/63 tỉnh thành trên cả nước năm 2021"
)
LAST_INDEX_ON_OLD_MAP = 2023  # DTI 2024, published in October 2025, ranked the 34 provinces
_BEFORE_MERGER = vre(r"trước (?:khi |thời điểm )?sáp nhập")
_ALL_PILLARS_AFTER = vre(r"[^.;]{0,40}?(?:ở|với|về|cả)\s+(?:cả\s+)?(?:3|ba)\s+trụ cột")
_INDEX_AFTER = vre(rf"\s*(?:{_OF_PROVINCES}\s*(?:(?:trên )?cả nước\s*)?)?về\s+[^,.;]{{0,40}}?(?:{_INDEX_TOPIC})")
# "xếp thứ 17/63 về chính quyền số", "thứ 20 trong xếp hạng Kinh tế số": the pillar named right after the rank
_PILLAR_AFTER = vre(
    rf"\s*(?:{_OF_PROVINCES}\s*)?(?:về|ở|trong)\s+(?:(?:bảng\s+)?xếp hạng\s+)?(?:trụ cột\s+)?"
    r"(?:(?P<gov>chính quyền số)|(?P<eco>kinh tế số)|(?P<soc>xã hội số))"
)
_THEN_OTHER_BODY = vre(
    r"\s*(?:(?:là|thuộc về)\s+)?(?:các\s+)?(?:sở|ban|ngành|huyện|quận|thị xã|xã|phường|cơ quan|đơn vị|bộ|ubnd)(?!\w)"
)
# "UBND phường Phúc Thành đứng thứ 1", "Sở Tư pháp xếp thứ 2": a ward's, district's or department's rank in the
# province's own ranking
_OTHER_BODY_BEFORE = re.compile(
    rf"(?<!\w)(?:[Ss]ở|{LOCAL_UNIT})\s+"
    r"[A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ&][^\W\d_]*)*\s*$"
)
_LIST_JOIN = vre(r"\s*(?:,|và|cùng)\s*(?:(?:tỉnh|thành phố|tp\.?)\s*)?")


@dataclass
class DtiFinding:
    """One DTI rank or score of one province."""

    era: str
    province_code: str
    indicator_code: str
    value: float
    period: str
    period_source: str
    start: int
    end: int


@dataclass
class _Expr:
    kind: str  # "rank" | "score"
    values: list[float]
    start: int
    end: int
    of: str  # "63" | "34" | ""
    is_leader: bool = False


@dataclass
class DtiState:
    """What the DTI step carries through one document."""

    about_ranking: bool  # the text speaks of the DTI ranking itself
    of_bodies: bool = False  # the text is about the province's own ranking of its departments, districts or communes
    last_subject: dict[int, str] = field(default_factory=dict)  # paragraph -> its last DTI subject province


def dti_state(ctx: _Ctx) -> DtiState | None:
    """The DTI step's state for a document that names the index somewhere; None (skip the step) otherwise."""
    if not (_INDEX_NAMED.search(ctx.low) or _RANK_OF_PROVINCES.search(ctx.low)):
        return None
    return DtiState(about_ranking=bool(_ABOUT_RANKING.search(ctx.low)), of_bodies=bool(_BODIES_RANKED.search(ctx.low)))


# "chỉ số chuyển đổi số (DTI) cấp sở, cấp huyện trên địa bàn tỉnh Hải Dương năm 2023": the province ranks its own
# departments and districts; a rank with no province named is one of theirs
_BODIES_RANKED = vre(
    r"(?:chỉ số chuyển đổi số|(?<!\w)dti)(?:\s*\(dti\))?\s+(?:của\s+)?(?:các\s+)?cấp\s+(?:sở|huyện|xã)(?!\w)"
    r"|xếp hạng (?:chuyển đổi số\s+)?cấp\s+(?:sở|huyện|xã)(?!\w)"
)


def extract_dti(ctx: _Ctx, sent: Sentence, state: DtiState, unmapped: list[dict]) -> list[DtiFinding]:
    """The DTI ranks and scores of one sentence. The state carries a paragraph's subject province from
    sentence to sentence ("... Quảng Ngãi xếp thứ 21/63. Trong đó, chính quyền số ở vị trí thứ 12")."""
    low = ctx.low
    s, e = sent.start, sent.end
    target = _TARGET.search(low, s, e)
    if target and target.group(0) == "sẽ" and re.search(r"(?<!\w)nếu(?!\w)", low[s : target.start()]):
        target = None  # "Nếu xét chỉ số trước khi sáp nhập, thứ hạng sẽ thay đổi": a condition, not a goal
    # "tuy đề ra các mục tiêu cụ thể ..., tuy nhiên xếp hạng DTI 2020 vẫn ở vị trí 43": the result after the goal
    but = _BUT.search(low, target.end(), e) if target else None
    if but:
        s = but.end()
        target = _TARGET.search(low, s, e)
    other = _NOT_DTI.search(low, s, e)
    if other:  # "... đứng thứ 27/63 trong bảng xếp hạng ... (DTI), ...; về ... (Par Index) tỉnh Yên Bái đứng thứ 6/63"
        cut = low.rfind(";", s, other.start())
        e = cut if cut > s and _INDEX_NAMED.search(low, s, cut) else s
    if target or e <= s:
        return []  # a rank target ("phấn đấu nằm trong nhóm 20 tỉnh dẫn đầu"), another index (ICT Index, PCI)
    exprs = _expressions(ctx, s, e)
    if not exprs or not _about_dti(ctx, sent, state):
        _note_subject(ctx, sent, state)
        return []
    out: list[DtiFinding] = []
    prev_label: str | None = None
    prev_end = s
    pre_merger = bool(_BEFORE_MERGER.search(low, s, e))
    for x in exprs:
        if pre_merger and not x.of and x.kind == "rank":
            x.of = "63"  # "Nếu xét chỉ số trước khi sáp nhập, ... TP.HCM đứng đầu": ranks on the old map
        labels = _labels(low, prev_end, x.start)
        targets = _targets(low, labels, prev_label, x, e, s)
        prev_end = x.end
        if targets is None:  # a sub-index, GRDP, a region...: not a DTI figure, but its subject carries on
            prev_label = OTHER
            before = _mentions(ctx, sent.start, x.start)
            if before:  # "Đà Nẵng xếp thứ nhất trong 5/8 chỉ số chính. ... thành phố tiếp tục đứng đầu cả 3 trụ cột"
                state.last_subject[sent.para] = before[-1].code
            continue
        prev_label = targets[0] if len(targets) == 1 else prev_label
        provinces = _whose(ctx, sent, x, state)
        pairs = _pair(provinces, targets, x.values) if provinces else None
        years = _respective_years(low, sent.start, x.start)
        if pairs is None and provinces and len(provinces) == len(targets) == 1 and len(years) == len(x.values):
            # "năm 2021 và 2022 lần lượt đứng thứ 63 và 60/63": one figure per year
            for year, value in zip(years, x.values, strict=True):
                era, code = _era_code(ctx, x.of, provinces[0][0], provinces[0][1], provinces[0][2])
                if code is None:
                    _unmapped(ctx, sent, x, _OFF_MAP.format(era=era), unmapped)
                    break
                suffix = "_rank" if x.kind == "rank" else "_score"
                out.append(
                    DtiFinding(era, code, PILLAR_CODES[targets[0]] + suffix, value, year, "text", x.start, x.end)
                )
            state.last_subject[sent.para] = provinces[-1][2]
            continue
        if pairs is None:
            reason = "DTI figure without a province" if not provinces else "DTI list whose lengths do not pair"
            _unmapped(ctx, sent, x, reason, unmapped)
            continue
        period, period_source = _period(ctx, sent, x.start, x.end)
        if ctx.era == CURRENT and not x.of and period.isdigit() and int(period) <= LAST_INDEX_ON_OLD_MAP:
            x.of = LEGACY  # "Huế ... xếp thứ 2 năm 2021": the indexes up to DTI 2023 ranked the 63 provinces
        elif ctx.era == LEGACY and not x.of and period.isdigit() and int(period) > LAST_INDEX_ON_OLD_MAP:
            x.of = CURRENT  # "DTI năm 2024 ... Thái Nguyên xếp vị trí thứ 8": DTI 2024 ranked the 34 provinces
        off_map = False
        for (mention_start, mention_end, code), pillar, value in pairs:
            era, code = _era_code(ctx, x.of, mention_start, mention_end, code)
            if code is None:
                if not off_map:  # one row for the figure, however many of its provinces are off the map
                    _unmapped(ctx, sent, x, _OFF_MAP.format(era=era), unmapped)
                off_map = True
                continue
            suffix = "_rank" if x.kind == "rank" else "_score"
            out.append(
                DtiFinding(era, code, PILLAR_CODES[pillar] + suffix, value, period, period_source, x.start, x.end)
            )
        state.last_subject[sent.para] = provinces[-1][2]
    return _previous_ranks(low, s, e, out)


# "tỉnh Yên Bái từ vị trí 27 tiến lên vị trí thứ 15": the rank of the year before, then this year's
_FROM_RANK = vre(
    r"từ (?:vị trí|hạng|thứ hạng)\s+(?:thứ\s+)?(\d{1,2})(?:/(?:63|34))?[^.;\d]{0,30}?"
    r"lên (?:vị trí |hạng |thứ hạng )?(?:thứ )?(\d{1,2})(?!\d)"
)


def _previous_ranks(low: str, s: int, e: int, found: list[DtiFinding]) -> list[DtiFinding]:
    """`found`, with the rank a province rose (or fell) from dated the year before the rank it reached (no year
    is written between them)."""
    out = list(found)
    for m in _FROM_RANK.finditer(low, s, e):
        reached = [f for f in found if f.indicator_code.endswith("_rank") and f.start <= m.start(2) <= f.end]
        for f in reached:
            if f.value == int(m.group(2)) and f.period.isdigit():
                out = [o for o in out if not o.start <= m.start(1) < o.end]  # not this year's rank
                year = str(int(f.period) - 1)
                out.append(replace(f, value=float(m.group(1)), period=year, start=m.start(1), end=m.end(1)))
    return sorted(out, key=lambda f: f.start)


def _note_subject(ctx: _Ctx, sent: Sentence, state: DtiState) -> None:
    """A province ranked on something else ("Đà Nẵng xếp thứ nhất trong 5/8 chỉ số chính") is still the subject
    the paragraph's next rank speaks of ("thành phố tiếp tục đứng đầu cả 3 trụ cột")."""
    rank = _RANK_WORDS.search(ctx.low, sent.start, sent.end)
    if rank:
        before = _mentions(ctx, sent.start, rank.start())
        if before:
            state.last_subject[sent.para] = before[-1].code


def _about_dti(ctx: _Ctx, sent: Sentence, state: DtiState) -> bool:
    """The sentence, or its paragraph before it, names the index; or the document is about the ranking and
    the sentence ranks something."""
    low = ctx.low
    para = ctx.paras[sent.para]
    if _INDEX_NAMED.search(low, para.start, sent.end):
        return True
    if _RANK_OF_PROVINCES.search(low, sent.start, sent.end) and "chuyển đổi số" in low[sent.start : sent.end]:
        return True  # "Quảng Nam đứng thứ 24/63 tỉnh, thành phố chuyển đổi số"
    return state.about_ranking and bool(_RANK_WORDS.search(low, sent.start, sent.end))


# --------------------------------------------------------------------------- finding the figures


def _expressions(ctx: _Ctx, s: int, e: int) -> list[_Expr]:
    low = ctx.low
    found: list[_Expr] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    for m in _RANK.finditer(low, s, e):
        if (
            _NOT_A_RANK_AFTER.match(low, m.end())
            or _SUB_INDEX_AFTER.match(low, m.end())
            or _NOT_A_RANK_BEFORE.search(low, max(s, m.start() - 12), m.start("values"))
        ):
            continue
        if _YEAR_WORD.match(low, m.start("values")):
            continue  # "Tại xếp hạng năm nay", "xếp thứ năm 2022": a year, not the fifth place
        values = [_rank_value(v) for v in re.split(r"\s*(?:,|và)\s*", m.group("values"))]
        if any(v is None or not 1 <= v <= 63 for v in values):
            continue
        if m.group("anchor") in ("hạng", "xếp") and not m.group("of") and "thứ" not in low[m.start() : m.end()]:
            if not _RANK_VERB_BEFORE.search(low, max(s, m.start() - 12), m.start("values")):
                continue
        found.append(_Expr("rank", values, m.start(), m.end(), _of(m) or _map_group(low, m.end())))
        taken.append((m.start(), m.end()))
    for m in _RESPECTIVE_RANKS.finditer(low, s, e):
        if free(m.start(), m.end()) and re.search(r"thứ hạng|xếp (?:hạng|thứ)|vị trí", low[s : m.start()]):
            values = [float(v) for v in re.split(r"\s*(?:,|và)\s*", m.group("values"))]
            if all(1 <= v <= 63 for v in values):
                found.append(_Expr("rank", values, m.start(), m.end(), _of(m)))
                taken.append((m.start(), m.end()))
    for m in _BARE_RANK.finditer(low, s, e):
        if (
            free(m.start(), m.end())
            and not _NOT_A_RANK_AFTER.match(low, m.end())
            and not _PROVINCES_COUNTED_AFTER.match(low, m.end())
            and not _NOT_A_RANK_BEFORE.search(low, max(s, m.start() - 12), m.start())
        ):
            found.append(_Expr("rank", [float(m.group("values"))], m.start(), m.end(), _of(m)))
            taken.append((m.start(), m.end()))
    for m in _LEADER.finditer(low, s, e):
        if (
            free(m.start(), m.end())
            and not _NOT_A_RANK_AFTER.match(low, m.end())
            and not _GROUP_BEFORE.search(low, max(s, m.start() - 40), m.start())
            and not _SUB_INDEX_AFTER.match(low, m.end())
        ):
            found.append(_Expr("rank", [1.0], m.start(), m.end(), _map_group(low, m.end()), is_leader=True))
            taken.append((m.start(), m.end()))
    scores = [(m, 1) for m in _SCORE.finditer(low, s, e)] + [(m, 1000) for m in _SCORE_OF_1000.finditer(low, s, e)]
    for m, scale in scores:
        if (
            free(m.start(), m.end())
            and not _NOT_A_SCORE_BEFORE.search(low, max(s, m.start() - 25), m.start())
            and not _AVERAGE.search(low, _clause_start(low, s, m.start()), m.start())
            and not _average_before(ctx, s, m.start())
        ):
            value = parse_vn_number(m.group("value"))
            value = None if value is None else value / scale
            if value is not None and 0.05 <= value < 1:
                found.append(_Expr("score", [value], m.start(), m.end(), ""))
    found.sort(key=lambda x: x.start)
    return found


def _average_before(ctx: _Ctx, s: int, pos: int) -> bool:
    """An average named earlier in the sentence with no province named since: "giá trị trung bình DTI 2022 cấp
    tỉnh là 0,5786, tăng 44,1% so với năm 2021 (0,4014)" (both are averages)."""
    ends = [m.end() for m in _AVERAGE.finditer(ctx.low, s, pos)]
    return bool(ends) and not any(ends[-1] <= m.start < pos for m in ctx.mentions)


def _clause_start(low: str, s: int, pos: int) -> int:
    return max(s, max(low.rfind(c, s, pos) for c in ",;:(") + 1)


def _rank_value(word: str) -> float | None:
    if word.isdigit():
        return float(word)
    return float(_WORD_RANKS[word]) if word in _WORD_RANKS else None


# "32/63 tỉnh, thành phố (chiếm 50,8%) có giá trị DTI trên mức trung bình": how many provinces, not a rank
# (not "44/63 tỉnh, thành phố (giảm 10 bậc so với năm 2021)", a rank and its change)
_PROVINCES_COUNTED_AFTER = vre(r"\s*tỉnh,?\s*thành(?:\s*phố)?\s*(?:\((?!\s*(?:tăng|giảm|so với))|có|đạt|đều)")
_YEAR_WORD = vre(r"năm\s+(?:nay|qua|trước|sau|tới|đó|này|ngoái|\d)")
# "dẫn đầu nhóm 63 tỉnh, thành", "xếp thứ 4 trong nhóm 34 tỉnh, thành sau hợp nhất": the whole ranking of a map
_MAP_GROUP = vre(r"\s*(?:trong\s+)?nhóm\s+(63|34)\s+tỉnh")


def _map_group(low: str, pos: int) -> str:
    m = _MAP_GROUP.match(low, pos)
    return m.group(1) if m else ""


def _of(m: re.Match) -> str:
    of = m.group("of")
    return re.sub(r"\D", "", of) if of else ""


# --------------------------------------------------------------------------- what and whose


_PILLAR_THEN_NEXT = vre(r"(?:chính quyền số|kinh tế số|xã hội số|cqs|kts|xhs)\s*(?:,|và)\s*")


def _labels(low: str, a: int, b: int) -> list[tuple[str, int]]:
    return [(next(k for k, v in m.groupdict().items() if v), m.start()) for m in _LABEL.finditer(low, a, b)]


def _targets(
    low: str, labels: list[tuple[str, int]], prev: str | None, x: _Expr, sent_end: int, sent_start: int
) -> list[str] | None:
    """The measures a figure is for: one pillar or the index; several for a shared figure ("cả 3 trụ cột
    đều xếp thứ 2", "kinh tế số và xã hội số cùng xếp thứ 8", "dẫn đầu ... ở 3 trụ cột") or a list of values.
    None when the nearest label is something else (a sub-index, GRDP, a region)."""
    after = _PILLAR_AFTER.match(low, x.end, sent_end)
    if after and len(x.values) == 1:
        return [next(k for k, v in after.groupdict().items() if v)]
    if len(x.values) == 1 and _INDEX_AFTER.match(low, x.end, sent_end):
        return [OVERALL]  # "xếp hạng 19/63 tỉnh thành về Bộ chỉ số đánh giá chuyển đổi số DTI"
    if x.kind == "rank" and len(x.values) == 1 and _ALL_PILLARS_AFTER.match(low, x.end, sent_end):
        # "dẫn đầu ở cả 3 trụ cột", "xếp hạng nhất ở cả 3 trụ cột": the three pillars, and the index too
        # when nothing before it in the sentence was ranked
        return [GOV, ECO, SOC] if labels or prev is not None else [OVERALL, GOV, ECO, SOC]
    if not labels:
        if prev == OTHER:
            return None
        if (
            len(x.values) == 3
            and _RESPECTIVELY.search(low, max(sent_start, x.start - 20), x.start)
            and {GOV, ECO, SOC} <= {k for k, _ in _labels(low, sent_start, x.start)}
        ):
            return [GOV, ECO, SOC]  # "chính quyền số đứng thứ 7, kinh tế số ... thì ... lần lượt xếp hạng 15, 9 và 9"
        return [prev] if prev in (GOV, ECO, SOC) else [OVERALL]
    kind, pos = labels[-1]
    if kind == OTHER:
        return None
    kinds = {k for k, _ in labels}
    if x.kind == "score" and kinds == {ALL_PILLARS, GOV, ECO, SOC} and len(x.values) == 1:
        return [OVERALL]  # "dẫn đầu ở cả 3 trụ cột Chính quyền số, Kinh tế số và Xã hội số với giá trị 0,4874"
    if kind == ALL_PILLARS:
        return [GOV, ECO, SOC]
    pillars = [kind]
    listed, later = True, pos  # "chính quyền số, kinh tế số và xã hội số": named one after the other
    for k, p in reversed(labels[:-1]):  # "chính quyền số, kinh tế số và xã hội số đều ..."
        if k in (GOV, ECO, SOC) and k not in pillars:
            pillars.insert(0, k)
            listed = listed and bool(_PILLAR_THEN_NEXT.fullmatch(low, p, later))
            later = p
        else:
            break
    # the sharing word right before the figure ("... đều xếp thứ 2"), not in a clause about something else
    # ("ba trục ... đều tăng nhưng ... vẫn giữ nguyên vị trí thứ 10")
    if len(pillars) > 1 and (len(x.values) == len(pillars) or _SHARED.search(low, max(pos, x.start - 20), x.start)):
        return pillars
    if len(x.values) == 1 and (len(pillars) == 3 or (len(pillars) == 2 and listed)):
        # the pillars named together ("03 trục là chính quyền số, kinh tế số và xã hội ... xếp hạng 12/63"), then
        # one figure: of which? (not the last one named)
        return None
    return [kind]


def _mentions(ctx: _Ctx, a: int, b: int) -> list:
    """Province mentions inside [a, b)."""
    i, j = bisect_left(ctx.mention_starts, a), bisect_left(ctx.mention_starts, b)
    return [m for m in ctx.mentions[i:j] if m.end <= b]


def _whose(ctx: _Ctx, sent: Sentence, x: _Expr, state: DtiState) -> list[tuple[int, int, str]] | None:
    """The provinces a figure is about, in order (a list pairs with a list of values)."""
    low = ctx.low
    before = _mentions(ctx, sent.start, x.start)
    after = _mentions(ctx, x.end, sent.end)
    # "Ở vị trí thứ 2 là TP.HCM", "Vị trí thứ 3 ... thuộc về TP.Huế", "Đứng thứ hai là TP Huế"
    if after and _THEN_PROVINCE.fullmatch(low, x.end, after[0].start):
        return _group_after(ctx, after)
    if _THEN_OTHER_BODY.match(low, x.end):
        return None  # "Đứng đầu là Sở NN&PTNT", "đứng đầu là huyện Quế Sơn": a department's or a district's rank
    if before and province_map(ctx.era).is_capital_city(low, before[-1]):
        return None  # "UBND thành phố Ninh Bình xếp thứ 1": a city's rank among the province's districts
    if _OTHER_BODY_BEFORE.search(ctx.text, max(sent.start, x.start - 60), x.start):
        return None  # "UBND phường Phúc Thành đứng thứ 1": a ward's or a department's rank
    if before:
        group = _group_before(ctx, before, x.start)
        if len(group) > 1 and len(x.values) == 1 and not (_SHARED.search(low, group[-1][1], x.start)):
            return None if low[x.start : x.end].strip() in ("dẫn đầu", "đứng đầu") else [group[-1]]
        return group
    if after and re.match(r"\s*(?:cả nước\s*)?(?:,\s*)?(?:là|thuộc về|của)\s", low[x.end : after[0].start + 1]):
        return [(after[0].start, after[0].end, after[0].code)]
    if sent.para in state.last_subject:
        return [(-1, -1, state.last_subject[sent.para])]
    if not ctx.multi and ctx.default_code and not state.of_bodies:
        return [(-1, -1, ctx.default_code)]
    return None


def _group_before(ctx: _Ctx, before: list, pos: int) -> list[tuple[int, int, str]]:
    """The province named last before `pos`, with those coordinated with it ("A, B và C")."""
    group = [before[-1]]
    for m in reversed(before[:-1]):
        if _LIST_JOIN.fullmatch(ctx.low, m.end, group[0].start):
            group.insert(0, m)
        else:
            break
    seen: dict[str, tuple[int, int, str]] = {}
    for m in group:
        seen.setdefault(m.code, (m.start, m.end, m.code))
    return list(seen.values())


def _group_after(ctx: _Ctx, after: list) -> list[tuple[int, int, str]]:
    group = [after[0]]
    for m in after[1:]:
        if _LIST_JOIN.fullmatch(ctx.low, group[-1].end, m.start):
            group.append(m)
        else:
            break
    return [(m.start, m.end, m.code) for m in group]


_YEARS_RESPECTIVELY = vre(
    r"(?<!\w)(?:năm\s+)?(20[12]\d)((?:\s*(?:,|và)\s*(?:năm\s+)?20[12]\d)+)[^.;]{0,30}?"
    r"lần lượt[^.;\d]{0,20}$"
)


def _respective_years(low: str, start: int, pos: int) -> list[str]:
    """The years a list of values is given for, respectively ("năm 2021 và 2022 lần lượt đứng thứ 63 và 60")."""
    m = _YEARS_RESPECTIVELY.search(low, start, pos)
    return [m.group(1), *re.findall(r"20[12]\d", m.group(2))] if m else []


def _pair(provinces: list[tuple[int, int, str]], targets: list[str], values: list[float]):
    """(province, pillar, value) triples: lists of equal length pair in order; one value is shared."""
    if len(values) == 1:
        return [(p, t, values[0]) for p in provinces for t in targets]
    if len(provinces) == len(values) and len(targets) == 1:
        return [(p, targets[0], v) for p, v in zip(provinces, values, strict=True)]
    if len(targets) == len(values) and len(provinces) == 1:
        return [(provinces[0], t, v) for t, v in zip(targets, values, strict=True)]
    return None


# a rank on the other map than the text's whose province on that map the text does not make clear (the province is
# the headline's, in a text after the merger, of a rank "5/63"): the curator decides, no fact is guessed
_OFF_MAP = "DTI figure on the {era}-province map: which province of that map is not clear from the text"


def _era_code(ctx: _Ctx, of: str, start: int, end: int, code: str) -> tuple[str, str | None]:
    """A rank "x/63" is on the 63-province map even in a text published after the merger."""
    if not of or of == ctx.era:
        return ctx.era, code
    if start < 0:
        return of, None
    found = province_map(of).find(ctx.text[start:end], ctx.low[start:end])
    return of, (found[0].code if found else None)


def _period(ctx: _Ctx, sent: Sentence, pos: int, end: int | None = None) -> tuple[str, str]:
    """The DTI year: a year written right after the figure ("xếp thứ 2 năm 2021, thứ 4 năm 2022"), else one
    written before it in its sentence or paragraph, else the year before publication (each year's index is
    published the next year)."""
    after = _YEAR_AFTER.match(ctx.low, end) if end is not None else None
    if after and (not ctx.pub_year or int(after.group(1)) < ctx.pub_year):
        return after.group(1), "text"
    para = ctx.paras[sent.para]
    for a in (sent.start, para.start, 0):
        years = [
            int(m.group(1))
            for m in _YEAR.finditer(ctx.low, a, pos)
            if not _COMPARED.search(ctx.low, max(a, m.start() - 16), m.start())
            or _OF_COMPARED_YEAR.fullmatch(ctx.low, m.end(), pos)
        ]  # "so với DTI 2020 (52/63)", "so với năm 2021 (có giá trị là 0,4553)": 2020's rank, 2021's score
        years = [y for y in years if not ctx.pub_year or y < ctx.pub_year]
        if years:
            return str(years[-1]), "text"
    return (str(ctx.pub_year - 1), "publication") if ctx.pub_year else ("", "")


def _unmapped(ctx: _Ctx, sent: Sentence, x: _Expr, reason: str, unmapped: list[dict]) -> None:
    unmapped.append(unmapped_row(ctx, sent, x.start, x.end, ctx.low[x.start : x.end].strip(), reason))
