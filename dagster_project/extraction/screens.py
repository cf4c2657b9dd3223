"""Step 3b of the pipeline: numbers that are measures but no province's own figure.

A change ("tăng 5% so với năm 2022"), a share of a target ("vượt 30% chỉ tiêu"), the nation's or a
ministry's figure, a group of provinces ("các tỉnh còn lại đều đạt dưới 50%"), some of the departments or
districts ("3/11 huyện đạt trên 30%") or a density per 100 people is not a fact about the province; it
becomes an unmapped candidate with the reason, so a curator sees it and nothing is guessed.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from .cues import _CHANGE, _CHANGE_AFTER, _NATIONAL_FIGURE, _SHARE_OF_TARGET
from .normalise import vre
from .numbers import COUNT, MONEY, PERCENT
from .provinces import LOCAL_UNIT

if TYPE_CHECKING:
    from .candidates import _Num
    from .context import _Ctx
    from .sections import Sentence

# "Các tỉnh, thành còn lại đều đạt tỷ lệ dưới 50%", "3/11 huyện, thành phố đạt trên 30%"
_GROUP_SUBJECT = re.compile(
    r"(?:(?:các|nhiều|những)\s+(?:tỉnh|(?<!tại các )(?<!ở các )địa phương)(?:,?\s*thành(?:\s+phố)?)?(?:\s+còn lại)?"
    r"|\d+\s*/\s*\d+\s+(?:sở|huyện|xã|đơn vị|cơ quan|địa phương))[^.;]{0,40}$"
    # "có 5 tỉnh, thành phố có tỷ trọng ... kinh tế số trong GRDP đạt hơn 20%": how many provinces reach a figure
    r"|(?<![\d/.,])\d+\s+(?:tỉnh|địa phương)(?:,?\s*thành(?:\s+phố)?)?\s+có(?!\w)[^.;]{0,100}$"
)
# "5 địa phương có tỷ trọng ... đạt hơn 20% là Bắc Ninh, Thái Nguyên, ...": the group is named after its figure
_NAMES_AFTER = re.compile(r"\s*(?:là|gồm(?: có)?|,?\s*bao gồm|:)\s+(?:các\s+)?(?:tỉnh\s+|thành phố\s+|tp\.?\s*)?[A-ZĐ]")
# "bằng 205,6% số hồ sơ trực tuyến của quý I năm 2022": a comparison with another figure
_COMPARED_TO = re.compile(r"(?<!\w)(?:bằng|gấp)\s+(?:trên\s+|khoảng\s+|gần\s+)?$")
# "ở mức 90 - 93%": a range is not one figure
_RANGE_BEFORE = re.compile(r"\d\s*[-–]\s*$")
# a density per 100 people or households: "/100 dân", "trên 100 hộ"
_PER_100 = r"(?:/|trên)\s*100\s+(?:người\s+dân|dân|hộ)"
# "số thuê bao băng rộng di động/100 dân đạt tối thiểu 85 thuê bao": the density named before its figure
_DENSITY_BEFORE = vre(rf"{_PER_100}(?!\w)[^.;\d]{{0,30}}$")
# what a count counts when it is no catalog measure: the noun right after it
_NOT_COUNTED_AFTER = (
    (
        re.compile(rf"[^\d;.%]{{0,40}}?\s*{_PER_100}"),
        "a density per 100 people or households, not a count",
    ),
    # "tổ công nghệ số cộng đồng ... ở 12 huyện, thành phố": the places, not the teams
    (
        re.compile(r"\s*(?:huyện|thị xã|đơn vị hành chính cấp)(?!\w)"),
        "a count of one, or of districts or communes, not a measure",
    ),
    # "được đưa lên 2 sàn thương mại điện tử Postmart ... và sàn Vỏ sò": platforms counted, not enterprises or products
    (
        re.compile(r"\s*(?:sàn|nền tảng|trang web|website|ứng dụng)(?!\w)"),
        "a count of platforms or apps, not a measure",
    ),
    # "610/610 cơ sở giáo dục đã công bố số tài khoản thanh toán": schools counted, not accounts
    (
        re.compile(r"\s*(?:cơ sở (?:giáo dục|y tế|khám)|trường học|trường|bệnh viện|trạm y tế)(?!\w)"),
        "a count of schools or health facilities, which no catalog count measures",
    ),
    # "1.000 tình nguyện viên tham gia hỗ trợ ... dịch vụ công trực tuyến": people, not services; "188 đội sẽ
    # được triển khai để hướng dẫn sử dụng dịch vụ công trực tuyến": squads, not services
    (
        re.compile(
            r"\s*(?:tình nguyện viên|đoàn viên|cán bộ|công chức|viên chức|học sinh|sinh viên|giáo viên"
            r"|lượt người|người tham gia|chuyên gia|đại biểu|đội|nhóm|lớp|buổi|đoàn)(?!\w)"
        ),
        "a count of people or groups taking part, not of services or dossiers",
    ),
    # "gần 3.000 thành viên tham gia tập huấn": the members trained, not the teams' members
    (
        re.compile(
            r"\s*(?:thành viên|người)\s+(?:được\s+)?(?:tham gia\s+)?(?:tập huấn|đào tạo|bồi dưỡng|hội nghị|lớp|khóa)"
        ),
        "the people trained or attending, not the members counted",
    ),
)
# "Vốn đầu tư toàn xã hội gần 650.000 tỷ đồng": the province's whole investment, not money for digital transformation
_NOT_DX_MONEY = re.compile(
    r"toàn xã hội|tổng sản phẩm|grdp|tổng vốn đầu tư phát triển|thu ngân sách|kim ngạch"
    r"|ngân sách nhà nước trên địa bàn|vốn đầu tư thực hiện trên địa bàn|tổng chi ngân sách|bội chi"
)
# "kinh phí cho mỗi huyện, thị, thành phố 1 tỷ đồng": an amount for each unit, not the province's total
_PER_UNIT = re.compile(r"(?<!\w)(?:mỗi|từng)\s+\w+[^.;\d]{0,40}$")
# "với mức tối đa là 3 triệu đồng/tổ/năm", "300.000 đồng/tháng": a rate for each unit
_PER_UNIT_AFTER = re.compile(r"\s*/\s*(?:tổ|người|xã|phường|thôn|hộ|đơn vị|trường|gói thầu|tháng|năm)(?!\w)")
# "Tại xã Thiệu Hóa, ... Đến nay xã đã có ... đạt 69,85%": one named commune's (or district's) figure; not an
# acronym ("xã NTM" is any new-rural commune)
_NAMED_LOCALITY = re.compile(
    rf"(?<!\w){LOCAL_UNIT}\s+(?=[A-ZĐÂ])(?![A-ZĐ]{{2,}}(?!\w))\w+"
    # "23/23 xã của huyện ... 100% số xóm": the district's, named before
    r"|(?<!\w)của\s+(?:huyện|xã|thị xã)(?!\w)(?!\s+[A-ZĐÂ])"
    # a numbered ward or urban district: "Tại UBND phường 4, TP.Vũng Tàu, ...", "quận 1" (not "xã, phường 95%")
    r"|(?<!\w)(?:[Pp]hường|[Qq]uận)\s+\d{1,2}(?![\d%]|[.,]\d|\s*%)"
)
# "tỷ lệ hồ sơ giải quyết quá hạn chỉ chiếm 0,01%", "giải quyết đúng hạn 98,01%": timeliness, no catalog measure
_TIMELINESS = vre(r"(?:quá hạn|trễ hạn|đúng hạn|trước hạn)[^.;%\d]{0,100}$")
# "Cổng dịch vụ công quốc gia đã cung cấp hơn 4.500 dịch vụ công trực tuyến: ...": the national portal's own figures
_NATIONAL_PORTAL_SUBJECT = vre(
    r"\W*(?:cổng dịch vụ công quốc gia|cổng dvc quốc gia|cổng dvcqg)(?:\s*\([^)]*\))?\s+"
    r"(?:đã|đến nay|hiện|có|cung cấp|tiếp nhận|ghi nhận)(?!\w)"
)
# a ministry as the subject ("Bộ Công Thương dẫn đầu với 83,48%"), not as a source ("chủ trương của Bộ TT&TT")
_MINISTRY = re.compile(r"(?<!của )(?<!theo )(?<!với )(?<!\w)Bộ\s+(?:[A-ZĐ]|KH|TT)|(?<!\w)[Kk]hối bộ")


def not_a_province_figure(
    ctx: _Ctx, sent: Sentence, num: _Num, cs: int, seg_start: int, prev_start: int, named: bool = False
) -> str | None:
    """Why `num` is no province's own figure, or None. `seg_start` is where its part of the clause begins
    (after the previous number), `prev_start` where the previous number begins (the clause start if none);
    `named`: the figure stands in brackets after a province's name ("cùng các tỉnh Hòa Bình (86,5%)")."""
    low, unit = ctx.low, num.q.unit
    changed = _CHANGE.search(low, max(cs, num.start - 20), num.start) and _CHANGE_AFTER.match(low, num.end)
    risen = num.q.value > 100 and _CHANGE_BY.search(low, max(cs, num.start - 20), num.start)
    if unit == PERCENT and (changed or risen):
        return "a change, not a level"
    if _ADDED.search(low, max(cs, num.start - 20), num.start):
        return "an increase ('tăng thêm 47 doanh nghiệp', 'thành lập thêm'), not a level"
    if unit == PERCENT and _SHARE_OF_TARGET.match(low, num.end):
        return "a share of a target, not a level"
    if unit == PERCENT and _POINTS_BEFORE.search(low, max(cs, num.start - 40), num.start):
        return "the share of an index's points ('17,94/18 điểm, đạt tỷ lệ 99,66%'), not a rate"
    if (
        _NATIONAL_FIGURE.search(low, seg_start, num.start)
        or _of_ministry(ctx, sent, num)
        or _NATIONAL_PORTAL_SUBJECT.match(low, sent.start)
    ):
        return "a national or ministry figure"
    if not named and _GROUP_SUBJECT.search(low, prev_start, num.start) and not _NAMES_AFTER.match(ctx.text, num.end):
        return "a figure of several provinces or of some departments"
    if unit == PERCENT and num.q.value > 100 and _COMPARED_TO.search(low, max(cs, num.start - 20), num.start):
        return "a percentage of another figure ('bằng 205,6% số ...'), not a rate"
    if unit == PERCENT and num.q.value > 100:
        # "hộ gia đình có Internet cáp quang đạt 105,48%", "tài khoản định danh điện tử, đạt tỷ lệ 133%": no catalog
        # rate exceeds 100 (the fact_values gate would block the whole refresh); it is some other ratio
        return "a percentage above 100, which no catalog rate can be"
    if unit in (PERCENT, COUNT, MONEY) and _RANGE_BEFORE.search(low, max(cs, num.start - 8), num.start):
        return "the upper end of a range"
    if unit == COUNT and num.q.value in (0, 1):
        return "a count of one, or of districts or communes, not a measure"
    if unit == COUNT:
        for counted, why in _NOT_COUNTED_AFTER:
            if counted.match(low, num.end):
                return why
        if _DENSITY_BEFORE.search(low, max(seg_start, num.start - 60), num.start):
            return "a density per 100 people or households, not a count"
    if unit == PERCENT and _TIMELINESS.search(low, max(seg_start, num.start - 120), num.start):
        return "an on-time or overdue rate, not a catalog measure"
    if _of_named_locality(ctx, sent, num) or (not named and _in_brackets_after_a_name(ctx.text, cs, num.start)):
        return "a figure of one named commune or district, not of the province"
    if unit == MONEY and (
        _PER_UNIT.search(low, max(seg_start, num.start - 60), num.start) or _PER_UNIT_AFTER.match(low, num.end)
    ):
        return "an amount for each unit (district, commune, school), not a total"
    if unit == COUNT and _PER_UNIT.search(low, max(seg_start, num.start - 60), num.start):
        return "a count for each unit ('trung bình mỗi xã ... có 10 trạm BTS'), not a total"
    if unit == MONEY and _NOT_DX_MONEY.search(low, max(seg_start, num.start - 60), num.start):
        return "the province's total investment or output, not a digital-transformation budget"
    return None


