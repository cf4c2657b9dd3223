"""Resources shared by the assets: the dbt project and its CLI."""

from __future__ import annotations

from dagster_dbt import DbtCliResource, DbtProject

from dagster_project.config import DBT_PROJECT_DIR

dbt_project = DbtProject(project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR)


def dbt_resource() -> DbtCliResource:
    return DbtCliResource(project_dir=dbt_project, profiles_dir=str(DBT_PROJECT_DIR))
