"""Great Expectations suites over facts and marts, and the trail of what failed (dq_issues).

GE runs through its pandas datasource (its SQL datasource over DuckDB returned no rows in a
probe): each table is read from the build file into a DataFrame and validated by a checkpoint
of a file-backed GE context under `<warehouse dir>/gx/`, which also renders the Data Docs.
Rules that GE has no built-in expectation for (budget parts vs totals, stated rate vs
numerator/denominator) compute a boolean `consistent` column that GE then expects to be true.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from dagster_project.config import warehouse_path

ERROR, WARN = "error", "warn"
RATIO_TOLERANCE_PP = 0.5
BUDGET_TOLERANCE = 0.01
LOWER_BOUND = (">", ">=")
ALLOWED = {
    "value_kind": ["target", "actual", "estimate", "planned"],
    "comparator": ["=", ">", ">=", "<", "~"],
    "unit": ["percent", "billion_vnd", "count", "rank", "index_0_1", "per_1000_population"],
}
DQ_COLUMNS = ["check_name", "severity", "doc_id", "province", "indicator_code", "value", "detail",
              "evidence", "run_id", "checked_at"]


@dataclass
class SuiteResult:
    """Outcome of one suite: the failing rows (as dq_issues rows) and where the Data Docs are."""

    name: str
    severity: str
    failures: pd.DataFrame
    n_rows: int
    data_docs: str

    @property
    def passed(self) -> bool:
        return self.failures.empty


def gx_root() -> Path:
    return warehouse_path().parent / "gx_project"


def data_docs_index() -> Path:
    return gx_root() / "gx" / "uncommitted" / "data_docs" / "local_site" / "index.html"


def _validate(name: str, frame: pd.DataFrame, expectations: list) -> set[int]:
    """Run a GE checkpoint on `frame`; return the positional indexes of failing rows."""
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    import great_expectations as gx
    from great_expectations.checkpoint import UpdateDataDocsAction

    context = gx.get_context(mode="file", project_root_dir=str(gx_root()))
    source = context.data_sources.add_or_update_pandas("dx_warehouse")
    asset = next((a for a in source.assets if a.name == name), None) or source.add_dataframe_asset(name)
    batch = next((b for b in asset.batch_definitions if b.name == "whole"), None) \
        or asset.add_batch_definition_whole_dataframe("whole")
    suite = context.suites.add_or_update(gx.ExpectationSuite(name=name, expectations=expectations))
    validation = context.validation_definitions.add_or_update(
        gx.ValidationDefinition(data=batch, suite=suite, name=name))
    checkpoint = context.checkpoints.add_or_update(gx.Checkpoint(
        name=name, validation_definitions=[validation], actions=[UpdateDataDocsAction(name="data_docs")],
        result_format={"result_format": "COMPLETE"},
    ))
    result = checkpoint.run(batch_parameters={"dataframe": frame.reset_index(drop=True)})
    failing: set[int] = set()
    for run in result.run_results.values():
        for expectation in run.results:
            if not expectation.success:
                failing.update(expectation.result.get("unexpected_index_list") or [])
    return failing


def _issues(name: str, severity: str, rows: pd.DataFrame, detail: pd.Series | str) -> pd.DataFrame:
    out = pd.DataFrame({
        "check_name": name, "severity": severity,
        "doc_id": rows.get("doc_id"), "province": rows.get("province"),
        "indicator_code": rows.get("indicator_code"), "value": rows.get("value"),
        "detail": detail, "evidence": rows.get("evidence"),
    })
    return out.reset_index(drop=True)


def _run(name: str, severity: str, frame: pd.DataFrame, expectations: list, detail) -> SuiteResult:
    frame = frame.reset_index(drop=True)
    failing = sorted(_validate(name, frame, expectations)) if len(frame) else []
    rows = frame.iloc[failing]
    details = detail(rows) if callable(detail) else detail
    return SuiteResult(name, severity, _issues(name, severity, rows, details), len(frame), str(data_docs_index()))


def check_fact_values(facts: pd.DataFrame) -> SuiteResult:
    """ERROR: percents in [0, 100], counts and money ≥ 0, vocabulary and target years allowed."""
    import great_expectations.expectations as gxe

    facts = facts.assign(
        province=facts["province_vi"],
        start_year=pd.to_numeric(facts["period"].astype("string").str.slice(0, 4), errors="coerce"),
        end_year=pd.to_numeric(facts["period"].astype("string").str.slice(-4), errors="coerce"),
    )
    expectations = [
        gxe.ExpectColumnValuesToBeBetween(column="value", min_value=0, max_value=100,
                                          row_condition='unit=="percent"', condition_parser="pandas"),
        gxe.ExpectColumnValuesToBeBetween(column="value", min_value=0,
                                          row_condition='unit in ["count", "billion_vnd"]', condition_parser="pandas"),
        gxe.ExpectColumnValuesToBeBetween(column="start_year", min_value=2015, max_value=2035),
        gxe.ExpectColumnValuesToBeBetween(column="end_year", min_value=2015, max_value=2035),
        gxe.ExpectColumnValuesToNotBeNull(column="value"),
        *(gxe.ExpectColumnValuesToBeInSet(column=c, value_set=v) for c, v in ALLOWED.items()),
    ]

    def detail(rows: pd.DataFrame) -> pd.Series:
        return rows.apply(lambda r: f"{r['indicator_code']} {r['value_kind']} {r['comparator']} {r['value']} "
                                    f"{r['unit']} period {r['period']}", axis=1).astype("string")

    return _run("fact_values", ERROR, facts, expectations, detail)


def budget_consistency(budget: pd.DataFrame) -> pd.DataFrame:
    """One row per plan (doc, province, period, indicator, kind) that has a total and per-level parts."""
    keys = ["doc_id", "province_key", "period", "indicator_code", "value_kind"]
    totals = budget[budget["admin_level"] == "all"]
    parts = budget[budget["admin_level"] != "all"]
    if totals.empty or parts.empty:
        return pd.DataFrame(columns=[*keys, "total", "total_comparator", "parts_sum", "parts_lower_bound",
                                     "consistent", "evidence"])
    summed = parts.groupby(keys, dropna=False).agg(
        parts_sum=("value", "sum"),
        parts_lower_bound=("comparator", lambda c: bool(c.isin(LOWER_BOUND).any())),
    ).reset_index()
    plans = totals.rename(columns={"value": "total", "comparator": "total_comparator"}).merge(summed, on=keys)
    total_exact = ~plans["total_comparator"].isin(LOWER_BOUND)
    exceeds = plans["parts_sum"] > plans["total"] * (1 + BUDGET_TOLERANCE)
    misses = plans["parts_sum"] < plans["total"] * (1 - BUDGET_TOLERANCE)
    # a lower-bound total ("hơn 195") may be exceeded; an exact total may neither be exceeded
    # nor, when every part is exact, be missed
    plans["consistent"] = ~((total_exact & exceeds) | (total_exact & ~plans["parts_lower_bound"] & misses))
    return plans


def check_budget_parts(budget: pd.DataFrame) -> SuiteResult:
    """ERROR: the per-level parts of a plan add up to its total, within 1 %, respecting comparators."""
    import great_expectations.expectations as gxe

    plans = budget_consistency(budget)
    plans = plans.assign(province=plans["province_key"], value=plans["total"])

    def detail(rows: pd.DataFrame) -> pd.Series:
        return rows.apply(lambda r: f"parts sum {r['parts_sum']:g} vs total {r['total_comparator']} {r['total']:g}",
                          axis=1).astype("string")

    return _run("budget_parts_sum", ERROR, plans,
                [gxe.ExpectColumnValuesToBeInSet(column="consistent", value_set=[True])], detail)


def check_stated_ratios(facts: pd.DataFrame) -> SuiteResult:
    """WARN: a stated rate agrees with its numerator/denominator within 0.5 percentage points.

    The fact is kept as the source states it; the warning carries both numbers.
    """
    import great_expectations.expectations as gxe

    rates = facts[(facts["unit"] == "percent") & facts["numerator"].notna() & facts["denominator"].notna()
                  & (facts["denominator"] != 0)].copy()
    rates["computed"] = 100.0 * rates["numerator"] / rates["denominator"]
    rates["consistent"] = (rates["value"] - rates["computed"]).abs() <= RATIO_TOLERANCE_PP
    rates["province"] = rates["province_vi"]

    def detail(rows: pd.DataFrame) -> pd.Series:
        return rows.apply(lambda r: f"stated {r['value']:g}% but {r['numerator']:g}/{r['denominator']:g} "
                                    f"= {r['computed']:.2f}%", axis=1).astype("string")

    return _run("stated_ratio_matches_parts", WARN, rates,
                [gxe.ExpectColumnValuesToBeInSet(column="consistent", value_set=[True])], detail)


def record_issues(con, result: SuiteResult, run_id: str) -> None:
    """Replace this check's rows in marts.dq_issues of the build file, and append them to the
    persistent history beside the warehouse, which outlives a blocked (never published) build."""
    rows = result.failures.assign(run_id=run_id, checked_at=datetime.now(UTC).replace(tzinfo=None))
    rows = rows.reindex(columns=DQ_COLUMNS)
    rows["value"] = pd.to_numeric(rows["value"], errors="coerce").astype("float64")
    for column in DQ_COLUMNS:
        if column not in ("value", "checked_at"):
            rows[column] = rows[column].astype("string")
    con.execute("create schema if not exists marts")
    con.execute(_DQ_DDL.format(table="marts.dq_issues"))
    con.execute("delete from marts.dq_issues where check_name = ?", [result.name])
    con.register("_dq", rows)
    con.execute("insert into marts.dq_issues select * from _dq")
    con.unregister("_dq")
    import duckdb

    with duckdb.connect(str(dq_history_path())) as history:
        history.execute(_DQ_DDL.format(table="dq_issues"))
        history.register("_dq", rows)
        history.execute("insert into dq_issues select * from _dq")


def dq_history_path() -> Path:
    return warehouse_path().parent / "dq_history.duckdb"


_DQ_DDL = """create table if not exists {table} (
    check_name varchar, severity varchar, doc_id varchar, province varchar, indicator_code varchar,
    value double, detail varchar, evidence varchar, run_id varchar, checked_at timestamp)"""
