"""Fixtures: every test gets its own fresh, migrated store in a temp folder.

A test, a module (``pytestmark``) or a class marked ``both_stores`` runs three times: on
the embedded SQLite file, on a PostgreSQL server the tests start on loopback
(tests/support/pg_server.py), and on that server in server mode, each service call as
the login role of the staff member whose actor it is (tests/support/as_staff.py). Staff members come from ``staff_member``; builders of
clients and plans live in tests/support/, never in another test module.
"""

from __future__ import annotations

import os
import shutil
import uuid

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from hypothesis import settings

from intake_desktop.config import load_config
from intake_desktop.domain.roles import ALL_ROLES, BACKOFFICE
from intake_desktop.services.beheer import accounts
from intake_desktop.services.core.store import Store
from tests.support.pg_server import PgServer, admin, bindir
from tests.support.staff import make_staff, set_profile, sign_in

# No example database in the working folder: a test writes only inside its tmp folder.
settings.register_profile("intake", database=None)
settings.load_profile("intake")


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "both_stores: run on the SQLite store and on the PostgreSQL server"
    )


def pytest_generate_tests(metafunc):
    if "store" in metafunc.fixturenames and metafunc.definition.get_closest_marker("both_stores"):
        metafunc.parametrize("store", ["sqlite", "postgresql", "server"], indirect=True)


@pytest.fixture(autouse=True, scope="session")
def _cheap_password_hashing():
    """argon2 with its cheapest parameters: the suite spent most of its time hashing.
    tests/core/test_foundation.py checks the production parameters."""
    from argon2 import profiles

    accounts.HASH_PROFILE = profiles.CHEAPEST
    yield
    accounts.HASH_PROFILE = None


@pytest.fixture(autouse=True)
def _no_watch_outlives_its_test():
    yield
    from tests.support.ui import stop_watches

    stop_watches()


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


@pytest.fixture(scope="session")
def pg_server(app_config, tmp_path_factory):
    """A PostgreSQL server for this test run, with a migrated template database."""
    if bindir() is None:
        pytest.skip("PostgreSQL is not installed here (scripts/test.sh installs it)")
    server = PgServer()
    base = server.start()
    try:
        # A Dutch collation (ICU), as a municipality's server would have, not the
        # byte order of "C": the search must not depend on it.
        admin(
            server,
            "CREATE DATABASE intake_template TEMPLATE template0 "
            "LOCALE_PROVIDER icu ICU_LOCALE 'nl-NL' LOCALE 'C.UTF-8'",
        )
        Store.open(f"{base}/intake_template", app_config).close()
        yield server, base
    finally:
        server.stop()


@pytest.fixture(scope="session")
def _server_template(pg_server, app_config):
    """The migrated template in server mode (``server init``): owner, group roles,
    grants, row-level security, audit triggers."""
    from intake_desktop.db.engine import make_engine
    from intake_desktop.db.server import setup

    server, base = pg_server
    admin(server, "CREATE DATABASE intake_server_template TEMPLATE intake_template")
    engine = make_engine(f"{base}/intake_server_template")
    try:
        setup.init(engine, app_config)
    finally:
        engine.dispose()
    return "intake_server_template"


def _server_store(request, app_config):
    """Server mode, each call as its actor's login role (tests/support/as_staff.py)."""
    from intake_desktop.db.engine import make_engine, make_session_factory
    from tests.support.as_staff import StaffStore, wrap_services

    wrap_services()
    server, base = request.getfixturevalue("pg_server")
    template = request.getfixturevalue("_server_template")
    name = f"s_{uuid.uuid4().hex[:16]}"
    admin(server, f"CREATE DATABASE {name} TEMPLATE {template}")
    engine = make_engine(f"{base}/{name}")
    store = StaffStore(
        engine,
        make_session_factory(engine),
        app_config,
        "werkplek-test",
        server_url=(
            f"postgresql+psycopg://localhost:{server.port}/{name}?sslrootcert={server.ca_file}"
        ),
    )
    return server, name, store


