"""Cue patterns of the fact extractor, and the pure readers over them.

Every pattern is meant for the lower view (`vre` gives its literals the view's tone placement). The
readers take that view and a span, so each pipeline step can ask "which value-kind cue / period
expression / admin level is here" without the document context; patterns that only one step uses
(table headers, province lists) live with that step.
"""

from __future__ import annotations

import re

from .normalise import normalise_phrase, vre
from .numbers import COUNTED_POINTS

# --------------------------------------------------------------------------- comparators and predicates

_COMPARATOR = vre(
    r"(?<!\w)(?P<c>trên dưới|không dưới|không thấp hơn|không ít hơn|tối thiểu|ít nhất|chưa đến|chưa tới|không quá|"
    r"tối đa|xấp xỉ|khoảng|gần|chừng|hơn|trên|dưới|vượt)\s*$"
)
_COMPARATOR_MAP = {
    "trên dưới": "~",
    "không dưới": ">=",
    "không thấp hơn": ">=",
    "không ít hơn": ">=",
    "tối thiểu": ">=",
    "ít nhất": ">=",
    "chưa đến": "<",
    "chưa tới": "<",
    "không quá": "<",
    "tối đa": "<",
    "xấp xỉ": "~",
    "khoảng": "~",
    "gần": "~",
    "chừng": "~",
    "hơn": ">",
    "trên": ">",
    "dưới": "<",
    "vượt": ">",
}
_COMPARATOR_MAP = {normalise_phrase(k): v for k, v in _COMPARATOR_MAP.items()}
_PREDICATE = vre(
    r"(?<!\w)(?:đạt|là|chiếm|lên|tăng|giảm|còn|bằng|mức|ở mức|tỷ lệ|tỉ lệ|được)\s*"
    r"(?:(?:tỷ lệ|tỉ lệ|mức|bình quân)\s*)?"
    r"(?:(?:trên dưới|tối thiểu|ít nhất|khoảng|gần|hơn|trên|dưới|xấp xỉ|chưa đến|từ)\s*)?$"
)

# --------------------------------------------------------------------------- value kind

_KIND_CUES = [
    ("estimate", vre(r"(?<!hiệp )(?<!quy )(?<!công )(?<!mong )(?<!\w)(?:ước|dự ước)(?!\w)(?! mơ| muốn| vọng)")),
    (
        "planned",
        vre(
            r"dự kiến|dự chi|tổng mức đầu tư|bố trí|phân bổ|dự toán|(?<!\w)dành(?!\w)|kế hoạch vốn|"
            r"sẽ chi|sẽ đầu tư|được giao|(?:tổng )?số tiền đầu tư|"
            # "dự án ... với tổng kinh phí gần 48 tỷ đồng": a project's envelope (not "tổng kinh phí sử dụng")
            r"với tổng kinh phí(?!\s+(?:đã|sử dụng|giải ngân|thực chi|chi))|"
            # "Tổng kinh phí thực hiện Đề án gần 1.300 tỷ đồng": the budget of a plan
            r"kinh phí (?:thực hiện |triển khai )?(?:của )?(?:đề án|kế hoạch|chương trình)(?!\w)"
        ),
    ),
    (
        "target",
        vre(
            r"phấn đấu|mục tiêu|chỉ tiêu|đặt ra|đề ra|hướng tới|(?<!\w)sẽ(?!\w)|cần đạt|phải đạt|"
            r"kỳ vọng|quyết tâm|"
            # an obligation ("phải tiếp nhận tối thiểu 80%"), not "không phải", nor "hồ sơ phải xử lý" (pending)
            r"(?<!\w)(?<!không )phải(?!\w)(?! kể| xử lý| giải quyết)|(?<!\w)cần\s+(?:được|có|bảo đảm|đảm bảo|đạt)(?!\w)"
        ),
    ),
    (
        "actual",
        vre(
            r"(?<!\w)đã(?!\w)|đạt được|chưa đạt|không đạt|đến nay|hiện nay|hiện có|hiện tại|hiện đang|"
            r"(?<!\w)đang(?!\w)(?! còn hiệu lực| có hiệu lực)|(?<!\w)hiện (?:đứng|là|đạt|chiếm|xếp)(?!\w)|"
            r"tính đến|lũy kế|thực hiện được|(?:^|[,.;:]\s*)hiện(?=[ ,])|kinh phí (?:đã )?sử dụng|giải ngân"
        ),
    ),
]
_YEAR_CUE = vre(r"(?:đến|vào|trong|cuối|hết|đầu)?\s*năm\s+((?:19|20)\d{2})(?!\d)(?!\s*[-–]\s*\d)")

