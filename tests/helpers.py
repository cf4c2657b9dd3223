"""Helpers the tests share: run the real `dx`, a private pipeline environment, free ports, waiting for a
server or a page. Fixtures are in conftest.py."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from decimal import Decimal
from pathlib import Path

import duckdb

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SHARED = PROJECT_ROOT.parent / "shared"
ARTIFACTS = PROJECT_ROOT / "tests" / "artifacts"


def run_dx(*args: str, env: dict | None = None, check: bool = True) -> subprocess.CompletedProcess:
    """Run the real `dx` console script in a subprocess, as a user would."""
    dx = Path(sys.executable).parent / "dx"
    full_env = {**os.environ, **(env or {})}
    proc = subprocess.run([str(dx), *args], capture_output=True, text=True, env=full_env, cwd=PROJECT_ROOT)
    if check and proc.returncode != 0:
        raise AssertionError(f"dx {' '.join(args)} exited {proc.returncode}\n{proc.stdout}\n{proc.stderr}")
    return proc


def pipeline_env(root: Path, with_shipped_reports: bool = True) -> dict:
    """A private DX_SOURCES (a copy of the shipped reports), DX_WAREHOUSE and DAGSTER_HOME under `root`,
    as the environment for `run_dx`."""
    if with_shipped_reports:
        shutil.copytree(PROJECT_ROOT / "sources" / "reports", root / "sources" / "reports")
    return {
        "DX_SOURCES": str(root / "sources"),
        "DX_WAREHOUSE": str(root / "wh" / "dx.duckdb"),
        "DAGSTER_HOME": str(root / "home"),
    }


def built_pipeline(root: Path) -> dict:
    """`pipeline_env(root)` after a first `dx run`: the shipped reports built and published once."""
    env = pipeline_env(root)
    run_dx("run", env=env)
    return env


def file_sha256(path: str | Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


# a report the shipped ones do not have, for tests that add one
EXTRA_REPORT = (
    "Kế hoạch chuyển đổi số tỉnh Lào Cai năm 2024\n\nNăm 2024, tỉnh Lào Cai phấn đấu tỷ lệ "
    "dân số trưởng thành có điện thoại thông minh đạt 85%.\n"
)


def wait_for_text(driver, texts, timeout=30):
    deadline = time.time() + timeout
    missing = texts
    while time.time() < deadline:
        body = driver.page_source
        missing = [t for t in texts if t not in body]
        if not missing:
            return body
        time.sleep(1)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(ARTIFACTS / "failure.png"))
    raise AssertionError(f"not rendered after {timeout}s: {missing} (screenshot tests/artifacts/failure.png)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def answers_within(url: str, seconds: float) -> bool:
    """Poll `url` once a second until it answers; False when it never did within `seconds`."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)
            return True
        except OSError:
            time.sleep(1)
    return False


def start_dagster(command: str, env: dict, timeout: float) -> tuple[subprocess.Popen, str]:
    """Start `dagster dev` or `dagster-webserver` on the definitions, on a free loopback port, in its own process
    group; return the process and its URL once /server_info answers (the test fails otherwise)."""
    import pytest

    port = free_port()
    program = ["dagster", "dev"] if command == "dev" else ["dagster-webserver"]
    proc = subprocess.Popen(
        [
            str(Path(sys.executable).parent / program[0]),
            *program[1:],
            "-m",
            "dagster_project.definitions",
            "-h",
            "127.0.0.1",
            "-p",
            str(port),
        ],
        cwd=PROJECT_ROOT,
        env={**env, "DO_NOT_TRACK": "1"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    if not answers_within(f"{url}/server_info", timeout):
        os.killpg(proc.pid, 9)
        pytest.fail(f"dagster {command} did not start within {timeout:.0f} s")
    return proc, url


def stop_process_group(proc: subprocess.Popen, grace: float = 60) -> None:
    """SIGTERM the process group, then SIGKILL it if it is still up after `grace` seconds: `dagster dev`
    under load sometimes outlives a SIGTERM, and a fixture's teardown must not fail a test that passed."""
    os.killpg(proc.pid, 15)
    try:
        proc.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, 9)
        proc.wait(timeout=30)


def stable_rows(rows) -> list[tuple]:
    """Rows of two engines made comparable: floats and decimals rounded to 9 places, arrays as tuples,
    timestamps without a zone, then sorted."""

    def cell(value):
        if isinstance(value, float | Decimal):
            return round(float(value), 9)
        if isinstance(value, list | tuple):
            return tuple(cell(v) for v in value)
        if isinstance(value, dt.datetime):
            return value.replace(tzinfo=None)
        return value

    return sorted((tuple(cell(v) for v in row) for row in rows), key=repr)


# columns that legitimately change with every run
RUN_DEPENDENT = {"first_seen", "last_seen", "run_id", "checked_at", "loaded_at"}


def mart_tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The tables and views of the `marts` schema, sorted."""
    sql = "select table_name from information_schema.tables where table_schema = 'marts' order by 1"
    return [name for (name,) in con.execute(sql).fetchall()]


def mart_checksums(path: str | Path) -> dict[str, str]:
    """md5 of every marts table's ordered rows, run-dependent columns left out."""
    sums = {}
    with duckdb.connect(str(path), read_only=True) as con:
        for table in mart_tables(con):
            columns = [r[0] for r in con.execute(f"describe marts.{table}").fetchall() if r[0] not in RUN_DEPENDENT]
            rows = con.execute(f"select {', '.join(columns)} from marts.{table} order by all").fetchall()
            sums[table] = hashlib.md5(repr(rows).encode()).hexdigest()
    return sums
