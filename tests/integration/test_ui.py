"""The Dagster UI, opened in a real headless Chromium: asset groups render, schedule and sensor are listed."""

from __future__ import annotations

import os

import pytest

from tests.helpers import ARTIFACTS, start_dagster, stop_process_group, wait_for_text

pytestmark = pytest.mark.slow  # subprocesses, a built warehouse, a server or a browser

GROUPS = ["raw", "extraction", "staging", "intermediate", "marts", "quality", "serving"]


@pytest.fixture(scope="module")
def webserver(tmp_path_factory):
    from dagster_project.cli.main import prepare_environment, write_instance_settings

    home = tmp_path_factory.mktemp("ui_home")
    os.environ.setdefault("DAGSTER_HOME", str(home))
    prepare_environment()  # dbt parse before the Dagster CLI loads definitions
    write_instance_settings(home)  # the settings `dx ui` writes: no telemetry, no community dialog
    proc, url = start_dagster("webserver", {**os.environ, "DAGSTER_HOME": str(home)}, timeout=120)
    yield url
    stop_process_group(proc, grace=30)


def _assets_by_group() -> dict[str, list[str]]:
    from dagster_project.definitions import defs

    groups: dict[str, list[str]] = {}
    for spec in defs.resolve_all_asset_specs():
        groups.setdefault(spec.group_name, []).append(spec.key.path[-1])
    return groups


def test_asset_groups_render(webserver, browser):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    browser.get(f"{webserver}/asset-groups")
    try:
        body = wait_for_text(browser, GROUPS)
    finally:
        browser.save_screenshot(str(ARTIFACTS / "asset_graph.png"))
    assert (ARTIFACTS / "asset_graph.png").stat().st_size > 10_000
    assert "Join the Dagster community" not in body
    groups = _assets_by_group()
    assert sorted(groups) == sorted(GROUPS)
    browser.set_window_size(1800, 5000)  # the graph draws only the nodes in view: make room for the largest group
    for group, names in groups.items():  # each group's own graph names every one of its assets
        browser.get(f"{webserver}/locations/dagster_project.definitions/asset-groups/{group}")
        try:
            page = wait_for_text(browser, names)
        finally:
            browser.save_screenshot(str(ARTIFACTS / f"asset_group_{group}.png"))
        assert "Join the Dagster community" not in page


def test_schedule_and_sensor_are_listed(webserver, browser):
    browser.get(f"{webserver}/automation")
    wait_for_text(browser, ["daily_refresh", "inbox_sensor"])
    browser.save_screenshot(str(ARTIFACTS / "automation.png"))
