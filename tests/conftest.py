"""Fixtures: every test gets its own fresh, migrated SQLite store in a temp folder."""

from __future__ import annotations

import os
import shutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from intake_desktop.config import load_config
from intake_desktop.domain.roles import ALL_ROLES
from intake_desktop.services.beheer import accounts
from intake_desktop.services.core.store import Store

DEMO_PASSWORD = "geheim-wachtwoord"


@pytest.fixture(autouse=True, scope="session")
def _cheap_password_hashing():
    """argon2 with its cheapest parameters: the suite spent most of its time hashing.
    tests/test_foundation.py checks the production parameters."""
    from argon2 import profiles

    accounts.HASH_PROFILE = profiles.CHEAPEST
    yield
    accounts.HASH_PROFILE = None


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path, monkeypatch):
    """Data, logs and settings of the program go to the test's own folder."""
    monkeypatch.setenv("INTAKE_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("INTAKE_DB_URL", raising=False)


@pytest.fixture(scope="session")
def app_config():
    return load_config()


@pytest.fixture(scope="session")
def _template_db(tmp_path_factory, app_config):
    """Migrate once; each test copies the file (a fresh store, without Alembic's cost)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    store = Store.open(f"sqlite:///{path}", app_config)
    store.close()
    return path


# The service tests run on both stores the program supports: the embedded SQLite file
# and a PostgreSQL server (started on loopback for the test run, see tests/pg_server.py).
BOTH_STORES = {"tests.test_caseload_counts", "tests.test_monitoring_tally"}


def pytest_generate_tests(metafunc):
    module = metafunc.module.__name__
    if "store" in metafunc.fixturenames and (module.endswith("_service") or module in BOTH_STORES):
        metafunc.parametrize("store", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture(scope="session")
def pg_server(app_config):
    """A PostgreSQL server for this test run, with a migrated template database."""
    from tests.pg_server import PgServer, bindir

    if bindir() is None:
        pytest.skip("PostgreSQL is not installed here (scripts/test.sh installs it)")
    server = PgServer()
    base = server.start()
    try:
        # A Dutch collation (ICU), as a municipality's server would have, not the
        # byte order of "C": the search must not depend on it.
        _admin(
            server,
            "CREATE DATABASE intake_template TEMPLATE template0 "
            "LOCALE_PROVIDER icu ICU_LOCALE 'nl-NL' LOCALE 'C.UTF-8'",
        )
        Store.open(f"{base}/intake_template", app_config).close()
        yield server, base
    finally:
        server.stop()


def _admin(server, sql: str) -> None:
    import psycopg

    with psycopg.connect(
        f"host=127.0.0.1 port={server.port} user=intake dbname=postgres", autocommit=True
    ) as connection:
        connection.execute(sql)


@pytest.fixture
def store(request, tmp_path, _template_db, app_config):
    if getattr(request, "param", "sqlite") == "postgresql":
        import uuid

        server, base = request.getfixturevalue("pg_server")
        name = f"t_{uuid.uuid4().hex[:16]}"
        _admin(server, f"CREATE DATABASE {name} TEMPLATE intake_template")
        s = Store.open(f"{base}/{name}", app_config)
        yield s
        s.close()
        _admin(server, f"DROP DATABASE {name} WITH (FORCE)")
        return
    path = tmp_path / "intake.sqlite"
    shutil.copy(_template_db, path)
    s = Store.open(f"sqlite:///{path}", app_config)
    yield s
    s.close()


def make_staff(store, username, roles, actor=None, password=DEMO_PASSWORD, name=None):
    return accounts.create_staff(
        store,
        actor,
        accounts.NewStaff(
            username=username,
            display_name=name or username.title(),
            password=password,
            roles=set(roles),
            gemeente_code=store.config.default_gemeente.code,
        ),
    )


@pytest.fixture
def beheerder(store):
    make_staff(store, "beheer", ALL_ROLES, name="Bea Beheer")
    return accounts.sign_in(store, "beheer", DEMO_PASSWORD)


@pytest.fixture
def balie(store, beheerder):
    make_staff(store, "balie", {"baliemedewerker"}, actor=beheerder, name="Bram Balie")
    return accounts.sign_in(store, "balie", DEMO_PASSWORD)


@pytest.fixture
def intaker(store, beheerder):
    make_staff(store, "intaker", {"wisselwachter"}, actor=beheerder, name="Ilse Intaker")
    return accounts.sign_in(store, "intaker", DEMO_PASSWORD)


@pytest.fixture
def memory_keyring():
    """A keyring in memory, standing in for the operating system's (laptop stores)."""
    keyring = pytest.importorskip("keyring")
    pytest.importorskip("sqlcipher3", reason="the laptop extra (sqlcipher3) is not installed")
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        priority = 1

        def __init__(self):
            super().__init__()
            self.values: dict = {}

        def get_password(self, service, username):
            return self.values.get((service, username))

        def set_password(self, service, username, password):
            self.values[(service, username)] = password

        def delete_password(self, service, username):
            self.values.pop((service, username), None)

    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)