# "tiếp nhận 22.498 hồ sơ trực tuyến": the dossiers filed online, a part of all dossiers received
_ONLINE_PART_AFTER = vre(
    r"\s*hồ sơ(?:\s+(?:tthc|thủ tục hành chính))?\s+(?:được\s+)?(?:nộp\s+|tiếp nhận\s+)?"
    r"(?:trực tuyến|qua mạng|qua (?:cổng )?dịch vụ công|qua (?:dịch vụ )?bưu chính)(?!\s+toàn trình)"
)


_ONLINE = vre(r"trực tuyến|qua mạng")
# "số lượng và giá trị giao dịch thanh toán không dùng tiền mặt trong các bệnh viện, cơ sở y tế ... đạt 50%"
_TRANSACTIONS_BEFORE = vre(r"giao dịch[^.;%\d]*$")
# "100% người dân và doanh nghiệp sử dụng dịch vụ công trực tuyến được cấp định danh và xác thực điện tử"
_USERS_IDENTIFIED_AFTER = vre(r"[^.;]*?dịch vụ công trực tuyến\s+(?:được\s+)?(?:cấp\s+)?(?:định danh|xác thực)")
# "thanh toán trực tuyến nghĩa vụ tài chính về đất đai ... 1.183 giao dịch": land dues, beside the fees and charges
_LAND_DUES = vre(r"nghĩa vụ tài chính (?:về |trong lĩnh vực )?đất đai")
# "43 nhiệm vụ khoa học và công nghệ cấp tỉnh"
_SCIENCE_TASKS_AFTER = vre(r"\s*(?:nhiệm vụ|đề tài|dự án)\s+(?:khoa học|kh&cn|khcn)")
# "100% thủ tục hành chính có thể được tiếp nhận trực tuyến": procedures (services offered), not dossiers filed
_PROCEDURES_NOT_DOSSIERS = vre(r"\s*%?\s*(?:các\s+)?(?:thủ tục hành chính|tthc|thủ tục|dịch vụ công|dvc|dvctt)(?!\w)")
# "Tổ chỉ đạo triển khai công nghệ số cộng đồng cấp huyện với 357 thành viên": the steering teams, not the teams
_STEERING_TEAM = vre(r"tổ chỉ đạo[^.;\d…]{0,120}$")
# "235/235 xã, phường, thị trấn đã ban hành quyết định thành lập tổ công nghệ số cộng đồng": communes, not teams
_COMMUNES_AFTER = vre(r"\s*(?:xã|phường|thị trấn)(?!\w)")
# "100% cơ quan, đơn vị các cấp ... được trang bị máy tính, mạng LAN, kết nối Internet băng thông rộng cố định"
_BODIES_NOT_HOUSEHOLDS = vre(
    r"\s*%?\s*(?:các\s+)?(?:cơ quan|đơn vị|doanh nghiệp|trường học|cơ sở|bệnh viện|ubnd|xã|phường|thị trấn|thôn)(?!\w)"
)
# "tỷ lệ người dân có khả năng sử dụng băng rộng cố định tốc độ trên 1 Gb/s đạt 25%"
_PEOPLE_NOT_HOUSEHOLDS = vre(r"(?:người dân|dân số)(?![^.;]*(?<!\w)hộ(?!\w))[^.;]*$")
# "tỉnh Yên Bái tổ chức Hội nghị về công tác chuyển đổi số kết nối trực tuyến đến 9 điểm cầu": one meeting's reach
_ONE_MEETING = vre(r"tổ chức (?:các\s+)?(?:hội nghị|cuộc họp|phiên họp|buổi|lễ)(?![^.;]*hệ thống)")
# "Tỷ lệ dịch vụ công trực tuyến (một phần và toàn trình) có phát sinh hồ sơ trực tuyến": services, not dossiers
_SERVICES_WITH_DOSSIERS = vre(r"(?:dịch vụ công|dvc|dvctt)[^.;:\d%]{0,40}?\s(?:có\s+)?phát sinh\s+$")
# "Chương trình mục tiêu quốc gia phát triển ... vùng đồng bào dân tộc thiểu số ... tổng kinh phí khoảng 1.465 tỷ"
# "kế hoạch đầu tư công trung hạn nguồn ngân sách trung ương giai đoạn 2021 – 2025 gần 5.580 tỷ đồng": all public works
_OTHER_PROGRAMME = vre(
    r"chương trình mục tiêu quốc gia|nông thôn mới|giảm nghèo|dân tộc thiểu số|đầu tư công trung hạn"
    r"|kế hoạch đầu tư công"
)
_DX_WORDS = vre(r"chuyển đổi số|số hóa|công nghệ thông tin|cntt|chính quyền số|đô thị thông minh|hạ tầng số")


