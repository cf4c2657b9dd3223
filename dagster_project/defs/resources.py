"""Resources shared by the assets: dbt's CLI and the warehouse (its files and its write lock)."""

from __future__ import annotations

from contextlib import contextmanager
from functools import cached_property
from pathlib import Path

import dagster as dg
from dagster_dbt import DbtCliResource

from dagster_project import warehouse
from dagster_project.config import DBT_PROJECT_DIR, sources_dir, warehouse_path
from dagster_project.dbt_project import dbt_executable, dbt_project


class WarehouseDbt(DbtCliResource):
    """dagster-dbt's CLI resource without its `dbt --version` subprocess (2.5 s on every run, to tell dbt Core
    from dbt Fusion): the dbt it runs is always the dbt-core installed beside this Python."""

    @cached_property
    def _cli_version(self):
        from dbt.version import __version__
        from packaging import version

        return version.parse(__version__)


def dbt_resource() -> DbtCliResource:
    return WarehouseDbt(project_dir=dbt_project, profiles_dir=str(DBT_PROJECT_DIR), dbt_executable=dbt_executable())


class Warehouse(dg.ConfigurableResource):
    """The warehouse's files, one resource for every asset and check: the sources folder read, the build file
    written and checked, the served file it is published to (and the folder beside it: blobs, logs, data docs,
    history). Empty fields take config.py's defaults (DX_SOURCES, DX_WAREHOUSE); tests give folders under
    tmp_path. A run that uses it holds the warehouse-wide write lock while it runs, whether launched from the
    UI, the schedule, the sensor or `dx run` (which already holds it: then this is a no-op)."""

    sources: str = ""
    served: str = ""
    wait: bool = True

    @property
    def sources_dir(self) -> Path:
        return Path(self.sources).resolve() if self.sources else sources_dir()

    @property
    def served_path(self) -> Path:
        return Path(self.served).resolve() if self.served else warehouse_path()

    @property
    def build_path(self) -> Path:
        return warehouse.build_path(self.served_path)

    @property
    def folder(self) -> Path:
        """The folder beside the served file: blobs, ingest log, Great Expectations project, dq history, logs."""
        return self.served_path.parent

    def connect(self, read_only: bool = False):
        """The build file, opened and always closed (DuckDB allows one writer process)."""
        return warehouse.connect(self.build_path, read_only=read_only)

    def replace_table(self, con, schema: str, table: str, frame) -> int:
        return warehouse.replace_table(con, schema, table, frame)

    def publish(self) -> Path:
        return warehouse.publish(self.build_path, self.served_path)

    @contextmanager
    def yield_for_execution(self, context: dg.InitResourceContext):
        def note(holder: str) -> None:
            context.log.info(f"waiting for {holder}")

        with warehouse.warehouse_lock(wait=self.wait, on_wait=note, served=self.served_path):
            yield self
