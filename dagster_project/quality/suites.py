"""Great Expectations suites over facts and marts, and the trail of what failed (dq_issues).

GE runs through its pandas datasource (its SQL datasource over DuckDB returned no rows in a
probe). To keep memory flat at national scale, each suite reads from the build file only the
columns its expectations look at, with text columns as DuckDB ENUMs (pandas categoricals) and
a `row_id`; GE validates every row of that narrow frame, and only the failing rows' details
(doc, province, evidence) are read back from DuckDB. Rules that GE has no built-in expectation
for (budget parts vs totals, stated rate vs numerator/denominator) are computed in SQL as a
boolean `consistent` column that GE then expects to be true.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pandas as pd

from dagster_project.config import export_defaults, warehouse_path
from dagster_project.reference.calendar import calendar_years
from dagster_project.reference.vocabularies import COMPARATORS, UNITS, VALUE_KINDS

ERROR, WARN = "error", "warn"
RATIO_TOLERANCE_PP = 0.5
BUDGET_TOLERANCE = 0.01
LOWER_BOUND = (">", ">=")
ALLOWED = {"value_kind": list(VALUE_KINDS), "comparator": list(COMPARATORS), "unit": list(UNITS)}
DQ_COLUMNS = [
    "check_name",
    "severity",
    "doc_id",
    "province",
    "indicator_code",
    "value",
    "detail",
    "evidence",
    "run_id",
    "checked_at",
]
FACTS = "raw.extracted_facts"
BUDGETS = "marts.fct_budget"


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


def gx_root(folder: Path | None = None) -> Path:
    """The Great Expectations project beside the warehouse (`folder`, default the served file's folder)."""
    return (folder or warehouse_path().parent) / "gx_project"


def data_docs_index(folder: Path | None = None) -> Path:
    return gx_root(folder) / "gx" / "uncommitted" / "data_docs" / "local_site" / "index.html"


def _validate(name: str, frame: pd.DataFrame, expectations: list, folder: Path | None = None) -> set[int]:
    """Run a GE checkpoint on `frame`; return the positional indexes of failing rows."""
    export_defaults(GX_ANALYTICS_ENABLED="false")
    import great_expectations as gx
    from great_expectations.checkpoint import UpdateDataDocsAction

    context = gx.get_context(mode="file", project_root_dir=str(gx_root(folder)))
    source = context.data_sources.add_or_update_pandas("dx_warehouse")
    asset = next((a for a in source.assets if a.name == name), None) or source.add_dataframe_asset(name)
    batch = next(
        (b for b in asset.batch_definitions if b.name == "whole"), None
    ) or asset.add_batch_definition_whole_dataframe("whole")
    suite = context.suites.add_or_update(gx.ExpectationSuite(name=name, expectations=expectations))
    validation = context.validation_definitions.add_or_update(
        gx.ValidationDefinition(data=batch, suite=suite, name=name)
    )
    checkpoint = context.checkpoints.add_or_update(
        gx.Checkpoint(
            name=name,
            validation_definitions=[validation],
            actions=[UpdateDataDocsAction(name="data_docs")],
            result_format={"result_format": "COMPLETE"},
        )
    )
    result = checkpoint.run(batch_parameters={"dataframe": frame})
    failing: set[int] = set()
    for run in result.run_results.values():
        for expectation in run.results:
            if not expectation.success:
                failing.update(expectation.result.get("unexpected_index_list") or [])
    return failing


def categorical(con: duckdb.DuckDBPyConnection, relation: str, column: str) -> str:
    """SQL casting a text column to an ENUM of its own distinct values: pandas gets a categorical
    (one byte per row instead of one Python string), and every value, allowed or not, survives."""
    values = [
        v
        for (v,) in con.execute(
            f"select distinct {column} from {relation} where {column} is not null order by 1"
        ).fetchall()
    ]
    if not values:
        return f"{column}::varchar"
    labels = ", ".join("'" + str(v).replace("'", "''") + "'" for v in values)
    return f"{column}::enum({labels})"


def _run(
    con: duckdb.DuckDBPyConnection,
    name: str,
    severity: str,
    narrow_sql: str,
    expectations: list,
    details_sql: str,
    folder: Path | None = None,
) -> SuiteResult:
    """Validate the narrow frame with GE, then read the failing rows' details by row_id."""
    frame = con.execute(narrow_sql).df()
    failing = sorted(_validate(name, frame, expectations, folder)) if len(frame) else []
    row_ids = pd.DataFrame({"row_id": frame["row_id"].iloc[failing].astype("int64").to_numpy()})
    con.register("_failing", row_ids)
    try:
        rows = con.execute(f"select d.* from ({details_sql}) d join _failing using (row_id) order by d.row_id").df()
    finally:
        con.unregister("_failing")
    failures = rows.assign(check_name=name, severity=severity).reindex(
        columns=[c for c in DQ_COLUMNS if c not in ("run_id", "checked_at")]
    )
    return SuiteResult(name, severity, failures.reset_index(drop=True), len(frame), str(data_docs_index(folder)))


def check_fact_values(con: duckdb.DuckDBPyConnection, facts: str = FACTS, folder: Path | None = None) -> SuiteResult:
    """ERROR: percents in [0, 100], counts and money ≥ 0, vocabulary allowed, years in the warehouse calendar."""
    import great_expectations.expectations as gxe

    first_year, last_year = calendar_years()
    narrow = f"""select rowid as row_id, value,
            {categorical(con, facts, "unit")} as unit,
            {categorical(con, facts, "value_kind")} as value_kind,
            {categorical(con, facts, "comparator")} as comparator,
            try_cast(left(period, 4) as double) as start_year,  -- float: GE compares it vectorised
            try_cast(right(period, 4) as double) as end_year
        from {facts}"""
    expectations = [
        gxe.ExpectColumnValuesToBeBetween(
            column="value", min_value=0, max_value=100, row_condition='unit=="percent"', condition_parser="pandas"
        ),
        gxe.ExpectColumnValuesToBeBetween(
            column="value", min_value=0, row_condition='unit in ["count", "billion_vnd"]', condition_parser="pandas"
        ),
        gxe.ExpectColumnValuesToBeBetween(column="start_year", min_value=first_year, max_value=last_year),
        gxe.ExpectColumnValuesToBeBetween(column="end_year", min_value=first_year, max_value=last_year),
        gxe.ExpectColumnValuesToNotBeNull(column="value"),
        *(gxe.ExpectColumnValuesToBeInSet(column=c, value_set=v) for c, v in ALLOWED.items()),
    ]
    details = f"""select rowid as row_id, doc_id, province_vi as province, indicator_code, value, evidence,
            concat_ws(' ', indicator_code, value_kind, comparator, value, unit, 'period', period) as detail
        from {facts}"""
    return _run(con, "fact_values", ERROR, narrow, expectations, details, folder)


def budget_plans_sql(budget: str = BUDGETS) -> str:
    """One row per plan (doc, province, period, indicator, kind) that has a total and per-level parts.

    A lower-bound total ("hơn 195") may be exceeded; an exact total may neither be exceeded nor,
    when every part is exact, be missed (within 1 %).
    """
    lower = ", ".join(f"'{c}'" for c in LOWER_BOUND)
    return f"""
        with parts as (
            select doc_id, province_key, period, indicator_code, value_kind,
                sum(value) as parts_sum, bool_or(comparator in ({lower})) as parts_lower_bound
            from {budget} where admin_level <> 'all'
            group by all
        ), plans as (
            select row_number() over (order by t.doc_id, t.province_key, t.period, t.indicator_code,
                    t.value_kind) as row_id,
                t.doc_id, t.province_key, t.period, t.indicator_code, t.value_kind, t.evidence,
                t.value as total, t.comparator as total_comparator, p.parts_sum, p.parts_lower_bound
            from {budget} t
            join parts p using (doc_id, province_key, period, indicator_code, value_kind)
            where t.admin_level = 'all'
        )
        select *, not (
            (total_comparator not in ({lower}) and parts_sum > total * (1 + {BUDGET_TOLERANCE}))
            or (total_comparator not in ({lower}) and not parts_lower_bound
                and parts_sum < total * (1 - {BUDGET_TOLERANCE}))
        ) as consistent
        from plans"""


def check_budget_parts(
    con: duckdb.DuckDBPyConnection, budget: str = BUDGETS, folder: Path | None = None
) -> SuiteResult:
    """ERROR: the per-level parts of a plan add up to its total, within 1 %, respecting comparators."""
    import great_expectations.expectations as gxe

    plans = budget_plans_sql(budget)
    details = f"""select row_id, doc_id, province_key as province, indicator_code, total as value, evidence,
            format('parts sum {{:g}} vs total {{}} {{:g}}', parts_sum, total_comparator, total) as detail
        from ({plans})"""
    return _run(
        con,
        "budget_parts_sum",
        ERROR,
        f"select row_id, consistent from ({plans})",
        [gxe.ExpectColumnValuesToBeInSet(column="consistent", value_set=[True])],
        details,
        folder,
    )


def check_stated_ratios(con: duckdb.DuckDBPyConnection, facts: str = FACTS, folder: Path | None = None) -> SuiteResult:
    """WARN: a stated rate agrees with its numerator/denominator within 0.5 percentage points.

    The fact is kept as the source states it; the warning carries both numbers.
    """
    import great_expectations.expectations as gxe

    rates = f"""select rowid as row_id, *, 100.0 * numerator / denominator as computed
        from {facts}
        where unit = 'percent' and numerator is not null and denominator is not null and denominator <> 0"""
    narrow = f"select row_id, abs(value - computed) <= {RATIO_TOLERANCE_PP} as consistent from ({rates})"
    details = f"""select row_id, doc_id, province_vi as province, indicator_code, value, evidence,
            format('stated {{:g}}% but {{:g}}/{{:g}} = {{:.2f}}%', value, numerator, denominator, computed) as detail
        from ({rates})"""
    return _run(
        con,
        "stated_ratio_matches_parts",
        WARN,
        narrow,
        [gxe.ExpectColumnValuesToBeInSet(column="consistent", value_set=[True])],
        details,
        folder,
    )


def record_issues(con, result: SuiteResult, run_id: str, folder: Path | None = None) -> None:
    """Replace this check's rows in marts.dq_issues of the build file, and append them to the
    persistent history beside the warehouse, which outlives a blocked (never published) build."""
    rows = result.failures.assign(run_id=run_id, checked_at=datetime.now(UTC).replace(tzinfo=None))
    rows = rows.reindex(columns=DQ_COLUMNS)
    rows["value"] = pd.to_numeric(rows["value"], errors="coerce").astype("float64")
    for column in DQ_COLUMNS:
        if column not in ("value", "checked_at"):
            rows[column] = rows[column].astype("string")
    ensure_dq_issues(con)
    con.execute("delete from marts.dq_issues where check_name = ?", [result.name])
    con.register("_dq", rows)
    con.execute("insert into marts.dq_issues select * from _dq")
    con.unregister("_dq")
    with duckdb.connect(str(dq_history_path(folder))) as history:
        history.execute(_DQ_DDL.format(table="dq_issues"))
        history.register("_dq", rows)
        history.execute("insert into dq_issues select * from _dq")


def dq_history_path(folder: Path | None = None) -> Path:
    return (folder or warehouse_path().parent) / "dq_history.duckdb"


def ensure_dq_issues(con: duckdb.DuckDBPyConnection) -> None:
    """marts.dq_issues of the build file, created empty when no check has written to it yet."""
    con.execute("create schema if not exists marts")
    con.execute(_DQ_DDL.format(table="marts.dq_issues"))


_DQ_DDL = """create table if not exists {table} (
    check_name varchar, severity varchar, doc_id varchar, province varchar, indicator_code varchar,
    value double, detail varchar, evidence varchar, run_id varchar, checked_at timestamp)"""
