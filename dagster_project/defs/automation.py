"""Automation: the jobs operators launch (UI, `dx run`), the daily schedule and the inbox sensor."""

import hashlib
import json

import dagster as dg

from dagster_project.config import refresh_cron, refresh_timezone
from dagster_project.ingest.inbox import inbox_changes, take_into_reports

full_refresh_job = dg.define_asset_job(
    name="full_refresh",
    selection=dg.AssetSelection.all(),
    description="Load every report, extract facts, build the dbt models, run the checks and publish.",
)

raw_inputs_job = dg.define_asset_job(
    name="raw_inputs",
    selection=dg.AssetSelection.groups("raw", "extraction") - dg.AssetSelection.key_prefixes("seeds"),
    description="Load every report and submission and extract facts into the build file's raw tables: what "
    "`dx run --engine postgres|spark` copies to another engine before dbt builds there.",
)

inbox_refresh_job = dg.define_asset_job(
    name="inbox_refresh",
    selection=dg.AssetSelection.assets("raw_reports", "raw_ingest_errors").downstream(),
    description="Refresh triggered by new inbox files: load, extract, dependent dbt models, checks, publish.",
)

daily_refresh_schedule = dg.ScheduleDefinition(
    name="daily_refresh",
    job=full_refresh_job,
    cron_schedule=refresh_cron(),
    execution_timezone=refresh_timezone(),
    default_status=dg.DefaultScheduleStatus.STOPPED,
    description="Full refresh every day (default 06:00 Asia/Ho_Chi_Minh; DX_REFRESH_CRON, DX_REFRESH_TZ).",
)


@dg.sensor(
    job=inbox_refresh_job,
    minimum_interval_seconds=60,
    default_status=dg.DefaultSensorStatus.STOPPED,
    description="Starts a refresh when a report in $DX_SOURCES/inbox/ is new or changed (by sha256). The cursor "
    "holds the sha256 of every inbox file already handled; a file still being written waits for a later tick.",
)
def inbox_sensor(context: dg.SensorEvaluationContext):
    seen = json.loads(context.cursor) if context.cursor else {}
    changes = inbox_changes(seen)
    if not changes:
        return dg.SkipReason("no new or changed files in the inbox")
    take_into_reports(changes)
    context.update_cursor(json.dumps({**seen, **changes}, sort_keys=True))
    run_key = hashlib.sha256(json.dumps(changes, sort_keys=True).encode()).hexdigest()[:16]
    return dg.RunRequest(run_key=run_key, tags={"dx/inbox_files": ",".join(sorted(changes))})
