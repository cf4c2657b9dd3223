"""Load filled submission workbooks (`$DX_SOURCES/submissions/*.xlsx`) and CSVs strictly.

Every cell is validated; a bad cell rejects its row (recorded with file, sheet, row and column),
never the whole file. Good rows become fact rows in the extractor's layout, with
`source_kind = 'submission'` and `source_ref` = file!cell as provenance.
"""

from __future__ import annotations

import csv
import re
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

import pandas as pd

from dagster_project.config import input_limits
from dagster_project.extraction import FACT_COLUMNS, FACT_NUMBER_TYPES
from dagster_project.ingest.input_guard import Limits, csv_problem, name_problem, size_problem, workbook_problem
from dagster_project.ingest.loading import ERROR_COLUMNS
from dagster_project.ingest.submission_template import (
    ADMIN_LEVELS,
    BUDGET_SCOPES,
    COMPARATORS,
    META_LABELS,
    VALUE_KINDS,
    catalog,
    resolve_province,
)

SUBMISSION_COLUMNS = [*FACT_COLUMNS, "source_kind", "source_ref"]
CSV_REQUIRED = ["province", "year", "indicator_code", "admin_level", "value_kind", "comparator", "value", "period"]
PERIOD = re.compile(r"^\d{4}(-\d{4})?$")


class RowError(ValueError):
    """A cell that fails validation: `column` names it."""

    def __init__(self, column: str, message: str):
        super().__init__(message)
        self.column = column


@dataclass
class SubmissionResult:
    facts: list[dict] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)

    def frames(self) -> tuple[pd.DataFrame, pd.DataFrame]:
        facts = pd.DataFrame(self.facts, columns=SUBMISSION_COLUMNS).astype(FACT_NUMBER_TYPES)
        return facts, pd.DataFrame(self.errors, columns=ERROR_COLUMNS)


def _number(column: str, raw) -> float:
    if isinstance(raw, bool):
        raise RowError(column, f"{raw!r} is not a number")
    if isinstance(raw, date):
        raise RowError(column, f"a date where a number belongs ({raw:%Y-%m-%d})")
    if isinstance(raw, str) and raw.strip().startswith("="):
        raise RowError(column, f"a formula in a value cell ({raw.strip()[:40]}); type the number itself")
    if isinstance(raw, int | float):
        return float(raw)
    try:
        return float(str(raw).strip().replace(",", "."))
    except ValueError:
        raise RowError(column, f"{raw!r} is not a number") from None


def _fact(meta: dict, unit_of: dict, fact_type_of: dict, cells: dict, year: int) -> dict:
    """Validate one measure row (a dict of column -> value) into a fact row."""
    code = str(cells.get("indicator_code") or "").strip()
    if code not in unit_of:
        raise RowError("indicator_code", f"{code!r} is not a catalog indicator code")
    value = _number("value", cells.get("value"))
    unit = unit_of[code]
    if unit == "percent" and not 0 <= value <= 100:
        raise RowError("value", f"{value:g} is outside 0–100 for a percent")
    if unit in ("count", "billion_vnd", "per_1000_population") and value < 0:
        raise RowError("value", f"{value:g} is negative")
    kind = str(cells.get("value_kind") or "").strip()
    if kind not in VALUE_KINDS:
        raise RowError("value_kind", f"{kind!r} is not one of {', '.join(VALUE_KINDS)}")
    comparator = str(cells.get("comparator") or "=").strip()
    if comparator not in COMPARATORS:
        raise RowError("comparator", f"{comparator!r} is not one of {' '.join(COMPARATORS)}")
    level = str(cells.get("admin_level") or "").strip()
    if level not in ADMIN_LEVELS and level != "all":
        raise RowError("admin_level", f"{level!r} is not one of {', '.join(ADMIN_LEVELS[1:])} or empty")
    period = str(cells.get("period") or year).strip()
    if not PERIOD.match(period):
        raise RowError("period", f"{period!r} is not a year (2025) or a span (2021-2025)")
    return {
        "province_era": meta["era"],
        "province_code": meta["code"],
        "province_vi": meta["name_vi"],
        "fact_type": fact_type_of[code],
        "indicator_code": code,
        "admin_level": "" if level == "all" else level,
        "period": period,
        "value_kind": kind,
        "comparator": comparator,
        "value": value,
        "unit": unit,
        "numerator": None,
        "denominator": None,
        "char_start": None,
        "char_end": None,
        "source_kind": "submission",
    }


