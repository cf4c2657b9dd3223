"""General extraction rules, one hard case per test (synthetic sentences, not the seed texts)."""

from __future__ import annotations

import pytest

from dagster_project.extraction import extract_document


def _facts(text, published="2024-06-01"):
    return extract_document("t", text, published).facts


def _one(text, code=None, published="2024-06-01"):
    facts = [f for f in _facts(text, published) if code is None or f.indicator_code == code]
    assert len(facts) == 1, facts
    return facts[0]


@pytest.mark.parametrize(
    "word,comparator",
    [
        ("hơn", ">"),
        ("trên", ">"),
        ("tối thiểu", ">="),
        ("ít nhất", ">="),
        ("dưới", "<"),
        ("gần", "~"),
        ("khoảng", "~"),
        ("xấp xỉ", "~"),
        ("", "="),
    ],
)
def test_comparators(word, comparator):
    f = _one(f"Năm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh Nam Định đạt {word} 55%.".replace("  ", " "))
    assert f.indicator_code == "dossier_online_rate" and f.value == 55 and f.comparator == comparator


@pytest.mark.parametrize(
    "sentence,kind",
    [
        ("Năm 2024, tỉnh Nam Định phấn đấu tỷ lệ hồ sơ trực tuyến đạt 60%.", "target"),
        ("Mục tiêu năm 2024 của tỉnh Nam Định là tỷ lệ hồ sơ trực tuyến đạt 60%.", "target"),
        ("Năm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh Nam Định đã đạt 60%.", "actual"),
        ("Đến nay, tỷ lệ hồ sơ trực tuyến của tỉnh Nam Định đạt 60%.", "actual"),
        ("Năm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh Nam Định ước đạt 60%.", "estimate"),
    ],
)
def test_value_kinds(sentence, kind):
    assert _one(sentence).value_kind == kind


def test_budget_in_a_plan_is_planned():
    facts = _facts("Tỉnh Nam Định dự kiến chi hơn 120 tỷ đồng thực hiện 35 nhiệm vụ chuyển đổi số năm 2025.")
    budget = next(f for f in facts if f.indicator_code == "dx_budget")
    tasks = next(f for f in facts if f.indicator_code == "dx_task_count")
    assert (budget.value_kind, budget.comparator, budget.value, budget.period) == ("planned", ">", 120, "2025")
    assert (tasks.value_kind, tasks.value) == ("planned", 35)


def test_spent_budget_of_a_past_period_is_actual():
    f = _one("Tổng kinh phí chuyển đổi số của tỉnh Nam Định giai đoạn 2020-2023 là 88,4 tỷ đồng.")
    assert (f.value_kind, f.period, f.value) == ("actual", "2020-2023", 88.4)


@pytest.mark.parametrize(
    "sentence,period",
    [
        ("Năm 2024, tỷ lệ hồ sơ trực tuyến của tỉnh Nam Định đạt 60%.", "2024"),
        ("Giai đoạn 2021-2023, tỷ lệ hồ sơ trực tuyến của tỉnh Nam Định đạt 60%.", "2021-2023"),
        ("Tỉnh Nam Định phấn đấu đến năm 2025 tỷ lệ hồ sơ trực tuyến đạt 60%.", "2025"),
        ("Tính đến tháng 7/2024, tỷ lệ hồ sơ trực tuyến của tỉnh Nam Định là 60%.", "2024"),
        ("Từ năm 2022-2025, tỉnh Nam Định bố trí hơn 500 tỷ đồng kinh phí cho chuyển đổi số.", "2022-2025"),
        ("Tỷ lệ hồ sơ trực tuyến của tỉnh Nam Định tăng từ 40% năm 2021 lên 60% năm 2023.", "2023"),
    ],
)
def test_periods(sentence, period):
    facts = _facts(sentence)
    assert facts[-1].period == period


def test_from_year_until_now_is_the_current_year():
    f = _one(
        "Theo Sở Thông tin và Truyền thông, tính đến tháng 8/2024, tỷ lệ số hóa hồ sơ của tỉnh Nam Định "
        "từ năm 2022 đến nay đạt 90%."
    )
    assert f.period == "2024" and f.value_kind == "actual"


