"""Files built to hurt are refused in one line each, and the rest of the load goes on: zip bombs, macros, huge
or hidden sheets, formulas and dates in value cells, NUL bytes, giant cells, unsafe names; HTML with scripts,
deep nesting and entities, archives named .txt, giant files; a report still being written to the inbox."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import time
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from dagster_project.extraction import extract_document
from dagster_project.extraction.htmltext import html_to_text
from dagster_project.ingest.loading import load_reports
from dagster_project.ingest.submission_loader import load_submissions
from dagster_project.ingest.submission_template import write_template

GOOD_REPORT = "Năm 2024, tỉnh Lào Cai có 82,5% hồ sơ trực tuyến.\n"


def _row_of(sheet, code):
    return next(r for r in range(2, sheet.max_row + 1) if sheet.cell(row=r, column=1).value == code)


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("tpl") / "template.xlsx"
    write_template("Gia Lai", 2025, path)
    return path


def _filled(template: Path, folder: Path, name: str, value=52.5, code="adult_ops_usage_rate") -> Path:
    book = load_workbook(template)
    sheet = book["indicators"]
    row = _row_of(sheet, code)
    for column, v in zip("FGH", ["actual", "=", value], strict=True):
        sheet[f"{column}{row}"] = v
    out = folder / name
    book.save(out)
    return out


def _rewrite(path: Path, part: str, change) -> None:
    """Rewrite one part of a workbook's ZIP (to forge what Excel or an attacker could write)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            dst.writestr(item, change(data) if item.filename == part else data)
    path.write_bytes(buffer.getvalue())


def _sheet_part(path: Path, sheet: str) -> str:
    with zipfile.ZipFile(path) as z:
        book = z.read("xl/workbook.xml").decode()
        rels = z.read("xl/_rels/workbook.xml.rels").decode()
    rid = re.search(rf'<sheet[^>]*name="{sheet}"[^>]*r:id="(rId\d+)"', book).group(1)
    target = re.search(rf'Id="{rid}"[^>]*Target="/?(?:xl/)?([^"]+)"', rels) or re.search(
        rf'Target="/?(?:xl/)?([^"]+)"[^>]*Id="{rid}"', rels
    )
    return "xl/" + target.group(1)


def _load(folder: Path):
    result = load_submissions(folder.parent)
    return result, {Path(e["path"]).name: e["reason"] for e in result.errors}


@pytest.fixture
def submissions(tmp_path) -> Path:
    folder = tmp_path / "submissions"
    folder.mkdir()
    return folder


def test_a_good_workbook_loads_beside_the_hostile_ones(template, submissions):
    _filled(template, submissions, "good.xlsx")
    (submissions / "macros.xlsm").write_bytes(b"PK\x03\x04 not really")
    result, errors = _load(submissions)
    assert [(f["indicator_code"], f["value"]) for f in result.facts] == [("adult_ops_usage_rate", 52.5)]
    assert "macro-enabled workbook" in errors["macros.xlsm"]


