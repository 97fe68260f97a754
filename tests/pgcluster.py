"""A throw-away PostgreSQL cluster for the tests: ``initdb`` in a temporary folder, ``pg_ctl start`` on a Unix
socket there (no TCP), a fresh database per test, and the cluster stopped and removed at the end of the session.

PostgreSQL refuses to run as root, so under root the server commands run as the ``postgres`` user of the
distribution's package (``runuser``). The binaries are the newest ``/usr/lib/postgresql/*/bin`` or those on PATH.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest


def pg_bindir() -> Path | None:
    """The folder of ``initdb`` and ``pg_ctl`` (None when PostgreSQL is not installed)."""
    dirs = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda d: int(Path(d).parent.name))
    if dirs:
        return Path(dirs[-1])
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Cluster:
    """A running throw-away cluster: ``url(database)`` gives an SQLAlchemy URL over its socket."""

    def __init__(self, root: Path, port: int, bindir: Path, as_user: list[str]) -> None:
        self.root, self.port, self.bindir, self.as_user = root, port, bindir, as_user

    def run(self, *args: str) -> None:
        res = subprocess.run([*self.as_user, *args], capture_output=True, text=True, timeout=120)
        if res.returncode:
            raise RuntimeError(f"{' '.join(args[:2])} failed ({res.returncode}): {res.stderr or res.stdout}")

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://whyrec@/{database}?host={self.root}&port={self.port}"

    def create_database(self) -> str:
        from sqlalchemy import create_engine

        name = f"t_{uuid.uuid4().hex[:12]}"
        admin = create_engine(self.url(), isolation_level="AUTOCOMMIT")
        with admin.connect() as c:
            c.exec_driver_sql(f'CREATE DATABASE "{name}"')
        admin.dispose()
        return name

    def drop_database(self, name: str) -> None:
        from sqlalchemy import create_engine

        admin = create_engine(self.url(), isolation_level="AUTOCOMMIT")
        with admin.connect() as c:
            c.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


def start_cluster() -> Iterator[Cluster]:
    """Start a cluster (skips the test session's PostgreSQL tests, with the reason, when it cannot run here)."""
    bindir = pg_bindir()
    if bindir is None:
        pytest.skip("PostgreSQL is not installed (no initdb): apt-get install postgresql to run the store on it")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg is missing: pip install 'whyrec[postgres]'")
    root = Path(tempfile.mkdtemp(prefix="whyrec-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:  # initdb and postgres refuse root
        shutil.chown(root, "postgres", "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    cluster = Cluster(root, _free_port(), bindir, as_user)
    cluster.run(str(bindir / "initdb"), "-D", str(root / "data"), "-A", "trust", "-U", "whyrec", "-E", "UTF8",
                "--no-sync")
    opts = f"-k {root} -p {cluster.port} -c listen_addresses=''"
    cluster.run(str(bindir / "pg_ctl"), "-D", str(root / "data"), "-w", "-l", str(root / "log"), "-o", opts, "start")
    try:
        yield cluster
    finally:
        try:
            cluster.run(str(bindir / "pg_ctl"), "-D", str(root / "data"), "-m", "fast", "-w", "stop")
        finally:
            shutil.rmtree(root, ignore_errors=True)
