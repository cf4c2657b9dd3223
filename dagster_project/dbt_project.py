"""The dbt project: where it is, which dbt runs it, and its manifest (prepared here and nowhere else)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from dagster_dbt import DbtProject

from dagster_project.config import DBT_PROJECT_DIR, PROJECT_ROOT

dbt_project = DbtProject(project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR)


def dbt_executable() -> str:
    """The dbt installed beside this Python (the venv), so it works even when the venv is not on PATH."""
    beside = Path(sys.executable).parent / "dbt"
    return str(beside) if beside.exists() else (shutil.which("dbt") or "dbt")


def ensure_dbt_manifest() -> None:
    """Run `dbt parse` when the manifest is missing or older than a dbt file or seed."""
    manifest = DBT_PROJECT_DIR / "target" / "manifest.json"
    watched = [
        *(DBT_PROJECT_DIR / "models").glob("**/*"),
        *(DBT_PROJECT_DIR / "macros").glob("*"),
        *(DBT_PROJECT_DIR / "tests").glob("**/*"),
        DBT_PROJECT_DIR / "dbt_project.yml",
        *(PROJECT_ROOT / "seeds").glob("*.csv"),
    ]
    if manifest.exists() and all(p.stat().st_mtime <= manifest.stat().st_mtime for p in watched):
        return
    subprocess.run(
        [
            dbt_executable(),
            "parse",
            "--quiet",
            "--project-dir",
            str(DBT_PROJECT_DIR),
            "--profiles-dir",
            str(DBT_PROJECT_DIR),
        ],
        check=True,
    )