def _other_programme(low: str, pos: int) -> bool:
    """Money whose sentence, up to the amount, names another national programme and nothing digital."""
    start = max(low.rfind(". ", 0, pos), low.rfind("\n", 0, pos), 0)
    return bool(_OTHER_PROGRAMME.search(low, start, pos)) and not _DX_WORDS.search(low, start, pos)


# "17,94/18 điểm, đạt tỷ lệ 99,66%": the share of an index's points
_POINTS_BEFORE = vre(r"\d+(?:,\d+)?\s*/\s*\d+(?:,\d+)?\s*điểm[^.;%\d]{0,25}$")
# "tăng thêm 47 doanh nghiệp", "thành lập thêm ... tổ": an increase
_ADDED = vre(r"(?<!\w)(?:tăng|giảm|bổ sung|thành lập|phát triển|có)\s+thêm(?:\s+(?:được|trên|hơn|gần|khoảng))?\s*$")
# "tăng trên 202%": a rise, however it is worded
_CHANGE_BY = vre(r"(?<!\w)(?:tăng|giảm)(?:\s+thêm)?(?:\s+(?:trên|hơn|gần|khoảng|xấp xỉ))?\s*$")
# "tốc độ tăng trưởng cao (bình quân hơn 20%/năm)": growth per year, a share only for the growth measures
_PER_YEAR_AFTER = vre(r"\s*(?:/\s*năm|mỗi năm|một năm|hằng năm|hàng năm)(?!\w)")
_GROWTH_CODES = frozenset({"labor_productivity_growth"})
_GROWTH_BEFORE = vre(r"tăng trưởng\s*(?:bình quân\s*)?(?:đạt\s*|là\s*|ở mức\s*)?(?:khoảng\s*|gần\s*|hơn\s*|trên\s*)?$")
# "kinh tế tư nhân đóng góp 78% GRDP – ... năng suất lao động": a share of GRDP is no productivity growth
_OF_GRDP_AFTER = vre(r"\s*(?:(?:tổng\s+)?(?:grdp|gdp)|tổng sản phẩm)(?!\w)")
_GRDP_CODES = frozenset({"digital_economy_share_grdp"})
# "748 DVCTT một phần và 973 DVCTT toàn trình": each kind is a part of the services offered
# "dịch vụ công trực tuyến toàn trình có 688 TTHC", "... cung cấp dịch vụ công trực tuyến toàn trình: 804 (54,03%)":
# the same part, named before its count
_PARTIAL_SERVICES_BEFORE = vre(
    r"(?:dvctt|dvc|dịch vụ công|dịch vụ|tthc)(?:\s+trực tuyến)?\s+(?:một phần|toàn trình)\s*(?:có|là|gồm|đạt|:)?\s*$"
)
_PARTIAL_SERVICES_AFTER = vre(
    r"\s*(?:dvctt|dvc trực tuyến|dịch vụ công(?: trực tuyến)?|dịch vụ|thủ tục hành chính|tthc)"
    r"(?:\s+(?:dịch vụ công|dvc))?(?:\s+trực tuyến)?\s+(?:một phần|toàn trình"
    # "trong đó có 573 dịch vụ mức độ 3 và 244 dịch vụ mức độ 4": one level (not "mức độ 3, 4", all of them)
    r"|(?:đạt\s+)?mức(?:\s+độ)?\s+[34](?!\s*(?:,|và|-)\s*(?:mức(?:\s+độ)?\s+)?[34]))"
)
# "1.192 thủ tục hành chính (TTHC) đủ điều kiện cung cấp dịch vụ công trực tuyến toàn trình, trong đó đã cung cấp ..."
_ELIGIBLE_AFTER = vre(r"[^.;\d]{0,40}?(?<!\w)đủ điều kiện")
# "65,6% số lượng phản ánh được xử lý và nhận được sự hài lòng": feedback, not procedures
_FEEDBACK = vre(r"(?:số lượng|số|các|lượt|tỷ lệ|xử lý)\s+(?:phản ánh|kiến nghị|góp ý)|phản ánh,?\s*kiến nghị")
# "đưa 177 sản phẩm OCOP lên sàn thương mại điện tử": products counted on a platform, not "196 sản phẩm OCOP"
_ON_PLATFORM_CODES = frozenset({"ecommerce_platform_product_count", "ocop_ecommerce_rate"})
_ON_A_PLATFORM = vre(r"(?<!\w)sàn(?!\w)|thương mại điện tử|tmđt|nền tảng|trực tuyến|website|postmart|voso")
# "98% trung tâm thôn, tổ dân phố được phủ sóng băng rộng di động 3G, 4G": mobile coverage, not fibre
_MOBILE = vre(r"di động|(?<!\w)[345]g(?!\w)|phủ sóng")
_FIBRE_WORDS = r"cáp quang|băng rộng cố định"
_FIBRE = vre(_FIBRE_WORDS)
# "hạ tầng mạng cố định băng rộng được phủ tới 100% xã/phường, thị trấn"
_FIXED_NETWORK = vre(_FIBRE_WORDS + r"|cố định băng rộng|mạng cố định")
_FIBRE_CODES = frozenset({"village_fiber_coverage_rate", "commune_fiber_coverage_rate"})


