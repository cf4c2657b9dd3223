"""Bad input files never crash the load: each is turned into text or recorded with a reason."""

from __future__ import annotations

import codecs
import hashlib
import os
import unicodedata

import pytest

from dagster_project.extraction import extract_document
from dagster_project.ingest.loading import load_reports
from tests.helpers import PROJECT_ROOT
from tests.unit.test_extraction_normalise import TCVN3, VNI, _cp1258

pytestmark = pytest.mark.slow  # subprocesses, a built warehouse, a server or a browser

GOOD = "Năm 2023, tỷ lệ hộ gia đình có điện thoại thông minh của tỉnh Kiên Giang đạt 97%; hoà mạng."

CASES = {
    # name: (bytes, expected: "text" or a fragment of the recorded reason)
    "empty.txt": (b"", "empty"),
    "whitespace.txt": (b"  \n\t\n ", "empty"),
    "binary.txt": (bytes(range(256)) * 8, "binary"),
    "utf8_bom.txt": (codecs.BOM_UTF8 + GOOD.encode(), "text"),
    "utf16_bom.txt": (GOOD.encode("utf-16"), "text"),
    "nfd.txt": (unicodedata.normalize("NFD", GOOD).encode(), "text"),
    "old_tone_placement.txt": (GOOD.replace("hoà", "hòa").encode(), "text"),
    "windows_1258.txt": (_cp1258(GOOD), "text"),
    "invalid_utf8.txt": (GOOD.encode()[:20] + b"\xc3\x28\xa0" + GOOD.encode()[20:], "invalid utf-8 at byte 20"),
    "vni.txt": (VNI, "vni"),
    "tcvn3.txt": (TCVN3, "tcvn3"),
}


@pytest.fixture
def sources(tmp_path):
    reports = tmp_path / "sources" / "reports"
    reports.mkdir(parents=True)
    for name, (data, _) in CASES.items():
        (reports / name).write_bytes(data)
    return tmp_path / "sources"


def test_each_input_is_text_or_a_recorded_error(sources, tmp_path):
    result = load_reports(sources, blob_dir=tmp_path / "blobs")
    loaded = {r["doc_id"]: r for r in result.reports}
    errors = {os.path.basename(e["path"]): e for e in result.errors}
    assert len(loaded) + len(errors) == len(CASES)
    for name, (data, expected) in CASES.items():
        stem = name.removesuffix(".txt")
        if expected == "text":
            assert unicodedata.is_normalized("NFC", loaded[stem]["text"]), name
            assert "Kiên Giang" in loaded[stem]["text"], name
        else:
            assert expected in errors[name]["reason"].lower(), (name, errors[name]["reason"])
            assert errors[name]["stage"] == "load"
        # every input's bytes are kept, content-addressed, so a rejected file can be re-processed
        digest = hashlib.sha256(data).hexdigest()
        assert (tmp_path / "blobs" / digest[:2] / digest).read_bytes() == data


def test_symlink_outside_sources_is_refused(tmp_path):
    reports = tmp_path / "sources" / "reports"
    reports.mkdir(parents=True)
    secret = tmp_path / "secret.txt"
    secret.write_text(GOOD, encoding="utf-8")
    (reports / "link.txt").symlink_to(secret)
    result = load_reports(tmp_path / "sources")
    assert result.reports == []
    assert result.errors[0]["reason"].startswith("refused: symlink")


def test_same_file_under_two_names_is_loaded_once(tmp_path):
    reports = tmp_path / "sources" / "reports"
    reports.mkdir(parents=True)
    (reports / "a.txt").write_text(GOOD, encoding="utf-8")
    (reports / "b.txt").write_text(GOOD, encoding="utf-8")
    result = load_reports(tmp_path / "sources")
    assert [r["doc_id"] for r in result.reports] == ["a"]
    assert result.errors[0]["stage"] == "dedupe" and "duplicate of a.txt" in result.errors[0]["reason"]


def test_dx_extract_reports_unreadable_files_in_one_line(sources):
    from tests.helpers import run_dx

    proc = run_dx("extract", str(sources / "reports"), check=False)
    assert proc.returncode == 3
    lines = proc.stderr.strip().splitlines()
    rejected = sorted(name for name, (_, expected) in CASES.items() if expected != "text")
    assert len(lines) == len(rejected) == 6 and all(line.startswith("dx extract: ") for line in lines)
    assert sorted(line.split(": ")[1].rsplit("/", 1)[1] for line in lines) == rejected
    assert "Traceback" not in proc.stderr


def test_report_naming_no_province_loads_and_yields_no_fact(tmp_path):
    reports = tmp_path / "sources" / "reports"
    reports.mkdir(parents=True)
    (reports / "no_province.txt").write_text(
        "Năm 2024, tỷ lệ hồ sơ công việc xử lý trên môi trường mạng đạt 80%.", encoding="utf-8"
    )
    (doc,) = load_reports(tmp_path / "sources").reports
    result = extract_document(doc["doc_id"], doc["text"], doc["published"])
    assert result.facts == []
    assert [u["reason"] for u in result.unmapped] == ["no province for work_records_online_rate"]


def test_file_removed_between_listing_and_reading_is_recorded(tmp_path, monkeypatch):
    from dagster_project.ingest import loading

    reports = tmp_path / "sources" / "reports"
    reports.mkdir(parents=True)
    for name in ("a.txt", "gone.txt"):
        (reports / name).write_text(GOOD, encoding="utf-8")
    listed = loading.report_files(tmp_path / "sources")
    (reports / "gone.txt").unlink()  # another process moves it away after the listing
    monkeypatch.setattr(loading, "report_files", lambda sources: listed)
    result = loading.load_reports(tmp_path / "sources")
    assert [r["doc_id"] for r in result.reports] == ["a"]
    (error,) = result.errors
    assert error["path"].endswith("gone.txt") and error["reason"].startswith("cannot read: No such file")


def test_fifty_megabyte_report_loads_and_extracts(tmp_path):
    """A 50 MB report (a real report's text repeated) is loaded and extracted without crashing."""
    reports = tmp_path / "sources" / "reports"
    reports.mkdir(parents=True)
    real = next((PROJECT_ROOT / "sources" / "reports").glob("002_*.txt")).read_bytes()
    big = real * (50 * 1024 * 1024 // len(real) + 1)
    (reports / "big.txt").write_bytes(big)
    (doc,) = load_reports(tmp_path / "sources").reports
    assert doc["size_bytes"] >= 50 * 1024 * 1024
    result = extract_document(doc["doc_id"], doc["text"], doc["published"])
    assert len(result.facts) > 0


@pytest.mark.parametrize("setting", ["missing_sources", "warehouse_under_a_file"])
def test_dx_run_with_unusable_folders_is_one_line_and_exit_2(tmp_path, setting):
    from tests.helpers import run_dx

    blocker = tmp_path / "a_file"
    blocker.write_text("not a folder")
    env = {
        "DX_SOURCES": str(tmp_path / "nowhere"),
        "DX_WAREHOUSE": str(tmp_path / "wh" / "dx.duckdb"),
        "DAGSTER_HOME": str(tmp_path / "home"),
    }
    if setting == "warehouse_under_a_file":
        env.update(DX_SOURCES=str(PROJECT_ROOT / "sources"), DX_WAREHOUSE=str(blocker / "dx.duckdb"))
    proc = run_dx("run", env=env, check=False)
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
    assert ("is not a folder" if setting == "missing_sources" else "cannot write the warehouse folder") in proc.stderr
