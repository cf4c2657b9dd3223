"""The Excel template a province fills in: one workbook per province and year.

Sheets: `huong_dan` (instructions in Vietnamese and the province/year the workbook is for),
`indicators` and `services` (pre-filled with every catalog code of that fact type), `budgets`.
Cells carry data validation (allowed value kinds, comparators and admin levels; numbers only;
percent 0–100) so most mistakes are caught while typing; the loader validates again. On `huong_dan` each
guide value sits beside its label (column B of the label's row). Every sheet is protected without a
password: the guide values and the code / name columns are locked, only the cells to fill in are unlocked.
"""

from __future__ import annotations

import csv
from pathlib import Path

from dagster_project.config import SEEDS_DIR
from dagster_project.reference import vocabularies

MERGER_YEAR = 2025  # a submission for 2025 or later is written after 1 July 2025: 34-province map
MEASURE_COLUMNS = [
    "indicator_code",
    "name_vi",
    "name_en",
    "unit",
    "admin_level",
    "value_kind",
    "comparator",
    "value",
    "period",
    "note",
]
BUDGET_COLUMNS = ["scope", "period", "value_kind", "amount_billion_vnd", "tasks", "note"]
VALUE_KINDS = list(vocabularies.VALUE_KINDS)
COMPARATORS = list(vocabularies.COMPARATORS)
ADMIN_LEVELS = ["", *vocabularies.ADMIN_LEVELS]  # empty: the whole province
BUDGET_SCOPES = ["all", *vocabularies.ADMIN_LEVELS]
# The guide values on `huong_dan`: each label sits in column A and its value beside it in column B.
META_LABELS = {
    "province_vi": "Tỉnh / thành phố:",
    "province_era": "Bản đồ hành chính (63 hoặc 34):",
    "province_code": "Mã tỉnh (GSO):",
    "year": "Năm báo cáo:",
}
MEASURE_INPUT_COLUMNS = MEASURE_COLUMNS[4:]  # admin_level … note: the cells a province fills in
BUDGET_LAST_ROW = 200  # budget rows 2..200 are open for input (and carry data validation)

INSTRUCTIONS = [
    "Biểu mẫu báo cáo chuyển đổi số của tỉnh / thành phố",
    *META_LABELS.values(),
    "",
    "Hướng dẫn:",
    "1. Trang 'indicators' và 'services': mỗi dòng là một chỉ tiêu của danh mục; chỉ điền các cột admin_level, "
    "value_kind, comparator, value, period, note. Không sửa cột mã chỉ tiêu.",
    "2. value_kind: target (chỉ tiêu, phấn đấu), actual (kết quả đạt được), estimate (ước đạt), planned (kế hoạch).",
    "3. comparator: = (bằng), > (hơn, trên), >= (tối thiểu, ít nhất), < (dưới), ~ (khoảng, gần).",
    "4. Tỷ lệ (%) ghi số từ 0 đến 100, dùng dấu chấm thập phân (70.08). Số tiền ghi theo tỷ đồng.",
    "5. admin_level: để trống nếu là số liệu toàn tỉnh; province / district / commune nếu chỉ cho một cấp.",
    "6. period: năm (2025) hoặc giai đoạn (2021-2025); để trống là năm báo cáo.",
    "7. Trang 'budgets': kinh phí chuyển đổi số theo cấp (all = toàn tỉnh), "
    "kế hoạch (planned) hoặc thực hiện (actual).",
    "8. Dòng để trống cột value sẽ được bỏ qua. Gửi tệp .xlsx về Sở Khoa học và Công nghệ.",
    "9. Các ô mã, tên chỉ tiêu và thông tin tỉnh / năm ở trên được khóa (bảo vệ trang tính, không mật khẩu); "
    "chỉ các ô cần điền được mở.",
]
# Where write_template puts each guide value: column B of its label's row (the loader finds values by label).
META_CELLS = {key: f"B{INSTRUCTIONS.index(label) + 1}" for key, label in META_LABELS.items()}