# --------------------------------------------------------------------------- periods

_PERIOD_PATTERNS = [
    (
        "now",
        vre(
            r"từ (?:năm |tháng \d{1,2}[/-])?(?:19|20)\d{2} (?:đến|tới) nay|(?:tính )?đến nay|hiện nay|"
            r"hiện tại|năm nay|(?:^|[,.;:]\s*)hiện(?=[ ,])|hiện có|hiện đang"
        ),
    ),
    (
        "span",
        vre(
            r"(?<!nhiệm kỳ )(?<!khóa )(?<!\d)((?:19|20)\d{2})\s*(?:-|–|—|đến|tới)\s*(?:năm\s*)?"
            r"((?:19|20)\d{2})(?!\d)"
        ),
    ),
    (
        "asof",
        vre(
            r"tháng\s+\d{1,2}\s*[/-]\s*((?:19|20)\d{2})|tháng\s+\d{1,2}\s+năm\s+((?:19|20)\d{2})|"
            r"quý\s+[ivx\d]+\s*[/-]\s*((?:19|20)\d{2})|quý\s+[ivx\d]+\s+năm\s+((?:19|20)\d{2})|"
            r"(?:tính đến|đến|tới)\s+(?:hết\s+)?ngày\s+\d{1,2}[/-]\d{1,2}[/-]((?:19|20)\d{2})"
        ),
    ),
    (
        "year",
        vre(
            r"(?<!so với )(?<!so với cùng kỳ )(?<!cùng kỳ )(?<!\w)năm\s+((?:19|20)\d{2})"
            r"(?!\d)(?!\s*[-–])"
            # a yearly report named with its year: "báo cáo thường niên kinh tế số Việt Nam 2022", "Báo cáo DTI 2021"
            r"|(?<!\w)báo cáo(?: thường niên| chỉ số| đánh giá)?(?:\s+[^\d\s.,;:()]+){0,6}?\s+"
            r"((?:19|20)\d{2})(?![\d/.-])"
            # a horizon written without "năm": "chỉ tiêu đến 2025, kinh tế số ... chiếm 20% trở lên"
            r"|(?<!\w)(?:đến|tới)\s+(20\d{2})(?![\d/.-])(?!\s*[-–])"
            # "đảm bảo từ ngày 01/8/2021, tỷ lệ ... đạt 90%": the year a dated start falls in
            r"|(?<!\w)(?:kể\s+)?từ\s+(?:ngày\s+)?\d{1,2}\s*[/-]\s*\d{1,2}\s*[/-]\s*((?:19|20)\d{2})(?!\d)"
        ),
    ),
]

# an explicit reporting date ("tính đến tháng 9/2023") frames the later figures of its section
_ASOF_FRAME = vre(
    r"tính đến\s+(?:hết\s+|cuối\s+)?(?:ngày\s+\d{1,2}\s*[/-]\s*)?(?:tháng\s+)?\d{1,2}\s*[/-]\s*"
    r"((?:19|20)\d{2})|tính đến\s+(?:hết\s+|cuối\s+)?(?:tháng\s+\d{1,2}\s+)?năm\s+((?:19|20)\d{2})"
)
_PERIOD_HINT = re.compile(r"(?:19|20)\d\d|nay|hiện")
# a paragraph opened by "Năm 2023, ..." frames its following sentences
_FRAMING = vre(
    r"\W*(?:(?:trong|đến hết|đến cuối|tính đến|hết|cuối|đến)\s+)?(?:năm\s+((?:19|20)\d{2})"
    r"|tháng\s+\d{1,2}\s*/\s*((?:19|20)\d{2}))\s*,"
)

# --------------------------------------------------------------------------- admin levels

