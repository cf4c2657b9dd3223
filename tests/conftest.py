"""Shared fixtures: a warehouse built once per session from the shipped reports, in a temp folder."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import duckdb
import pytest

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


@pytest.fixture(scope="session")
def built_run(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    """`dx run` on the shipped sources/ into a temporary DX_WAREHOUSE: the served file and the finished process."""
    home = tmp_path_factory.mktemp("dx")
    warehouse = home / "dx.duckdb"
    proc = run_dx("run", env={"DX_WAREHOUSE": str(warehouse), "DAGSTER_HOME": str(home / "dagster_home")})
    return warehouse, proc


@pytest.fixture(scope="session")
def built_warehouse(built_run) -> Path:
    """The served file of `built_run`."""
    return built_run[0]


@pytest.fixture(scope="session")
def postgres_dsn():
    """A real PostgreSQL server (Debian's binaries) for the session; its DSN."""
    from dagster_project.serving.local_postgres import PostgresUnavailable, local_postgres

    try:
        with local_postgres() as dsn:
            yield dsn
    except PostgresUnavailable as exc:
        pytest.skip(str(exc))


@pytest.fixture
def marts(built_warehouse):
    con = duckdb.connect(str(built_warehouse), read_only=True)
    yield con
    con.close()


@pytest.fixture(scope="module")
def browser():
    """A real headless Chromium (Debian's chromium and chromium-driver) driven by selenium."""
    if not (shutil.which("chromium") and shutil.which("chromedriver")):
        pytest.skip("Debian chromium and chromium-driver are not installed (scripts/system_deps.sh installs them)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    profile = tempfile.mkdtemp(prefix="dx-chromium-")
    for flag in [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
        f"--user-data-dir={profile}",
        "--window-size=1600,1000",
    ]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


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
