"""The daily schedule and the inbox sensor (new or changed files only, by sha256)."""

from __future__ import annotations

import dagster as dg


def test_daily_refresh_defaults_to_six_in_ho_chi_minh():
    from dagster_project.defs.automation import daily_refresh_schedule

    assert daily_refresh_schedule.cron_schedule == "0 6 * * *"
    assert daily_refresh_schedule.execution_timezone == "Asia/Ho_Chi_Minh"
    assert daily_refresh_schedule.job_name == "full_refresh"


def test_inbox_sensor_runs_for_new_and_changed_files_only(tmp_path, monkeypatch):
    monkeypatch.setenv("DX_SOURCES", str(tmp_path))
    monkeypatch.setenv("DX_INBOX_SETTLE_SECONDS", "0")  # files here are complete when written
    from dagster_project.defs.automation import inbox_sensor

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    report = inbox / "new_report.txt"
    report.write_text("Tỉnh Lào Cai năm 2024 ...", encoding="utf-8")

    first = dg.build_sensor_context(cursor=None)
    result = inbox_sensor(first)
    assert isinstance(result, dg.RunRequest)
    assert result.tags["dx/inbox_files"] == "new_report.txt"
    assert (tmp_path / "reports" / "new_report.txt").read_bytes() == report.read_bytes()

    unchanged = dg.build_sensor_context(cursor=first.cursor)
    assert isinstance(inbox_sensor(unchanged), dg.SkipReason)

    report.write_text("Tỉnh Lào Cai năm 2025 ...", encoding="utf-8")
    changed = dg.build_sensor_context(cursor=first.cursor)
    again = inbox_sensor(changed)
    assert isinstance(again, dg.RunRequest) and again.run_key != result.run_key
