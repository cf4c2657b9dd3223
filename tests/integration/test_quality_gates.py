"""Quality gates: bad facts fail the checks, block the publish, leave a trace, and keep the last good file."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import duckdb
import pytest

from dagster_project.quality.suites import budget_plans_sql, check_fact_values, check_stated_ratios
from tests.helpers import built_pipeline, file_sha256, run_dx

pytestmark = pytest.mark.slow  # subprocesses, a built warehouse, a server or a browser

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "quality"


@pytest.fixture(scope="module")
def good_build(tmp_path_factory):
    """A temporary DX_SOURCES with the shipped reports, built and published once."""
    root = tmp_path_factory.mktemp("gates")
    return root, built_pipeline(root)


def dq_history(env) -> list[tuple]:
    path = Path(env["DX_WAREHOUSE"]).parent / "dq_history.duckdb"
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(
            "select check_name, severity, doc_id, indicator_code, detail, run_id from dq_issues order by checked_at"
        ).fetchall()


def _run_with_report(root: Path, env, report: str):
    """`dx run` with the fixture report `report` (text and metadata) added to the sources, then taken out again."""
    reports = root / "sources" / "reports"
    for suffix in (".txt", ".meta.json"):
        shutil.copy(FIXTURES / f"{report}{suffix}", reports / f"{report}{suffix}")
    try:
        return run_dx("run", env=env, check=False)
    finally:
        for suffix in (".txt", ".meta.json"):
            (reports / f"{report}{suffix}").unlink()


def test_shipped_reports_publish_with_only_the_kien_giang_warning(good_build):
    _, env = good_build
    with duckdb.connect(env["DX_WAREHOUSE"], read_only=True) as con:
        issues = con.execute("select check_name, severity, doc_id, detail from marts.dq_issues").fetchall()
    assert issues == [
        ("stated_ratio_matches_parts", "warn", "004_375fe17889f74072", "stated 70.08% but 1390/1902 = 73.08%")
    ]
    # the fact is kept as the source states it
    with duckdb.connect(env["DX_WAREHOUSE"], read_only=True) as con:
        (value,) = con.execute("""select value from marts.fct_indicator_value
            where indicator_code = 'ops_national_portal_integration_rate'""").fetchone()
    assert value == pytest.approx(70.08)


@pytest.mark.parametrize(
    "bad_report, failing_check, indicator",
    [
        ("lao_cai_year_1998", "fact_values", "household_fixed_broadband_rate"),  # a year outside the calendar
        ("lao_cai_parts_exceed_total", "budget_parts_sum", "dx_budget"),
    ],
)
def test_bad_report_blocks_publish_and_leaves_a_trace(good_build, bad_report, failing_check, indicator):
    root, env = good_build
    served = Path(env["DX_WAREHOUSE"])
    before = file_sha256(served)
    proc = _run_with_report(root, env, bad_report)
    assert proc.returncode == 1, proc.stderr[-2000:]
    assert re.search(
        rf"refresh failed at step 'check \w+\.{failing_check}'; the served warehouse was left unchanged", proc.stderr
    ), proc.stderr
    assert re.search(rf"✗ check \w+\.{failing_check} .*blocking asset check failed", proc.stderr)
    assert "✓ publish the warehouse" not in proc.stderr and "- publish the warehouse" in proc.stderr, proc.stderr
    assert file_sha256(served) == before
    errors = [r for r in dq_history(env) if r[0] == failing_check and r[1] == "error"]
    assert errors and errors[-1][2] == bad_report and errors[-1][3] == indicator
    # the blocked build file holds the same rows in marts.dq_issues
    with duckdb.connect(str(served) + ".build", read_only=True) as con:
        rows = con.execute("select doc_id from marts.dq_issues where check_name = ?", [failing_check]).fetchall()
    assert (bad_report,) in rows


def test_data_docs_are_built(good_build):
    _, env = good_build
    index = Path(env["DX_WAREHOUSE"]).parent / "gx_project" / "gx" / "uncommitted" / "data_docs" / "local_site"
    assert (index / "index.html").exists()
    assert any((index / "validations").rglob("*.html"))


def test_a_rate_above_100_is_an_unmapped_candidate_not_a_blocked_refresh(good_build):
    """A target of 120% ("tỷ lệ dân số trưởng thành có điện thoại thông minh đạt 120%"): no catalog rate exceeds 100,
    so the extractor lists the figure for a curator and the report's other facts publish."""
    root, env = good_build
    proc = _run_with_report(root, env, "lao_cai_ratio_120")
    assert proc.returncode == 0, proc.stderr[-2000:]
    with duckdb.connect(env["DX_WAREHOUSE"], read_only=True) as con:
        unmapped = con.execute(
            "select number_text, reason from marts.unmapped_candidates where doc_id = 'lao_cai_ratio_120'"
        ).fetchall()
        facts = con.execute(
            "select indicator_code, value from marts.fct_indicator_value where doc_id = 'lao_cai_ratio_120'"
        ).fetchall()
    assert ("120%", "a percentage above 100, which no catalog rate can be") in unmapped
    assert facts == [("household_fixed_broadband_rate", pytest.approx(70.0))]


