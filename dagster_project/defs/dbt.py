"""dbt layer: seeds, staging, intermediate and marts, built into the working DuckDB file."""

from collections.abc import Mapping
from typing import Any

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, dbt_assets

from dagster_project import progress
from dagster_project.config import export
from dagster_project.dbt_project import dbt_project, ensure_dbt_manifest
from dagster_project.defs.resources import Warehouse
from dagster_project.testing_hooks import pause_point

ensure_dbt_manifest()  # @dbt_assets reads the manifest when this module is imported


class WarehouseTranslator(DagsterDbtTranslator):
    """Groups dbt nodes by folder (staging, intermediate, marts) and seeds under `raw`."""

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        if dbt_resource_props["resource_type"] == "seed":
            return "raw"
        fqn = dbt_resource_props.get("fqn", [])
        return fqn[1] if len(fqn) > 2 else "marts"

    def get_owners(self, dbt_resource_props: Mapping[str, Any]):
        return ["team:analytics-engineering"]


@dbt_assets(manifest=dbt_project.manifest_path, project=dbt_project, dagster_dbt_translator=WarehouseTranslator())
def warehouse_dbt_models(context: dg.AssetExecutionContext, dbt: DbtCliResource, warehouse: Warehouse):
    """`dbt build` (seeds, models and their tests) against the build file."""
    export(DX_BUILD_PATH=str(warehouse.build_path))  # dbt's profile reads it; the dbt resource passes it on
    materialized, done = [], 0
    total = len(context.selected_output_names) + len(context.selected_asset_check_keys)
    for event in dbt.cli(["build"], context=context).stream():
        done += 1
        progress.report(min(done, total), total)
        if isinstance(event, dg.Output | dg.AssetMaterialization) and getattr(event, "asset_key", None):
            materialized.append(event.asset_key)
        elif isinstance(event, dg.Output):
            materialized.append(context.asset_key_for_output(event.output_name))
        yield event
    context.log.info(f"{len(materialized)} tables built, {done - len(materialized)} tests run")
    pause_point("dbt")
    # dbt holds the DuckDB file while it runs: count rows once it has finished
    with warehouse.connect() as con:
        for key in materialized:
            schema, table = key.path[-2:] if len(key.path) > 1 else ("seeds", key.path[-1])
            (rows,) = con.execute(f'select count(*) from "{schema}"."{table}"').fetchone()
            yield dg.AssetObservation(asset_key=key, metadata={"dagster/row_count": rows})
