"""The read-only `dx` commands (unmapped, publish, docs) say in one line why there is no warehouse to read."""

from __future__ import annotations

import pytest

from dagster_project.cli.main import main


@pytest.mark.parametrize(
    "command", [["unmapped"], ["publish", "--postgres", "postgresql://x/y"], ["docs", "--no-serve"]]
)
@pytest.mark.parametrize("kind", ["folder", "missing"])
def test_no_warehouse_file_is_one_line_and_exit_2(tmp_path, monkeypatch, capsys, command, kind):
    target = tmp_path / "warehouse"
    if kind == "folder":
        target.mkdir()  # DX_WAREHOUSE set to the folder instead of the file
    monkeypatch.setenv("DX_WAREHOUSE", str(target))
    assert main(command) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith(f"dx {command[0]}: no warehouse at {target}")
    assert ("a folder, not the DuckDB file" in err[0]) == (kind == "folder")
