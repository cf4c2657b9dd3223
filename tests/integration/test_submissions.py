"""Structured submissions: `dx template` writes a workbook, a filled one loads end to end, bad cells are
rejected row by row into ingest_errors with file, sheet, row and column."""

from __future__ import annotations

import duckdb
import pytest
from openpyxl import load_workbook

from tests.helpers import pipeline_env, run_dx

pytestmark = pytest.mark.slow  # subprocesses, a built warehouse, a server or a browser


def _row_of(sheet, code):
    for row in range(2, sheet.max_row + 1):
        if sheet.cell(row=row, column=1).value == code:
            return row
    raise KeyError(code)


def _fill(sheet, code, kind, value, comparator="=", level=None, period=None):
    row = _row_of(sheet, code)
    for column, v in zip("EFGHI", [level, kind, comparator, value, period], strict=True):
        sheet[f"{column}{row}"] = v
    return row


@pytest.fixture(scope="module")
def submitted(tmp_path_factory):
    root = tmp_path_factory.mktemp("subm")
    env = pipeline_env(root)
    folder = root / "sources" / "submissions"
    folder.mkdir()
    template = folder / "gia_lai_2025.xlsx"
    run_dx("template", "--province", "Gia Lai", "--year", "2025", "--out", str(template))
    book = load_workbook(template)
    indicators, budgets = book["indicators"], book["budgets"]
    _fill(indicators, "adult_ops_usage_rate", "actual", 52.5)
    _fill(indicators, "ops_full_process_rate", "target", 90, ">=")
    rows = {
        "text": _fill(indicators, "e_invoice_rate", "actual", "nhiều"),
        "percent": _fill(indicators, "adult_smartphone_rate", "actual", 120),
        "kind": _fill(indicators, "household_fixed_broadband_rate", "reached", 70),
    }
    # budget rows 2..200 are pre-formatted (unlocked) input rows, so fill them by position, not append
    for row, values in ((2, ["all", "2025", "planned", 210, 80, None]), (3, ["province", "2025", "planned", -5])):
        for column, value in enumerate(values, start=1):
            budgets.cell(row=row, column=column, value=value)
    book.save(template)
    (folder / "broken.csv").write_text(
        "province,year,indicator_code,value\nGia Lai,2025,dti_score,0.5\n", encoding="utf-8"
    )
    run_dx("run", env=env)
    return env, rows


def test_template_has_sheets_catalog_and_validation(tmp_path):
    out = tmp_path / "t.xlsx"
    run_dx("template", "--province", "Gia Lai", "--year", "2025", "--out", str(out))
    book = load_workbook(out)
    assert book.sheetnames == ["huong_dan", "indicators", "services", "budgets"]
    beside = {row[0].value: row[1].value for row in book["huong_dan"].iter_rows(max_col=2)}
    assert beside["Tỉnh / thành phố:"] == "Gia Lai" and beside["Bản đồ hành chính (63 hoặc 34):"] == "34"
    assert beside["Mã tỉnh (GSO):"] == "52" and beside["Năm báo cáo:"] == 2025
    codes = [c.value for c in book["indicators"]["A"][1:]] + [c.value for c in book["services"]["A"][1:]]
    assert "adult_ops_usage_rate" in codes and "ops_count" in codes
    validations = book["indicators"].data_validations.dataValidation
    assert any(v.type == "list" and "target" in v.formula1 for v in validations)
    assert any(v.type == "decimal" and v.formula2 == "100" for v in validations)


def test_unknown_province_is_one_line_error(tmp_path):
    proc = run_dx(
        "template", "--province", "Atlantis", "--year", "2025", "--out", str(tmp_path / "x.xlsx"), check=False
    )
    assert proc.returncode == 2 and "unknown province" in proc.stderr and "Traceback" not in proc.stderr


def test_filled_gia_lai_2025_reaches_the_scorecard(submitted):
    env, _ = submitted
    with duckdb.connect(env["DX_WAREHOUSE"], read_only=True) as con:
        row = con.execute("""
            select actual_value, source_kinds, actual_evidence from marts.mart_indicator_scorecard
            where province_key = 'vn34_52' and year = 2025 and indicator_code = 'adult_ops_usage_rate'""").fetchone()
        assert row[0] == pytest.approx(52.5) and row[1] == "submission" and row[2].startswith("indicators!H")
        target = con.execute("""select target_value, target_comparator from marts.mart_indicator_scorecard
            where province_key = 'vn34_52' and year = 2025 and indicator_code = 'ops_full_process_rate'""").fetchone()
        assert target == (90, ">=")
        budget = con.execute("""select planned_billion_vnd, planned_task_count from marts.mart_budget_summary
            where province_key = 'vn34_52' and period = '2025' and admin_scope = 'all'""").fetchone()
        assert budget == (210, 80)


def test_bad_cells_are_rejected_row_by_row(submitted):
    env, rows = submitted
    with duckdb.connect(env["DX_WAREHOUSE"], read_only=True) as con:
        reasons = [
            r[0]
            for r in con.execute(
                "select reason from marts.ingest_errors where stage = 'validate' order by reason"
            ).fetchall()
        ]
    expected = [
        f"gia_lai_2025.xlsx: sheet indicators, row {rows['text']}, column value: 'nhiều' is not a number",
        f"gia_lai_2025.xlsx: sheet indicators, row {rows['percent']}, column value: 120 is outside 0–100",
        f"gia_lai_2025.xlsx: sheet indicators, row {rows['kind']}, column value_kind: 'reached' is not one of",
        "gia_lai_2025.xlsx: sheet budgets, row 3, column value: -5 is negative",
        "broken.csv: missing columns: admin_level, value_kind, comparator, period",
    ]
    for fragment in expected:
        assert any(fragment in r for r in reasons), (fragment, reasons)
    assert len(reasons) == len(expected)
