"""What `dx run` shows an operator: one line per step (what it did, how long it took), a progress bar on
long steps, warnings and failing checks in plain words. Everything else (Dagster's event log, dbt's log,
Great Expectations' bars) goes to a log file under the warehouse folder, or to the screen too with
`--verbose`.

Dagster reports the run to a logger; `display_logger` hands its records to the `RunDisplay` that the
CLI installed, which draws with rich on a terminal and writes plain lines otherwise (CI, cron).
"""

from __future__ import annotations

import logging
import os
import re
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

import dagster as dg
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

STEP_LABELS = {
    "raw_reports": "load reports",
    "submission_facts": "load submissions",
    "extracted_facts": "extract facts",
    "warehouse_dbt_models": "build dbt models and tests",
    "dq_issues": "record data-quality issues",
    "published_warehouse": "publish the warehouse",
    "postgres_serving": "serve to PostgreSQL",
}


NOT_EXECUTED = re.compile(r"Dependencies for step (\S+) (?:failed|were not executed)")


def step_label(step_key: str) -> str:
    """A step's name in words; a check step (`<asset>_<check>`) reads `check <asset>_<check>`."""
    return STEP_LABELS.get(step_key) or f"check {step_key.replace('__', '.')}"


@dataclass
class _Step:
    label: str
    started: float = field(default_factory=time.monotonic)
    summary: str = ""
    task: int | None = None
    mark: str = "✓"
    notes: list[str] = field(default_factory=list)


class RunDisplay:
    """Draws the run: a rich live display when `interactive`, else one plain line per event."""

    def __init__(self, stream: TextIO, interactive: bool):
        self.interactive = interactive
        self.console = Console(
            file=stream, force_terminal=interactive, highlight=False, no_color=not interactive, soft_wrap=True
        )
        self.progress = (
            Progress(
                SpinnerColumn(),
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=self.console,
                transient=True,
                redirect_stdout=False,
                redirect_stderr=False,
            )
            if interactive
            else None
        )
        self.steps: dict[str, _Step] = {}
        self.current: str | None = None
        self.failed_step: tuple[str, str] | None = None
        self.warnings = 0
        self.failed_checks = 0

    def __enter__(self) -> RunDisplay:
        if self.progress:
            self.progress.start()
        return self

    def __exit__(self, *exc) -> None:
        if self.progress:
            self.progress.stop()

    def line(self, text: str) -> None:
        self.console.print(text, markup=False)

    # events from Dagster
    def step_started(self, key: str) -> None:
        step = self.steps[key] = _Step(step_label(key))
        self.current = key
        if self.progress:
            step.task = self.progress.add_task(step.label, total=None)

    def step_progress(self, done: int, total: int) -> None:
        step = self.steps.get(self.current or "")
        if step and self.progress and step.task is not None:
            self.progress.update(step.task, completed=min(done, total), total=total)

    def step_finished(self, key: str, status: str, error: str = "") -> None:
        step = self.steps.get(key) or _Step(step_label(key))
        if self.progress and step.task is not None:
            self.progress.remove_task(step.task)
        seconds = time.monotonic() - step.started
        mark = {"done": step.mark, "failed": "✗", "skipped": "-"}[status]
        timing = f"{seconds:5.1f} s" if status != "skipped" else "      "
        detail = error or step.summary or ("skipped: an upstream step failed" if status == "skipped" else "")
        self.line(f"  {mark} {step.label:<48} {timing}  {detail}".rstrip())
        for note in step.notes:
            self.line(f"      ! {note}")
        if status == "failed" and not self.failed_step:
            self.failed_step = (step.label, error)

    def message(self, key: str | None, level: int, text: str) -> None:
        first_line = text.strip().splitlines()[0] if text.strip() else ""
        skipped = NOT_EXECUTED.match(first_line)
        if skipped:  # Dagster says so in a warning, not in a step event
            self.step_finished(skipped.group(1), "skipped")
            return
        step = self.steps.get(key or "")
        if level >= logging.WARNING:
            self.warnings += 1
            if step:  # shown under the step's line, once it has finished
                step.notes.append(first_line)
            else:
                self.line(f"      ! {first_line}")
        elif step and first_line:
            step.summary = first_line  # the step's last own message says what it did

    def check_evaluated(self, key: str | None, label: str, passed: bool, severity: str, description: str) -> None:
        step = self.steps.get(key or "")
        if step and step.label.startswith("check "):
            step.label = f"check {label}"
        if passed:
            return
        self.failed_checks += 1
        summary = f"failed ({severity.lower()}){': ' + description if description else ''}"
        if step and step.label.startswith("check "):
            step.summary, step.mark = summary, "✗" if severity == "ERROR" else "!"
        elif step:  # a dbt test inside the dbt step: listed under it
            step.notes.append(f"check {label} {summary}")
        else:
            self.line(f"      ✗ check {label} {summary}")


