"""Serving layer: publish the checked build file as the warehouse readers open."""

import dagster as dg

from dagster_project.assets.dbt import warehouse_dbt_models
from dagster_project.warehouse import publish

MART_KEYS = [spec.key for spec in warehouse_dbt_models.specs if spec.group_name == "marts"]


@dg.asset(
    deps=MART_KEYS,
    group_name="serving",
    owners=["team:data-engineering"],
    kinds={"duckdb"},
    description="Atomically replaces the served $DX_WAREHOUSE file with the build file, after every "
    "mart and its blocking checks succeeded. A failed refresh never reaches this step, so the last "
    "good warehouse stays served.",
)
def published_warehouse(context: dg.AssetExecutionContext) -> dg.MaterializeResult:
    served = publish()
    context.log.info(f"published {served}")
    return dg.MaterializeResult(metadata={"path": str(served), "size_bytes": served.stat().st_size})
