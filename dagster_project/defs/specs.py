"""One way to declare a table the pipeline writes: the team owns it, Python writes it into DuckDB, and its
description is the one of its dbt source in dbt/models/staging/_sources.yml (documented once, shown in both)."""

import functools
import json

import dagster as dg

from dagster_project.dbt_project import dbt_project, ensure_dbt_manifest

OWNERS = ["team:data-engineering"]


@functools.cache
def raw_table_docs() -> dict[str, str]:
    """Asset key -> "raw.<table>: <description>" for each table of the dbt source `raw`."""
    ensure_dbt_manifest()
    manifest = json.loads(dbt_project.manifest_path.read_text(encoding="utf-8"))
    return {
        source["meta"]["dagster"]["asset_key"][0]: f"raw.{source['name']}: {source['description']}"
        for source in manifest["sources"].values()
        if source["source_name"] == "raw"
    }


def table_spec(key: str, *, group: str, deps=(), kinds=("python", "duckdb")) -> dg.AssetSpec:
    """The asset spec of one raw table written by a multi-asset (reports, submissions, extraction)."""
    return dg.AssetSpec(
        key, deps=list(deps), group_name=group, owners=OWNERS, kinds=set(kinds), description=raw_table_docs()[key]
    )
