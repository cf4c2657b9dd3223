"""What the last published `dx run` read, so the next one can tell that nothing has changed since.

The fingerprint covers every file under the sources folder by path, size, modification and change times
and inode (the test make and rsync use: bytes are hashed only by the refresh that reads them, and a file
cannot be rewritten without changing its ctime), the project's own code, rules, seeds and dbt project by
content (a few hundred kilobytes), and the DX_* settings (input limits, PostgreSQL publishing ...). It is
written beside the served file after a successful refresh, with the served file's own stat, so a
warehouse published any other way (the Dagster UI, a restore from backup) never looks up to date.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from dagster_project.config import DBT_PROJECT_DIR, PROJECT_ROOT, dx_settings

CODE_FOLDERS = (
    PROJECT_ROOT / "dagster_project",
    PROJECT_ROOT / "seeds",
    *(DBT_PROJECT_DIR / d for d in ("models", "macros", "tests")),
)
CODE_FILES = (DBT_PROJECT_DIR / "dbt_project.yml", DBT_PROJECT_DIR / "profiles.yml")
CODE_SUFFIXES = {".py", ".csv", ".json", ".yml", ".yaml", ".sql", ".md"}


def state_path(served: Path) -> Path:
    return served.with_name(served.name + ".state.json")


def _stat(path: Path) -> list[int]:
    st = path.lstat()
    return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]


def files_digest(paths: Iterable[Path]) -> str:
    """sha256 over the names (relative to the project) and bytes of the files among `paths`, sorted."""
    digest = hashlib.sha256()
    for path in sorted(set(paths)):
        if path.is_file() and "__pycache__" not in path.parts:
            name = path.relative_to(PROJECT_ROOT) if path.is_relative_to(PROJECT_ROOT) else path
            digest.update(str(name).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def code_digest() -> str:
    """sha256 of the project files that decide what a refresh produces."""
    paths = [p for folder in CODE_FOLDERS for p in folder.rglob("*") if p.suffix in CODE_SUFFIXES]
    return files_digest([*paths, *CODE_FILES])


def fingerprint(sources: Path) -> str:
    """One hash of what a refresh of `sources` reads: the source files' stats, the code and the settings."""
    files = sorted(p for p in sources.rglob("*") if p.is_file() or p.is_symlink())
    stamp = {
        "sources": str(sources.resolve()),
        "files": [[str(p.relative_to(sources)), *_stat(p)] for p in files],
        "code": code_digest(),
        "settings": dx_settings(),
    }
    return hashlib.sha256(json.dumps(stamp, sort_keys=True).encode()).hexdigest()


def record(served: Path, print_: str, status: int, summary: list[str]) -> None:
    """After a successful refresh: remember its fingerprint, the served file's stat and what it reported."""
    state = {
        "fingerprint": print_,
        "served": _stat(served),
        "status": status,
        "summary": summary,
        "finished_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    tmp = state_path(served).with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps(state, indent=1, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, state_path(served))


def unchanged(served: Path, print_: str) -> dict | None:
    """The recorded state when the served file is the one the last refresh published from the same inputs."""
    try:
        state = json.loads(state_path(served).read_text(encoding="utf-8"))
        same_file = state["served"] == _stat(served)
    except (OSError, ValueError, KeyError):
        return None
    return state if same_file and state["fingerprint"] == print_ else None
