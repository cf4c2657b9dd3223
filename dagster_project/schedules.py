"""Daily refresh. Cron and timezone come from the environment so operators can move it."""

import os

import dagster as dg

from dagster_project.jobs import full_refresh_job

daily_refresh_schedule = dg.ScheduleDefinition(
    name="daily_refresh",
    job=full_refresh_job,
    cron_schedule=os.environ.get("DX_REFRESH_CRON", "0 6 * * *"),
    execution_timezone=os.environ.get("DX_REFRESH_TZ", "Asia/Ho_Chi_Minh"),
    default_status=dg.DefaultScheduleStatus.STOPPED,
    description="Full refresh every day (default 06:00 Asia/Ho_Chi_Minh; DX_REFRESH_CRON, DX_REFRESH_TZ).",
)