_FIGURE = re.compile(r"\d+(?:[.,]\d+)?\s*%|(?<![\d/])\d+\s*/\s*\d+(?![\d/])")  # "98%", "71/71"


def _part_start(low: str, pos: int, floor: int = 0) -> int:
    """Where the sentence part holding `pos` begins: after the last ". ", ";" or line break before it."""
    return max(floor, max(low.rfind(". ", floor, pos), low.rfind(";", floor, pos), low.rfind("\n", floor, pos)) + 1)


def _mobile_nearer(low: str, pos: int) -> bool:
    """A figure whose noun comes after it ("95% thôn bản") measures the network named in the nearest stretch
    of its sentence before it (back to the previous figure, and further while a stretch names none): mobile
    when that stretch names mobile coverage and no fibre ("phủ sóng băng rộng di động tại 95% thôn bản";
    "độ phủ sóng di động ... đạt 100% tại các trung tâm xã, phường và 99,9% tại các thôn")."""
    back = low[_part_start(low, pos, max(0, pos - 200)) : pos]
    cuts = [0, *(m.end() for m in _FIGURE.finditer(back)), len(back)]
    for a, b in reversed(list(zip(cuts, cuts[1:], strict=False))):
        mobile, fibre = _MOBILE.search(back, a, b), _FIBRE.search(back, a, b)
        if mobile or fibre:
            return bool(mobile) and not fibre
    return False


