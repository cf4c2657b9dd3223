"""The house rules of docs/architecture.md, checked on the code: the environment is read in config.py only,
and the logic packages never import Dagster or the wiring in defs/."""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "dagster_project"
LOGIC = ["ingest", "extraction", "quality", "serving", "reference", "warehouse.py", "engines.py", "config.py"]


def _python_files(*parts: str):
    for part in parts:
        path = PACKAGE / part
        yield from ([path] if path.is_file() else sorted(path.rglob("*.py")))


def test_only_config_reads_the_environment():
    readers = [
        str(p.relative_to(PACKAGE))
        for p in _python_files(".")
        if p.name != "config.py" and re.search(r"os\.environ|os\.getenv|getenv\(", p.read_text(encoding="utf-8"))
    ]
    assert readers == []


def test_the_logic_packages_import_neither_dagster_nor_the_wiring():
    wired = [
        str(p.relative_to(PACKAGE))
        for p in _python_files(*LOGIC)
        if re.search(
            r"^\s*(?:import dagster\b|from dagster\b|from dagster_project\.defs\b|from dagster_project import defs)",
            p.read_text(encoding="utf-8"),
            re.M,
        )
    ]
    assert wired == []


def test_defs_holds_one_module_per_concern():
    modules = {p.stem for p in (PACKAGE / "defs").glob("*.py")} - {"__init__"}
    concerns = {"raw", "extraction", "submissions", "dbt", "quality", "serving", "automation"}
    shared = {"resources", "specs"}  # the Warehouse and dbt resources; the one way to declare a raw table
    assert modules == concerns | shared
