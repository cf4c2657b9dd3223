"""The workbook `dx template` writes, read the way a person reads it: each guide value beside its label on
`huong_dan`, sheet protection with the guide and code / name cells locked and the input cells open, and the
loader reading the guide values by label (also from the first, misaligned template layout)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from dagster_project.ingest.submission_loader import load_submissions
from dagster_project.ingest.submission_template import (
    BUDGET_COLUMNS,
    BUDGET_LAST_ROW,
    MEASURE_COLUMNS,
    MEASURE_INPUT_COLUMNS,
    META_LABELS,
    write_template,
)

PROVINCE, MAP, CODE, YEAR = (META_LABELS[k] for k in ("province_vi", "province_era", "province_code", "year"))


def _template(tmp_path: Path, province="Gia Lai", year=2025) -> Path:
    return write_template(province, year, tmp_path / "sources" / "submissions" / f"sub_{year}.xlsx")


def _labels(sheet) -> dict:
    """Column A label -> (row, the value in column B of that row), as a person reads the guide."""
    return {row[0].value: (row[0].row, row[1].value) for row in sheet.iter_rows(max_col=2) if row[0].value}


def _row_of(sheet, code: str) -> int:
    return next(c.row for c in sheet["A"] if c.value == code)


def _fill_ops_usage(path: Path, value=52.5) -> None:
    book = load_workbook(path)
    sheet = book["indicators"]
    row = _row_of(sheet, "adult_ops_usage_rate")
    sheet[f"F{row}"], sheet[f"H{row}"] = "actual", value
    book.save(path)


def _set_beside(path: Path, label: str, value) -> None:
    book = load_workbook(path)
    guide = book["huong_dan"]
    guide.cell(row=_labels(guide)[label][0], column=2).value = value  # cell(value=None) would not clear it
    book.save(path)


@pytest.mark.parametrize(("year", "era", "code"), [(2025, "34", "52"), (2024, "63", "64")])
def test_each_guide_value_sits_beside_its_label(tmp_path, year, era, code):
    guide = load_workbook(_template(tmp_path, year=year))["huong_dan"]
    labels = _labels(guide)
    assert labels[PROVINCE][1] == "Gia Lai"
    assert labels[MAP][1] == era
    assert labels[CODE][1] == code
    assert labels[YEAR][1] == year
    # no stray value anywhere else in column B (the old layout put the year beside an empty row)
    values = [c.value for c in guide["B"] if c.value is not None]
    assert sorted(map(str, values)) == sorted(["Gia Lai", era, code, str(year)])


def test_guide_and_catalog_cells_are_locked_inputs_unlocked(tmp_path):
    book = load_workbook(_template(tmp_path))
    for sheet in book.worksheets:
        assert sheet.protection.sheet, sheet.title
        assert not sheet.protection.password, sheet.title
    guide = book["huong_dan"]
    for row, _ in _labels(guide).values():
        assert guide.cell(row=row, column=1).protection.locked
        assert guide.cell(row=row, column=2).protection.locked
    inputs = {MEASURE_COLUMNS.index(c) + 1 for c in MEASURE_INPUT_COLUMNS}
    assert inputs == set(range(5, 11))  # E..J: admin_level, value_kind, comparator, value, period, note
    for name in ("indicators", "services"):
        sheet = book[name]
        assert [c.value for c in sheet[1]] == MEASURE_COLUMNS
        assert all(c.protection.locked for c in sheet[1])
        assert sheet.max_row > 2
        for row in range(2, sheet.max_row + 1):
            for column in range(1, len(MEASURE_COLUMNS) + 1):
                cell = sheet.cell(row=row, column=column)
                assert cell.protection.locked == (column not in inputs), (name, cell.coordinate)
    budgets = book["budgets"]
    assert all(c.protection.locked for c in budgets[1])
    for row in (2, 100, BUDGET_LAST_ROW):
        for column in range(1, len(BUDGET_COLUMNS) + 1):
            assert not budgets.cell(row=row, column=column).protection.locked


def test_round_trip_fill_and_load(tmp_path):
    path = _template(tmp_path)
    _fill_ops_usage(path)
    book = load_workbook(path)
    for column, value in enumerate(["all", "2025", "planned", 210, 80], start=1):
        book["budgets"].cell(row=2, column=column, value=value)
    book.save(path)
    result = load_submissions(tmp_path / "sources")
    assert result.errors == []
    by_code = {f["indicator_code"]: f for f in result.facts}
    assert set(by_code) == {"adult_ops_usage_rate", "dx_budget", "dx_task_count"}
    fact = by_code["adult_ops_usage_rate"]
    assert (fact["province_era"], fact["province_code"], fact["province_vi"]) == ("34", "52", "Gia Lai")
    assert fact["period"] == "2025" and fact["value"] == pytest.approx(52.5) and fact["value_kind"] == "actual"
    assert by_code["dx_budget"]["value"] == 210 and by_code["dx_task_count"]["source_ref"].endswith("budgets!E2")


def test_round_trip_2024_uses_the_63_province_map(tmp_path):
    path = _template(tmp_path, year=2024)
    _fill_ops_usage(path)
    result = load_submissions(tmp_path / "sources")
    assert result.errors == []
    [fact] = result.facts
    assert (fact["province_era"], fact["province_code"], fact["period"]) == ("63", "64", "2024")


def test_year_beside_its_label_is_the_one_read(tmp_path):
    """The loader reads the report year beside its label: change it and the facts follow (the province map
    and GSO code are resolved from province name and year, as before)."""
    path = _template(tmp_path)
    _fill_ops_usage(path)
    _set_beside(path, YEAR, 2024)
    [fact] = load_submissions(tmp_path / "sources").facts
    assert (fact["province_era"], fact["province_code"], fact["period"]) == ("63", "64", "2024")


@pytest.mark.parametrize(
    ("label", "value", "reason"),
    [
        (PROVINCE, "Atlantis", "unknown province 'Atlantis' in the 34-province map of 2025"),
        (PROVINCE, None, "nothing beside 'Tỉnh / thành phố:'"),
        (YEAR, "năm nay", "'năm nay' beside 'Năm báo cáo:' is not a year"),
        (YEAR, None, "nothing beside 'Năm báo cáo:'"),
    ],
)
def test_wrong_guide_value_rejects_the_file(tmp_path, label, value, reason):
    path = _template(tmp_path)
    _fill_ops_usage(path)
    _set_beside(path, label, value)
    result = load_submissions(tmp_path / "sources")
    assert result.facts == []
    [error] = result.errors
    assert error["reason"].startswith(f"{path.name}: ") and reason in error["reason"], error["reason"]


def test_missing_label_rejects_the_file(tmp_path):
    path = _template(tmp_path)
    _fill_ops_usage(path)
    book = load_workbook(path)
    guide = book["huong_dan"]
    guide.cell(row=_labels(guide)[YEAR][0], column=1, value="Ghi chú:")
    book.save(path)
    [error] = load_submissions(tmp_path / "sources").errors
    assert "has no label 'Năm báo cáo:'" in error["reason"]


def test_old_misaligned_layout_still_loads(tmp_path):
    """The first template wrote each guide value one row below its label; such files are still read right."""
    path = _template(tmp_path)
    _fill_ops_usage(path)
    book = load_workbook(path)
    guide = book["huong_dan"]
    labels = _labels(guide)
    for label in (PROVINCE, MAP, CODE, YEAR):
        guide.cell(row=labels[label][0], column=2).value = None
    for label, value in ((PROVINCE, "Gia Lai"), (MAP, "34"), (CODE, "52"), (YEAR, 2025)):
        guide.cell(row=labels[label][0] + 1, column=2, value=value)
    book.save(path)
    assert _labels(load_workbook(path)["huong_dan"])[MAP][1] == "Gia Lai"  # the misalignment being emulated
    result = load_submissions(tmp_path / "sources")
    assert result.errors == []
    [fact] = result.facts
    assert (fact["province_vi"], fact["province_code"], fact["period"]) == ("Gia Lai", "52", "2025")