def test_plan_title_year_applies_to_its_target_list():
    text = (
        "Kế hoạch chuyển đổi số tỉnh Nam Định năm 2025\n"
        "Mục tiêu cụ thể:\n"
        "- Tỷ lệ hồ sơ trực tuyến đạt 70%.\n"
        "- Tối thiểu 85% người dân, doanh nghiệp hài lòng về việc giải quyết thủ tục hành chính.\n"
        "- Tỷ lệ dân số trưởng thành có điện thoại thông minh đạt trên 90%.\n"
    )
    facts = _facts(text, "2025-01-15")
    assert {(f.indicator_code, f.value_kind, f.period, f.comparator, f.value) for f in facts} == {
        ("dossier_online_rate", "target", "2025", "=", 70),
        ("tthc_satisfaction_rate", "target", "2025", ">=", 85),
        ("adult_smartphone_rate", "target", "2025", ">", 90),
    }


def test_three_admin_levels_in_one_sentence():
    facts = _facts(
        "Năm 2024, tỉnh Nam Định phấn đấu tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng "
        "đạt 95% đối với cấp tỉnh, 85% đối với cấp huyện và 70% đối với cấp xã."
    )
    assert {(f.admin_level, f.value) for f in facts} == {("province", 95), ("district", 85), ("commune", 70)}
    assert {f.indicator_code for f in facts} == {"work_records_online_rate"}


def test_admin_levels_named_by_bodies():
    facts = _facts(
        "Năm 2024, tỉnh Nam Định phấn đấu tỷ lệ xử lý văn bản, hồ sơ công việc trên môi trường mạng "
        "(các sở, ngành thuộc UBND tỉnh đạt 99%; các phòng thuộc UBND cấp huyện đạt 90%; "
        "UBND cấp xã đạt 75%)."
    )
    assert {(f.admin_level, f.value) for f in facts} == {("province", 99), ("district", 90), ("commune", 75)}


def test_budget_parts_per_level_and_a_two_level_total():
    facts = _facts(
        "Năm 2025, tỉnh Nam Định dự kiến chi 300 tỷ đồng thực hiện 60 nhiệm vụ chuyển đổi số cấp tỉnh, "
        "huyện. Cụ thể, cấp sở, ban, ngành thực hiện 40 nhiệm vụ với kinh phí dự kiến là 250,5 tỷ đồng; "
        "cấp huyện thực hiện 20 nhiệm vụ với kinh phí dự kiến hơn 49,5 tỷ đồng."
    )
    got = {(f.indicator_code, f.admin_level, f.value, f.comparator) for f in facts}
    assert got == {
        ("dx_budget", "", 300, "="),
        ("dx_task_count", "", 60, "="),
        ("dx_task_count", "province", 40, "="),
        ("dx_budget", "province", 250.5, "="),
        ("dx_task_count", "district", 20, "="),
        ("dx_budget", "district", 49.5, ">"),
    }


def test_level_of_an_indicator_that_is_itself_about_communes_stays_empty():
    f = _one("Năm 2024, tỉnh Nam Định phấn đấu 100% Ủy ban nhân dân cấp xã có đài truyền thanh thông minh.")
    assert f.indicator_code == "commune_smart_radio_rate" and f.admin_level == ""


def test_a_change_is_not_a_level():
    facts = _facts("Năm 2024, tỷ lệ hồ sơ trực tuyến của tỉnh Nam Định đạt 60%, tăng 12% so với năm 2023.")
    assert [(f.indicator_code, f.value) for f in facts] == [("dossier_online_rate", 60)]


def test_precise_body_figure_beats_a_rounded_headline():
    text = (
        "Hơn 80 tỷ đồng cho chuyển đổi số giai đoạn 2020-2023\n"
        "Tổng kinh phí chuyển đổi số của tỉnh Nam Định giai đoạn 2020-2023 là 80,6 tỷ đồng.\n"
        "Báo cáo nêu rõ tổng kinh phí chuyển đổi số giai đoạn 2020-2023 là 80,6 tỷ đồng.\n"
    )
    facts = _facts(text)
    assert [(f.value, f.comparator) for f in facts] == [(80.6, "=")]


def test_measure_without_catalog_code_goes_to_unmapped():
    result = extract_document("t", "Năm 2024, năng lực bốc xếp của cảng Nam Định tăng khoảng 35%.", "2024-06")
    assert result.facts == []
    assert result.unmapped and result.unmapped[0]["number_text"] == "35%"
    assert set(result.unmapped[0]) == {
        "doc_id",
        "province_code",
        "sentence",
        "number_text",
        "phrase",
        "char_start",
        "char_end",
        "reason",
    }