def _on_a_platform(low: str, num: _Num) -> bool:
    """A platform is named before the count in its sentence part, or after it before the next comma: "sàn giao dịch
    thương mại điện tử (...), đến cuối năm 2023 có 80 doanh nghiệp tham gia với 1.139 sản phẩm", "đưa 177 sản
    phẩm OCOP lên sàn"; not "Thanh Hóa đã có 196 sản phẩm OCOP, nhiều sản phẩm ... đã được đưa lên sàn"."""
    back = _part_start(low, num.start)
    end = min(i for i in (low.find(",", num.end), low.find(";", num.end), low.find(". ", num.end), len(low)) if i >= 0)
    return bool(_ON_A_PLATFORM.search(low, back, num.start) or _ON_A_PLATFORM.search(low, num.end, end))


def not_this_measure(ctx: _Ctx, num: _Num, code: str, phrase_start: int | None, end: int) -> str | None:
    """Why the measure a number was mapped to is not what the text counts, or None. The measure is read from
    its governing phrase (`phrase_start`, when it stands before the number) to `end`."""
    low = ctx.low
    if code == "dossier_total_count" and (
        _ONLINE_PART_AFTER.match(low, num.num_end)
        or phrase_start is not None
        and _ONLINE.search(low, phrase_start, num.start)  # "hồ sơ được tiếp nhận trực tuyến đạt 50.693"
    ):
        return "the dossiers filed online or by post, a part of the total"
    for codes, where, regex, why in _MEASURE_SCREENS:
        if code in codes and _screen_hits(low, num, phrase_start, where, regex):
            return why
    counted = _COUNTED_NOUN.match(low, num.num_end) if num.q.unit == COUNT and phrase_start is not None else None
    if counted and not set(counted.group(1).split()) <= ctx.lexicon.words.get(code, set()):
        # "tài khoản mua trên sàn thương mại điện tử 267.600 tài khoản": accounts, not the platform's enterprises;
        # "1.050 hồ sơ được nộp trực tuyến qua Cổng dịch vụ công quốc gia": dossiers, not services
        return f"a count of {counted.group(1)}, which the measure named with it does not count"
    if code == "commune_telecom_coverage_rate":
        part = _part_start(low, num.start)
        if _FIXED_NETWORK.search(low, part, num.start) and not _MOBILE.search(low, part, num.start):
            return "fixed broadband coverage, not the telecom (mobile) network"
    if num.q.unit == MONEY and _other_programme(low, num.start):
        return "money of another programme (new rural areas, ethnic minorities ...), not of digital transformation"
    if num.q.unit == PERCENT and code not in _GROWTH_CODES and _PER_YEAR_AFTER.match(low, num.end):
        return "a yearly rate of growth, not a share"
    if (
        num.q.unit == PERCENT
        and code not in _GROWTH_CODES
        and _GROWTH_BEFORE.search(low, max(0, num.start - 30), num.start)
    ):
        return "a growth rate ('ước đạt tăng trưởng 22,4%'), not a share"
    if num.q.unit == PERCENT and code not in _GRDP_CODES and _OF_GRDP_AFTER.match(low, num.end):
        return "a share of GRDP, which only the digital economy's share measures"
    if num.q.unit == MONEY and phrase_start is not None and _NOT_DX_MONEY.search(low, phrase_start, num.start):
        # "vốn đầu tư toàn xã hội khoảng 22.710 tỷ đồng, đạt 102,3% KH (KH 22.200 tỷ đồng)": the plan of that total
        return "the province's total investment or output, not a digital-transformation budget"
    own = min(num.start, phrase_start) if phrase_start is not None else num.start
    if code == "tthc_satisfaction_rate" and _FEEDBACK.search(low, own, end):
        return "satisfaction with the handling of feedback (phản ánh, kiến nghị), not with procedures"
    if code in _ON_PLATFORM_CODES and not _on_a_platform(low, num):
        return "products counted off any e-commerce platform"
    start = min(num.end, phrase_start) if phrase_start is not None else num.end
    if code in _FIBRE_CODES and _MOBILE.search(low, start, end) and not _FIBRE.search(low, start, end):
        return "mobile coverage, not fibre"
    if code in _FIBRE_CODES and start >= num.end and _mobile_nearer(low, num.start):
        return "mobile coverage, not fibre"
    return None


