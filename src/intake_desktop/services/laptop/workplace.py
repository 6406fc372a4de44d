"""Where this program works right now: on the shared store ("online") or, on a home
visit without network, on the laptop's own encrypted store ("offline"); and the other
side, opened when a check-out or a synchronisation needs it. No Qt."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from intake_desktop.config import AppConfig
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.roles import Actor
from intake_desktop.services.core.errors import ServiceError
from intake_desktop.services.core.store import Store
from intake_desktop.services.laptop.checkout import laptop_path, laptop_supported

log = logging.getLogger(__name__)

MSG_NO_SERVER = QT_TRANSLATE_NOOP(
    "laptop",
    "De server is niet bereikbaar. Probeer het opnieuw zodra de laptop weer netwerk heeft.",
)
MSG_NOT_SUPPORTED = QT_TRANSLATE_NOOP(
    "laptop",
    "Op deze computer ontbreekt de versleuteling voor klantgegevens op een laptop "
    "(het pakket 'laptop' van intake-desktop).",
)


@dataclass
class Workplace:
    store: Store  # what the screens work on
    offline: bool
    server_url: str
    data_dir: Path
    config: AppConfig
    _server: Store | None = field(default=None, repr=False)
    _laptop: Store | None = field(default=None, repr=False)

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
            raise ServiceError(MSG_NOT_SUPPORTED)
        from intake_desktop.services.laptop.laptop_key import open_laptop_store

        self._laptop = open_laptop_store(
            self.laptop_file(actor.username), actor.username, self.config, create=create
        )
        return self._laptop

    def server(self) -> Store:
        """The shared store; connecting may fail when the laptop has no network."""
        if self._server is not None:
            return self._server
        from intake_desktop.db.engine import sqlite_path

        local_file = sqlite_path(self.server_url)
        if local_file is not None and not local_file.exists():
            raise ServiceError(MSG_NO_SERVER)  # never push into a new, empty file
        try:
            self._server = Store.open(self.server_url, self.config)
        except Exception as exc:  # any driver's way of saying "not reachable"
            log.warning("server not reachable: %s", type(exc).__name__)
            raise ServiceError(MSG_NO_SERVER) from None
        return self._server

    def close(self) -> None:
        for store in {id(s): s for s in (self.store, self._server, self._laptop) if s}.values():
            store.close()


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