def load_submissions(sources: Path) -> SubmissionResult:
    folder = sources / "submissions"
    result = SubmissionResult()
    if not folder.is_dir():
        return result
    codes = catalog()
    unit_of = {r["code"]: r["unit"] for r in codes}
    fact_type_of = {r["code"]: r["fact_type"] for r in codes}
    now = datetime.now(UTC).replace(tzinfo=None)
    limits = input_limits()
    for path in sorted(folder.iterdir()):
        suffix = path.suffix.lower()
        if suffix not in (".xlsx", ".csv", ".xlsm", ".xls") or not path.is_file():
            continue
        try:
            refused = _refusal(path, suffix, limits)
            if refused:
                result.errors.append(_error(path, refused, now))
                continue
            rows = _xlsx_rows(path, limits) if suffix == ".xlsx" else _csv_rows(path)
        except (ValueError, OSError, KeyError, zipfile.BadZipFile) as exc:
            result.errors.append(_error(path, f"{path.name}: {exc}", now))
            continue
        for sheet, row_number, meta, year, cells, column_letters in rows:
            try:
                fact = _fact(meta, unit_of, fact_type_of, cells, year)
            except RowError as exc:
                where = f"{path.name}: sheet {sheet}, row {row_number}, column {exc.column}"
                result.errors.append(_error(path, f"{where}: {exc}", now))
                continue
            cell = f"{column_letters.get('value', 'value')}{row_number}"
            fact.update(
                doc_id=path.stem,
                evidence=f"{sheet}!{cell} = {cells.get('value')}",
                source_ref=f"{path.name}:{sheet}!{cell}",
            )
            result.facts.append(fact)
    return result


def _refusal(path: Path, suffix: str, limits: Limits) -> str | None:
    """Why a submission file is refused before any parser reads it (see input_guard)."""
    refused = name_problem(path) or size_problem(path.stat().st_size, limits)
    if refused:
        return refused
    if suffix in (".xlsm", ".xls"):
        return (
            f"refused: {'a macro-enabled workbook (.xlsm)' if suffix == '.xlsm' else 'an old .xls workbook'}; "
            "save it as .xlsx"
        )
    if suffix == ".xlsx":
        return workbook_problem(path, limits)
    return csv_problem(path.read_bytes(), limits)


def _xlsx_rows(path: Path, limits: Limits):
    from openpyxl import load_workbook

    # data_only=False: a formula comes back as its text ("=50+2.5"), cached value or not, and is refused
    book = load_workbook(path, data_only=False, read_only=True)
    guide = _guide_values(book["huong_dan"])
    raw_year = guide["year"]
    if isinstance(raw_year, float) and raw_year.is_integer():
        raw_year = int(raw_year)  # a year typed in Excel may come back as 2025.0
    try:
        year = int(str(raw_year).strip())
    except ValueError:
        raise ValueError(f"sheet huong_dan: {guide['year']!r} beside {META_LABELS['year']!r} is not a year") from None
    meta = resolve_province(str(guide["province_vi"]).strip(), year)
    out = []
    for sheet in ("indicators", "services"):
        out += _sheet_rows(book[sheet], sheet, meta, year, limits)
    budget_rows = _capped_rows(book["budgets"], "budgets", limits)
    header = [str(h) for h in budget_rows[0]]
    for number, values in enumerate(budget_rows[1:], start=2):
        cells = dict(zip(header, values, strict=False))
        if cells.get("amount_billion_vnd") in (None, "") and cells.get("tasks") in (None, ""):
            continue
        scope = str(cells.get("scope") or "all")
        base = {
            "admin_level": scope if scope in BUDGET_SCOPES else f"{scope}?",
            "period": cells.get("period"),
            "value_kind": cells.get("value_kind"),
            "comparator": "=",
        }
        letters = {"value": "D"}
        if cells.get("amount_billion_vnd") not in (None, ""):
            out.append(
                (
                    "budgets",
                    number,
                    meta,
                    year,
                    {**base, "indicator_code": "dx_budget", "value": cells["amount_billion_vnd"]},
                    letters,
                )
            )
        if cells.get("tasks") not in (None, ""):
            out.append(
                (
                    "budgets",
                    number,
                    meta,
                    year,
                    {**base, "indicator_code": "dx_task_count", "value": cells["tasks"]},
                    {"value": "E"},
                )
            )
    return out


