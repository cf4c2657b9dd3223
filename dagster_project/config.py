"""Paths and settings, read from the environment with defaults so every command honours them.

DX_SOURCES   folder of raw inputs (default: <project>/sources)
DX_WAREHOUSE the served DuckDB file (default: <project>/warehouse/dx.duckdb)
DX_LIMIT_<NAME> a limit on hostile input files (see `input_guard.Limits`)
DX_INBOX_SETTLE_SECONDS how long an inbox file must stay unchanged before the sensor takes it (default 10)
DX_PG_HOST, DX_PG_PORT, DX_PG_USER, DX_PG_PASSWORD, DX_PG_DBNAME  the PostgreSQL engine of `dx run --engine postgres`
    (defaults 127.0.0.1, 5432, postgres, no password, dx); dbt's profiles.yml reads the same variables
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

    overrides = {
        f.name: int(os.environ[f"DX_LIMIT_{f.name.upper()}"])
        for f in fields(Limits)
        if os.environ.get(f"DX_LIMIT_{f.name.upper()}")
    }
    return Limits(**overrides)


def inbox_settle_seconds() -> float:
    return float(os.environ.get("DX_INBOX_SETTLE_SECONDS") or 10)


POSTGRES_DEFAULTS = {
    "DX_PG_HOST": "127.0.0.1",
    "DX_PG_PORT": "5432",
    "DX_PG_USER": "postgres",
    "DX_PG_PASSWORD": "",
    "DX_PG_DBNAME": "dx",
}


def postgres_settings() -> dict[str, str]:
    """The DX_PG_* settings of the PostgreSQL engine, defaults filled in (the same as dbt/profiles.yml's)."""
    return {name: os.environ.get(name) or default for name, default in POSTGRES_DEFAULTS.items()}


def postgres_dsn() -> str:
    """A libpq DSN for the PostgreSQL engine's settings."""
    s = postgres_settings()
    dsn = f"host={s['DX_PG_HOST']} port={s['DX_PG_PORT']} user={s['DX_PG_USER']} dbname={s['DX_PG_DBNAME']}"
    return dsn + (f" password={s['DX_PG_PASSWORD']}" if s["DX_PG_PASSWORD"] else "")
