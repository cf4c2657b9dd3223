"""Resources shared by the assets: the dbt project and its CLI, and the warehouse write lock."""

from __future__ import annotations

import shutil
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import dagster as dg
from dagster_dbt import DbtCliResource, DbtProject

from dagster_project.config import DBT_PROJECT_DIR, PROJECT_ROOT

dbt_project = DbtProject(project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR)


def dbt_executable() -> str:
    """The dbt installed beside this Python (the venv), so it works even when the venv is not on PATH."""
    beside = Path(sys.executable).parent / "dbt"
    return str(beside) if beside.exists() else (shutil.which("dbt") or "dbt")


def dbt_resource() -> DbtCliResource:
    return DbtCliResource(project_dir=dbt_project, profiles_dir=str(DBT_PROJECT_DIR), dbt_executable=dbt_executable())


def ensure_dbt_manifest() -> None:
    """Run `dbt parse` when the manifest is missing or older than a dbt file or seed."""
    manifest = DBT_PROJECT_DIR / "target" / "manifest.json"
    watched = [
        *(DBT_PROJECT_DIR / "models").glob("**/*"),
        *(DBT_PROJECT_DIR / "macros").glob("*"),
        *(DBT_PROJECT_DIR / "tests").glob("**/*"),
        DBT_PROJECT_DIR / "dbt_project.yml",
        *(PROJECT_ROOT / "seeds").glob("*.csv"),
    ]
    if manifest.exists() and all(p.stat().st_mtime <= manifest.stat().st_mtime for p in watched):
        return
    subprocess.run(
        [
            dbt_executable(),
            "parse",
            "--quiet",
            "--project-dir",
            str(DBT_PROJECT_DIR),
            "--profiles-dir",
            str(DBT_PROJECT_DIR),
        ],
        check=True,
    )


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