def test_nbsp_and_old_tone_placement_are_matched_and_kept_in_evidence():
    text = "Năm 2024, tỷ lệ hồ sơ sức khoẻ\u00a0điện tử của tỉnh Khánh Hoà đạt 75\u00a0%."
    f = _one(text)
    assert f.indicator_code == "e_health_record_rate" and f.province_code == "56" and f.value == 75
    assert f.evidence == text[f.char_start : f.char_end] and "\u00a0" in f.evidence


def test_nfd_text_is_handled():
    import unicodedata

    text = unicodedata.normalize("NFD", "Năm 2024, tỷ lệ hồ sơ trực tuyến của tỉnh Thừa Thiên Huế đạt 65%.")
    f = _one(text)
    nfc = unicodedata.normalize("NFC", text)
    assert f.province_code == "46" and f.evidence == nfc[f.char_start : f.char_end]


TABLE = (
    "Kết quả chuyển đổi số tỉnh Nam Định\n"
    "Chỉ tiêu\tNăm 2023\tKế hoạch 2024\tƯớc thực hiện 2024\tSo sánh (%)\n"
    "Tỷ lệ hồ sơ trực tuyến\t40%\t50%\t52,1%\t104\n"
    "Số doanh nghiệp công nghệ số\t300\t350\t362\t103\n"
)
KEY_VALUE_LINES = (
    "Báo cáo chuyển đổi số tỉnh Nam Định\n"
    "Kết quả thực hiện năm 2024:\n"
    "- Tỷ lệ hồ sơ trực tuyến: 48,7%\n"
    "- Số thuê bao internet: 1,1 triệu thuê bao\n"
)


@pytest.mark.parametrize(
    "text, published, expected",
    [
        (  # a table flattened to text: kind and year come from the header
            TABLE,
            "2024-12-20",
            {
                ("dossier_online_rate", "2023", "actual", 40),
                ("dossier_online_rate", "2024", "target", 50),
                ("dossier_online_rate", "2024", "estimate", 52.1),
                ("digital_tech_enterprise_count", "2023", "actual", 300),
                ("digital_tech_enterprise_count", "2024", "target", 350),
                ("digital_tech_enterprise_count", "2024", "estimate", 362),
            },
        ),
        (  # key-value lines under a results heading
            KEY_VALUE_LINES,
            "2025-01-05",
            {
                ("dossier_online_rate", "2024", "actual", 48.7),
                ("internet_subscription_count", "2024", "actual", 1_100_000),
            },
        ),
    ],
    ids=["table_header", "results_heading"],
)
def test_structured_text_takes_kind_and_year_from_its_headings(text, published, expected):
    assert {(f.indicator_code, f.period, f.value_kind, f.value) for f in _facts(text, published)} == expected


TWO_PROVINCES = "Năm 2024, tỷ lệ hồ sơ công việc xử lý trên môi trường mạng của {}."


@pytest.mark.parametrize(
    "clause, expected, unmapped",
    [
        ("tỉnh Gia Lai đạt 80%, của tỉnh Kon Tum đạt 70%", {("64", 80.0), ("62", 70.0)}, []),
        ("Gia Lai và Kon Tum đều đạt 80%", {("64", 80.0), ("62", 80.0)}, []),
        ("tỉnh Gia Lai, tỉnh Kon Tum và tỉnh Đắk Lắk cùng đạt 75%", {("64", 75.0), ("62", 75.0), ("66", 75.0)}, []),
        ("Gia Lai và Kon Tum đạt 80%", set(), ["several provinces for work_records_online_rate"]),
    ],
)
def test_two_provinces_in_one_sentence(clause, expected, unmapped):
    result = extract_document("two", TWO_PROVINCES.format(clause), "2024-05-01")
    assert {(f.province_code, f.value) for f in result.facts} == expected
    assert [u["reason"] for u in result.unmapped] == unmapped


def test_a_two_column_ranking_table_and_a_line_of_prose_that_ends_it():
    """Constructed: the layout of a ranking table with the rank and its bare score before the name."""
    text = (
        "Bảng xếp hạng chỉ số chuyển đổi số năm 2023\n"
        "Xếp hạng DTI\tTỉnh, thành phố\n"
        "1\t0,6512\tHải Phòng\n"
        "2\t0,6480\tQuảng Ninh\n"
        "Các tỉnh còn lại xếp từ 3 đến 63.\n"
    )
    got = {(f.province_vi, f.indicator_code, f.period, f.value) for f in _facts(text, "2024-10-01")}
    assert got == {
        ("Hải Phòng", "dti_rank", "2023", 1),
        ("Hải Phòng", "dti_score", "2023", 0.6512),
        ("Quảng Ninh", "dti_rank", "2023", 2),
        ("Quảng Ninh", "dti_score", "2023", 0.648),
    }


