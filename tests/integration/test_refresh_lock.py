"""Refreshes queue, never collide: one warehouse-wide OS lock for `dx run` and every Dagster run that writes,
and Dagster's own run queue (one run at a time) in the instance settings `dx ui` writes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import PROJECT_ROOT, pipeline_env, run_dx
from tests.integration.test_crash_safety import mart_checksums

pytestmark = pytest.mark.slow  # subprocesses, a built warehouse, a server or a browser

DX = str(Path(sys.executable).parent / "dx")


def _start(env: dict, *args: str, **extra_env: str) -> subprocess.Popen:
    return subprocess.Popen(
        [DX, "run", *args],
        cwd=PROJECT_ROOT,
        env={**os.environ, **env, **extra_env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def test_three_refreshes_started_together_run_one_after_another(tmp_path, built_warehouse):
    env = pipeline_env(tmp_path)
    procs = [_start(env) for _ in range(3)]
    outputs = [p.communicate(timeout=900) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], [err[-2000:] for _, err in outputs]
    waited = [err for _, err in outputs if "dx run: waiting for the refresh started at " in err]
    assert len(waited) >= 1  # at least the last one to start waited for another, in one line
    for err in waited:
        (line,) = [x for x in err.splitlines() if x.startswith("dx run: waiting for")]
        assert " by pid " in line
    # the result is what a single refresh of the same reports gives
    assert mart_checksums(env["DX_WAREHOUSE"]) == mart_checksums(str(built_warehouse))
    assert not any("Could not set lock" in err or "Traceback" in err for _, err in outputs)


def test_no_wait_exits_4_in_one_line_and_a_killed_holder_frees_the_lock(tmp_path):
    env = pipeline_env(tmp_path)
    marker = tmp_path / "paused"
    holder = _start(env, DX_TEST_PAUSE_AT="dbt", DX_TEST_PAUSE_MARKER=str(marker))
    deadline = time.time() + 300
    while not marker.exists() and time.time() < deadline and holder.poll() is None:
        time.sleep(0.2)
    assert marker.exists(), "the holding refresh never reached dbt"

    busy = run_dx("run", "--no-wait", env=env, check=False)
    assert busy.returncode == 4
    assert busy.stderr.count("\n") == 1 and "the warehouse is busy with the refresh started at" in busy.stderr
    assert f"by pid {holder.pid}" in busy.stderr

    os.killpg(holder.pid, signal.SIGKILL)  # an OS lock: the kernel frees it with the process
    holder.wait(timeout=30)
    after = run_dx("run", "--no-wait", env=env, check=False)
    assert after.returncode == 0, after.stderr[-2000:]


def test_instance_settings_queue_runs_one_at_a_time_and_keep_what_is_there(tmp_path):
    import dagster as dg

    from dagster_project.cli.main import write_instance_settings

    (tmp_path / "dagster.yaml").write_text("run_monitoring:\n  enabled: true\n")
    write_instance_settings(tmp_path)
    write_instance_settings(tmp_path)  # idempotent
    text = (tmp_path / "dagster.yaml").read_text()
    assert text.count("concurrency:") == 1 and "run_monitoring:\n  enabled: true" in text
    instance = dg.DagsterInstance.from_config(str(tmp_path))
    try:
        assert instance.get_concurrency_config().run_queue_config.max_concurrent_runs == 1
    finally:
        instance.dispose()


def test_the_lock_is_reentrant_in_a_process_and_refuses_a_second_process(tmp_path, monkeypatch):
    monkeypatch.setenv("DX_WAREHOUSE", str(tmp_path / "dx.duckdb"))
    from dagster_project.warehouse import warehouse_lock

    code = (
        "import sys; from dagster_project.warehouse import warehouse_lock, WarehouseBusy\n"
        "try:\n    with warehouse_lock(wait=False): pass\nexcept WarehouseBusy as e:\n    print(e); sys.exit(4)\n"
    )

    def another_process():
        env = {**os.environ, "DX_WAREHOUSE": str(tmp_path / "dx.duckdb")}
        return subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True, env=env)

    with warehouse_lock(), warehouse_lock():  # the run's resource inside `dx run` reuses the CLI's lock
        other = another_process()
        assert other.returncode == 4 and f"by pid {os.getpid()}" in other.stdout
    assert another_process().returncode == 0


@pytest.mark.parametrize("flag", ["--no-wait"])
def test_no_wait_is_documented(flag):
    assert flag in run_dx("run", "--help").stdout
