"""Paths and settings, read from the environment with defaults so every command honours them.

DX_SOURCES   folder of raw inputs (default: <project>/sources)
DX_WAREHOUSE the served DuckDB file (default: <project>/warehouse/dx.duckdb)
DX_LIMIT_<NAME> a limit on hostile input files (see `input_guard.Limits`)
DX_INBOX_SETTLE_SECONDS how long an inbox file must stay unchanged before the sensor takes it (default 10)
DX_POSTGRES_DSN, DX_READER_PASSWORD  where `dx publish` and the postgres_serving asset publish, the reader's password
DX_REFRESH_CRON, DX_REFRESH_TZ  the daily refresh schedule
DX_TEST_PAUSE_AT, DX_TEST_PAUSE_MARKER, DX_TEST_PAUSE_SECONDS  crash-safety tests only (testing_hooks.py)
DX_PG_HOST, DX_PG_PORT, DX_PG_USER, DX_PG_PASSWORD, DX_PG_DBNAME  the PostgreSQL engine of `dx run --engine postgres`
    (defaults 127.0.0.1, 5432, postgres, no password, dx); dbt's profiles.yml reads the same variables
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
# This is the one module that reads (and, for the processes it starts, writes) the environment.
SEEDS_DIR = PROJECT_ROOT / "seeds"
DBT_PROJECT_DIR = PROJECT_ROOT / "dbt"


def sources_dir() -> Path:
    return Path(os.environ.get("DX_SOURCES") or PROJECT_ROOT / "sources").resolve()


def warehouse_path() -> Path:
    return Path(os.environ.get("DX_WAREHOUSE") or PROJECT_ROOT / "warehouse" / "dx.duckdb").resolve()


def dx_settings() -> dict[str, str]:
    """Every DX_* variable: part of what decides a refresh's output (refresh_state hashes them, never stores)."""
    return {k: v for k, v in sorted(os.environ.items()) if k.startswith("DX_")}


def input_limits():
    """The input limits, each overridable by `DX_LIMIT_<NAME>` (e.g. DX_LIMIT_MAX_FILE_BYTES=50000000)."""
    from dataclasses import fields

    from dagster_project.ingest.input_guard import Limits

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


def refresh_cron() -> str:
    """The daily refresh schedule's cron (DX_REFRESH_CRON, default 06:00)."""
    return os.environ.get("DX_REFRESH_CRON") or "0 6 * * *"


def refresh_timezone() -> str:
    return os.environ.get("DX_REFRESH_TZ") or "Asia/Ho_Chi_Minh"


def postgres_publish_dsn() -> str | None:
    """The libpq DSN `dx publish` and the postgres_serving asset publish to (DX_POSTGRES_DSN), if any."""
    return os.environ.get("DX_POSTGRES_DSN") or None


def reader_password() -> str | None:
    """The password given to the read-only PostgreSQL role on publish (DX_READER_PASSWORD), if any."""
    return os.environ.get("DX_READER_PASSWORD") or None


def test_pause() -> tuple[str | None, str | None, float]:
    """(step, marker file, seconds) of a crash-safety test's pause (DX_TEST_PAUSE_*); step None normally."""
    return (
        os.environ.get("DX_TEST_PAUSE_AT"),
        os.environ.get("DX_TEST_PAUSE_MARKER"),
        float(os.environ.get("DX_TEST_PAUSE_SECONDS") or 60),
    )


def child_environment(**overrides: str) -> dict[str, str]:
    """This process's environment with `overrides`: the environment of a process it starts (dbt, Spark)."""
    return {**os.environ, **overrides}


def export(**values: str) -> None:
    """Set variables for this process and every process it starts: dbt's profile reads DX_BUILD_PATH, and
    dagster-dbt's CLI resource passes on this process's environment."""
    os.environ.update(values)


def export_defaults(**values: str) -> None:
    """Set the variables the environment does not set already (telemetry off, DAGSTER_HOME)."""
    for name, value in values.items():
        os.environ.setdefault(name, value)


def dagster_home() -> Path:
    """DAGSTER_HOME, defaulting to <project>/.dagster_home (and set so Dagster finds it)."""
    export_defaults(DAGSTER_HOME=str(PROJECT_ROOT / ".dagster_home"))
    return Path(os.environ["DAGSTER_HOME"])


def put_on_path(folder: Path) -> None:
    """Put `folder` first on PATH (the venv's bin, so Dagster finds `dbt` even from a bare shell)."""
    entries = os.environ.get("PATH", "").split(os.pathsep)
    if str(folder) not in entries:
        os.environ["PATH"] = os.pathsep.join([str(folder), *entries])
