"""A refresh killed with SIGKILL at any step leaves the served warehouse readable and unchanged,
and the next run recovers without manual steps. Reruns are idempotent."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import EXTRA_REPORT, PROJECT_ROOT, built_pipeline, file_sha256, mart_checksums, run_dx

pytestmark = pytest.mark.slow  # subprocesses, a built warehouse, a server or a browser


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory):
    root = tmp_path_factory.mktemp("crash")
    return root, built_pipeline(root)


@pytest.mark.parametrize("step", ["load", "extraction", "dbt", "checks", "publish"])
def test_sigkill_at_step_leaves_served_warehouse_and_next_run_recovers(pipeline, step):
    root, env = pipeline
    served = Path(env["DX_WAREHOUSE"])
    before, marts_before = file_sha256(served), mart_checksums(str(served))
    marker = root / f"paused_{step}"
    dx = Path(sys.executable).parent / "dx"
    proc = subprocess.Popen(
        [str(dx), "run"],
        cwd=PROJECT_ROOT,
        start_new_session=True,
        env={**os.environ, **env, "DX_TEST_PAUSE_AT": step, "DX_TEST_PAUSE_MARKER": str(marker)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.time() + 180
    while not marker.exists() and time.time() < deadline and proc.poll() is None:
        time.sleep(0.2)
    assert marker.exists(), f"the refresh never reached {step}"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)

    assert file_sha256(served) == before
    assert mart_checksums(str(served)) == marts_before  # readable, unchanged
    # a touched report makes the next run a real one, on the build file the killed run left behind
    report = next((root / "sources" / "reports").glob("*.txt"))
    os.utime(report)
    run_dx("run", env=env)  # recovers without manual steps
    assert mart_checksums(str(served)) == marts_before
    assert not list(served.parent.glob(f".{served.name}.*.tmp"))


def test_rerun_is_idempotent_and_adding_then_removing_a_report_restores_marts(pipeline):
    root, env = pipeline
    first = mart_checksums(env["DX_WAREHOUSE"])
    run_dx("run", "--full-refresh", env=env)
    assert mart_checksums(env["DX_WAREHOUSE"]) == first

    extra = root / "sources" / "reports" / "lao_cai_2024.txt"
    extra.write_text(EXTRA_REPORT, encoding="utf-8")
    run_dx("run", env=env)
    assert mart_checksums(env["DX_WAREHOUSE"])["fct_indicator_value"] != first["fct_indicator_value"]
    extra.unlink()
    run_dx("run", env=env)
    assert mart_checksums(env["DX_WAREHOUSE"]) == first
