"""A throwaway PostgreSQL server on loopback for the tests: a fresh cluster in a
temporary folder, started with the Debian package's binaries, stopped at the end.

Runs as the ``postgres`` system user when the tests run as root (PostgreSQL refuses
root). Tuned for tests, not for safety (fsync off), unless ``durable``.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
from pathlib import Path


def bindir() -> Path | None:
    found = shutil.which("pg_ctl")
    if found:
        return Path(os.path.realpath(found)).parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    return Path(versions[-1]).parent if versions else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PgServer:
    def __init__(self, folder: Path | None = None, durable: bool = False):
        import tempfile

        # durable: as a real server writes (fsync on), for benchmarks.
        self.durable = durable
        self.bin = bindir()
        # Its own folder directly under /tmp: the postgres user must be able to reach it.
        self.folder = folder or Path(tempfile.mkdtemp(prefix="intake-pg-"))
        self.data = self.folder / "data"
        self.port = _free_port()
        self.as_postgres = os.geteuid() == 0

    def _run(self, *args: str) -> None:
        command = [str(self.bin / args[0]), *args[1:]]
        if self.as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode:
            raise RuntimeError(f"{args[0]} failed: {result.stderr.strip() or result.stdout}")

    def start(self) -> str:
        self.folder.mkdir(parents=True, exist_ok=True)
        if self.as_postgres:
            self.folder.chmod(0o755)
            shutil.chown(self.folder, "postgres", "postgres")
        self._run(
            "initdb", "-D", str(self.data), "-A", "trust", "-U", "intake",
            "--encoding", "UTF8", "--locale", "C",
        )  # fmt: skip
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1"
        if not self.durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._run(
            "pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.folder / "log"),
            "-w", "start",
        )  # fmt: skip
        return f"postgresql+psycopg://intake@127.0.0.1:{self.port}"

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        except subprocess.CalledProcessError:
            pass
        shutil.rmtree(self.folder, ignore_errors=True)


def admin(server: PgServer, sql: str) -> None:
    """One statement as the cluster's superuser (create and drop test databases)."""
    import psycopg

    with psycopg.connect(
        f"host=127.0.0.1 port={server.port} user=intake dbname=postgres", autocommit=True
    ) as connection:
        connection.execute(sql)
