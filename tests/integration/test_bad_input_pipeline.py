"""Bad and contradictory inputs through the whole pipeline (`dx run`, twice): a rejected file keeps
its first_seen, a rewritten report replaces its facts, two reports disagreeing on one fact are both
kept and the scorecard picks the later one."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import duckdb
import pytest

from tests.helpers import pipeline_env, run_dx

pytestmark = pytest.mark.slow  # subprocesses, a built warehouse, a server or a browser

FACT = "Năm 2024, tỷ lệ hộ gia đình có đường Internet cáp quang băng rộng của tỉnh Lào Cai đạt {}%."


def write_report(folder: Path, name: str, value: str, published: str) -> bytes:
    data = ("Báo cáo chuyển đổi số tỉnh Lào Cai\n\n" + FACT.format(value) + "\n").encode()
    (folder / f"{name}.txt").write_bytes(data)
    (folder / f"{name}.meta.json").write_text(json.dumps({"published": published}), encoding="utf-8")
    return data


def query(env: dict, sql: str) -> list[tuple]:
    with duckdb.connect(env["DX_WAREHOUSE"], read_only=True) as con:
        return con.execute(sql).fetchall()


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory):
    root = tmp_path_factory.mktemp("badpipe")
    env = pipeline_env(root)
    reports = root / "sources" / "reports"
    (reports / "rong.txt").write_bytes(b"")
    first = write_report(reports, "lao_cai_a", "60", "2024-03-01")
    run_dx("run", env=env)
    before = {
        "errors": query(env, "select source_path, first_seen, last_seen from marts.ingest_errors"),
        "facts": query(env, "select doc_id, value from marts.fct_indicator_value where province_key = 'vn63_10'"),
    }
    # the same name with changed content, and a second report giving another value for the same fact
    second = write_report(reports, "lao_cai_a", "65", "2024-03-01")
    write_report(reports, "lao_cai_b", "72,5", "2024-09-15")
    run_dx("run", env=env)
    return env, before, first, second


def test_rejected_file_keeps_its_first_seen_across_runs(two_runs):
    env, before, _, _ = two_runs
    ((path, first_seen, last_seen),) = [e for e in before["errors"] if e[0].endswith("rong.txt")]
    (after,) = query(
        env, "select first_seen, last_seen, reason from marts.ingest_errors where source_path like '%rong.txt'"
    )
    assert after[0] == first_seen and after[1] > last_seen
    assert "empty" in after[2]


def test_rewritten_report_replaces_its_facts_and_both_versions_are_kept(two_runs):
    env, before, first, second = two_runs
    assert before["facts"] == [("lao_cai_a", 60.0)]
    rows = query(env, "select value from marts.fct_indicator_value where doc_id = 'lao_cai_a'")
    assert rows == [(65.0,)]
    blobs = Path(env["DX_WAREHOUSE"]).parent / "blobs"
    for data in (first, second):
        digest = hashlib.sha256(data).hexdigest()
        assert (blobs / digest[:2] / digest).read_bytes() == data


def test_two_reports_disagreeing_are_both_kept_and_the_later_wins(two_runs):
    env, *_ = two_runs
    facts = query(
        env,
        """select doc_id, value from marts.fct_indicator_value
        where province_key = 'vn63_10' and indicator_code = 'household_fixed_broadband_rate' order by doc_id""",
    )
    assert facts == [("lao_cai_a", 65.0), ("lao_cai_b", 72.5)]
    (cell,) = query(
        env,
        """select actual_value, actual_doc_id, n_source_reports from marts.mart_indicator_scorecard
        where province_key = 'vn63_10' and year = 2024 and indicator_code = 'household_fixed_broadband_rate'""",
    )
    assert cell == (72.5, "lao_cai_b", 2)
