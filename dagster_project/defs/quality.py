"""Quality wiring: the Great Expectations suites as asset checks (ERROR checks are blocking: when one fails,
nothing downstream runs, so `published_warehouse` never replaces the served file), and the `dq_issues`
summary of what the checks flagged in this build, before it is published. The suites are in `quality/`."""

import dagster as dg

from dagster_project.defs.dbt import warehouse_dbt_models
from dagster_project.defs.resources import Warehouse
from dagster_project.defs.specs import OWNERS
from dagster_project.quality.suites import (
    ERROR,
    SuiteResult,
    check_budget_parts,
    check_fact_values,
    check_stated_ratios,
    data_docs_index,
    ensure_dq_issues,
    record_issues,
)
from dagster_project.testing_hooks import pause_point

MART_KEYS = [spec.key for spec in warehouse_dbt_models.specs if spec.group_name == "marts"]


@dg.asset(
    deps=MART_KEYS,
    group_name="quality",
    owners=OWNERS,
    kinds={"duckdb", "great_expectations"},
    description="marts.dq_issues of this build, summarised: failing rows per check and severity (ERROR checks "
    "have already blocked the run if they failed; WARN rows are listed here). Data Docs are linked.",
)
def dq_issues(context: dg.AssetExecutionContext, warehouse: Warehouse) -> dg.MaterializeResult:
    with warehouse.connect() as con:
        ensure_dq_issues(con)
        counts = con.execute(
            "select check_name, severity, count(*) from marts.dq_issues group by all order by all"
        ).fetchall()
    context.log.info(f"{sum(c[2] for c in counts)} failing rows recorded in marts.dq_issues")
    return dg.MaterializeResult(
        metadata={
            "failing_rows": sum(c[2] for c in counts),
            "by_check": dg.MetadataValue.json({f"{c[0]} ({c[1]})": c[2] for c in counts}),
            "data_docs": dg.MetadataValue.path(str(data_docs_index(warehouse.folder))),
        }
    )


SAMPLE_ROWS = 5


def _report(context: dg.AssetCheckExecutionContext, suite, warehouse: Warehouse) -> dg.AssetCheckResult:
    """Run a suite on the build file, record its failing rows in dq_issues and turn its outcome
    into a check result."""
    with warehouse.connect() as con:
        result: SuiteResult = suite(con, folder=warehouse.folder)
        record_issues(con, result, context.run.run_id, folder=warehouse.folder)
    pause_point("checks")
    for row in result.failures.head(SAMPLE_ROWS).itertuples():
        context.log.warning(f"{result.name}: {row.doc_id} {row.indicator_code}: {row.detail}")
    sample = result.failures.head(SAMPLE_ROWS)[["doc_id", "province", "indicator_code", "detail"]]
    return dg.AssetCheckResult(
        passed=result.passed,
        severity=dg.AssetCheckSeverity.ERROR if result.severity == ERROR else dg.AssetCheckSeverity.WARN,
        metadata={
            "rows_checked": result.n_rows,
            "failing_rows": len(result.failures),
            "sample": dg.MetadataValue.md(sample.to_markdown(index=False) if len(sample) else "none"),
            "data_docs": dg.MetadataValue.path(result.data_docs),
        },
    )


def _gate(name: str, asset, *, blocking: bool, description: str, suite) -> dg.AssetChecksDefinition:
    """A Great Expectations suite as an asset check; a blocking one stops everything downstream when it fails."""

    @dg.asset_check(name=name, asset=asset, blocking=blocking, description=description)
    def _check(context: dg.AssetCheckExecutionContext, warehouse: Warehouse) -> dg.AssetCheckResult:
        return _report(context, suite, warehouse)

    return _check


quality_checks = [
    _gate(
        "fact_values",
        "extracted_facts",
        blocking=True,
        description="ERROR: percent values in [0, 100], counts and money ≥ 0, value_kind / comparator / "
        "unit in their allowed sets, period years in the warehouse calendar, dim_year (Great Expectations).",
        suite=check_fact_values,
    ),
    _gate(
        "stated_ratio_matches_parts",
        "extracted_facts",
        blocking=False,
        description="WARN: a stated rate agrees with its numerator/denominator within 0.5 percentage "
        "points; the fact is kept as stated (Great Expectations).",
        suite=check_stated_ratios,
    ),
    _gate(
        "budget_parts_sum",
        dg.AssetKey(["marts", "fct_budget"]),
        blocking=True,
        description="ERROR: the per-level parts of a budget plan add up to its total within 1 %, "
        "respecting comparators ('hơn 195' may be exceeded; an exact total may not) (Great Expectations).",
        suite=check_budget_parts,
    ),
]
