"""dbt's documentation site for analysts: every model and column with its description and tests, and the
lineage graph, served locally by `dx docs`.

The site's catalog (column types, row counts) is read from a copy of the served warehouse, so building the
docs never holds a lock on the file BI tools read.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import subprocess
from pathlib import Path

from dagster_project.config import DBT_PROJECT_DIR, child_environment
from dagster_project.dbt_project import dbt_executable


def build_docs(served: Path, out: Path) -> Path:
    """`dbt docs generate --static` against a copy of `served`; returns the site's index.html (a single file
    that also opens without a server)."""
    out.mkdir(parents=True, exist_ok=True)
    copy = out / served.name  # the same file name, so the site names the relations as analysts see them
    shutil.copyfile(served, copy)
    try:
        proc = subprocess.run(
            [
                dbt_executable(),
                "docs",
                "generate",
                "--static",
                "--quiet",
                "--project-dir",
                str(DBT_PROJECT_DIR),
                "--profiles-dir",
                str(DBT_PROJECT_DIR),
                "--target-path",
                str((out / "target").resolve()),
            ],
            env=child_environment(DX_BUILD_PATH=str(copy.resolve())),
            capture_output=True,
            text=True,
        )
    finally:
        copy.unlink(missing_ok=True)
    if proc.returncode != 0:
        raise RuntimeError(
            (proc.stdout + proc.stderr).strip().splitlines()[-1]
            if proc.stdout + proc.stderr
            else f"dbt docs generate exited {proc.returncode}"
        )
    return out / "target" / "index.html"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the standard library's name
        pass


def docs_server(site: Path, host: str, port: int) -> http.server.ThreadingHTTPServer:
    """An HTTP server for the site's folder (index.html, manifest.json, catalog.json)."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    return http.server.ThreadingHTTPServer((host, port), handler)
