"""Readers never see a half-built warehouse: a real reader process queries while `dx run` refreshes."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import duckdb
import pytest

from tests.helpers import pipeline_env, run_dx

pytestmark = pytest.mark.slow  # subprocesses, a built warehouse, a server or a browser

# mode "held": one connection kept through the refresh; mode "fresh": a new connection each time
# (separate processes, because DuckDB shares one database instance per path within a process)
READER = r"""
import json, os, sys, time, duckdb
path, out, stop, mode = sys.argv[1:5]
query = "select (select count(*) from marts.fct_indicator_value), (select count(*) from marts.fct_budget)"
held = duckdb.connect(path, read_only=True) if mode == "held" else None
seen = {"rows": [], "errors": []}
while not os.path.exists(stop):
    try:
        if held is not None:
            seen["rows"].append(list(held.execute(query).fetchone()))
        else:
            with duckdb.connect(path, read_only=True) as fresh:
                seen["rows"].append(list(fresh.execute(query).fetchone()))
    except Exception as exc:
        seen["errors"].append(repr(exc))
    time.sleep(0.05)
json.dump(seen, open(out, "w"))
"""

NEW_REPORT = """Kế hoạch chuyển đổi số tỉnh Lào Cai năm 2024

Năm 2024, tỉnh Lào Cai phấn đấu tỷ lệ dân số trưởng thành có điện thoại thông minh đạt 85%; \
tỷ lệ hộ gia đình có đường Internet cáp quang băng rộng đạt 70%.
"""


def test_reader_keeps_consistent_answers_during_refresh(tmp_path):
    env = pipeline_env(tmp_path)
    sources = tmp_path / "sources"
    run_dx("run", env=env)
    query = "select (select count(*) from marts.fct_indicator_value), (select count(*) from marts.fct_budget)"
    with duckdb.connect(env["DX_WAREHOUSE"], read_only=True) as con:
        before = list(con.execute(query).fetchone())

    (sources / "reports" / "lao_cai_2024.txt").write_text(NEW_REPORT, encoding="utf-8")
    stop = tmp_path / "stop"
    readers = {
        mode: subprocess.Popen(
            [sys.executable, "-c", READER, env["DX_WAREHOUSE"], str(tmp_path / f"{mode}.json"), str(stop), mode]
        )
        for mode in ("held", "fresh")
    }
    try:
        time.sleep(1)
        run_dx("run", env=env)
        time.sleep(1)
    finally:
        stop.touch()
        for reader in readers.values():
            reader.wait(timeout=60)
    held, fresh = (json.loads((tmp_path / f"{mode}.json").read_text()) for mode in ("held", "fresh"))
    with duckdb.connect(env["DX_WAREHOUSE"], read_only=True) as con:
        after = list(con.execute(query).fetchone())

    assert after[0] == before[0] + 2
    assert held["errors"] == [] and fresh["errors"] == []
    assert held["rows"] and all(row == before for row in held["rows"])
    assert {tuple(r) for r in fresh["rows"]} <= {tuple(before), tuple(after)}
    assert tuple(before) in {tuple(r) for r in fresh["rows"]}
    assert tuple(after) in {tuple(r) for r in fresh["rows"]}
