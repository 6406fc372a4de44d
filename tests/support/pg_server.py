"""A throwaway PostgreSQL server on loopback for the tests: a fresh cluster in a
temporary folder, started with the Debian package's binaries, stopped at the end.

Runs as the ``postgres`` system user when the tests run as root (PostgreSQL refuses
root). Tuned for tests, not for safety (fsync off), unless ``durable``.

Like a real server in server mode it speaks TLS only, with a certificate from a test
authority made here (``ca_file``), and staff sign in with SCRAM passwords; the cluster's
superuser ``intake`` (the DBA of the tests) needs none. A plain connection is refused.
pgaudit is loaded where the Debian package is installed.
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
    def __init__(
        self,
        folder: Path | None = None,
        durable: bool = False,
        hba_lines: tuple[str, ...] = (),
        options: str = "",
    ):
        """``hba_lines`` go before the password line (Kerberos tests); ``options`` are
        added to the server's settings."""
        import tempfile

        self.hba_lines, self.options = hba_lines, options

        # durable: as a real server writes (fsync on), for benchmarks.
        self.durable = durable
        self.bin = bindir()
        # Its own folder directly under /tmp: the postgres user must be able to reach it.
        self.folder = folder or Path(tempfile.mkdtemp(prefix="intake-pg-"))
        self.data = self.folder / "data"
        self.port = _free_port()
        self.as_postgres = os.geteuid() == 0
        self.ca_file = self.folder / "ca.crt"

    @property
    def has_pgaudit(self) -> bool:
        return self.bin is not None and (self.bin.parent / "lib" / "pgaudit.so").exists()

    def _certificates(self) -> None:
        """A test authority and a server certificate for localhost and 127.0.0.1."""
        f = self.folder

        def openssl(*args: str) -> None:
            subprocess.run(["openssl", *args], check=True, capture_output=True)

        ec = ("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes")
        openssl("req", "-x509", *ec, "-keyout", f"{f}/ca.key", "-out", f"{f}/ca.crt",
                "-days", "3", "-subj", "/CN=intake-desktop test CA")  # fmt: skip
        openssl("req", *ec, "-keyout", f"{f}/server.key", "-out", f"{f}/server.csr",
                "-subj", "/CN=localhost")  # fmt: skip
        (f / "san.ext").write_text("subjectAltName=DNS:localhost,IP:127.0.0.1\n")
        openssl("x509", "-req", "-in", f"{f}/server.csr", "-CA", f"{f}/ca.crt",
                "-CAkey", f"{f}/ca.key", "-CAcreateserial", "-out", f"{f}/server.crt",
                "-days", "3", "-extfile", f"{f}/san.ext")  # fmt: skip
        (f / "ca.key").unlink()
        key = f / "server.key"
        key.chmod(0o600)
        if self.as_postgres:
            shutil.chown(key, "postgres", "postgres")
            shutil.chown(f / "server.crt", "postgres", "postgres")

    def _hba(self) -> None:
        (self.data / "pg_hba.conf").write_text(
            "local all all trust\n"
            "hostssl all intake 127.0.0.1/32 trust\n"
            + "".join(f"{line}\n" for line in self.hba_lines)
            + "hostssl all all 127.0.0.1/32 scram-sha-256\n"
            "host all all 0.0.0.0/0 reject\n"
        )

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
        self._certificates()
        self._hba()
        options = (
            f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c ssl=on "
            f"-c ssl_cert_file={self.folder}/server.crt -c ssl_key_file={self.folder}/server.key"
        )
        if self.has_pgaudit:
            options += " -c shared_preload_libraries=pgaudit"
        if self.options:
            options += f" {self.options}"
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


def staff_url(server: PgServer, user: str, password: str, database: str) -> str:
    """How a workstation connects: as the staff member, TLS with the server's name checked."""
    from urllib.parse import quote

    return (
        f"postgresql+psycopg://{quote(user)}:{quote(password)}@localhost:{server.port}/"
        f"{database}?sslmode=verify-full&sslrootcert={server.ca_file}"
    )


def admin(server: PgServer, sql: str) -> None:
    """One statement as the cluster's superuser (create and drop test databases)."""
    import psycopg

    with psycopg.connect(
        f"host=127.0.0.1 port={server.port} user=intake dbname=postgres", autocommit=True
    ) as connection:
        connection.execute(sql)
