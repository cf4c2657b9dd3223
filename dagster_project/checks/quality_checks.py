"""Great Expectations suites as Dagster asset checks. ERROR checks are blocking: when one fails,
nothing downstream runs, so `published_warehouse` never replaces the served file."""

import dagster as dg

from dagster_project.quality import (
    ERROR,
    SuiteResult,
    check_budget_parts,
    check_fact_values,
    check_stated_ratios,
    record_issues,
)
from dagster_project.testing_hooks import pause_point
from dagster_project.warehouse import connect

SAMPLE_ROWS = 5


def _report(context: dg.AssetCheckExecutionContext, suite) -> dg.AssetCheckResult:
    """Run a suite on the build file, record its failing rows in dq_issues and turn its outcome
    into a check result."""
    with connect() as con:
        result: SuiteResult = suite(con)
        record_issues(con, result, context.run.run_id)
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


@dg.asset_check(
    asset="extracted_facts",
    blocking=True,
    description="ERROR: percent values in [0, 100], counts and money ≥ 0, value_kind / comparator / "
    "unit in their allowed sets, period years in 2015–2035 (Great Expectations).",
)
def fact_values(context: dg.AssetCheckExecutionContext) -> dg.AssetCheckResult:
    return _report(context, check_fact_values)


@dg.asset_check(
    asset="extracted_facts",
    blocking=False,
    description="WARN: a stated rate agrees with its numerator/denominator within 0.5 percentage "
    "points; the fact is kept as stated (Great Expectations).",
)
def stated_ratio_matches_parts(context: dg.AssetCheckExecutionContext) -> dg.AssetCheckResult:
    return _report(context, check_stated_ratios)


@dg.asset_check(
    asset=dg.AssetKey(["marts", "fct_budget"]),
    blocking=True,
    description="ERROR: the per-level parts of a budget plan add up to its total within 1 %, "
    "respecting comparators ('hơn 195' may be exceeded; an exact total may not) (Great Expectations).",
)
def budget_parts_sum(context: dg.AssetCheckExecutionContext) -> dg.AssetCheckResult:
    return _report(context, check_budget_parts)


quality_checks = [fact_values, stated_ratio_matches_parts, budget_parts_sum]
