"""Where this program works right now: on the shared store ("online") or, on a home
visit without network, on the laptop's own encrypted store ("offline"); and the other
side, opened when a check-out or a synchronisation needs it. No Qt."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from intake_desktop.config import AppConfig
from intake_desktop.domain.roles import Actor
from intake_desktop.services.core.local_store import LocalStore
from intake_desktop.services.core.store import Store
from intake_desktop.services.laptop.checkout import laptop_path, laptop_supported
from intake_desktop.services.laptop.errors import (
    LaptopNotSupported,
    ServerSignInNeeded,
    ServerUnreachable,
)

log = logging.getLogger(__name__)


@dataclass
class Workplace:
    store: Store  # what the screens work on
    offline: bool
    server_url: str
    data_dir: Path
    config: AppConfig
    _server: Store | None = field(default=None, repr=False)
    _laptop: Store | None = field(default=None, repr=False)
    # The single-PC store in the data folder (services/core/local_store), when used.
    local: LocalStore | None = None

    @classmethod
    def online(cls, store: Store, server_url: str, data_dir: Path) -> Workplace:
        return cls(store, False, server_url, data_dir, store.config, _server=store)

    @classmethod
    def offline_on(cls, laptop: Store, server_url: str, data_dir: Path) -> Workplace:
        return cls(laptop, True, server_url, data_dir, laptop.config, _laptop=laptop)

    def laptop_file(self, username: str) -> Path:
        return laptop_path(self.data_dir, username)

    def has_laptop_store(self, username: str) -> bool:
        return self._laptop is not None or self.laptop_file(username).exists()

    def laptop(self, actor: Actor, create: bool = False) -> Store | None:
        """The signed-in user's laptop store (made when ``create``), or None."""
        if self._laptop is not None:
            return self._laptop
        if not create and not self.laptop_file(actor.username).exists():
            return None
        if not laptop_supported():
            raise LaptopNotSupported()
        from intake_desktop.services.laptop.laptop_key import open_laptop_store

        self._laptop = open_laptop_store(
            self.laptop_file(actor.username), actor.username, self.config, create=create
        )
        self._laptop.bind(actor)
        return self._laptop

    def needs_server_sign_in(self) -> bool:
        """Offline, in server mode: the server store exists only once she signs in to
        it with her password (the laptop's sign-in does not reach the server)."""
        from intake_desktop.services.core.store import staff_login_url

        return self._server is None and staff_login_url(self.server_url)

    def sign_in_to_server(self, actor: Actor, password: str) -> Store:
        """Connect to the server as ``actor`` (server mode): ``SignInFailed`` when the
        password does not open it, ``StoreBusy`` without network."""
        store = Store.open(self.server_url, self.config)
        try:
            store.connect_as(actor.username, password)
        except Exception:
            store.close()
            raise
        store.bind(actor)
        self._server = store
        return store

    def server(self) -> Store:
        """The shared store; connecting may fail when the laptop has no network."""
        if self._server is not None:
            return self._server
        if self.needs_server_sign_in():
            raise ServerSignInNeeded()
        from intake_desktop.db.engine import sqlite_path

        local_file = sqlite_path(self.server_url)
        if local_file is not None and not local_file.exists():
            raise ServerUnreachable()  # never push into a new, empty file
        try:
            self._server = Store.open(self.server_url, self.config)
        except Exception as exc:  # any driver's way of saying "not reachable"
            log.warning("server not reachable: %s", type(exc).__name__)
            raise ServerUnreachable(type(exc).__name__) from None
        return self._server

    def encrypt_local(self, progress=None) -> None:
        """The one-time conversion of a plain single-PC store (local_store.encrypt)."""
        from intake_desktop.db.engine import sqlite_path
        from intake_desktop.services.core.local_store import encrypt

        path = sqlite_path(self.server_url)
        self.local = encrypt(self.local, path, self.config, progress)
        self.store = self._server = self.local.store

    def signed_out(self) -> None:
        """Afmelden or Wissel gebruiker: the laptop store opened for her (it is hers,
        with her key) is closed, so the next person never works on it. Offline it is
        what the program works on and stays: only she can sign in to it."""
        if not self.offline and self._laptop is not None:
            self._laptop.close()
            self._laptop = None

    def close(self) -> None:
        for store in {id(s): s for s in (self.store, self._server, self._laptop) if s}.values():
            store.close()


def open_online(
    server_url: str, config: AppConfig, data_dir: Path, default_store: bool = False
) -> Workplace:
    """Work on the shared store (migrated to this version first). Raises
    ``ServerUnreachable`` when it does not answer; any other failure is no reason to
    work offline and is raised as it is. ``default_store``: the single-PC file in the
    data folder, encrypted by default (services/core/local_store)."""
    from sqlalchemy.exc import OperationalError

    if default_store:
        from intake_desktop.db.engine import sqlite_path
        from intake_desktop.services.core.local_store import open_local

        local = open_local(sqlite_path(server_url), config)
        workplace = Workplace.online(local.store, server_url, data_dir)
        workplace.local = local
        return workplace

    from intake_desktop.services.core.store import staff_login_url

    if staff_login_url(server_url):
        # Server mode: nothing is read before a staff member signs in as themselves;
        # whether the server answers at all decides between online and offline.
        _probe(server_url)
        return Workplace.online(Store.open(server_url, config), server_url, data_dir)
    try:
        store = Store.open(server_url, config)
    except OperationalError as exc:
        log.warning("server not reachable: %s", type(exc.orig).__name__)
        raise ServerUnreachable(type(exc).__name__) from exc
    return Workplace.online(store, server_url, data_dir)


def _probe(server_url: str) -> None:
    """Raises ``ServerUnreachable`` when nothing answers at the server's port."""
    import socket

    from sqlalchemy.engine import make_url

    from intake_desktop.db.engine import CONNECT_TIMEOUT_S

    parsed = make_url(server_url)
    try:
        socket.create_connection(
            (parsed.host or "localhost", parsed.port or 5432), timeout=CONNECT_TIMEOUT_S
        ).close()
    except OSError as exc:
        log.warning("server not reachable: %s", type(exc).__name__)
        raise ServerUnreachable(type(exc).__name__) from exc


def database_kind(store: Store) -> str:
    """The kind of database the store is: "sqlite", "postgresql"."""
    return store.engine.dialect.name


def watches_server(workplace: Workplace) -> bool:
    """Whether the screens work on a server worth asking now and then whether it still
    answers: online, and not a SQLite file on this computer."""
    return not workplace.offline and database_kind(workplace.store) != "sqlite"


def server_reachable(store: Store) -> bool:
    """Whether the store answers a trivial query now. Without network this takes up
    to the connect timeout: call it off the UI thread."""
    try:
        with store.engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
    except Exception as exc:  # any driver's way of saying "not reachable"
        log.info("server check failed: %s", type(exc).__name__)
        return False
    return True


def has_clients(laptop: Store) -> bool:
    """Worth working offline on: clients taken along, or changes or conflicts left."""
    from intake_desktop.services.laptop.checkout import laptop_status

    status = laptop_status(laptop)
    return status.staff_id is not None and bool(
        status.checked_out or status.unsynced or status.conflicts
    )


def offline_candidates(data_dir: Path) -> list[Path]:
    """Laptop stores on this computer, most recently used first."""
    folder = Path(data_dir) / "laptop"
    if not folder.exists():
        return []
    found = [p for p in folder.glob("*.sqlite") if ".voor-migratie-" not in p.name]
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)