def _background_done(timeout: float = 10.0) -> None:
    """No background read outlives its store: a periodic refresh (counts, the queue)
    still running when a test ends would use a closed connection."""
    import threading
    import time

    deadline = time.monotonic() + timeout
    for thread in threading.enumerate():
        if thread.name == "background" and thread is not threading.current_thread():
            thread.join(max(0.0, deadline - time.monotonic()))


@pytest.fixture
def store(request, tmp_path, _template_db, app_config):
    if getattr(request, "param", "sqlite") == "server":
        server, name, s = _server_store(request, app_config)
        yield s
        _background_done()
        s.close()
        import psycopg

        with psycopg.connect(
            f"host=127.0.0.1 port={server.port} user=intake dbname={name}", autocommit=True
        ) as c:
            logins = [row[0] for row in c.execute("SELECT username FROM staff")]
        admin(server, f"DROP DATABASE {name} WITH (FORCE)")
        for username in logins:  # login roles belong to the cluster, not the database
            admin(server, f'DROP ROLE IF EXISTS "{username}"')
        return
    if getattr(request, "param", "sqlite") == "postgresql":
        server, base = request.getfixturevalue("pg_server")
        name = f"t_{uuid.uuid4().hex[:16]}"
        admin(server, f"CREATE DATABASE {name} TEMPLATE intake_template")
        s = Store.open(f"{base}/{name}", app_config)
        yield s
        _background_done()
        s.close()
        admin(server, f"DROP DATABASE {name} WITH (FORCE)")
        return
    path = tmp_path / "intake.sqlite"
    shutil.copy(_template_db, path)
    s = Store.open(f"sqlite:///{path}", app_config)
    yield s
    _background_done()
    s.close()


@pytest.fixture
def staff_member(store, beheerder):
    """Make a staff member through Beheer and return them signed in:
    ``staff_member("karin", {"klantmanager"}, name="Karin Jansen", team="werk")``."""

    def make(
        username, roles, *, name=None, functie=None, max_caseload=None, expertise=(), team=None
    ):
        # A back office needs its team from the start; other teams may be made-up ones
        # (set directly, as a test of the need to know wants them).
        at_start = team if BACKOFFICE in roles else ""
        make_staff(store, username, roles, actor=beheerder, name=name, team=at_start or "")
        if functie or max_caseload or expertise or team:
            set_profile(
                store,
                username,
                functie=functie,
                max_caseload=max_caseload,
                expertise=expertise,
                team=team,
            )
        return sign_in(store, username)

    return make


@pytest.fixture
def beheerder(store):
    # Every role but a back office's (that one needs a back-office team).
    make_staff(store, "beheer", set(ALL_ROLES) - {BACKOFFICE}, name="Bea Beheer")
    return sign_in(store, "beheer")


@pytest.fixture
def balie(staff_member):
    return staff_member("balie", {"baliemedewerker"}, name="Bram Balie")


@pytest.fixture
def intaker(staff_member):
    return staff_member("intaker", {"wisselwachter"}, name="Ilse Intaker")


@pytest.fixture
def teamleider(staff_member):
    return staff_member("tl", {"teamleider"}, name="Tineke Teamleider")


@pytest.fixture
def staff(staff_member):
    """The counter pair: a wisselwachter who also screens, and a klantmanager."""
    wissel = staff_member("wissel", {"wisselwachter", "poortwachter"}, name="Willem Wissel")
    return wissel, staff_member("km", {"klantmanager"}, name="Karin Klant")


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


@pytest.fixture
def small_screen(monkeypatch):
    """Dialogs that size themselves to the screen (forms.fit_to_screen) see a 1366×768
    one with a 40 px task bar, whatever screen the tests run on."""
    from PySide6.QtCore import QSize

    from intake_desktop.ui.widgets import forms

    monkeypatch.setattr(forms, "available_room", lambda _window: QSize(1366, 728))
