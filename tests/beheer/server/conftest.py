"""A database in server mode (``server init``) on the test PostgreSQL, with staff who
sign in as their own login roles over TLS, as workstations do.

Login roles belong to the whole cluster, so each test's usernames carry a suffix of
their own: no test inherits another's roles.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

import psycopg
import pytest

from intake_desktop.db.engine import make_engine
from intake_desktop.db.server import scram, setup
from intake_desktop.db.server.names import OWNER
from intake_desktop.services.beheer import accounts
from intake_desktop.services.core.store import Store
from tests.support.pg_server import PgServer, admin

PASSWORD = "Werkplein-2026!"


@dataclass
class ServerDb:
    server: PgServer
    name: str
    config: object
    suffix: str = field(default_factory=lambda: uuid.uuid4().hex[:6])
    stores: list = field(default_factory=list)

    @property
    def dba_url(self) -> str:
        return f"postgresql+psycopg://intake@127.0.0.1:{self.server.port}/{self.name}"

    @property
    def workstation_url(self) -> str:
        """What instellingen.toml holds in server mode: no user, the CA to check."""
        return (
            f"postgresql+psycopg://localhost:{self.server.port}/{self.name}"
            f"?sslrootcert={self.server.ca_file}"
        )

    def dba(self) -> psycopg.Connection:
        return psycopg.connect(
            host="127.0.0.1", port=self.server.port, user="intake", dbname=self.name,
            autocommit=True,
        )  # fmt: skip

    def add(self, who: str, roles: set[str], team: str | None = None) -> str:
        """A staff member made with ``server add-staff``, password set to PASSWORD (the
        one-time one is replaced, as at a first sign-in). Returns the username."""
        username = f"{who}-{self.suffix}"
        engine = make_engine(self.dba_url)
        try:
            setup.add_staff(
                engine,
                OWNER,
                setup.NewLogin(
                    username, who.title(), roles, self.config.default_gemeente.code, team
                ),
            )
        finally:
            engine.dispose()
        with self.dba() as connection:
            connection.execute(f"ALTER ROLE \"{username}\" PASSWORD '{scram.verifier(PASSWORD)}'")
            connection.execute(
                "UPDATE intake_security.password_change SET must_change = false "
                "WHERE username = %s",
                (username,),
            )
        return username

    def sign_in(self, username: str, password: str = PASSWORD):
        """A workstation's store, signed in as ``username``: (store, actor)."""
        store = Store.open(self.workstation_url, self.config)
        self.stores.append(store)
        return store, accounts.sign_in(store, username, password)

    def connect(self, username: str, password: str = PASSWORD, **kw) -> psycopg.Connection:
        """What an attacker with the staff member's password gets: psql, with TLS."""
        options = dict(sslmode="verify-full", sslrootcert=str(self.server.ca_file))
        options.update(kw)
        return psycopg.connect(
            host="localhost", port=self.server.port, user=username, password=password,
            dbname=self.name, autocommit=True, **options,
        )  # fmt: skip


def new_server_db(server: PgServer, config) -> ServerDb:
    """A fresh database from the migrated template, converted by ``server init``."""
    name = f"s_{uuid.uuid4().hex[:16]}"
    admin(server, f"CREATE DATABASE {name} TEMPLATE intake_template")
    db = ServerDb(server, name, config)
    engine = make_engine(db.dba_url)
    try:
        setup.init(engine, config)
    finally:
        engine.dispose()
    return db


def drop_server_db(db: ServerDb) -> None:
    for store in db.stores:
        store.close()
    admin(db.server, f"DROP DATABASE {db.name} WITH (FORCE)")


@pytest.fixture
def server_db(pg_server, app_config):
    db = new_server_db(pg_server[0], app_config)
    yield db
    drop_server_db(db)