# "100% cán bộ, công chức cấp xã được bồi dưỡng ... kỹ năng số": the skills of officials, not of the population
_OFFICIALS_AFTER = vre(
    r"\s*%?\s*(?:các\s+)?(?:cán bộ|công chức|viên chức|đảng viên|giáo viên|học sinh|sinh viên)(?!\w)"
)


# "1.028 trạm BTS 5G", "nâng tổng số trạm 5G lên 1.197 trạm": the 5G stations only
_5G_STATIONS_AFTER = vre(r"\s*trạm(?:\s+bts)?\s+5g(?!\w)")
_5G_STATIONS_BEFORE = vre(r"trạm(?:\s+bts)?\s+5g(?!\w)[^.;\d]{0,40}$")
_OPERATOR_BEFORE = vre(r"(?<!\w)(?:viettel|vnpt|vinaphone|mobifone|fpt)(?!\w)[^.;\d]{0,20}$")


# the noun a count is told in, right after it
_COUNTED_NOUN = vre(
    # "38.500 lượt giao dịch": transactions, counted in times
    r"\s*(?:lượt\s+)?(tài khoản|hồ sơ|giao dịch|thuê bao|sản phẩm|doanh nghiệp|thành viên|nhiệm vụ|dự án|lượt"
    r"|hộ gia đình)(?!\w)"
)