def test_a_former_province_named_once_in_a_text_about_its_successor_keeps_the_new_map():
    """Constructed: the successor is the text's subject; the former province is only named."""
    text = (
        "TP. Hồ Chí Minh đẩy mạnh chuyển đổi số. Năm 2025, tỷ lệ hồ sơ trực tuyến của TP. Hồ Chí Minh đạt 60%, "
        "trong đó khu vực Bà Rịa - Vũng Tàu (cũ) có nhiều cải thiện. TP. Hồ Chí Minh dẫn đầu về dịch vụ công."
    )
    result = extract_document("t", text, "2025-10-01")
    assert {(f.province_era, f.province_code, f.value) for f in result.facts} >= {("34", "79", 60)}


def test_as_of_now_keeps_the_publication_year_instead_of_the_paragraphs_earlier_year():
    """Constructed, after the shipped Sóc Trăng report: a figure 'đến nay' is not the year of the figure before it."""
    text = (
        "Năm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh Sóc Trăng đạt 50%. "
        "Đến nay, có 1.049.726 tài khoản giao dịch của các tổ chức, cá nhân tại các ngân hàng trên địa bàn tỉnh."
    )
    periods = {(f.indicator_code, f.period, f.period_source) for f in _facts(text, "2024-10")}
    assert ("bank_transaction_account_count", "2024", "publication") in periods
    assert ("dossier_online_rate", "2023", "text") in periods


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Tỷ lệ người dân có tài khoản VNeID đạt 85%.", "adult_eid_account_rate"),
        ("Tỉnh có 85 doanh nghiệp CNTT.", "digital_tech_enterprise_count"),
        ("Tỷ lệ hồ sơ TTHC được số hóa đạt 85%.", "tthc_digitization_rate"),
    ],
)
def test_abbreviations_and_other_names_of_a_measure_word(sentence, code):
    """synonyms.csv: a phrase with "định danh điện tử" is also found written "VNeID", "công nghệ thông tin" as
    "CNTT", "thủ tục hành chính" as "TTHC"; every phrase of the lexicon gets the other names of its words."""
    got = {(f.indicator_code, f.value) for f in _facts("Tỉnh Nghệ An. " + sentence)}
    assert got == {(code, 85)}


def test_a_share_of_communes_takes_the_measure_before_it_but_a_share_of_other_bodies_does_not():
    """ "100% các xã, phường" is what a coverage figure counts; "100% các cơ quan, đơn vị đã công bố ..." is a share
    of bodies no catalog measure counts, so it takes no measure named before it."""
    communes = _facts("Tỉnh Hà Nam. Mạng viễn thông đã cơ bản cung cấp dịch vụ tới 100% các xã, phường, thị trấn.")
    assert [(f.indicator_code, f.value) for f in communes] == [("commune_telecom_coverage_rate", 100)]
    bodies = _facts("Tỉnh Hà Nam. Mạng viễn thông phát triển, 100% các cơ quan, đơn vị đã công bố mã định danh.")
    assert bodies == []


def test_no_obligation_is_no_target():
    """'phải' is a target cue ('phải tiếp nhận tối thiểu 80%'); 'không phải' (need not) is not."""
    fact = _one("Tại Hà Nội, người dân không phải đến trực tiếp, hồ sơ trực tuyến đạt 95%.", "dossier_online_rate")
    assert fact.value_kind == "actual"


@pytest.mark.parametrize(
    ("subject", "provinces"),
    [
        ("Các bộ, ngành, địa phương đã cung cấp", set()),  # the nation's figure, whatever the outlet
        ("Toàn tỉnh đã cung cấp", {"Kon Tum"}),  # the province speaks of itself: the outlet's province
    ],
)
def test_a_text_naming_no_province_is_the_outlets_unless_it_speaks_of_the_nation(subject, provinces):
    text = f"{subject} 4.510 dịch vụ công trực tuyến trên Cổng Dịch vụ công quốc gia của Chính phủ."
    result = extract_document("t", text, "2024-05-09", None, "Cổng thông tin điện tử tỉnh Kon Tum")
    assert {f.province_vi for f in result.facts if f.indicator_code == "ops_count"} == provinces


