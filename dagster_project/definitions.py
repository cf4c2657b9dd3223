"""The one code location: assets, checks, jobs, resources, schedules and sensors, all from `defs/`."""

import dagster as dg

from dagster_project.cli.run_display import display_logger
from dagster_project.defs.automation import (
    daily_refresh_schedule,
    full_refresh_job,
    inbox_refresh_job,
    inbox_sensor,
    raw_inputs_job,
)
from dagster_project.defs.dbt import warehouse_dbt_models
from dagster_project.defs.extraction import extracted_facts
from dagster_project.defs.quality import dq_issues, quality_checks
from dagster_project.defs.raw import raw_reports
from dagster_project.defs.resources import Warehouse, dbt_resource
from dagster_project.defs.serving import postgres_serving, published_warehouse
from dagster_project.defs.submissions import submission_facts

defs = dg.Definitions(
    assets=[
        raw_reports,
        extracted_facts,
        submission_facts,
        warehouse_dbt_models,
        dq_issues,
        published_warehouse,
        postgres_serving,
    ],
    asset_checks=quality_checks,
    jobs=[full_refresh_job, raw_inputs_job, inbox_refresh_job],
    schedules=[daily_refresh_schedule],
    sensors=[inbox_sensor],
    resources={"dbt": dbt_resource(), "warehouse": Warehouse()},
    # `dx run` configures both; a run without logger config (the UI) keeps Dagster's default console.
    loggers={"console": dg.colored_console_logger, "dx_display": display_logger},
    # DuckDB allows one writer process: run every step in one process, one after another.
    executor=dg.in_process_executor,
)