def _label_key(text) -> str:
    return " ".join(str(text or "").split()).rstrip(":").strip().casefold()


def _guide_values(sheet) -> dict:
    """The guide values of `huong_dan`, found by label text in column A: each value is in column B of its
    label's row. Workbooks from the first template version have each value one row below its label (nothing
    beside the province label); those are read from the row below."""
    wanted = {_label_key(label): key for key, label in META_LABELS.items()}
    rows = [(row + [None, None])[:2] for row in map(list, sheet.iter_rows(max_row=200, max_col=2, values_only=True))]
    where = {}
    for index, (label, _) in enumerate(rows):
        key = wanted.get(_label_key(label))
        if key and key not in where:
            where[key] = index
    missing = [META_LABELS[k] for k in META_LABELS if k not in where]
    if missing:
        raise ValueError(f"sheet huong_dan has no label {', '.join(repr(m) for m in missing)} in column A")

    def beside(index: int):
        value = rows[index][1] if index < len(rows) else None
        return None if isinstance(value, str) and not value.strip() else value

    shift = 1 if beside(where["province_vi"]) is None and beside(where["year"] + 1) is not None else 0
    values = {key: beside(index + shift) for key, index in where.items()}
    for key in ("province_vi", "year"):
        if values[key] is None:
            raise ValueError(f"sheet huong_dan: nothing beside {META_LABELS[key]!r}")
    return values


def _capped_rows(sheet, name: str, limits: Limits) -> list[tuple]:
    """The sheet's rows, refusing the file past the row limit even when the sheet's declared size lies."""
    rows = []
    for row in sheet.iter_rows(values_only=True, max_col=limits.max_sheet_columns + 1):
        rows.append(row)
        if len(rows) > limits.max_sheet_rows:
            raise ValueError(
                f"refused: sheet {name} has {len(rows):,}+ rows, above {limits.max_sheet_rows:,} "
                "(DX_LIMIT_MAX_SHEET_ROWS)"
            )
    return rows


def _sheet_rows(sheet, name: str, meta: dict, year: int, limits: Limits):
    rows = _capped_rows(sheet, name, limits)
    header = [str(h) for h in rows[0]]
    letters = {h: chr(ord("A") + i) for i, h in enumerate(header)}
    out = []
    for number, values in enumerate(rows[1:], start=2):
        cells = dict(zip(header, values, strict=False))
        if cells.get("value") in (None, ""):
            continue
        out.append((name, number, meta, year, cells, letters))
    return out


def _csv_rows(path: Path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        missing = [c for c in CSV_REQUIRED if c not in (reader.fieldnames or [])]
        if missing:
            raise ValueError(f"missing columns: {', '.join(missing)}")
        letters = {h: chr(ord("A") + i) for i, h in enumerate(reader.fieldnames)}
        out = []
        for number, cells in enumerate(reader, start=2):
            if not (cells.get("value") or "").strip():
                continue
            year = int(cells["year"])
            out.append(("csv", number, resolve_province(cells["province"], year), year, cells, letters))
        return out


def _error(path: Path, reason: str, now: datetime) -> dict:
    return {
        "path": str(path),
        "sha256": None,
        "size_bytes": path.stat().st_size if path.exists() else None,
        "reason": reason,
        "stage": "validate",
        "first_seen": now,
        "last_seen": now,
    }