# "961 dịch vụ cung cấp thông tin trực tuyến", "504/1.893 TTHC thực hiện dịch vụ cung cấp thông tin",
# "50 dịch vụ tiện ích": no online public services
_NOT_PUBLIC_SERVICES_AFTER = vre(
    r"\s*(?:dịch vụ|tthc|thủ tục hành chính)(?:\s+thực hiện)?(?:\s+dịch vụ)?\s+(?:cung cấp thông tin|tiện ích)"
)


# Screens of one measure that are one regex: (codes, where the regex looks, regex, why the figure is not that measure).
# "after": right after the number; "part": from the start of the number's sentence part up to it; "phrase": in the 80
# characters before the measure's governing phrase, when that phrase stands before the number.
_MEASURE_SCREENS = (
    ({"mobile_bts_count"}, "after", _5G_STATIONS_AFTER, "5G stations, a part of all base stations"),
    ({"mobile_bts_count"}, "part", _5G_STATIONS_BEFORE, "5G stations, a part of all base stations"),
    (
        {"mobile_bts_count", "internet_subscription_count", "telephone_subscription_count"},
        "part",
        _OPERATOR_BEFORE,
        "one telecom operator's share ('trong đó Viettel chiếm 324 trạm'), not the province's total",
    ),
    (
        {"digital_skills_trained_rate"},
        "after",
        _OFFICIALS_AFTER,
        "officials, teachers or pupils trained, not the working-age population",
    ),
    (
        {"dx_task_count"},
        "after",
        _SCIENCE_TASKS_AFTER,
        "science and technology tasks, not digital-transformation tasks",
    ),
    (
        {"ops_count"},
        "after",
        _PARTIAL_SERVICES_AFTER,
        "the services offered in part or in full online, a part of all online services",
    ),
    (
        {"ops_count"},
        "part",
        _PARTIAL_SERVICES_BEFORE,
        "the services offered in part or in full online, a part of all online services",
    ),
    ({"ops_count"}, "after", _ELIGIBLE_AFTER, "the procedures eligible to be offered online, not the services offered"),
    (
        {"ops_count"},
        "after",
        _NOT_PUBLIC_SERVICES_AFTER,
        "services that only inform, or an app's utilities, not online public services",
    ),
    ({"household_fixed_broadband_rate"}, "phrase", _PEOPLE_NOT_HOUSEHOLDS, "a share of people, not of households"),
    ({"household_fixed_broadband_rate"}, "after", _BODIES_NOT_HOUSEHOLDS, "a share of bodies, not of households"),
    (
        {"community_digital_team_count", "community_digital_team_member_count"},
        "after",
        _COMMUNES_AFTER,
        "a count of communes, not of teams or members",
    ),
    (
        {"community_digital_team_count", "community_digital_team_member_count"},
        "part",
        _STEERING_TEAM,
        "steering teams or their members, not community digital teams",
    ),
    (
        {"dossier_online_rate", "dossier_full_online_rate"},
        "after",
        _PROCEDURES_NOT_DOSSIERS,
        "a share of procedures or services, not of dossiers",
    ),
    (
        {"dossier_online_rate"},
        "phrase",
        _SERVICES_WITH_DOSSIERS,
        "the share of online services that received dossiers, not of dossiers filed online",
    ),
    (
        {"ops_e_payment_transaction_count", "ops_e_payment_amount"},
        "part",
        _LAND_DUES,
        "payments of land dues ('nghĩa vụ tài chính về đất đai'), not of public-service fees",
    ),
    (
        {"hospital_cashless_rate", "school_digital_rate"},
        "phrase",
        _TRANSACTIONS_BEFORE,
        "a share of payment transactions, not of hospitals or schools",
    ),
    (
        {"adult_ops_usage_rate"},
        "after",
        _USERS_IDENTIFIED_AFTER,
        "users of online services who are identified electronically, not the share of people using them",
    ),
    (
        {"video_conference_unit_count"},
        "part",
        _ONE_MEETING,
        "the points one meeting connected, not the province's video-conference system",
    ),
)


