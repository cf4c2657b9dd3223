"""Inbox sensor: a new or changed report in `$DX_SOURCES/inbox/` starts a refresh of what depends on it.

The cursor holds the sha256 of every inbox file already handled, so an unchanged file never triggers a
run; a file still being written (empty, or changed within DX_INBOX_SETTLE_SECONDS) waits for a later tick.
The sensor copies a new file into `reports/` and requests a run of the assets downstream of the raw load
(seeds, which no report changes, are not rebuilt).
"""

import hashlib
import json
import shutil
import time

import dagster as dg

from dagster_project.config import inbox_settle_seconds, sources_dir
from dagster_project.loading import REPORT_SUFFIXES

inbox_refresh_job = dg.define_asset_job(
    name="inbox_refresh",
    selection=dg.AssetSelection.assets("raw_reports", "raw_ingest_errors").downstream(),
    description="Refresh triggered by new inbox files: load, extract, dependent dbt models, checks, publish.",
)


def inbox_changes(seen: dict[str, str]) -> dict[str, str]:
    """Inbox files (name -> sha256) that are new or changed since the cursor."""
    inbox = sources_dir() / "inbox"
    if not inbox.is_dir():
        return {}
    settled_before = time.time() - inbox_settle_seconds()
    current = {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(inbox.iterdir())
        if p.is_file()
        and (p.suffix.lower() in REPORT_SUFFIXES or p.name.endswith(".meta.json"))
        and _settled(p, settled_before)
    }
    return {name: digest for name, digest in current.items() if seen.get(name) != digest}


def _settled(path, settled_before: float) -> bool:
    """A file still being copied in (0 bytes, or changed in the last DX_INBOX_SETTLE_SECONDS) waits a tick."""
    stat = path.stat()
    return stat.st_size > 0 and stat.st_mtime <= settled_before


@dg.sensor(
    job=inbox_refresh_job,
    minimum_interval_seconds=60,
    default_status=dg.DefaultSensorStatus.STOPPED,
    description="Starts a refresh when a report in $DX_SOURCES/inbox/ is new or changed (by sha256).",
)
def inbox_sensor(context: dg.SensorEvaluationContext):
    seen = json.loads(context.cursor) if context.cursor else {}
    changes = inbox_changes(seen)
    if not changes:
        return dg.SkipReason("no new or changed files in the inbox")
    reports = sources_dir() / "reports"
    reports.mkdir(parents=True, exist_ok=True)
    for name in changes:
        shutil.copy2(sources_dir() / "inbox" / name, reports / name)
    context.update_cursor(json.dumps({**seen, **changes}, sort_keys=True))
    run_key = hashlib.sha256(json.dumps(changes, sort_keys=True).encode()).hexdigest()[:16]
    return dg.RunRequest(run_key=run_key, tags={"dx/inbox_files": ",".join(sorted(changes))})
