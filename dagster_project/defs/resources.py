"""Resources shared by the assets: dbt's CLI and the warehouse write lock."""

from __future__ import annotations

from contextlib import contextmanager

import dagster as dg
from dagster_dbt import DbtCliResource

from dagster_project.config import DBT_PROJECT_DIR
from dagster_project.dbt_project import dbt_executable, dbt_project


def dbt_resource() -> DbtCliResource:
    return DbtCliResource(project_dir=dbt_project, profiles_dir=str(DBT_PROJECT_DIR), dbt_executable=dbt_executable())


class WarehouseLock(dg.ConfigurableResource):
    """The warehouse-wide write lock, held for a whole run by every run that writes the build file, whether
    launched from the UI, the schedule, the sensor or `dx run` (which already holds it: then this is a no-op)."""

    wait: bool = True

    @contextmanager
    def yield_for_execution(self, context: dg.InitResourceContext):
        from dagster_project.warehouse import warehouse_lock

        def note(holder: str) -> None:
            context.log.info(f"waiting for {holder}")

        with warehouse_lock(wait=self.wait, on_wait=note):
            yield self
