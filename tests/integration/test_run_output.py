"""What an operator sees from `dx run`: one line per step and a summary, progress bars only on a terminal,
the full logs in a file under the warehouse folder, everything on screen with --verbose."""

from __future__ import annotations

import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import PROJECT_ROOT, pipeline_env, run_dx

pytestmark = pytest.mark.slow  # subprocesses, a built warehouse, a server or a browser

STEPS = [
    "load reports",
    "load submissions",
    "extract facts",
    "build dbt models and tests",
    "record data-quality issues",
    "publish the warehouse",
    "serve to PostgreSQL",
]


def _log_path(output: str) -> Path:
    (path,) = re.findall(r"dx run: full log: (\S+)", output)
    return Path(path)


def test_plain_run_prints_one_line_per_step_and_a_summary(built_run):
    warehouse, proc = built_run
    lines = proc.stderr.splitlines()
    assert len(lines) < 30, proc.stderr
    for step in STEPS:
        (line,) = [x for x in lines if x.strip().startswith("✓ " + step)]
        assert re.search(r"\d+\.\d s", line), line
    assert any("✓ extract facts" in x and "93 facts from 5 reports" in x for x in lines)
    # a warning check says what failed, in words, under its step
    assert any("stated_ratio_matches_parts" in x and "failed (warn)" in x for x in lines)
    assert any("stated 70.08% but 1390/1902 = 73.08%" in x for x in lines)
    assert "dx run: 5 reports, 93 facts (16 with the year of the publication date" in proc.stderr
    assert lines[-1].startswith("dx run: done in ") and lines[-1].endswith("exit status 0")
    # no progress bars, no dbt or Dagster chatter when not on a terminal
    for noise in ("\r", "\x1b[", "Calculating Metrics", "Running dbt command", "STEP_SUCCESS", "Telemetry"):
        assert noise not in proc.stderr + proc.stdout
    log = _log_path(proc.stderr)
    assert log.parent == warehouse.parent / "logs"
    text = log.read_text(encoding="utf-8", errors="replace")
    assert "Running dbt command" in text and " - extracted_facts - " in text and "Finished running" in text


def test_verbose_run_shows_the_full_logs_and_keeps_the_file(tmp_path):
    proc = run_dx("run", "--verbose", env=pipeline_env(tmp_path))
    assert "Running dbt command" in proc.stderr and "Finished running" in proc.stderr
    assert "✓ build dbt models and tests" in proc.stderr
    log = _log_path(proc.stderr)
    assert "Running dbt command" in log.read_text(encoding="utf-8", errors="replace")


def test_terminal_run_draws_progress_bars(tmp_path):
    """On a terminal (a pseudo-terminal here) rich draws a bar with done/total on the long steps."""
    env = {**os.environ, **pipeline_env(tmp_path), "TERM": "xterm-256color", "COLUMNS": "120"}
    controller, terminal = pty.openpty()
    proc = subprocess.Popen(
        [str(Path(sys.executable).parent / "dx"), "run"],
        stdin=terminal,
        stdout=terminal,
        stderr=terminal,
        env=env,
        cwd=PROJECT_ROOT,
        close_fds=True,
    )
    os.close(terminal)
    chunks = []
    while True:
        try:
            chunk = os.read(controller, 65536)
        except OSError:  # the terminal closed: the run has ended
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(controller)
    assert proc.wait(timeout=600) == 0
    screen = b"".join(chunks).decode("utf-8", errors="replace")
    assert "build dbt models and tests" in screen
    assert re.search(r"\d+/\d+", screen), "a done/total counter is drawn"
    assert "━" in screen, "rich's bar is drawn"
    assert "Calculating Metrics" not in screen and "Running dbt command" not in screen
    assert "exit status 0" in screen


@pytest.mark.parametrize("flag", ["--no-such-flag"])
def test_unknown_flag_is_a_usage_error(flag):
    proc = run_dx("run", flag, check=False)
    assert proc.returncode == 2 and "unrecognized arguments" in proc.stderr
