"""A throwaway PostgreSQL server from Debian's binaries, for the tests and the benchmark.

initdb and pg_ctl refuse to run as root, so as root the server runs as the `postgres` user, in a folder it
owns; trust authentication on 127.0.0.1, fsync off (the data is thrown away).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class PostgresUnavailable(RuntimeError):
    """Debian's postgresql is not installed, or the server cannot be started as its user."""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_postgres(command: list[str]) -> None:
    if os.geteuid() == 0:
        command = ["su", "postgres", "-c", " ".join(command)]
    subprocess.run(command, check=True, capture_output=True)


@contextmanager
def local_postgres() -> Iterator[str]:
    """Start a server, yield its DSN (user postgres, database postgres), stop and delete it afterwards."""
    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin"))
    if not bins:
        raise PostgresUnavailable("Debian postgresql is not installed (scripts/system_deps.sh installs it)")
    if os.geteuid() != 0 and shutil.which("su") is None:
        raise PostgresUnavailable("needs root to start the server as the postgres user")
    root = Path(tempfile.mkdtemp(prefix="dx-pg-"))  # not under a root-only folder: the postgres user owns it
    data = root / "data"
    data.mkdir()
    port = _free_port()
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
        shutil.chown(data, "postgres")
    _as_postgres([f"{bins[-1]}/initdb", "-D", str(data), "-A", "trust", "-U", "postgres", "--no-sync"])
    _as_postgres(
        [
            f"{bins[-1]}/pg_ctl",
            "-D",
            str(data),
            "-w",
            "-l",
            str(data / "server.log"),
            "-o",
            f"'-p {port} -k {data} -c listen_addresses=127.0.0.1 -c fsync=off'",
            "start",
        ]
    )
    try:
        yield f"host=127.0.0.1 port={port} user=postgres dbname=postgres"
    finally:
        _as_postgres([f"{bins[-1]}/pg_ctl", "-D", str(data), "-w", "-m", "fast", "stop"])
        shutil.rmtree(root, ignore_errors=True)
