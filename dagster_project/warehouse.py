"""The DuckDB files: a working build file that refreshes write to, and the served file readers open.

A refresh builds into `<warehouse>.build`, quality checks run on it, and only then
`publish()` copies it next to the served file and atomically renames it over.
Readers holding the old file keep a consistent snapshot; a failed refresh leaves
the last good file served.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pandas as pd

from dagster_project.config import warehouse_path
from dagster_project.testing_hooks import pause_point


def build_path(served: Path | None = None) -> Path:
    served = served or warehouse_path()
    return served.with_name(served.name + ".build")


@contextmanager
def connect(path: Path | None = None, read_only: bool = False):
    """Open the build file (default) and always close it: DuckDB allows one writer process."""
    path = path or build_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(path), read_only=read_only)
    try:
        yield con
    finally:
        con.close()


def replace_table(con: duckdb.DuckDBPyConnection, schema: str, table: str, frame: pd.DataFrame) -> int:
    """Write a whole table in one transaction so a reader never sees it half-written.

    A column with no value at all (an empty table, a field no report fills) is written as text, not as the
    INTEGER DuckDB would guess: the raw tables are also read by PostgreSQL and Spark (engines.py)."""
    replace_tables(con, schema, {table: frame})
    return len(frame)


def replace_tables(
    con: duckdb.DuckDBPyConnection,
    schema: str,
    frames: dict[str, pd.DataFrame],
    after_first: Callable[[], None] | None = None,
) -> None:
    """Write several tables in one transaction: a reader, or the next refresh after a crash, sees all of
    them new or all of them old (the extraction cache needs its facts and its keys to agree)."""
    con.execute(f"create schema if not exists {schema}")
    con.execute("begin")
    try:
        for i, (table, frame) in enumerate(frames.items()):
            empty = [c for c in frame.columns if frame[c].dtype == object and frame[c].isna().all()]
            frame = frame.astype(dict.fromkeys(empty, "string")) if empty else frame
            con.register("_frame", frame)
            try:
                con.execute(f"create or replace table {schema}.{table} as select * from _frame")
            finally:
                con.unregister("_frame")
            if i == 0 and after_first:
                after_first()
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise


def reset_build() -> None:
    """Start a full refresh from an empty build file: nothing of an earlier run (extraction cache included)."""
    path = build_path()
    for stale in (path, path.with_name(path.name + ".wal")):
        stale.unlink(missing_ok=True)


def remove_stale_copies(served: Path) -> None:
    """Delete the half-written copies a publish that was killed left beside the served file."""
    for stale in served.parent.glob(f".{served.name}.*.tmp"):
        stale.unlink(missing_ok=True)


def publish(build: Path | None = None, served: Path | None = None) -> Path:
    """Atomically replace the served warehouse with the build file; the build file stays for the next run."""
    build, served = build or build_path(), served or warehouse_path()
    remove_stale_copies(served)
    with connect(build) as con:
        con.execute("checkpoint")
    tmp = served.with_name(f".{served.name}.{uuid.uuid4().hex}.tmp")
    shutil.copyfile(build, tmp)
    pause_point("publish")
    with open(tmp, "rb") as f:
        os.fsync(f.fileno())
    os.replace(tmp, served)
    return served


class WarehouseBusy(Exception):
    """Another process holds the warehouse lock; the message says who and since when."""


_lock_depth = 0  # the lock is re-entrant within a process: `dx run` holds it, the run's resource reuses it


def lock_path(served: Path | None = None) -> Path:
    served = served or warehouse_path()
    return served.with_name(served.name + ".lock")


@contextmanager
def warehouse_lock(
    wait: bool = True, on_wait: Callable[[str], None] | None = None, served: Path | None = None
) -> Iterator[None]:
    """Hold the warehouse-wide write lock: one refresh at a time writes the build file and publishes.

    An OS lock (flock) on `<warehouse>.lock`, so a refresh that is killed frees it. The file's text says who
    holds it ("pid N since ..."), for the waiting line. `wait=False` raises WarehouseBusy instead of waiting.
    """
    global _lock_depth
    if _lock_depth:
        _lock_depth += 1
        try:
            yield
        finally:
            _lock_depth -= 1
        return
    path = lock_path(served)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+", encoding="utf-8") as f:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            f.seek(0)
            holder = f.read().strip() or "another process"
            if not wait:
                raise WarehouseBusy(holder) from None
            if on_wait:
                on_wait(holder)
            fcntl.flock(f, fcntl.LOCK_EX)
        f.seek(0)
        f.truncate()
        f.write(f"the refresh started at {time.strftime('%Y-%m-%d %H:%M:%S')} by pid {os.getpid()}\n")
        f.flush()
        _lock_depth = 1
        try:
            yield
        finally:
            _lock_depth = 0
            f.seek(0)
            f.truncate()
            fcntl.flock(f, fcntl.LOCK_UN)