def _screen_hits(low: str, num: _Num, phrase_start: int | None, where: str, regex: re.Pattern) -> bool:
    if where == "after":
        return bool(regex.match(low, num.num_end))
    if where == "part":
        return bool(regex.search(low, _part_start(low, num.start), num.start))
    return phrase_start is not None and bool(regex.search(low, max(0, phrase_start - 80), phrase_start))


def _of_named_locality(ctx: _Ctx, sent: Sentence, num: _Num) -> bool:
    """A figure whose paragraph names a commune or district before it ("Tại xã Thiệu Hóa, ...", "của huyện"), with
    no province named in between, is that locality's."""
    para_start = ctx.paras[sent.para].start if sent.para < len(ctx.paras) else sent.start
    return _named_last(ctx, _NAMED_LOCALITY, para_start, num)


_NAME_BEFORE = re.compile(r"(\w+(?:\s+\w+){0,2})\s*$")


def _in_brackets_after_a_name(text: str, cs: int, pos: int) -> bool:
    """The figure stands in brackets opened right after a proper name that is no province (a province's is
    read before): "các địa phương ... như: Nông Sơn (tạo lập hồ sơ đạt 115,34%, ...)"."""
    lo = max(cs, pos - 80)
    bracket = text.rfind("(", lo, pos)
    if bracket < 0 or ")" in text[bracket:pos]:
        return False
    m = _NAME_BEFORE.search(text, max(lo, bracket - 40), bracket)
    if m is None:
        return False
    words = m.group(1).split()
    names = [w for w in words if w[0].isupper() and w[1:].islower()]
    return len(names) == len(words) and len(words) >= 2


def _of_ministry(ctx: _Ctx, sent: Sentence, num: _Num) -> bool:
    """A figure whose sentence names a ministry before it, with no province in between, is the ministry's."""
    return _named_last(ctx, _MINISTRY, sent.start, num)


def _named_last(ctx: _Ctx, pattern: re.Pattern, start: int, num: _Num) -> bool:
    """`pattern` matches in text[start:num] and no province is named between its last match and the figure."""
    last = None
    for m in pattern.finditer(ctx.text, start, num.start):
        last = m
    if last is None:
        return False
    i = bisect_left(ctx.mention_starts, num.start) - 1
    return i < 0 or ctx.mentions[i].start < last.start()
