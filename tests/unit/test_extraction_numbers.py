"""Vietnamese number and unit parsing."""

from __future__ import annotations

import pytest

from dagster_project.extraction import extract_document
from dagster_project.extraction.numbers import COUNT, MONEY, PERCENT, parse_vn_number, read_unit


@pytest.mark.parametrize(
    "raw,value",
    [
        ("1.390", 1390),
        ("70,08", 70.08),
        ("2.644.936", 2644936),
        ("25.231,8", 25231.8),
        ("169,547", 169.547),
        ("4.314", 4314),
        ("100", 100),
        ("7.5", 7.5),
        ("0,5412", 0.5412),
        ("1,000,000", 1000000),
    ],
)
def test_parse_vn_number(raw, value):
    assert parse_vn_number(raw) == pytest.approx(value)


@pytest.mark.parametrize(
    "after,value,unit,scaled",
    [
        ("%", 70.08, PERCENT, 70.08),
        (" %", 70.08, PERCENT, 70.08),
        (" tỷ đồng", 169.547, MONEY, 169.547),
        (" triệu đồng", 4314, MONEY, 4.314),
        (" nghìn tỷ đồng", 1.2, MONEY, 1200),
        (" ngàn tỷ", 2, MONEY, 2000),
        (" tỷ", 5, MONEY, 5),
        (" giao dịch", 2644936, COUNT, 2644936),
        (" triệu giao dịch", 2.5, COUNT, 2500000),
        (" nghìn người", 260, COUNT, 260000),
    ],
)
def test_units(after, value, unit, scaled):
    q = read_unit(after, 0, value)
    assert q.unit == unit and q.value == pytest.approx(scaled)


def test_tinh_is_not_ty():
    assert read_unit(" tỉnh, thành phố", 0, 2).unit == COUNT
    assert read_unit(" tỷ lệ", 0, 2).unit == COUNT


def _facts(text, published="2024-06-01"):
    return extract_document("t", text, published).facts


def test_money_facts_in_billion_vnd():
    facts = _facts(
        "Tỉnh Nam Định dự kiến chi 4.314 triệu đồng cho chuyển đổi số năm 2024.\n"
        "Tỉnh Hà Nam bố trí 1,5 nghìn tỷ đồng kinh phí chuyển đổi số năm 2024."
    )
    by = {f.province_vi: f for f in facts}
    assert by["Nam Định"].value == pytest.approx(4.314) and by["Nam Định"].unit == "billion_vnd"
    assert by["Hà Nam"].value == pytest.approx(1500)


def test_ratio_gives_numerator_and_denominator_and_keeps_the_stated_rate():
    facts = _facts(
        "Đến nay, tỉnh Nam Định đã tích hợp 1.200/1.500 dịch vụ công trực tuyến lên Cổng Dịch vụ "
        "công quốc gia, đạt 75,5%."
    )
    count = next(f for f in facts if f.indicator_code == "ops_national_portal_integrated_count")
    rate = next(f for f in facts if f.indicator_code == "ops_national_portal_integration_rate")
    assert (count.value, count.numerator, count.denominator) == (1200, 1200, 1500)
    assert rate.value == 75.5 and (rate.numerator, rate.denominator) == (1200, 1500)  # 80% computed, 75.5 stated


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 23/02/2024, UBND tỉnh Nam Định ban hành Kế hoạch số 33/KH-UBND.",
        "Tỉnh Nam Định tính đến tháng 9/2023 đã hoàn thành Đề án 06 và Nghị quyết số 07-NQ/TU.",
        "Sản lượng hàng hóa qua cảng Nam Định đạt 108,3 triệu tấn trong 6 tháng, giảm thời gian xuống 3 phút.",
        "Hỗ trợ 24/7 cho người dân tỉnh Nam Định trong bán kính 5 km và 30 phút di chuyển.",
        "Trong 11 năm liên tiếp (2009-2019), Nam Định dẫn đầu bảng xếp hạng Vietnam ICT Index.",
    ],
)
def test_non_indicator_numbers_are_not_facts(text):
    assert _facts(text) == []
