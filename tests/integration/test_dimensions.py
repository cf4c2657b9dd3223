"""Province and time dimensions across the 2025 merger, and marts that compare with national goals."""

from __future__ import annotations

import csv

import pytest

from dagster_project.reference.calendar import calendar_years
from tests.helpers import PROJECT_ROOT

pytestmark = pytest.mark.slow  # subprocesses, a built warehouse, a server or a browser


def test_dim_province_has_both_eras(marts):
    counts = dict(marts.execute("select era, count(*) from marts.dim_province group by era").fetchall())
    assert counts == {"63": 63, "34": 34}
    (n_keys,) = marts.execute("select count(distinct province_key) from marts.dim_province").fetchone()
    assert n_keys == 97


def test_reused_code_52_is_two_provinces(marts):
    rows = marts.execute("""
        select era, name_vi, valid_from, valid_to from marts.dim_province where gso_code = '52' order by era
    """).fetchall()
    assert [(r[0], r[1]) for r in rows] == [("34", "Gia Lai"), ("63", "Bình Định")]
    assert str(rows[0][2]) == "2025-07-01" and rows[0][3] is None
    assert str(rows[1][3]) == "2025-06-30"


@pytest.mark.parametrize(
    "legacy, current",
    [
        ("Kiên Giang", "An Giang"),
        ("Bình Định", "Gia Lai"),
        ("Sóc Trăng", "Cần Thơ"),
        ("Hải Dương", "Hải Phòng"),
        ("Quảng Nam", "Đà Nẵng"),
        ("Hà Nội", "Hà Nội"),
    ],
)
def test_bridge_succession(marts, legacy, current):
    rows = marts.execute(
        """
        select current_name_vi, current_province_key from marts.bridge_province_succession
        where legacy_name_vi = ?""",
        [legacy],
    ).fetchall()
    assert len(rows) == 1 and rows[0][0] == current and rows[0][1].startswith("vn34_")


def test_bridge_covers_all_63_legacy_provinces(marts):
    assert marts.execute("select count(*) from marts.bridge_province_succession").fetchone() == (63,)
    assert marts.execute(
        "select count(distinct current_province_key) from marts.bridge_province_succession"
    ).fetchone() == (34,)


def test_dim_year_spans_the_calendar_the_fact_gate_allows(marts):
    first, last = calendar_years()
    assert (first, last) == (2000, 2050)
    assert marts.execute("select min(year), max(year), count(*) from marts.dim_year").fetchone() == (2000, 2050, 51)


def test_span_periods_map_to_years_without_yearly_values(marts):
    row = marts.execute(
        "select start_year, end_year, n_years, covered_years from marts.dim_period where period = '2021-2023'"
    ).fetchone()
    assert row == (2021, 2023, 3, [2021, 2022, 2023])
    # the Kiên Giang 2021-2023 budget stays one span fact; no yearly rows are invented
    rows = marts.execute("""
        select period, year, value from marts.fct_budget
        where province_key = 'vn63_91' and indicator_code = 'dx_budget'""").fetchall()
    assert rows == [("2021-2023", None, pytest.approx(197.3))]


def test_dim_indicator_polarity_and_units(marts):
    rows = dict(
        marts.execute(
            "select indicator_code, higher_is_better from marts.dim_indicator "
            "where indicator_code in ('dti_rank', 'adult_ops_usage_rate')"
        ).fetchall()
    )
    assert rows == {"dti_rank": False, "adult_ops_usage_rate": True}


def test_dim_indicator_says_which_indicators_have_levels(marts):
    rows = dict(
        marts.execute(
            "select indicator_code, per_admin_level from marts.dim_indicator "
            "where indicator_code in ('work_records_online_rate', 'community_digital_team_count', 'dti_rank')"
        ).fetchall()
    )
    assert rows == {"work_records_online_rate": True, "community_digital_team_count": True, "dti_rank": False}
    # the Bình Định 2024 work-records targets are per level; no fact of a whole-province indicator has one
    (mislevelled,) = marts.execute("""
        select count(*) from marts.fct_indicator_value join marts.dim_indicator using (indicator_code)
        where admin_level != 'all' and not per_admin_level""").fetchone()
    (levelled,) = marts.execute("""
        select count(*) from marts.fct_indicator_value join marts.dim_indicator using (indicator_code)
        where admin_level != 'all' and per_admin_level""").fetchone()
    assert mislevelled == 0 and levelled >= 3


def test_dim_indicator_says_how_reliably_each_indicator_is_extracted(marts):
    """seeds/extraction_quality.csv (make fresh): precision and recall on unseen texts beside each indicator."""
    with open(PROJECT_ROOT / "seeds" / "extraction_quality.csv", encoding="utf-8") as f:
        seed = {r["indicator_code"]: r for r in csv.DictReader(f)}
    dti = seed["dti_rank"]
    true, false, missed = int(dti["unseen_true"]), int(dti["unseen_false"]), int(dti["unseen_missed"])
    rows = marts.execute("""
        select indicator_code, unseen_facts_scored, unseen_precision, unseen_recall from marts.dim_indicator
        where indicator_code = 'dti_rank' or indicator_code not in (select indicator_code from seeds.extraction_quality)
        order by indicator_code""").fetchall()
    assert (
        "dti_rank",
        true + false,
        pytest.approx(true / (true + false)),
        pytest.approx(true / (true + missed)),
    ) in rows
    unscored = [r for r in rows if r[0] != "dti_rank"]
    assert unscored and all(r[1:] == (0, None, None) for r in unscored)


def test_national_targets_keep_verification_flag(marts):
    rows = marts.execute("""
        select admin_level, value, is_verified from marts.fct_national_target
        where indicator_code = 'work_records_online_rate' and year = 2025 order by value desc""").fetchall()
    assert rows == [("province", 90, True), ("district", 80, True), ("commune", 60, True)]
    (provisional,) = marts.execute("select count(*) from marts.fct_national_target where not is_verified").fetchone()
    assert provisional >= 1


def test_kien_giang_rate_under_an_giang_is_not_averaged(marts):
    rows = marts.execute("""
        select source_name_vi, value, aggregation, current_total
        from marts.mart_province_current
        where current_name_vi = 'An Giang' and year = 2023
          and indicator_code = 'adult_ops_usage_rate' and value_role = 'actual'""").fetchall()
    assert rows == [("Kiên Giang", pytest.approx(45.98), "per_source_province", None)]


def test_gia_lai_target_next_to_national_target(marts):
    row = marts.execute("""
        select target_value, national_target_value, national_target_verified, gap_target_vs_national
        from marts.mart_indicator_scorecard
        where province_key = 'vn63_64' and year = 2024 and indicator_code = 'adult_ops_usage_rate'
          and admin_level = 'all'""").fetchone()
    assert row == (40, 40, True, 0)


def test_scorecard_status_values(marts):
    statuses = {r[0] for r in marts.execute("select distinct status from marts.mart_indicator_scorecard").fetchall()}
    assert statuses <= {"met", "on_track", "behind", "no_data"}
    # Kiên Giang 2023 has an actual but no provincial or national target for that year: nothing to compare
    (status,) = marts.execute("""
        select status from marts.mart_indicator_scorecard
        where province_key = 'vn63_91' and year = 2023 and indicator_code = 'adult_ops_usage_rate'""").fetchone()
    assert status == "no_data"
