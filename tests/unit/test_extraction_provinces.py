"""Province recognition per era, variants, roundup sections."""

from __future__ import annotations

import pytest

from dagster_project.extraction import extract_document
from dagster_project.extraction.normalise import match_views
from dagster_project.extraction.provinces import era_for_date, province_map


def _codes(text, era="63"):
    cased, low = match_views(text)
    return [m.code for m in province_map(era).find(cased, low)]


@pytest.mark.parametrize(
    "text,code",
    [
        ("TP. Hồ Chí Minh", "79"),
        ("TP.HCM", "79"),
        ("Thành phố Hồ Chí Minh", "79"),
        ("TPHCM", "79"),
        ("Thừa Thiên Huế", "46"),
        ("thành phố Huế", "46"),
        ("Bà Rịa - Vũng Tàu", "77"),
        ("Bà Rịa–Vũng Tàu", "77"),
        ("tỉnh Đắk Lắk", "66"),
        ("Đắc Lắc", "66"),
        ("Đắk Nông", "67"),
        ("Hoà Bình", "17"),
        ("Hòa Bình", "17"),
        ("Khánh Hoà", "56"),
        ("Thanh Hoá", "38"),
        ("tỉnh Gia Lai", "64"),
        ("Bình Định", "52"),
        ("Kon Tum", "62"),
    ],
)
def test_legacy_variants(text, code):
    assert _codes(f"Báo cáo của {text} năm 2024.") == [code]


def test_all_63_and_34_names_are_recognised():
    for era, n in (("63", 63), ("34", 34)):
        pmap = province_map(era)
        assert len(pmap.names) == n
        for code, name in pmap.names.items():
            if name == "Hồ Chí Minh":
                name = "Thành phố Hồ Chí Minh"
            assert _codes(f"Tại {name}, kết quả tốt.", era) == [code], name


def test_codes_are_resolved_within_the_era():
    assert _codes("tỉnh Gia Lai", "63") == ["64"] and _codes("tỉnh Gia Lai", "34") == ["52"]
    assert _codes("tỉnh Bình Định", "63") == ["52"] and _codes("tỉnh Bình Định (cũ)", "34") == ["52"]
    assert _codes("tỉnh Kiên Giang", "34") == ["91"]  # merged into An Giang


@pytest.mark.parametrize(
    "text",
    [
        "Học tập và làm theo tư tưởng Hồ Chí Minh.",
        "Ông Nguyễn Thái Bình phát biểu tại hội nghị.",
        "Người dân mong muốn hòa bình và ổn định.",
    ],
)
def test_things_that_are_not_provinces(text):
    assert _codes(text) == []


def test_era_from_publication_date():
    assert era_for_date("2025-07-01") == "34" and era_for_date("2025-06-30") == "63"
    assert era_for_date("2025-08") == "34" and era_for_date("2024") == "63" and era_for_date(None) is None


def test_post_merger_report_uses_the_34_map():
    result = extract_document("t", "Năm 2025, tỷ lệ hồ sơ trực tuyến của tỉnh Gia Lai đạt 70%.", "2025-09-01")
    assert result.province_era == "34"
    assert [(f.province_code, f.province_vi) for f in result.facts] == [("52", "Gia Lai")]


def test_era_from_a_date_in_the_text_when_no_sidecar():
    result = extract_document("t", "Ngày 15/8/2025, tỷ lệ hồ sơ trực tuyến của tỉnh Lâm Đồng đạt 70%.")
    assert result.province_era == "34" and result.facts[0].province_code == "68"
    assert extract_document("t", "Tỷ lệ hồ sơ trực tuyến của tỉnh Lâm Đồng đạt 70%.").province_era == "63"


ROUNDUP = """Nhiều địa phương đạt kết quả tích cực về chuyển đổi số trong năm 2024.
Giám đốc Sở Thông tin và Truyền thông tỉnh Nam Định Trần Văn Bình:
Dữ liệu là động lực
Năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 52%. Kinh nghiệm của Hà Nam cho thấy cần đầu tư.
Phó Chủ tịch Ủy ban nhân dân thành phố Hải Phòng Lê Văn An:
Cảng biển số
Năm 2024, thành phố có gần 1.200 doanh nghiệp công nghệ số; tỷ lệ hồ sơ trực tuyến toàn trình đạt 68%.
"""


def test_roundup_sections_give_each_fact_its_province():
    facts = extract_document("t", ROUNDUP, "2024-10-01").facts
    got = {(f.province_vi, f.indicator_code, f.value) for f in facts}
    assert got == {
        ("Nam Định", "dossier_full_online_rate", 52),
        ("Hải Phòng", "digital_tech_enterprise_count", 1200),
        ("Hải Phòng", "dossier_full_online_rate", 68),
    }


def test_report_naming_no_province_yields_no_facts_but_unmapped_rows():
    result = extract_document("t", "Năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình trên cả nước đạt 45%.", "2024-05")
    assert result.facts == [] and result.unmapped and result.unmapped[0]["province_code"] == ""