_LEVEL_WORDS = {"tỉnh": "province", "huyện": "district", "xã": "commune", "cơ sở": "commune"}  # cấp cơ sở: communes
_LEVEL_NAMES = "|".join(_LEVEL_WORDS)
# "cấp tỉnh", "cấp huyện, xã": a level, with the others listed after it
_CAP_LEVELS = rf"cấp\s+(?P<lv>{_LEVEL_NAMES})(?P<more>(?:\s*(?:,|và|/|-)\s*(?:cấp\s+)?(?:{_LEVEL_NAMES}))*)"
_LEVEL_BEFORE = vre(
    rf"{_CAP_LEVELS}"
    # "các sở, ban, ngành" are the province's departments; "các sở, ngành, địa phương" are every level
    r"|(?P<prov>(?:thuộc|tại|của|ở)\s+(?:ubnd|ủy ban nhân dân)\s+tỉnh"
    r"|(?:các\s+)?sở,?\s+(?:ban,?\s+)?ngành(?!,?\s*(?:và\s+)?(?:các\s+)?(?:địa phương|huyện|cấp huyện|ubnd))"
    r"|cơ quan cấp tỉnh)"
    r"|(?P<dist>(?:ubnd|ủy ban nhân dân)\s+(?:các\s+)?huyện|(?<!\w)các\s+huyện,\s*(?:thị xã|thành phố))"
    r"|(?P<comm>(?:ubnd|ủy ban nhân dân)\s+(?:các\s+)?xã|(?:tại|ở)\s+(?:các\s+)?xã,\s*phường"
    r"|(?<!\w)các\s+xã,\s*phường(?:,\s*thị trấn)?)"
    r"|(?P<all>các cấp|cả (?:ba|3) cấp)"
)
_LEVEL_AFTER = vre(
    r"\s*(?:đối với|ở|tại|của|cho|trong)?\s*(?:các\s+)?(?:"
    rf"{_CAP_LEVELS}"
    r"|(?P<prov>sở(?!\w)|cơ quan cấp tỉnh|(?:ubnd|ủy ban nhân dân)\s+tỉnh)"
    r"|(?P<dist>huyện(?!\w)|(?:ubnd|ủy ban nhân dân)\s+(?:các\s+)?huyện)"
    r"|(?P<comm>xã(?!\w)|phường(?!\w)|(?:ubnd|ủy ban nhân dân)\s+(?:các\s+)?xã))"
)
# "241 điểm cầu từ cấp tỉnh kết nối đến các xã": a figure for every level it spans
_LEVEL_SPAN = vre(
    rf"(?:\s+\w+){{0,3}}?\s+từ\s+(?:cấp\s+)?(?:{_LEVEL_NAMES})[^.;,\d]{{0,30}}?(?:đến|tới|xuống)\s+(?:cấp\s+|các\s+)?"
    rf"(?:{_LEVEL_NAMES})"
)
# "A và B lần lượt xếp thứ 2 và 3", "cấp tỉnh, cấp huyện, cấp xã ... tương ứng là 30%, 20%, 15%"
_RESPECTIVELY = vre(r"(?<!\w)(?:lần lượt|tương ứng)(?!\w)")
# what stands between a level and the figure it introduces ("ở cấp tỉnh đạt 99%")
_NEXT_FIGURE_LEAD = vre(r"[\s,:]*(?:(?:đạt|là|chiếm|có)\s*)?(?:(?:hơn|trên|gần|khoảng|tới|đến)\s*)?")

# --------------------------------------------------------------------------- count filters, dates, changes, anaphora

