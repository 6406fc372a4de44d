"""The key of a staff member's encrypted laptop store, kept in the operating system's
keyring (which the OS unlocks with the user's own sign-in), and opening that store.

A lost laptop exposes nothing: the file is encrypted, and the key is not on disk in the
clear. A wrong or missing key gives a clear Dutch message, not a crash."""

from __future__ import annotations

import logging
from pathlib import Path

from intake_desktop.db.encrypted import encrypted_url
from intake_desktop.services.core.store import Store
from intake_desktop.services.laptop.errors import NoKeyring, NoLaptopKey, WrongLaptopKey

log = logging.getLogger(__name__)


def _entry(username: str) -> str:
    return f"laptop:{username}"


def key_for(username: str, *, create: bool) -> str | None:
    from intake_desktop.services.core.local_store import stored_key

    try:
        return stored_key(_entry(username), create)
    except LookupError:
        raise NoKeyring() from None


def open_laptop_store(path: Path, username: str, config, *, create: bool = False) -> Store:
    """The user's encrypted local store (made, with a new key, when ``create``)."""
    from sqlalchemy.exc import DatabaseError

    key = key_for(username, create=create)
    if key is None:
        raise NoLaptopKey()
    from intake_desktop.db.migrate import MigrationError
    from intake_desktop.services.core.local_store import StoreKeyWrong, opening_failed

    try:
        store = Store.open(encrypted_url(path, key), config)
    except (DatabaseError, MigrationError) as exc:
        failure = opening_failed(path, key, exc)
        raise (WrongLaptopKey() if isinstance(failure, StoreKeyWrong) else failure) from None
    from intake_desktop.services.laptop.checkout import refresh_triggers

    refresh_triggers(store)
    return store
