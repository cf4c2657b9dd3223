"""marts.mart_public_services on the warehouse built from the shipped reports (issue 16, point 3)."""

from __future__ import annotations

import csv
import re

import pytest

from tests.helpers import PROJECT_ROOT

pytestmark = pytest.mark.slow  # subprocesses, a built warehouse, a server or a browser

MODEL = PROJECT_ROOT / "dbt" / "models" / "marts" / "mart_public_services.sql"
KEYS = ("province_key", "year", "indicator_code", "admin_level")


def cell(con, province_vi, year, indicator_code, admin_level="all"):
    """The mart row of a legacy (63-map) province by name; asserts there is exactly one."""
    rows = con.execute(
        """
        select s.* from marts.mart_public_services s join marts.dim_province p using (province_key)
        where p.name_vi = ? and p.era = '63' and s.year = ? and s.indicator_code = ? and s.admin_level = ?""",
        [province_vi, year, indicator_code, admin_level],
    )
    columns = [d[0] for d in rows.description]
    found = rows.fetchall()
    assert len(found) == 1, f"expected one row, got {found}"
    return dict(zip(columns, found[0], strict=True))


def listed_codes() -> set[str]:
    """The public-service codes of the model's explicit list (its `('code', 'area'),` lines)."""
    return set(re.findall(r"^\s*\('([a-z0-9_]+)', '[a-z_]+'\),?$", MODEL.read_text(encoding="utf-8"), re.MULTILINE))


def test_grain_is_unique_and_keys_not_null(marts):
    (n_rows, n_cells, n_null_keys) = marts.execute(f"""
        select count(*), count(distinct ({", ".join(KEYS)})),
               count(*) filter (where {" or ".join(f"{k} is null" for k in KEYS)})
        from marts.mart_public_services""").fetchone()
    assert n_rows > 0
    assert n_rows == n_cells
    assert n_null_keys == 0


def test_soc_trang_e_payments(marts):
    count = cell(marts, "Sóc Trăng", 2023, "ops_e_payment_transaction_count")
    assert count["actual_value"] == 2644936
    assert count["service_area"] == "payments" and count["unit"] == "count"
    assert count["actual_doc_id"] == "002_a61c10cbc6eae42e"
    assert "2.644.936" in count["actual_evidence"]
    amount = cell(marts, "Sóc Trăng", 2023, "ops_e_payment_amount")
    assert amount["actual_value"] == pytest.approx(25231.8)
    assert amount["unit"] == "billion_vnd"
    assert "25.231,8" in amount["actual_evidence"]


def test_kien_giang_portal_integration_keeps_numerator_and_denominator(marts):
    count = cell(marts, "Kiên Giang", 2024, "ops_national_portal_integrated_count")
    assert (count["actual_value"], count["actual_numerator"], count["actual_denominator"]) == (1390, 1390, 1902)
    assert count["actual_ratio_pct"] == pytest.approx(73.08)
    assert "1.390/1.902" in count["actual_evidence"]
    rate = cell(marts, "Kiên Giang", 2024, "ops_national_portal_integration_rate")
    # the printed rate stays as printed; the computed ratio shows that it does not match its parts
    assert rate["actual_value"] == pytest.approx(70.08)
    assert (rate["actual_numerator"], rate["actual_denominator"]) == (1390, 1902)
    assert rate["actual_ratio_pct"] == pytest.approx(73.08)
    assert rate["fact_type"] == "indicator" and rate["service_area"] == "portal_integration"


def test_other_service_facts(marts):
    assert cell(marts, "Cần Thơ", 2024, "citizen_data_auth_lookup_count")["actual_value"] == 111000
    assert cell(marts, "Hà Nội", 2024, "ops_count")["actual_value"] == 2099
    da_nang = cell(marts, "Đà Nẵng", 2024, "dossier_full_online_rate")
    assert (da_nang["actual_value"], da_nang["actual_kind"], da_nang["service_area"]) == (65, "actual", "dossiers")
    satisfaction = cell(marts, "Bình Định", 2024, "tthc_satisfaction_rate")
    assert (satisfaction["target_value"], satisfaction["target_comparator"]) == (90, ">=")
    assert satisfaction["actual_value"] is None


def test_latest_target_follows_scorecard_precedence_and_national_target(marts):
    # Gia Lai's 2024 targets appear in two reports; the more recently published one (2024-10) wins
    full_process = cell(marts, "Gia Lai", 2024, "ops_full_process_rate")
    assert full_process["target_value"] == 80 and full_process["n_source_reports"] == 2
    assert full_process["target_doc_id"] == "002_a61c10cbc6eae42e"
    usage = cell(marts, "Gia Lai", 2024, "adult_ops_usage_rate")
    assert usage["target_value"] == 40 and usage["national_target_value"] == 40
    same = marts.execute("""
        select count(*) from marts.mart_public_services p join marts.mart_indicator_scorecard s
            using (province_key, year, indicator_code, admin_level)
        where p.target_doc_id is distinct from s.target_doc_id or p.actual_doc_id is distinct from s.actual_doc_id
           or p.target_value is distinct from s.target_value or p.actual_value is distinct from s.actual_value
           or p.national_target_value is distinct from s.national_target_value""").fetchone()[0]
    assert same == 0


def test_only_the_listed_public_service_indicators(marts):
    codes = listed_codes()
    with (PROJECT_ROOT / "seeds" / "indicators.csv").open(encoding="utf-8") as f:
        catalog = {row["code"]: row["fact_type"] for row in csv.DictReader(f)}
    assert codes and codes <= set(catalog), f"not in the catalog: {codes - set(catalog)}"
    assert {catalog[c] for c in codes} == {"service", "indicator"}
    in_mart = {r[0] for r in marts.execute("select distinct indicator_code from marts.mart_public_services").fetchall()}
    assert in_mart <= codes
    # Sóc Trăng's reporting regimes, e-tax and bank accounts are facts, but not public services
    assert (
        not {
            "reporting_regime_connected_count",
            "e_tax_payment_amount",
            "bank_transaction_account_count",
            "digital_tech_enterprise_count",
        }
        & in_mart
    )