def catalog() -> list[dict]:
    with open(SEEDS_DIR / "indicators.csv", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def resolve_province(name: str, year: int) -> dict:
    """The province row of the map in force for the report year (34-map from 2025)."""
    from dagster_project.extraction.normalise import normalise_phrase as match_view

    era = "34" if year >= MERGER_YEAR else "63"
    with open(SEEDS_DIR / "provinces.csv", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["era"] == era]
    wanted = match_view(name).strip()
    for row in rows:
        if wanted in (match_view(row["name_vi"]), match_view(row["full_name_vi"]), row["slug"]):
            return row
    raise ValueError(f"unknown province {name!r} in the {era}-province map of {year}")


def write_template(province: str, year: int, out: Path) -> Path:
    """Write the workbook. Every sheet is protected (no password): the guide values and the code / name
    columns are locked, the cells to fill in are unlocked."""
    from openpyxl import Workbook
    from openpyxl.styles import Protection
    from openpyxl.worksheet.datavalidation import DataValidation

    unlocked = Protection(locked=False)

    prov = resolve_province(province, year)
    book = Workbook()
    guide = book.active
    guide.title = "huong_dan"
    for i, line in enumerate(INSTRUCTIONS, start=1):
        guide.cell(row=i, column=1, value=line)
    for key, cell in META_CELLS.items():
        guide[cell] = {
            "province_vi": prov["name_vi"],
            "province_era": prov["era"],
            "province_code": prov["code"],
            "year": year,
        }[key]
    guide.column_dimensions["A"].width = 60
    guide.column_dimensions["B"].width = 20
    _protect(guide)

    codes = catalog()
    for sheet_name, fact_type in (("indicators", "indicator"), ("services", "service")):
        sheet = book.create_sheet(sheet_name)
        sheet.append(MEASURE_COLUMNS)
        for row in (r for r in codes if r["fact_type"] == fact_type):
            sheet.append([row["code"], row["name_vi"], row["name_en"], row["unit"], None, None, "=", None, None, None])
        last = sheet.max_row
        _list_validation(sheet, DataValidation, "E", last, ADMIN_LEVELS[1:], allow_blank=True)
        _list_validation(sheet, DataValidation, "F", last, VALUE_KINDS)
        _list_validation(sheet, DataValidation, "G", last, COMPARATORS)
        for r in range(2, last + 1):
            percent = sheet.cell(row=r, column=4).value == "percent"
            check = DataValidation(
                type="decimal",
                operator="between",
                formula1="0",
                formula2="100" if percent else "1E+15",
                allow_blank=True,
                error="0–100 cho tỷ lệ %" if percent else "Chỉ nhập số không âm",
            )
            sheet.add_data_validation(check)
            check.add(f"H{r}")
            for column in range(len(MEASURE_COLUMNS) - len(MEASURE_INPUT_COLUMNS) + 1, len(MEASURE_COLUMNS) + 1):
                sheet.cell(row=r, column=column).protection = unlocked
        _protect(sheet)
    budgets = book.create_sheet("budgets")
    budgets.append(BUDGET_COLUMNS)
    last = BUDGET_LAST_ROW
    _list_validation(budgets, DataValidation, "A", last, BUDGET_SCOPES)
    _list_validation(budgets, DataValidation, "C", last, ["planned", "actual", "estimate"])
    for column in ("D", "E"):
        check = DataValidation(
            type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=True, error="Chỉ nhập số không âm"
        )
        budgets.add_data_validation(check)
        check.add(f"{column}2:{column}{last}")
    for r in range(2, last + 1):
        for column in range(1, len(BUDGET_COLUMNS) + 1):
            budgets.cell(row=r, column=column).protection = unlocked
    _protect(budgets)
    out.parent.mkdir(parents=True, exist_ok=True)
    book.save(out)
    return out


def _protect(sheet) -> None:
    """Sheet protection without a password (Review > Unprotect Sheet lifts it); locked cells cannot be
    edited, unlocked ones can. Column widths and row heights stay adjustable."""
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False
    sheet.protection.formatRows = False


def _list_validation(sheet, data_validation, column: str, last_row: int, values: list[str], allow_blank=False):
    check = data_validation(type="list", formula1='"' + ",".join(values) + '"', allow_blank=allow_blank)
    sheet.add_data_validation(check)
    check.add(f"{column}2:{column}{max(last_row, 2)}")