def test_a_count_of_no_catalog_measure_stays_silent():
    """Counts of meetings or days are no measure a curator could map: no unmapped row."""
    assert extract_document("t", "Hà Nội tổ chức 25 hội nghị trong 10 ngày.", "2025").unmapped == []


@pytest.mark.parametrize(
    "text, reason",
    [
        (
            "Tỉnh Vĩnh Long có 122.180 thuê bao điện thoại, trong đó mạng Viettel có 50.725 thuê bao điện thoại.",
            "one telecom operator's share",
        ),
        (
            "Tỉnh Vĩnh Long có 122.180 thuê bao điện thoại (tăng 3,9 thuê bao điện thoại/100 hộ dân so năm 2013).",
            "a density per 100 people or households",
        ),
    ],
)
def test_an_operators_subscribers_and_a_density_per_100_households_are_no_province_total(text, reason):
    result = extract_document("t", text, "2014-10-24")
    assert [(f.indicator_code, f.value) for f in result.facts] == [("telephone_subscription_count", 122180)]
    assert any(u["reason"].startswith(reason) for u in result.unmapped)


def test_the_whole_society_is_no_commune_of_its_own():
    """ "toàn xã hội" (the whole society) is not "toàn xã" (the whole commune): the provincial paper's text keeps its
    province; "trên địa bàn huyện" makes the text a district's."""
    text = "Huy động nguồn lực toàn xã hội cho chuyển đổi số. Tỷ lệ hồ sơ trực tuyến đạt 60%."
    result = extract_document("t", text, "2024-05-01", "", "Báo Vĩnh Long (baovinhlong.com.vn)")
    assert [(f.province_vi, f.indicator_code, f.value) for f in result.facts] == [
        ("Vĩnh Long", "dossier_online_rate", 60)
    ]
    result = extract_document("t", text.replace("toàn xã hội", "trên địa bàn huyện"), "2024-05-01", "", "Báo Vĩnh Long")
    assert result.facts == []


def test_synonyms_never_turn_a_gapped_phrase_into_a_literal_one():
    """'hộ gia đình * băng thông rộng' (words apart) must not become the phrase 'hộ gia đình băng rộng' (words in a
    row, which no text writes): synonyms.csv renames the words of literal phrases only."""
    from dagster_project.extraction.lexicon import load_lexicon

    phrases = load_lexicon().phrases
    assert "hộ gia đình * băng thông rộng" in phrases
    assert "hộ gia đình băng rộng" not in phrases and "hộ gia đình băng thông rộng" not in phrases
    assert "dvctt mức độ 4" in phrases  # a literal phrase still takes its words' other names


def test_a_share_of_communes_or_villages_is_no_share_of_households():
    text = (
        "Tỉnh Quảng Trị. Đến nay, 100% xã có kết nối băng rộng cố định và 85% hộ gia đình có kết nối băng rộng cố định."
    )
    got = {(f.indicator_code, f.value) for f in extract_document("t", text, "2024").facts}
    assert ("household_fixed_broadband_rate", 100) not in got
    assert ("household_fixed_broadband_rate", 85) in got


def test_a_count_of_two_levels_is_their_sum():
    got = _facts("Tỉnh Gia Lai dự kiến thực hiện 77 nhiệm vụ, dự án chuyển đổi số cấp tỉnh, huyện trong năm 2024.")
    assert [(f.indicator_code, f.admin_level, f.value) for f in got] == [("dx_task_count", "", 77)]


def test_a_rank_on_the_old_map_of_the_headlines_province_after_the_merger_goes_to_the_curator():
    """After the merger "tỉnh" of a Lâm Đồng headline is the new Lâm Đồng, but "5/63" ranks the 63 provinces, and
    which of them (old Lâm Đồng, Đắk Nông, Bình Thuận) the text does not say: no fact, one unmapped row (it used to
    be dropped silently)."""
    result = extract_document(
        "t",
        "Về chỉ số chuyển đổi số (DTI) năm 2023, tỉnh xếp thứ 5/63 tỉnh, thành phố.",
        "2025-09-20",
        "Lâm Đồng đẩy mạnh chuyển đổi số",
    )
    assert result.facts == []
    assert [(u["reason"], u["number_text"]) for u in result.unmapped] == [
        ("DTI figure on the 63-province map: which province of that map is not clear from the text", "xếp thứ 5/63")
    ]
