"""Shared fixtures: a warehouse built once per session from the shipped reports, in a temp folder."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import duckdb
import pytest

from tests.helpers import ARTIFACTS, PROJECT_ROOT, SHARED, pipeline_env, run_dx  # noqa: F401 (used by tests)


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
