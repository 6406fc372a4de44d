"""A Kerberos realm of its own for the single sign-on tests: an MIT KDC on loopback in a
temporary folder (Debian packages krb5-kdc, krb5-admin-server, krb5-user), with a
service principal for PostgreSQL and a keytab, and ``kinit`` for the staff members.

The environment (``KRB5_CONFIG``, ``KRB5CCNAME``) is what libpq in psycopg reads, as a
Windows workstation's SSPI reads the signed-in account's ticket.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

from tests.support.pg_server import _free_port

REALM = "TEST.INTAKE"
TOOLS = ("krb5kdc", "kdb5_util", "kadmin.local", "kinit", "kdestroy")


def available() -> bool:
    return all(shutil.which(tool) or Path(f"/usr/sbin/{tool}").exists() for tool in TOOLS)


def _tool(name: str) -> str:
    return shutil.which(name) or f"/usr/sbin/{name}"


class Kdc:
    def __init__(self):
        # Under /tmp, readable for the postgres user (the server reads the keytab).
        self.folder = Path(tempfile.mkdtemp(prefix="intake-krb-"))
        self.folder.chmod(0o755)
        self.port = _free_port()
        self.config = self.folder / "krb5.conf"
        self.keytab = self.folder / "postgres.keytab"
        self.process: subprocess.Popen | None = None

    @property
    def env(self) -> dict[str, str]:
        return {"KRB5_CONFIG": str(self.config), "KRB5_KDC_PROFILE": str(self.folder / "kdc.conf")}

    def _run(self, *args: str, stdin: str | None = None, env: dict | None = None) -> str:
        result = subprocess.run(
            [_tool(args[0]), *args[1:]],
            input=stdin,
            capture_output=True,
            text=True,
            env={**os.environ, **self.env, **(env or {})},
        )
        if result.returncode:
            raise RuntimeError(f"{args[0]} failed: {result.stderr.strip() or result.stdout}")
        return result.stdout

    def start(self) -> None:
        f = self.folder
        self.config.write_text(
            "[libdefaults]\n"
            f"  default_realm = {REALM}\n"
            "  dns_lookup_kdc = false\n  dns_lookup_realm = false\n"
            "  rdns = false\n  dns_canonicalize_hostname = false\n"
            "  udp_preference_limit = 1\n"
            f"[realms]\n  {REALM} = {{\n    kdc = 127.0.0.1:{self.port}\n  }}\n"
        )
        (f / "kdc.conf").write_text(
            f"[kdcdefaults]\n  kdc_ports = {self.port}\n  kdc_tcp_ports = {self.port}\n"
            f"[realms]\n  {REALM} = {{\n"
            f"    database_name = {f}/principal\n    key_stash_file = {f}/stash\n"
            f"    acl_file = {f}/kadm5.acl\n"
            "    supported_enctypes = aes256-cts-hmac-sha1-96:normal\n  }\n"
            f"[logging]\n  kdc = FILE:{f}/kdc.log\n"
        )
        self._run("kdb5_util", "create", "-s", "-r", REALM, "-P", "kdc-master-test")
        self.admin("addprinc -randkey postgres/localhost")
        self.admin(f"ktadd -k {self.keytab} postgres/localhost")
        if os.geteuid() == 0:
            shutil.chown(self.keytab, "postgres", "postgres")
        self.process = subprocess.Popen(
            [_tool("krb5kdc"), "-n", "-r", REALM],
            env={**os.environ, **self.env},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(50):  # up when it answers
            try:
                self.add_person("probe", "probe-password")
                self.ticket_for("probe", "probe-password", f / "probe.cc")
                return
            except RuntimeError:
                time.sleep(0.1)
        raise RuntimeError("the test KDC did not start")

    def admin(self, query: str) -> None:
        self._run("kadmin.local", "-r", REALM, "-q", query)

    def add_person(self, name: str, password: str) -> None:
        self.admin(f"addprinc -pw {password} {name}")

    def ticket_for(self, name: str, password: str, cache: Path) -> Path:
        """``kinit``: what signing in to Windows does for a domain account."""
        self._run("kinit", name, stdin=f"{password}\n", env={"KRB5CCNAME": f"FILE:{cache}"})
        return cache

    def stop(self) -> None:
        if self.process is not None:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(timeout=10)
        shutil.rmtree(self.folder, ignore_errors=True)
