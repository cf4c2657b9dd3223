"""Read raw input files: keep their bytes by sha256, decode them, and record what cannot be read."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pandas as pd

from dagster_project.config import input_limits
from dagster_project.extraction import DecodeError, decode_bytes, read_outlet, read_published, read_title
from dagster_project.ingest.input_guard import name_problem, report_content_problem, size_problem

REPORT_SUFFIXES = (".txt", ".html", ".htm")
REPORT_COLUMNS = [
    "doc_id",
    "source_path",
    "sha256",
    "size_bytes",
    "published",
    "title",
    "outlet",
    "source_kind",
    "text",
    "loaded_at",
]
ERROR_COLUMNS = ["path", "sha256", "size_bytes", "reason", "stage", "first_seen", "last_seen"]


@dataclass
class LoadResult:
    reports: list[dict] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)

    def frames(self) -> tuple[pd.DataFrame, pd.DataFrame]:
        return (pd.DataFrame(self.reports, columns=REPORT_COLUMNS), pd.DataFrame(self.errors, columns=ERROR_COLUMNS))


def report_files(sources: Path) -> list[Path]:
    """Report files under `<sources>/reports`, sorted so doc order is stable."""
    folder = sources / "reports"
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in REPORT_SUFFIXES)


def keep_blob(blob_dir: Path, data: bytes, digest: str) -> None:
    """Content-addressed copy of every input, so a rejected file can be re-processed after a fix."""
    target = blob_dir / digest[:2] / digest
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)


def load_reports(sources: Path, blob_dir: Path | None = None) -> LoadResult:
    now = datetime.now(UTC).replace(tzinfo=None)
    result = LoadResult()
    folder = (sources / "reports").resolve()
    limits = input_limits()
    first_name_of: dict[str, str] = {}
    for path in report_files(sources):
        if path.is_symlink() or not path.resolve().is_relative_to(folder):
            result.errors.append(_error(path, None, None, "refused: symlink or path outside the sources folder", now))
            continue
        try:
            size = path.stat().st_size
            refused = name_problem(path) or size_problem(size, limits)
            data = b"" if refused else path.read_bytes()
        except OSError as exc:
            result.errors.append(_error(path, None, None, f"cannot read: {exc.strerror}", now))
            continue
        if refused:  # never read: a name that could forge paths or log lines, or too many bytes
            result.errors.append(_error(path, None, size, refused, now))
            continue
        refused = report_content_problem(data)
        if refused:
            result.errors.append(_error(path, hashlib.sha256(data).hexdigest(), len(data), refused, now))
            continue
        digest = hashlib.sha256(data).hexdigest()
        if blob_dir is not None:
            keep_blob(blob_dir, data, digest)
        if digest in first_name_of:
            # the same bytes under a second name would count every fact twice
            reason = f"duplicate of {first_name_of[digest]} (same sha256); its facts are counted once"
            result.errors.append(_error(path, digest, len(data), reason, now, stage="dedupe"))
            continue
        first_name_of[digest] = path.name
        try:
            text = decode_bytes(data)
        except DecodeError as exc:
            result.errors.append(_error(path, digest, len(data), str(exc), now))
            continue
        result.reports.append(
            {
                "doc_id": path.stem,
                "source_path": str(path),
                "sha256": digest,
                "size_bytes": len(data),
                "published": read_published(path),
                "title": read_title(path),
                "outlet": read_outlet(path),
                "source_kind": "report",
                "text": text,
                "loaded_at": now,
            }
        )
    return result


def carry_first_seen(errors: pd.DataFrame, log_path: Path) -> pd.DataFrame:
    """Set each error's first_seen to when the same (path, sha256) was first rejected, in any run.

    The log beside the warehouse outlives the build file, which every `dx run` starts afresh.
    """
    with duckdb.connect(str(log_path)) as log:
        log.execute("""create table if not exists ingest_seen (
            path varchar, sha256 varchar, first_seen timestamp, primary key (path, sha256))""")
        if errors.empty:
            return errors
        keys = errors.assign(sha256=errors["sha256"].fillna(""))[["path", "sha256", "first_seen"]]
        log.register("_errors", keys)
        log.execute("insert or ignore into ingest_seen select path, sha256, min(first_seen) from _errors group by all")
        first = log.execute("""select e.path, e.sha256, s.first_seen from _errors e
            join ingest_seen s using (path, sha256)""").df()
        log.unregister("_errors")
    merged = errors.assign(_sha=errors["sha256"].fillna("")).merge(
        first.rename(columns={"sha256": "_sha", "first_seen": "_first"}), on=["path", "_sha"], how="left"
    )
    return merged.assign(first_seen=merged["_first"].fillna(merged["first_seen"])).drop(columns=["_sha", "_first"])


def _error(path: Path, digest: str | None, size: int | None, reason: str, now: datetime, stage: str = "load") -> dict:
    return {
        "path": str(path),
        "sha256": digest,
        "size_bytes": size,
        "reason": reason,
        "stage": stage,
        "first_seen": now,
        "last_seen": now,
    }
