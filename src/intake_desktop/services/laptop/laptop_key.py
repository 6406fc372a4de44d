"""The key of a staff member's encrypted laptop store, kept in the operating system's
keyring (which the OS unlocks with the user's own sign-in), and opening that store.

A lost laptop exposes nothing: the file is encrypted, and the key is not on disk in the
clear. A wrong or missing key gives a clear Dutch message, not a crash."""

from __future__ import annotations

import logging
from pathlib import Path

from intake_desktop.db.encrypted import encrypted_url, new_key
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.services.core.errors import ServiceError
from intake_desktop.services.core.store import Store

log = logging.getLogger(__name__)

SERVICE = "intake-desktop"
MSG_NO_KEY = QT_TRANSLATE_NOOP(
    "laptop",
    "De sleutel van de gegevens op deze laptop ontbreekt. Zonder die sleutel zijn ze niet "
    "te lezen; neem contact op met de beheerder.",
)
MSG_WRONG_KEY = QT_TRANSLATE_NOOP(
    "laptop", "De gegevens op deze laptop kunnen met deze sleutel niet worden geopend."
)


def _entry(username: str) -> str:
    return f"laptop:{username}"


MSG_NO_KEYRING = QT_TRANSLATE_NOOP(
    "laptop",
    "Deze computer heeft geen beveiligde sleutelopslag (zoals Windows Referentiebeheer, de "
    "macOS-sleutelhanger of de sleutelbos van het bureaublad). Zonder die opslag kunnen "
    "klantgegevens niet versleuteld op de laptop; neem contact op met de beheerder.",
)


def key_for(username: str, *, create: bool) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    try:
        key = keyring.get_password(SERVICE, _entry(username))
        if key is None and create:
            key = new_key()
            keyring.set_password(SERVICE, _entry(username), key)
    except KeyringError as exc:
        log.warning("no keyring: %s", type(exc).__name__)
        raise ServiceError(MSG_NO_KEYRING) from None
    return key


def open_laptop_store(path: Path, username: str, config, *, create: bool = False) -> Store:
    """The user's encrypted local store (made, with a new key, when ``create``)."""
    from sqlalchemy.exc import DatabaseError

    key = key_for(username, create=create)
    if key is None:
        raise ServiceError(MSG_NO_KEY)
    try:
        store = Store.open(encrypted_url(path, key), config)
    except DatabaseError:
        raise ServiceError(MSG_WRONG_KEY) from None
    from intake_desktop.services.laptop.checkout import refresh_triggers

    refresh_triggers(store)
    return store
