"""The shipped reports, the scorer, the fixture set, the CLI and speed."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest

from dagster_project.extraction import (
    FACT_COLUMNS,
    DocumentResult,
    decode_bytes,
    extract_document,
    read_published,
    run_extract_cli,
)

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
REPORTS = SHARED / "reports"
SCORER = SHARED / "tools" / "score_extraction.py"
FIXTURES = ROOT / "tests" / "fixtures" / "extraction"
needs_shared = pytest.mark.skipif(not REPORTS.is_dir() or not SCORER.exists(), reason="../shared not present")


def _extract(path: Path) -> DocumentResult:
    return extract_document(path.stem, decode_bytes(path.read_bytes()), read_published(path))


def _report(prefix: str) -> Path:
    return next(REPORTS.glob(f"{prefix}_*.txt"))


@needs_shared
def test_evidence_is_the_text_span_for_every_fact():
    for path in sorted(REPORTS.glob("*.txt")) + sorted((FIXTURES / "reports").glob("*.*")):
        if path.name.endswith(".meta.json"):
            continue
        text = decode_bytes(path.read_bytes())
        result = extract_document(path.stem, text, read_published(path))
        for f in result.facts:
            assert f.evidence == text[f.char_start : f.char_end], (path.name, f)
            assert f.province_code and f.province_vi and f.province_era in ("63", "34")
        grains = [f.grain() for f in result.facts]
        assert len(grains) == len(set(grains))


@needs_shared
def test_report_003_yields_no_facts():
    assert _extract(_report("003")).facts == []


@needs_shared
def test_gia_lai_2024_budget_total_and_parts():
    facts = _extract(_report("000")).facts
    budget = {f.admin_level: f for f in facts if f.indicator_code == "dx_budget"}
    assert (budget[""].value, budget[""].comparator, budget[""].value_kind, budget[""].period) == (
        195,
        ">",
        "planned",
        "2024",
    )
    assert (budget["province"].value, budget["province"].comparator) == (169.547, "=")
    assert (budget["district"].value, budget["district"].comparator) == (25.5, ">")
    assert {f.province_code for f in facts} == {"64"} and {f.province_vi for f in facts} == {"Gia Lai"}


@needs_shared
def test_kien_giang_ratio_keeps_the_stated_rate():
    facts = {f.indicator_code: f for f in _extract(_report("004")).facts}
    count = facts["ops_national_portal_integrated_count"]
    rate = facts["ops_national_portal_integration_rate"]
    assert (count.value, count.numerator, count.denominator) == (1390, 1390, 1902)
    assert (rate.value, rate.numerator, rate.denominator) == (70.08, 1390, 1902)
    assert facts["dx_budget"].value == 197.3  # the exact body figure, not the "Hơn 197 tỷ" headline


def _score(gold: Path, found_csv: str, docs_dir: Path, tmp_path: Path) -> dict:
    found = tmp_path / "found.csv"
    found.write_text(found_csv, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, str(SCORER), str(gold), str(found), "--docs-dir", str(docs_dir)],
        capture_output=True,
        text=True,
        check=True,
    )
    last = proc.stdout.strip().splitlines()[-1]
    return {k: float(v) for k, v in (part.split("=") for part in last.split())}


@needs_shared
def test_seed_score(tmp_path):
    out, err = io.StringIO(), io.StringIO()
    assert run_extract_cli([str(REPORTS)], "csv", out, err) == 0 and err.getvalue() == ""
    score = _score(SHARED / "spec" / "gold_seed_facts.csv", out.getvalue(), REPORTS, tmp_path)
    assert score["f1"] >= 0.95 and score["period_accuracy"] >= 0.90, score


@needs_shared
def test_fixture_score(tmp_path):
    out, err = io.StringIO(), io.StringIO()
    assert run_extract_cli([str(FIXTURES / "reports")], "csv", out, err) == 0, err.getvalue()
    score = _score(FIXTURES / "gold.csv", out.getvalue(), FIXTURES / "reports", tmp_path)
    assert score["f1"] >= 0.90, score


def test_cli_reports_an_unreadable_file_and_goes_on(tmp_path):
    good = tmp_path / "a_good.txt"
    good.write_text("Năm 2024, tỷ lệ hồ sơ trực tuyến của tỉnh Nam Định đạt 61%.", encoding="utf-8")
    (tmp_path / "a_good.meta.json").write_text('{"published": "2024-05-01"}', encoding="utf-8")
    (tmp_path / "b_binary.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    (tmp_path / "c_empty.txt").write_bytes(b"")
    out, err = io.StringIO(), io.StringIO()
    status = run_extract_cli([str(tmp_path), str(tmp_path / "missing.txt")], "csv", out, err)
    assert status == 3
    lines = err.getvalue().splitlines()
    assert len(lines) == 3 and all(line.startswith("dx extract: ") for line in lines)
    assert any("b_binary.txt: binary" in line for line in lines) and any("missing.txt" in line for line in lines)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0].keys()) == list(FACT_COLUMNS)
    assert [(r["doc_id"], r["indicator_code"], r["value"]) for r in rows] == [("a_good", "dossier_online_rate", "61")]
    assert "Traceback" not in err.getvalue()


def test_cli_jsonl(tmp_path):
    (tmp_path / "r.txt").write_text("Năm 2024, tỷ lệ hồ sơ trực tuyến của tỉnh Nam Định đạt 61,5%.", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert run_extract_cli([str(tmp_path)], "jsonl", out, err) == 0
    import json

    row = json.loads(out.getvalue().splitlines()[0])
    assert list(row) == list(FACT_COLUMNS) and row["value"] == 61.5 and row["numerator"] is None
