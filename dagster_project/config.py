"""Paths and settings, read from the environment with defaults so every command honours them.

DX_SOURCES   folder of raw inputs (default: <project>/sources)
DX_WAREHOUSE the served DuckDB file (default: <project>/warehouse/dx.duckdb)
DX_LIMIT_<NAME> a limit on hostile input files (see `input_guard.Limits`)
DX_INBOX_SETTLE_SECONDS how long an inbox file must stay unchanged before the sensor takes it (default 10)
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SEEDS_DIR = PROJECT_ROOT / "seeds"
DBT_PROJECT_DIR = PROJECT_ROOT / "dbt"


def sources_dir() -> Path:
    return Path(os.environ.get("DX_SOURCES") or PROJECT_ROOT / "sources").resolve()


def warehouse_path() -> Path:
    return Path(os.environ.get("DX_WAREHOUSE") or PROJECT_ROOT / "warehouse" / "dx.duckdb").resolve()


def input_limits():
    """The input limits, each overridable by `DX_LIMIT_<NAME>` (e.g. DX_LIMIT_MAX_FILE_BYTES=50000000)."""
    from dataclasses import fields

    from dagster_project.input_guard import Limits

    overrides = {f.name: int(os.environ[f"DX_LIMIT_{f.name.upper()}"]) for f in fields(Limits)
                 if os.environ.get(f"DX_LIMIT_{f.name.upper()}")}
    return Limits(**overrides)


def inbox_settle_seconds() -> float:
    return float(os.environ.get("DX_INBOX_SETTLE_SECONDS") or 10)
