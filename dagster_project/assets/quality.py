"""Quality layer: the summary of what the checks flagged in this build, before it is published."""

import dagster as dg

from dagster_project.assets.dbt import warehouse_dbt_models
from dagster_project.quality import data_docs_index
from dagster_project.resources import WarehouseLock
from dagster_project.warehouse import connect

MART_KEYS = [spec.key for spec in warehouse_dbt_models.specs if spec.group_name == "marts"]


@dg.asset(
    deps=MART_KEYS,
    group_name="quality",
    owners=["team:data-engineering"],
    kinds={"duckdb", "great_expectations"},
    description="marts.dq_issues of this build, summarised: failing rows per check and severity (ERROR checks "
    "have already blocked the run if they failed; WARN rows are listed here). Data Docs are linked.",
)
def dq_issues(context: dg.AssetExecutionContext, warehouse_lock: WarehouseLock) -> dg.MaterializeResult:
    with connect() as con:
        con.execute("create schema if not exists marts")
        con.execute("""create table if not exists marts.dq_issues (
            check_name varchar, severity varchar, doc_id varchar, province varchar, indicator_code varchar,
            value double, detail varchar, evidence varchar, run_id varchar, checked_at timestamp)""")
        counts = con.execute(
            "select check_name, severity, count(*) from marts.dq_issues group by all order by all"
        ).fetchall()
    context.log.info(f"{sum(c[2] for c in counts)} failing rows recorded in marts.dq_issues")
    return dg.MaterializeResult(
        metadata={
            "failing_rows": sum(c[2] for c in counts),
            "by_check": dg.MetadataValue.json({f"{c[0]} ({c[1]})": c[2] for c in counts}),
            "data_docs": dg.MetadataValue.path(str(data_docs_index())),
        }
    )