def test_figures_looking_back_to_2013_and_ahead_to_2045_publish(good_build):
    """Reports cite years well before the national programmes and Resolution 57's horizon of 2045: both are in the
    warehouse calendar, so such a report publishes instead of blocking the refresh."""
    root, env = good_build
    proc = _run_with_report(root, env, "lao_cai_2013_to_2045")
    assert proc.returncode == 0, proc.stderr[-2000:]
    with duckdb.connect(env["DX_WAREHOUSE"], read_only=True) as con:
        cells = con.execute(
            """select year, actual_value, target_value from marts.mart_indicator_scorecard
            where target_doc_id = 'lao_cai_2013_to_2045' or actual_doc_id = 'lao_cai_2013_to_2045' order by year"""
        ).fetchall()
    assert cells == [(2013, pytest.approx(7.0), None), (2045, None, pytest.approx(100.0))]


def _consistent(rows) -> list[bool]:
    """The budget rule's verdict per plan, on an in-memory fct_budget holding `rows`."""
    import pandas as pd

    frame = pd.DataFrame(
        rows,
        columns=[
            "doc_id",
            "province_key",
            "period",
            "indicator_code",
            "value_kind",
            "admin_level",
            "value",
            "comparator",
        ],
    ).assign(evidence="e")
    with duckdb.connect() as con:
        con.register("budget", frame)
        return [c for (c,) in con.execute(f"select consistent from ({budget_plans_sql('budget')})").fetchall()]


def test_budget_rule_respects_comparators():
    plan = ("d", "vn63_64", "2024", "dx_budget", "planned")
    assert _consistent(
        [(*plan, "all", 195, ">"), (*plan, "province", 169.547, "="), (*plan, "district", 25.5, ">")]
    ) == [True]
    exceeds = [(*plan, "all", 100, "="), (*plan, "province", 80, "="), (*plan, "district", 50, "=")]
    assert _consistent(exceeds) == [False]
    misses = [(*plan, "all", 100, "="), (*plan, "province", 50, "="), (*plan, "district", 20, "=")]
    assert _consistent(misses) == [False]
    open_part = [(*plan, "all", 100, "="), (*plan, "province", 50, "="), (*plan, "district", 20, ">")]
    assert _consistent(open_part) == [True]
    within = [(*plan, "all", 100, "="), (*plan, "province", 60.5, "="), (*plan, "district", 40, "=")]
    assert _consistent(within) == [True]


def test_great_expectations_finds_each_bad_row_among_good_ones(tmp_path, monkeypatch):
    """The GE path itself (narrow frame, categoricals, row ids) reports exactly the bad rows."""
    import pandas as pd

    monkeypatch.setenv("DX_WAREHOUSE", str(tmp_path / "dx.duckdb"))
    good = dict(
        doc_id="ok",
        province_vi="Gia Lai",
        indicator_code="adult_smartphone_rate",
        value=55.0,
        value_kind="actual",
        comparator="=",
        unit="percent",
        period="2024",
        evidence="đạt 55%",
        numerator=None,
        denominator=None,
    )
    bad = [
        dict(good, doc_id="pct", value=120.0),
        dict(good, doc_id="kind", value_kind="wish"),
        dict(good, doc_id="year", period="1999"),
        dict(good, doc_id="money", unit="billion_vnd", value=-3.0),
        dict(good, doc_id="ratio", value=70.08, numerator=1390.0, denominator=1902.0),
    ]
    with duckdb.connect() as con:
        con.register("frame", pd.DataFrame([good] * 1000 + bad))
        con.execute("create table facts as select * from frame")
        values = check_fact_values(con, "facts")
        ratios = check_stated_ratios(con, "facts")
    assert values.n_rows == 1005 and not values.passed
    assert sorted(values.failures["doc_id"]) == ["kind", "money", "pct", "year"]
    assert values.failures.set_index("doc_id").loc["pct", "detail"].startswith("adult_smartphone_rate actual = 120")
    assert ratios.failures["doc_id"].tolist() == ["ratio"]
    assert ratios.failures["detail"].tolist() == ["stated 70.08% but 1390/1902 = 73.08%"]