# bare counts right after these words are not measures (ordinals, codes, dates, ages)
_COUNT_BAD_BEFORE = vre(
    r"(?<!\w)(?:(?<!nghệ )(?<!tế )(?<!hội )(?<!đổi )(?<!quyền )(?<!liệu )(?<!tảng )(?<!tầng )(?<!ký )(?<!dân )"
    r"(?<!năng )(?<!lực )(?<!tổng )số|thứ|lần|khóa|khoá|kỳ|cấp độ|mức độ|mức|top|tốp|điều|khoản|chương|phiên|đợt|quý|"
    r"ngày|tháng|năm|"
    r"nghị định|thông tư|quyết định|nghị quyết|kế hoạch|đề án|công văn|chỉ thị|tuổi|mục|phần|bước|giai đoạn|"
    r"lúc|hotline|điện thoại|(?<!cung )cấp|trang|hạng|vị trí|xếp|đứng|phiếu|độ|từ|version|phiên bản|tại|chỉ đạo)\s*$"
    r"|mức(?: độ)?\s+\d\s*(?:,|và|-)\s*$"
)
_COUNT_BAD_AFTER = vre(
    r"\s*(?:năm|tháng|ngày|giờ|phút|giây|tuần|quý|km|m|m2|m²|ha|tấn|kg|tuổi|lần|triệu tấn|nghìn tấn|"
    rf"điểm(?!\s+(?:{COUNTED_POINTS}))|teu|mw|kw|"
    r"gb|mb|tb|mbps|gbps|độ|thế hệ|sao|phiếu|trang|bài|ký tự|dân|cm|mm|lít|usd|%|giải pháp|nhóm|trụ cột|"
    r"nội dung|tiêu chí|chỉ tiêu|mục tiêu|chỉ số|trong|đánh giá|người/|g|địa phương|tỉnh, thành|tỉnh thành|cấp)(?!\w)"
)
_DATE_BEFORE = vre(r"(?:ngày|tháng|quý|đêm|sáng|chiều)\s*$")
_PER_1000 = vre(r"[^\d;.%]{0,40}?\s*(?:/|trên|trên mỗi)\s*(?:1\.000|1000|nghìn|ngàn)\s+(?:người\s+)?dân")
_CHANGE = vre(r"(?<!\w)(?:tăng|giảm)(?:\s+thêm)?\s*$")
_CHANGE_AFTER = vre(r"\s*(?:so với|so cùng kỳ|so với cùng kỳ|so với năm|so năm)")
_ANAPHORA = vre(r"(?:tỷ lệ|chỉ tiêu|con số|tỷ trọng|mức) này")

# --------------------------------------------------------------------------- DTI (rank / score) context

_DTI_CONTEXT = vre(r"(?<!\w)dti(?!\w)|chỉ số chuyển đổi số|chuyển đổi số cấp tỉnh")
# other indices, and the province's own ranking of its departments or districts ("xếp hạng DTI các sở, ban,
# ngành của Đắk Nông đứng đầu là Sở Thông tin và Truyền thông với 887,83 điểm", "Văn phòng UBND tỉnh Phú Thọ đứng
# đầu trong khối các sở, ban, ngành")
_NOT_DTI = vre(
    r"ict index|par index|pci|papi|sipas|ictindex|chỉ số sẵn sàng"
    r"|(?:dti|chuyển đổi số) (?:của )?các (?:sở|cơ quan|đơn vị|huyện|xã)|trong khối (?:các )?(?:sở|cơ quan|đơn vị)"
    r"|(?:đối với|trong|giữa) (?:các )?(?:cơ quan|đơn vị|địa phương) cấp (?:xã|huyện)"
    # "đứng đầu bảng xếp hạng chuyển đổi số cấp huyện là Gia Lộc", "chỉ số chuyển đổi số (DTI) cấp sở, cấp huyện"
    r"|xếp hạng[^.;\d]{0,30}cấp (?:huyện|xã|sở)|(?:dti|chuyển đổi số)\)? cấp (?:sở|huyện|xã)"
)
_RANK_BEFORE = vre(r"(?:xếp|đứng|hạng|vị trí|vươn lên|tụt)(?:\s+(?:thứ|hạng))?\s*$|(?<!\w)thứ\s*$")

# --------------------------------------------------------------------------- plan / results documents

_PLAN_TITLE = vre(
    r"kế hoạch|dự kiến|phấn đấu|mục tiêu|chỉ tiêu(?!\s+này)|đề ra|năm tới"
)  # not "lọt top 4 về chỉ tiêu này"
_PLAN_YEAR = vre(r"kế hoạch[^.;\n]{0,120}?năm\s+((?:19|20)\d{2})(?!\d)")
# a paragraph that goes on with the previous one's targets ("Đồng thời, ...", "Đến hết năm 2022, ...")
_CONNECTIVE = vre(
    r"\W*(?:cùng với đó|đồng thời|bên cạnh đó|ngoài ra|song song|cùng với|"
    r"đến (?:hết |cuối )?năm (?:19|20)\d\d)"
)
_LIST_ACTUAL = vre(r"kết quả|đã đạt|đạt được|thực hiện được|tình hình thực hiện|sơ kết|tổng kết|giám sát")
_LIST_TARGET = vre(r"mục tiêu|chỉ tiêu|phấn đấu|đề ra|đặt ra|kế hoạch")

