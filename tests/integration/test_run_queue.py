"""A schedule tick and a sensor run that a running Dagster daemon starts together are queued by the instance
settings `dx ui` writes and both succeed, one after the other."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import PROJECT_ROOT, pipeline_env, run_dx, start_dagster, stop_process_group

pytestmark = pytest.mark.slow  # subprocesses, a built warehouse, a server or a browser


@pytest.fixture
def dagster_dev(tmp_path):
    from dagster_project.cli.main import prepare_environment, write_instance_settings

    paths = {**pipeline_env(tmp_path), "DX_REFRESH_CRON": "* * * * *", "DX_INBOX_SETTLE_SECONDS": "0"}
    run_dx("run", env=paths)  # the sensor's partial refresh needs one full refresh first
    home = Path(paths["DAGSTER_HOME"])
    write_instance_settings(home)  # what `dx ui` writes: one run at a time
    os.environ.setdefault("DAGSTER_HOME", str(home))
    prepare_environment()  # dbt parse before the Dagster CLI loads definitions; dbt on PATH
    env = {**os.environ, **paths}
    proc, url = start_dagster("dev", env, timeout=180)
    yield url, home, env
    stop_process_group(proc, grace=60)


def test_a_schedule_tick_and_a_sensor_run_started_together_succeed_in_turn(dagster_dev):
    """The schedule ticks every minute here (DX_REFRESH_CRON) and the sensor finds a report in the inbox: the
    daemon starts both in the same minute; the queue (one run at a time) runs them one after another."""
    import dagster as dg

    _, home, env = dagster_dev
    dagster = str(Path(sys.executable).parent / "dagster")
    for kind, name in (("schedule", "daily_refresh"), ("sensor", "inbox_sensor")):
        subprocess.run(
            [dagster, kind, "start", name, "-m", "dagster_project.definitions"],
            cwd=PROJECT_ROOT,
            env=env,
            check=True,
            capture_output=True,
        )
    inbox = Path(env["DX_SOURCES"]) / "inbox"
    inbox.mkdir()
    (inbox / "lao_cai_2025.txt").write_text("Năm 2024, tỉnh Lào Cai có 82,5% hồ sơ trực tuyến.\n", encoding="utf-8")

    instance = dg.DagsterInstance.from_config(str(home))
    try:
        deadline = time.time() + 600
        runs = []
        while time.time() < deadline:
            runs = instance.get_runs()
            by_tag = {t: [r for r in runs if t in r.tags] for t in ("dagster/schedule_name", "dagster/sensor_name")}
            done = [r for r in runs if r.status in (dg.DagsterRunStatus.SUCCESS, dg.DagsterRunStatus.FAILURE)]
            if all(by_tag.values()) and all(r in done for rs in by_tag.values() for r in rs[-1:]):
                break
            time.sleep(3)
        scheduled = [r for r in runs if "dagster/schedule_name" in r.tags][-1]
        sensed = [r for r in runs if "dagster/sensor_name" in r.tags][-1]
        assert (scheduled.status, sensed.status) == (dg.DagsterRunStatus.SUCCESS, dg.DagsterRunStatus.SUCCESS)
        first, second = sorted(
            (instance.get_run_record_by_id(r.run_id) for r in (scheduled, sensed)), key=lambda rec: rec.start_time
        )
        assert first.end_time <= second.start_time  # the queue let one run write at a time
    finally:
        instance.dispose()
