"""The inbox: reports dropped into `$DX_SOURCES/inbox/` are taken once they have settled.

A file still being written (empty, or changed within DX_INBOX_SETTLE_SECONDS) waits; a file already taken
(same sha256 in the caller's record) is not taken again.
"""

from __future__ import annotations

import hashlib
import shutil
import time
from pathlib import Path

from dagster_project.config import inbox_settle_seconds, sources_dir
from dagster_project.ingest.loading import REPORT_SUFFIXES


def inbox_changes(seen: dict[str, str]) -> dict[str, str]:
    """Inbox files (name -> sha256) that are new or changed since `seen`."""
    inbox = sources_dir() / "inbox"
    if not inbox.is_dir():
        return {}
    settled_before = time.time() - inbox_settle_seconds()
    current = {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(inbox.iterdir())
        if p.is_file()
        and (p.suffix.lower() in REPORT_SUFFIXES or p.name.endswith(".meta.json"))
        and _settled(p, settled_before)
    }
    return {name: digest for name, digest in current.items() if seen.get(name) != digest}


def take_into_reports(names) -> None:
    """Copy inbox files into `$DX_SOURCES/reports/`, where the next load reads them."""
    reports = sources_dir() / "reports"
    reports.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy2(sources_dir() / "inbox" / name, reports / name)


def _settled(path: Path, settled_before: float) -> bool:
    """A file still being copied in (0 bytes, or changed in the last DX_INBOX_SETTLE_SECONDS) waits a tick."""
    stat = path.stat()
    return stat.st_size > 0 and stat.st_mtime <= settled_before
