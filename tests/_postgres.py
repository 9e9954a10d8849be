"""A throwaway PostgreSQL cluster for the tests: Debian's ``postgresql``, on 127.0.0.1 only.

    >>> cluster = PostgresCluster.start()            # initdb + pg_ctl in a temporary directory
    >>> url = cluster.create_database("t1")         # a sqlalchemy.URL with user and password
    >>> cluster.stop()                              # stops the server, removes the directory

``postgres`` is the session-scoped fixture (one cluster per test run); ``pg_url`` gives each test a
database of its own. The server listens on a free TCP port of 127.0.0.1, without a Unix socket,
and asks every client for a password (scram-sha-256): the tests connect as a store would in an
office. The password holds characters that break a URL written as text (``@ : / % #``), so every
test through it also checks that the store sets passwords through SQLAlchemy's URL API.

initdb refuses to run as root: then every server command runs as the ``postgres`` user (``runuser``)
in a directory that user owns. fsync is off: the cluster lives for one test run.
"""

from __future__ import annotations

import glob
import itertools
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest
import sqlalchemy as sa

USER = "tz"
PASSWORD = "p@ss:w/rd%#" + secrets.token_hex(6)


def postgres_bin() -> Path:
    """The newest installed server's bin/ (Debian: /usr/lib/postgresql/<major>/bin)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[4]))
    if not found:
        raise RuntimeError("PostgreSQL is not installed: run scripts/system-deps.sh (Debian: postgresql)")
    return Path(found[-1]).parent


class PostgresCluster:
    """One running server in a temporary directory."""

    def __init__(self, root: Path, port: int) -> None:
        self.root, self.port = root, port
        self.data = root / "data"
        self._names = itertools.count(1)

    @classmethod
    def start(cls, attempts: int = 3) -> "PostgresCluster":
        root = Path(tempfile.mkdtemp(prefix="tz-excel-pg-"))
        cluster = cls(root, 0)
        try:
            cluster._init()
            for attempt in range(attempts):      # a free port can be taken between probe and start
                cluster.port = _free_port()
                if cluster._run_server():
                    return cluster
            raise RuntimeError(f"PostgreSQL did not start: {cluster.log_tail()}")
        except BaseException:
            shutil.rmtree(root, ignore_errors=True)
            raise

    def _init(self) -> None:
        pwfile = self.root / "pwfile"
        pwfile.write_text(PASSWORD + "\n", encoding="utf-8")
        _hand_over(self.root)
        self._as_owner(postgres_bin() / "initdb", "-D", self.data, "-U", USER, f"--pwfile={pwfile}",
                       "--auth=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        pwfile.unlink()

    def _run_server(self) -> bool:
        options = (f"-c listen_addresses=127.0.0.1 -c port={self.port} -c unix_socket_directories='' "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=50")
        result = self._as_owner(postgres_bin() / "pg_ctl", "-D", self.data, "-l", self.root / "server.log",
                                "-o", options, "-w", "-t", "60", "start", check=False)
        return result.returncode == 0

    def stop(self) -> None:
        try:
            self._as_owner(postgres_bin() / "pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop",
                           check=False)
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres") -> sa.URL:
        return sa.URL.create("postgresql+psycopg", username=USER, password=PASSWORD, host="127.0.0.1",
                             port=self.port, database=database)

    def create_database(self, name: str | None = None) -> sa.URL:
        """A new empty database; returns its URL (password included)."""
        name = name or f"t{next(self._names)}"
        engine = sa.create_engine(self.url(), isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as conn:
                conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        finally:
            engine.dispose()
        return self.url(name)

    def psql(self, database: str, script: Path) -> None:
        """Run an SQL script (such as a pg_dump) with psql, stopping at the first error."""
        env = {**os.environ, "PGPASSWORD": PASSWORD}
        subprocess.run([postgres_bin() / "psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1",
                        "-p", str(self.port), "-U", USER, "-d", database, "-f", str(script)],
                       check=True, env=env, capture_output=True)

    def pg_dump(self, database: str, out: Path) -> None:
        """A plain-SQL dump with INSERT statements, no owners or privileges (loads anywhere)."""
        env = {**os.environ, "PGPASSWORD": PASSWORD}
        subprocess.run([postgres_bin() / "pg_dump", "-h", "127.0.0.1", "-p", str(self.port), "-U", USER,
                        "--inserts", "--no-owner", "--no-privileges", "-f", str(out), database],
                       check=True, env=env, capture_output=True)

    def log_tail(self, lines: int = 20) -> str:
        log = self.root / "server.log"
        if not log.exists():
            return "(no log)"
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])

    def _as_owner(self, *command, check: bool = True) -> subprocess.CompletedProcess:
        argv = [str(c) for c in command]
        if os.geteuid() == 0:
            argv = ["runuser", "-u", "postgres", "--", *argv]
        return subprocess.run(argv, check=check, capture_output=True, text=True, cwd=self.root)


def _hand_over(root: Path) -> None:
    """As root, give the directory to the postgres user (initdb and the server refuse root)."""
    if os.geteuid() != 0:
        return
    shutil.chown(root, "postgres", "postgres")
    for path in root.iterdir():
        shutil.chown(path, "postgres", "postgres")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def postgres():
    """One PostgreSQL server for the whole run, stopped and removed at the end."""
    cluster = PostgresCluster.start()
    yield cluster
    cluster.stop()


@pytest.fixture
def pg_url(postgres) -> sa.URL:
    """A fresh database on the session's server, for one test."""
    return postgres.create_database()