def test_zip_bomb_workbook_is_refused(template, submissions):
    bomb = _filled(template, submissions, "bomb.xlsx")
    with zipfile.ZipFile(bomb, "a", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/media/padding.bin", b"\0" * 60_000_000)  # 60 MB of zeros compress to about 60 kB
    _, errors = _load(submissions)
    assert "zip bomb" in errors["bomb.xlsx"] and errors["bomb.xlsx"].count("\n") == 0


def test_workbook_with_macros_inside_is_refused(template, submissions):
    path = _filled(template, submissions, "vba.xlsx")
    with zipfile.ZipFile(path, "a") as z:
        z.writestr("xl/vbaProject.bin", b"macro")
    _, errors = _load(submissions)
    assert "macros" in errors["vba.xlsx"]


@pytest.mark.parametrize("ref, what", [("A1:H1048576", "rows"), ("A1:ZZZ10", "columns")])
def test_sheet_declaring_a_million_rows_or_thousands_of_columns_is_refused(template, submissions, ref, what):
    path = _filled(template, submissions, "huge.xlsx")
    part = _sheet_part(path, "indicators")
    _rewrite(path, part, lambda xml: re.sub(rb'<dimension ref="[^"]*"', f'<dimension ref="{ref}"'.encode(), xml))
    _, errors = _load(submissions)
    assert f" {what}, above " in errors["huge.xlsx"]


def test_rows_beyond_the_limit_are_refused_even_when_the_dimension_lies(template, submissions, monkeypatch):
    monkeypatch.setenv("DX_LIMIT_MAX_SHEET_ROWS", "150")
    book = load_workbook(template)
    sheet = book["services"]
    for r in range(sheet.max_row + 1, 400):
        sheet.cell(row=r, column=1, value="padding")
    path = submissions / "long.xlsx"
    book.save(path)
    _rewrite(path, _sheet_part(path, "services"), lambda xml: re.sub(rb'<dimension ref="[^"]*"/>', b"", xml))
    _, errors = _load(submissions)
    assert "rows, above 150" in errors["long.xlsx"]


def test_hidden_sheet_is_refused(template, submissions):
    book = load_workbook(_filled(template, submissions, "hidden.xlsx"))
    book.create_sheet("secret").sheet_state = "hidden"
    book.save(submissions / "hidden.xlsx")
    _, errors = _load(submissions)
    assert "'secret' is hidden" in errors["hidden.xlsx"]


@pytest.mark.parametrize("cached", [False, True])
def test_formula_in_a_value_cell_rejects_its_row(template, submissions, cached):
    path = _filled(template, submissions, "formula.xlsx", value="=50+2.5")
    if cached:  # what Excel writes: the formula and its last computed value
        _rewrite(
            path,
            _sheet_part(path, "indicators"),
            lambda xml: re.sub(rb"<f>50\+2.5</f><v></v>|<f>50\+2.5</f>", b"<f>50+2.5</f><v>52.5</v>", xml),
        )
    result, errors = _load(submissions)
    assert result.facts == []
    assert "a formula in a value cell" in errors["formula.xlsx"]


def test_date_where_a_number_belongs_rejects_its_row(template, submissions):
    _filled(template, submissions, "date.xlsx", value=dt.datetime(2025, 3, 1))
    result, errors = _load(submissions)
    assert result.facts == [] and "a date where a number belongs" in errors["date.xlsx"]


def test_csv_with_nul_bytes_or_a_giant_cell_is_refused(submissions):
    header = "province,year,indicator_code,admin_level,value_kind,comparator,value,period\n"
    (submissions / "nul.csv").write_bytes((header + "Gia Lai,2025,dti_score,,actual,=,0.5,2025\n").encode() + b"\0")
    (submissions / "giant.csv").write_text(
        header + "Gia Lai,2025,dti_score,," + "x" * 100_000 + ",=,0.5,2025\n", encoding="utf-8"
    )
    (submissions / "ok.csv").write_text(header + "Gia Lai,2025,dti_score,,actual,=,0.5,2025\n", encoding="utf-8")
    result, errors = _load(submissions)
    assert "NUL bytes" in errors["nul.csv"] and "100,000 characters" in errors["giant.csv"]
    assert [f["value"] for f in result.facts] == [0.5]


@pytest.mark.parametrize("name", ["a..b.csv", "bell\x07name.csv"])
def test_unsafe_file_names_are_refused(submissions, name):
    (submissions / name).write_text("province\n", encoding="utf-8")
    _, errors = _load(submissions)
    assert errors[name].startswith("refused: unsafe file name")


# ----------------------------------------------------------------------------------------------- reports


@pytest.fixture
def reports(tmp_path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD_REPORT, encoding="utf-8")
    return folder


def _load_reports(folder: Path):
    result = load_reports(folder.parent)
    return result, {Path(e["path"]).name: e["reason"] for e in result.errors}


def test_archive_or_pdf_named_txt_is_refused(reports):
    (reports / "zip.txt").write_bytes(b"PK\x03\x04" + os.urandom(64))
    (reports / "pdf.html").write_bytes(b"%PDF-1.7\n" + b"1 0 obj" * 10)
    result, errors = _load_reports(reports)
    assert "a ZIP archive" in errors["zip.txt"] and "a PDF document" in errors["pdf.html"]
    assert [r["doc_id"] for r in result.reports] == ["good"]


def test_a_100_mb_single_line_is_refused_by_size(reports):
    with open(reports / "line.txt", "wb") as f:
        f.write(b"9" * 100_000_000)
    result, errors = _load_reports(reports)
    assert "above the limit of 64,000,000" in errors["line.txt"]
    assert [r["doc_id"] for r in result.reports] == ["good"]


def test_numbers_in_scripts_styles_and_comments_are_not_text():
    html = (
        "<html><head><style>.a{width:95%}</style><script>var rate = '99%';</script></head><body>"
        "<!-- Lào Cai đạt 77% hồ sơ trực tuyến --><p>" + GOOD_REPORT + "</p></body></html>"
    )
    text = html_to_text(html)
    assert "95" not in text and "99" not in text and "77" not in text
    facts = extract_document("h", text, "2025-01-10").facts
    assert [(f.indicator_code, f.value) for f in facts] == [("dossier_online_rate", 82.5)]


def test_tags_nested_100000_deep_and_entities_are_harmless():
    started = time.perf_counter()
    deep = "<div>" * 100_000 + GOOD_REPORT + "</div>" * 100_000
    assert "82,5%" in html_to_text(deep)
    bomb = (
        '<!DOCTYPE r [<!ENTITY a "' + "A" * 1000 + '"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><p>&c;&c;&c;</p>'
    )
    assert len(html_to_text(bomb)) < 1000  # entities are never expanded
    assert time.perf_counter() - started < 30


def test_inbox_file_still_being_written_waits(tmp_path, monkeypatch):
    import dagster as dg

    from dagster_project.defs.automation import inbox_sensor

    monkeypatch.setenv("DX_SOURCES", str(tmp_path))
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    arriving = inbox / "arriving.txt"
    arriving.write_bytes(b"")
    assert isinstance(inbox_sensor(dg.build_sensor_context()), dg.SkipReason)  # 0 bytes: still being written
    arriving.write_text(GOOD_REPORT, encoding="utf-8")
    assert isinstance(inbox_sensor(dg.build_sensor_context()), dg.SkipReason)  # written seconds ago: wait
    past = time.time() - 120
    os.utime(arriving, (past, past))
    request = inbox_sensor(dg.build_sensor_context())
    assert isinstance(request, dg.RunRequest) and request.tags["dx/inbox_files"] == "arriving.txt"
