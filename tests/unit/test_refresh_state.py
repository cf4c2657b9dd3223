"""refresh_state: what makes `dx run` decide that nothing changed, and what makes it rebuild."""

import os

import pytest

from dagster_project import refresh_state


@pytest.fixture
def setup(tmp_path):
    sources = tmp_path / "sources"
    (sources / "reports").mkdir(parents=True)
    (sources / "reports" / "a.txt").write_text("Năm 2024, tỷ lệ hồ sơ trực tuyến đạt 70,08%.", encoding="utf-8")
    served = tmp_path / "wh" / "dx.duckdb"
    served.parent.mkdir()
    served.write_bytes(b"published")
    printed = refresh_state.fingerprint(sources)
    refresh_state.record(served, printed, 0, ["5 reports, 93 facts"])
    return sources, served, printed


def test_same_inputs_and_same_served_file_are_up_to_date(setup):
    sources, served, printed = setup
    assert refresh_state.fingerprint(sources) == printed
    state = refresh_state.unchanged(served, printed)
    assert state["status"] == 0 and state["summary"] == ["5 reports, 93 facts"]


@pytest.mark.parametrize(
    "change",
    [
        lambda s: (s / "reports" / "b.txt").write_text("mới", encoding="utf-8"),  # a new report
        lambda s: (s / "reports" / "a.txt").unlink(),  # a removed one
        lambda s: (s / "reports" / "a.txt").write_text("Năm 2024, tỷ lệ hồ sơ trực tuyến đạt 70,09%.", "utf-8"),
        lambda s: os.utime(s / "reports" / "a.txt", ns=(0, 0)),  # same bytes, other times: re-read to be safe
    ],
)
def test_any_change_to_a_source_file_changes_the_fingerprint(setup, change):
    sources, served, printed = setup
    change(sources)
    assert refresh_state.fingerprint(sources) != printed


def test_a_dx_setting_changes_the_fingerprint(setup, monkeypatch):
    sources, _, printed = setup
    monkeypatch.setenv("DX_LIMIT_MAX_FILE_BYTES", "123")
    assert refresh_state.fingerprint(sources) != printed


def test_a_code_or_seed_change_changes_the_fingerprint(setup, monkeypatch, tmp_path):
    sources, _, printed = setup
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "indicators.csv").write_text("code\nx\n", encoding="utf-8")
    monkeypatch.setattr(refresh_state, "CODE_FOLDERS", (seeds,))
    first = refresh_state.fingerprint(sources)
    (seeds / "indicators.csv").write_text("code\ny\n", encoding="utf-8")
    assert refresh_state.fingerprint(sources) != first != printed


def test_a_served_file_published_another_way_is_not_up_to_date(setup):
    _, served, printed = setup
    served.write_bytes(b"published by the Dagster UI")
    assert refresh_state.unchanged(served, printed) is None


def test_no_state_or_a_broken_one_is_not_up_to_date(setup):
    _, served, printed = setup
    refresh_state.state_path(served).write_text("{not json", encoding="utf-8")
    assert refresh_state.unchanged(served, printed) is None
    refresh_state.state_path(served).unlink()
    assert refresh_state.unchanged(served, printed) is None