_display: RunDisplay | None = None


class _DisplayHandler(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        if _display is None:
            return
        meta = getattr(record, "dagster_meta", {}) or {}
        event, key = meta.get("dagster_event"), meta.get("step_key")
        if event is None:
            _display.message(key, record.levelno, str(meta.get("orig_message", record.getMessage())))
        elif event.is_step_start:
            _display.step_started(event.step_key)
        elif event.is_step_success:
            _display.step_finished(event.step_key, "done")
        elif event.is_step_skipped:
            _display.step_finished(event.step_key, "skipped")
        elif event.is_step_failure:
            _display.step_finished(event.step_key, "failed", _error_line(event.step_failure_data.error))
        elif event.event_type_value == "ASSET_CHECK_EVALUATION":
            evaluation = event.event_specific_data
            label = f"{evaluation.asset_key.path[-1]}.{evaluation.check_name}"
            _display.check_evaluated(
                key, label, evaluation.passed, evaluation.severity.value, evaluation.description or ""
            )


def _error_line(error) -> str:
    """The first line of a step's error, without the exception's module path."""
    if error is None:
        return ""
    message = (error.cause.message if error.cause else error.message).strip()
    first = message.splitlines()[0] if message else ""
    return re.sub(r"^[\w.]+(Error|Exception): ", "", first).rstrip(":")


@dg.logger(description="Hands the run's events to the `dx run` display; installed only by `dx run`.")
def display_logger(_init_context: dg.InitLoggerContext) -> logging.Logger:
    logger = logging.Logger("dx_display", level=logging.DEBUG)
    logger.addHandler(_DisplayHandler())
    return logger


@contextmanager
def showing(display: RunDisplay) -> Iterator[RunDisplay]:
    """Route the run's events and the steps' progress reports to `display` while the block runs."""
    from dagster_project import progress

    global _display
    _display = display
    try:
        with display, progress.listening(display.step_progress):
            yield display
    finally:
        _display = None


def new_log_path(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"run-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}.log"


@contextmanager
def output_to_log(log_path: Path, echo: bool) -> Iterator[TextIO]:
    """Send this process's stdout and stderr, and its children's (dbt), to `log_path`; with `echo`, to the
    screen as well. Yields a stream to the original stderr for the display. File descriptors are redirected,
    not just `sys.stdout`, because dbt runs as a subprocess and libraries keep their own handles."""
    sys.stdout.flush()
    sys.stderr.flush()
    saved_out, saved_err = os.dup(1), os.dup(2)
    log = open(log_path, "ab")
    pump, write_end = None, None
    if echo:
        read_end, write_end = os.pipe()
        pump = threading.Thread(target=_tee, args=(read_end, log, saved_err), daemon=True)
        pump.start()
    target = write_end if echo else log.fileno()
    os.dup2(target, 1)
    os.dup2(target, 2)
    screen = open(os.dup(saved_err), "w", encoding="utf-8", buffering=1, closefd=True)
    try:
        yield screen
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os.dup2(saved_out, 1)
        os.dup2(saved_err, 2)
        if pump is not None:
            os.close(write_end)
            # long-lived children (multiprocessing's resource tracker) keep the pipe open: drain, don't wait for EOF
            pump.join(timeout=2.0)
        screen.close()
        if pump is None or not pump.is_alive():
            log.close()
        os.close(saved_out)
        os.close(saved_err)


def _tee(read_end: int, log, screen_fd: int) -> None:
    with open(read_end, "rb", buffering=0) as source:
        while chunk := source.read(65536):
            log.write(chunk)
            log.flush()
            os.write(screen_fd, chunk)
