"""Extraction output is reused for unchanged reports and redone when a report, its date or the
extractor changes; a removed report's facts disappear."""

from __future__ import annotations

import duckdb
import pytest

from dagster_project.ingest import extract as extraction
from dagster_project.ingest.loading import load_reports
from dagster_project.warehouse import replace_table
from tests.helpers import PROJECT_ROOT


@pytest.fixture
def con(tmp_path):
    reports, _ = load_reports(PROJECT_ROOT / "sources").frames()
    with duckdb.connect(str(tmp_path / "build.duckdb")) as con:
        replace_table(con, "raw", "reports", reports)
        yield con


def facts_of(con) -> list[tuple]:
    return con.execute(
        "select * exclude (extraction_key) from raw.extracted_facts "
        "order by doc_id, char_start, indicator_code, admin_level"
    ).fetchall()


def test_second_run_reuses_every_report_and_gives_the_same_facts(con):
    first = extraction.refresh_extraction(con)
    facts = facts_of(con)
    assert first["extracted"] == first["documents"] == 5 and len(facts) > 0
    second = extraction.refresh_extraction(con)
    assert (second["extracted"], second["reused"]) == (0, 5)
    assert facts_of(con) == facts


def test_changed_removed_and_new_version(con, monkeypatch):
    extraction.refresh_extraction(con)
    con.execute("""update raw.reports set sha256 = 'changed',
        text = replace(text, '40%', '41%') where doc_id = '000_a1a95fa0dec073ae'""")
    con.execute("delete from raw.reports where doc_id = '004_375fe17889f74072'")
    counts = extraction.refresh_extraction(con)
    assert (counts["extracted"], counts["reused"]) == (1, 3)
    docs = {d for (d,) in con.execute("select distinct doc_id from raw.extracted_facts").fetchall()}
    assert "004_375fe17889f74072" not in docs
    values = {
        v
        for (v,) in con.execute(
            "select value from raw.extracted_facts where doc_id = '000_a1a95fa0dec073ae' "
            "and indicator_code = 'adult_ops_usage_rate'"
        ).fetchall()
    }
    assert 41 in values and 40 not in values
    monkeypatch.setattr(extraction, "extractor_version", lambda: "a-new-rule")
    assert extraction.refresh_extraction(con)["extracted"] == 4
