"""`dx docs`: dbt's documentation site for analysts, built from the served warehouse and served locally, opened
in a real headless Chromium."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import ARTIFACTS, PROJECT_ROOT, run_dx, wait_for_text

pytestmark = pytest.mark.slow  # subprocesses, a built warehouse, a server or a browser


@pytest.fixture(scope="module")
def docs_url(built_warehouse, tmp_path_factory):
    out = tmp_path_factory.mktemp("docs")
    env = {**os.environ, "DX_WAREHOUSE": str(built_warehouse)}
    proc = subprocess.Popen(
        [str(Path(sys.executable).parent / "dx"), "docs", "--port", "0", "--out", str(out)],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    url, lines = None, []
    deadline = time.time() + 180
    while url is None and time.time() < deadline and proc.poll() is None:
        line = proc.stderr.readline()
        lines.append(line)
        m = re.search(r"serving (http://\S+)", line)
        url = m.group(1) if m else None
    if url is None:
        proc.kill()
        pytest.fail("dx docs did not start serving: " + "".join(lines))
    yield url, out
    proc.terminate()
    proc.wait(timeout=30)


def test_docs_site_lists_the_marts_with_their_columns(docs_url, browser):
    url, out = docs_url
    assert (out / "target" / "static_index.html").stat().st_size > 100_000  # opens without a server too
    browser.set_window_size(1600, 1000)
    browser.get(f"{url}#!/model/model.dx_warehouse.mart_indicator_scorecard")
    try:
        page = wait_for_text(browser, ["mart_indicator_scorecard", "gap_actual_vs_national", "Columns"], timeout=60)
    finally:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        browser.save_screenshot(str(ARTIFACTS / "dbt_docs_scorecard.png"))
    assert "fct_indicator_value" in page  # the sidebar lists the other models


def test_docs_site_draws_the_lineage_graph(docs_url, browser):
    """The lineage button opens the graph of the scorecard: its upstream models are drawn as nodes."""
    url, _ = docs_url
    browser.get(f"{url}#!/model/model.dx_warehouse.mart_indicator_scorecard")
    wait_for_text(browser, ["mart_indicator_scorecard"], timeout=60)
    deadline = time.time() + 30
    while time.time() < deadline and not browser.find_elements("css selector", ".launcher-btn"):
        time.sleep(1)
    browser.find_element("css selector", ".launcher-btn").click()
    deadline = time.time() + 60
    while time.time() < deadline and not browser.find_elements("css selector", ".launcher canvas"):
        time.sleep(1)
    time.sleep(2)  # let the layout settle before the screenshot
    browser.save_screenshot(str(ARTIFACTS / "dbt_docs_lineage.png"))
    assert browser.find_elements("css selector", ".launcher canvas"), "no lineage graph drawn"
    assert "int_latest_values" in browser.page_source  # an upstream node of the scorecard, named in the graph


def test_docs_without_a_warehouse_is_a_usage_error(tmp_path):
    proc = run_dx("docs", "--no-serve", env={"DX_WAREHOUSE": str(tmp_path / "none.duckdb")}, check=False)
    assert proc.returncode == 2 and "run `dx run` first" in proc.stderr
