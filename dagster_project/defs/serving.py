"""Serving layer: publish the checked build file as the warehouse readers open."""

import dagster as dg

from dagster_project.config import postgres_publish_dsn, reader_password
from dagster_project.defs.quality import MART_KEYS
from dagster_project.defs.resources import Warehouse
from dagster_project.defs.specs import OWNERS


@dg.asset(
    deps=[*MART_KEYS, "dq_issues"],
    group_name="serving",
    owners=OWNERS,
    kinds={"duckdb"},
    description="Atomically replaces the served $DX_WAREHOUSE file with the build file, after every "
    "mart and its blocking checks succeeded. A failed refresh never reaches this step, so the last "
    "good warehouse stays served.",
)
def published_warehouse(context: dg.AssetExecutionContext, warehouse: Warehouse) -> dg.MaterializeResult:
    served = warehouse.publish()
    context.log.info(f"published {served}")
    return dg.MaterializeResult(metadata={"path": str(served), "size_bytes": served.stat().st_size})


@dg.asset(
    deps=["published_warehouse"],
    group_name="serving",
    owners=OWNERS,
    kinds={"postgres"},
    description="Copies the published marts into the PostgreSQL schema `marts` (one transaction, schema swap) "
    "with dbt descriptions as comments and a read-only role `dx_reader`. Runs only when DX_POSTGRES_DSN is set.",
)
def postgres_serving(context: dg.AssetExecutionContext, warehouse: Warehouse) -> dg.MaterializeResult:
    dsn = postgres_publish_dsn()
    if not dsn:
        context.log.info("DX_POSTGRES_DSN is not set: PostgreSQL serving skipped")
        return dg.MaterializeResult(metadata={"published": False})
    from dagster_project.serving.postgres import publish_to_postgres

    counts = publish_to_postgres(dsn, warehouse.served_path, reader_password=reader_password())
    return dg.MaterializeResult(metadata={"published": True, "tables": len(counts), "rows": sum(counts.values())})
