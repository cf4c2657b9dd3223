"""Shared fixtures: a warehouse built once per session from the shipped reports, in a temp folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SHARED = PROJECT_ROOT.parent / "shared"


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
    return {"DX_SOURCES": str(root / "sources"), "DX_WAREHOUSE": str(root / "wh" / "dx.duckdb"),
            "DAGSTER_HOME": str(root / "home")}


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


@pytest.fixture
def marts(built_warehouse):
    con = duckdb.connect(str(built_warehouse), read_only=True)
    yield con
    con.close()
