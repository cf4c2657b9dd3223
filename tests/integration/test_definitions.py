"""The single code location loads and validates with the Dagster CLI, as an operator would run it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import PROJECT_ROOT

pytestmark = pytest.mark.slow  # subprocesses, a built warehouse, a server or a browser


def test_dagster_definitions_validate(tmp_path):
    from dagster_project.cli.main import prepare_environment

    env = {**os.environ, "DAGSTER_HOME": str(tmp_path), "DO_NOT_TRACK": "1"}
    os.environ["DAGSTER_HOME"] = str(tmp_path)
    prepare_environment()  # dbt parse, as the Dagster CLI needs a manifest
    dagster = Path(sys.executable).parent / "dagster"
    proc = subprocess.run(
        [str(dagster), "definitions", "validate", "-m", "dagster_project.definitions"],
        capture_output=True,
        text=True,
        env=env,
        cwd=PROJECT_ROOT,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Validation successful" in proc.stdout + proc.stderr


def test_every_asset_has_group_owner_description_and_kind():
    from dagster_project.definitions import defs

    graph = defs.resolve_asset_graph()
    for key in graph.get_all_asset_keys():
        node = graph.get(key)
        if node.is_external:
            continue
        assert node.group_name in {"raw", "extraction", "staging", "intermediate", "marts", "quality", "serving"}, key
        assert node.owners, key
        assert node.description, key
        assert any(tag.startswith("dagster/kind/") for tag in node.tags), key
