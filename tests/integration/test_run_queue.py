"""Runs submitted together to a running Dagster daemon (the schedule's job and the sensor's job) are queued by
the instance settings `dx ui` writes and both succeed, one after the other."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import PROJECT_ROOT, pipeline_env


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def dagster_dev(tmp_path):
    from dagster_project.cli import prepare_environment, write_instance_settings

    paths = pipeline_env(tmp_path)
    home = Path(paths["DAGSTER_HOME"])
    write_instance_settings(home)  # what `dx ui` writes: one run at a time
    os.environ.setdefault("DAGSTER_HOME", str(home))
    prepare_environment()  # dbt parse before the Dagster CLI loads definitions; dbt on PATH
    env = {**os.environ, **paths, "DO_NOT_TRACK": "1"}
    port = _free_port()
    proc = subprocess.Popen([str(Path(sys.executable).parent / "dagster"), "dev", "-m", "dagster_project.definitions",
                             "-h", "127.0.0.1", "-p", str(port)], cwd=PROJECT_ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.time() + 180
    while time.time() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/server_info", timeout=2)
            break
        except OSError:
            time.sleep(1)
    else:
        os.killpg(proc.pid, 9)
        pytest.fail("dagster dev did not start within 180 s")
    yield port, home
    os.killpg(proc.pid, 15)
    proc.wait(timeout=60)


def test_schedule_and_sensor_runs_submitted_together_succeed_in_turn(dagster_dev):
    import dagster as dg
    from dagster_graphql import DagsterGraphQLClient, DagsterGraphQLClientError

    port, home = dagster_dev
    client = DagsterGraphQLClient("127.0.0.1", port_number=port)
    deadline = time.time() + 180
    while True:  # the server answers before it has loaded the code location
        try:
            scheduled = client.submit_job_execution("full_refresh", tags={"dagster/schedule_name": "daily_refresh"})
            break
        except DagsterGraphQLClientError:
            if time.time() > deadline:
                raise
            time.sleep(2)
    sensed = client.submit_job_execution("inbox_refresh", tags={"dagster/sensor_name": "inbox_sensor"})
    deadline = time.time() + 900
    statuses = {}
    while time.time() < deadline:
        statuses = {run: client.get_run_status(run) for run in (scheduled, sensed)}
        if all(s in (dg.DagsterRunStatus.SUCCESS, dg.DagsterRunStatus.FAILURE) for s in statuses.values()):
            break
        time.sleep(3)
    assert statuses == {scheduled: dg.DagsterRunStatus.SUCCESS, sensed: dg.DagsterRunStatus.SUCCESS}
    instance = dg.DagsterInstance.from_config(str(home))
    try:
        first, second = (instance.get_run_record_by_id(run) for run in (scheduled, sensed))
        assert first.end_time <= second.start_time  # the queue let one run write at a time
    finally:
        instance.dispose()
