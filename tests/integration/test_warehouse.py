"""The warehouse built from the five shipped reports answers the foundation questions by SQL."""

from __future__ import annotations

import datetime
import hashlib

import pytest

from tests.helpers import PROJECT_ROOT, SHARED

pytestmark = pytest.mark.slow  # subprocesses, a built warehouse, a server or a browser


def one(con, sql, *params):
    rows = con.execute(sql, params).fetchall()
    assert len(rows) == 1, f"expected one row, got {rows}"
    return rows[0]


def test_sources_are_the_shared_reports_byte_for_byte():
    shipped = sorted((SHARED / "reports").iterdir())
    assert len(shipped) >= 5
    for path in shipped:
        copy = PROJECT_ROOT / "sources" / "reports" / path.name
        assert hashlib.sha256(copy.read_bytes()).digest() == hashlib.sha256(path.read_bytes()).digest()


def test_raw_reports_one_row_per_file(marts):
    rows = marts.execute("select doc_id, sha256, size_bytes from staging.stg_reports order by doc_id").fetchall()
    assert [r[0] for r in rows] == sorted(p.stem for p in (PROJECT_ROOT / "sources" / "reports").glob("*.txt"))
    for doc_id, sha, size in rows:
        data = (PROJECT_ROOT / "sources" / "reports" / f"{doc_id}.txt").read_bytes()
        assert sha == hashlib.sha256(data).hexdigest() and size == len(data)


def test_gia_lai_2024_target_adult_ops_usage(marts):
    value, comparator = one(
        marts,
        """
        select target_value, target_comparator from marts.mart_indicator_scorecard s
        join marts.dim_province p using (province_key)
        where p.name_vi = 'Gia Lai' and p.era = '63' and s.year = 2024
          and s.indicator_code = 'adult_ops_usage_rate' and s.admin_level = 'all'""",
    )
    assert (value, comparator) == (40, "=")


def test_kien_giang_2023_actual_adult_ops_usage(marts):
    (value,) = one(
        marts,
        """
        select actual_value from marts.mart_indicator_scorecard s
        join marts.dim_province p using (province_key)
        where p.name_vi = 'Kiên Giang' and s.year = 2023 and s.indicator_code = 'adult_ops_usage_rate'""",
    )
    assert value == pytest.approx(45.98)


def test_gia_lai_2024_budget_total_and_parts(marts):
    rows = marts.execute("""
        select b.admin_level, b.value, b.comparator from marts.fct_budget b
        join marts.dim_province p using (province_key)
        where p.name_vi = 'Gia Lai' and p.era = '63' and b.year = 2024
          and b.indicator_code = 'dx_budget' and b.value_kind = 'planned'
          and b.doc_id = '000_a1a95fa0dec073ae'
        order by b.admin_level""").fetchall()
    assert rows == [("all", 195, ">"), ("district", 25.5, ">"), ("province", pytest.approx(169.547), "=")]
    summary = one(
        marts,
        """
        select planned_billion_vnd, planned_comparator, parts_planned_billion_vnd
        from marts.mart_budget_summary where province_key = 'vn63_64' and period = '2024' and admin_scope = 'all'""",
    )
    assert summary == (195, ">", pytest.approx(195.047))


def test_binh_dinh_2024_work_records_targets_per_level(marts):
    rows = marts.execute("""
        select admin_level, target_value from marts.mart_indicator_scorecard
        where province_key = 'vn63_52' and year = 2024 and indicator_code = 'work_records_online_rate'
        order by target_value desc""").fetchall()
    assert rows == [("province", 90), ("district", 80), ("commune", 60)]


def test_report_003_yields_no_facts(marts):
    (n,) = one(
        marts,
        """
        select count(*) from (
            select doc_id from marts.fct_indicator_value union all select doc_id from marts.fct_budget
            union all select doc_id from marts.fct_public_service) where doc_id = '003_7d88702d5b29c27e'""",
    )
    assert n == 0
    (loaded,) = one(marts, "select count(*) from staging.stg_reports where doc_id = '003_7d88702d5b29c27e'")
    assert loaded == 1


def test_evidence_is_the_source_text_at_its_offsets(marts):
    rows = marts.execute("""
        select f.evidence, f.char_start, f.char_end, r.text
        from marts.fct_indicator_value f join raw.reports r using (doc_id)""").fetchall()
    assert rows
    for evidence, start, end, text in rows:
        assert text[start:end] == evidence


def test_served_file_has_the_documented_schemas(marts):
    schemas = {r[0] for r in marts.execute("select distinct schema_name from information_schema.schemata").fetchall()}
    assert {"raw", "staging", "marts"} <= schemas
    tables = {
        r[0]
        for r in marts.execute(
            "select table_name from information_schema.tables where table_schema = 'marts'"
        ).fetchall()
    }
    assert {
        "dim_province",
        "dim_year",
        "dim_indicator",
        "fct_indicator_value",
        "fct_budget",
        "fct_public_service",
        "mart_indicator_scorecard",
        "mart_public_services",
    } <= tables


def test_dx_help_explains_each_command():
    from tests.helpers import run_dx

    out = run_dx("--help").stdout
    for command in ("run", "extract", "ui"):
        assert command in out


def test_dbt_models_report_row_counts_to_dagster(built_warehouse):
    import dagster as dg

    home = built_warehouse.parent / "dagster_home"
    with dg.DagsterInstance.from_config(str(home)) as instance:
        records = instance.fetch_observations(dg.AssetKey(["marts", "dim_province"]), limit=1).records
    assert records[0].asset_observation.metadata["dagster/row_count"].value == 97


def test_publication_dates_are_dates_with_their_precision(marts):
    rows = dict(
        (r[0], (r[1], r[2]))
        for r in marts.execute(
            "select distinct doc_id, published_date, published_precision from marts.fct_indicator_value"
        ).fetchall()
    )
    assert rows["001_1a683307a5f6c046"] == (datetime.date(2024, 2, 26), "day")
    assert rows["000_a1a95fa0dec073ae"] == (datetime.date(2024, 1, 1), "month")
    (dtype,) = marts.execute("""select data_type from information_schema.columns where table_schema = 'marts'
        and table_name = 'fct_indicator_value' and column_name = 'published_date'""").fetchone()
    assert dtype == "DATE"


def test_period_source_says_when_the_year_came_from_the_publication_date(marts):
    counts = dict(
        marts.execute("""select period_source, count(*) from (
        select period_source from marts.fct_indicator_value union all select period_source from marts.fct_budget
        union all select period_source from marts.fct_public_service) group by 1""").fetchall()
    )
    assert set(counts) <= {"text", "publication", None} and counts["text"] > counts.get("publication", 0) > 0
    # Gia Lai's 2024 plan states its year: the targets' period comes from the text
    (source,) = one(
        marts,
        """select period_source from marts.fct_indicator_value
        where doc_id = '000_a1a95fa0dec073ae' and indicator_code = 'adult_ops_usage_rate'""",
    )
    assert source == "text"