# a full date in the text (the document date when no publication date is given)
_DATE_IN_TEXT = vre(
    r"(?<!\d)(\d{1,2})\s*[/-]\s*(\d{1,2})\s*[/-]\s*((?:19|20)\d{2})(?!\d)"
    r"|ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d{2})"
)


# --------------------------------------------------------------------------- readers

_OF_TARGET = vre(r"\d\s*%\s*(?:so với\s+)?(?:chỉ tiêu\s+|kế hoạch\s+)?$")
# "vượt 30% chỉ tiêu", "đạt 100% kế hoạch": a share of a target, not the measure itself
_SHARE_OF_TARGET = vre(r"\s*(?:so với\s+)?(?:chỉ tiêu|kế hoạch|mục tiêu|dự toán)(?!\w)")
# "tỷ trọng kinh tế số trên GDP của cả nước năm 2021 là 11,91%": the nation's figure, not a province's
_NATIONAL_FIGURE = vre(
    r"(?:của|trên)\s+(?:cả nước|toàn quốc|việt nam)"
    r"|(?:bình quân|trung bình)\s+(?:của\s+)?(?:cả nước|toàn quốc)"
    r"|(?:cả nước|toàn quốc|việt nam)\s+(?:là|đạt|chỉ đạt|mới đạt|sẽ có|có)(?!\w)"
    r"|(?:cả nước|toàn quốc)\s+(?:ước\s+)?(?:đạt|là)"  # "tỷ lệ hồ sơ trực tuyến toàn trình cả nước đạt 42%"
    r"|(?:trong|trên|của)\s+(?:tổng sản phẩm trong nước|gdp)(?!\w)"  # "tỷ trọng kinh tế số trong GDP": the nation's
)


def _nearest_cue(low: str, start: int, end: int, pub_year: int | None) -> tuple[int, str] | None:
    """(end, kind) of the last value-kind cue in low[start:end]; a year other than the publication year
    is a cue too (later: target, earlier: actual) unless it is a comparison base ("so với năm 2022")."""
    best: tuple[int, str] | None = None
    for kind, regex in _KIND_CUES:
        for m in regex.finditer(low, start, end):
            if kind in ("target", "planned") and _OF_TARGET.search(low, max(start, m.start() - 30), m.start()):
                continue  # "vượt 30% chỉ tiêu được giao": measured against a target, not a target
            if best is None or m.end() > best[0]:
                best = (m.end(), kind)
    if not pub_year:  # undated: "Đến năm 2025, ..." in a plan is a horizon; a later "đã" still wins
        for m in _YEAR_CUE.finditer(low, start, end):
            # "đến năm 2025", "đến hết năm 2025", "đến cuối năm 2025" (but "tính đến ..." is as of then)
            by = m.start() if m.group(0).startswith("đến") else None
            if m.group(0).startswith(("hết", "cuối")) and low[max(start, m.start() - 4) : m.start()] == "đến ":
                by = m.start() - 4
            if by is not None and not low[max(start, by - 6) : by].endswith("tính "):
                if best is None or m.end() > best[0]:
                    best = (m.end(), "target")
    if pub_year:
        for m in _YEAR_CUE.finditer(low, start, end):
            y = int(m.group(1))
            if y == pub_year:
                continue
            prefix = low[max(start, m.start() - 12) : m.start()]
            if re.search(r"so với|cùng kỳ|so$", prefix):
                continue
            kind = "target" if y > pub_year else "actual"
            if kind == "actual" and best and best[1] == "estimate" and m.start() - best[0] <= 20:
                continue  # "ước tính cả năm 2024 là 711,6 nghìn tỷ đồng": an estimate of that past year
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
    """The admin level a `_LEVEL_BEFORE` / `_LEVEL_AFTER` match names; two of the three levels joined by "|" ("cấp
    tỉnh, cấp huyện đạt trên 95%": a figure of each), "" for all levels."""
    if m.group("lv"):
        levels = [_LEVEL_WORDS[x] for x in [m.group("lv"), *re.findall(_LEVEL_NAMES, m.group("more") or "")]]
        levels = list(dict.fromkeys(levels))
        return "|".join(levels) if len(levels) < len(set(_LEVEL_WORDS.values())) else ""
    if m.groupdict().get("all"):
        return ""
    if m.group("prov"):
        return "province"
    if m.group("dist"):
        return "district"
    if m.group("comm"):
        return "commune"
    return ""
