"""Bad input files never crash the load: each is turned into text or recorded with a reason."""

from __future__ import annotations

import codecs
import hashlib
import os
import unicodedata

import pytest

from dagster_project.loading import load_reports

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
    from tests.conftest import run_dx

    proc = run_dx("extract", str(sources / "reports"), check=False)
    assert proc.returncode == 3
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 3 and all(line.startswith("dx extract: ") for line in lines)
    assert "Traceback" not in proc.stderr
