"""Paths and settings, read from the environment with defaults so every command honours them.

DX_SOURCES   folder of raw inputs (default: <project>/sources)
DX_WAREHOUSE the served DuckDB file (default: <project>/warehouse/dx.duckdb)
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
