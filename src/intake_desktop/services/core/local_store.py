"""The single-PC store: the SQLite file on this computer, encrypted at rest like the
laptop's (SQLCipher, a random key in the operating system's keyring, unlocked by the
user's own sign-in to the computer).

- A new store is made encrypted wherever SQLCipher and a keyring are available; where
  they are not (a computer without a keyring), it is made plain and the program says so.
- An existing plain file is offered a one-time conversion (``encrypt``): copied into an
  encrypted file with ``sqlcipher_export``, checked table by table, then put in its
  place; the plain file and its plain pre-migration copies are removed.
- An encrypted file without its key, or with the wrong one, is a clear message; it is
  never overwritten.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from intake_desktop.db.migrate import MigrationError
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.services.core.errors import ServiceError
from intake_desktop.services.core.store import Store

log = logging.getLogger(__name__)

SERVICE = "intake-desktop"
PLAIN_HEADER = b"SQLite format 3\x00"


class StoreKeyMissing(ServiceError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "De gegevens op deze computer zijn versleuteld, maar de sleutel staat niet in de "
        "sleutelbos van dit account. Meld u aan met het account waarmee ze zijn gemaakt, of "
        "neem contact op met de beheerder. Er is niets gewist.",
    )


class StoreKeyWrong(ServiceError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "De gegevens op deze computer kunnen met de sleutel uit de sleutelbos niet worden "
        "geopend. Er is niets gewist; neem contact op met de beheerder.",
    )


@dataclass
class LocalStore:
    store: Store
    encrypted: bool
    # A plain file that could be encrypted now (SQLCipher and a keyring are here).
    may_encrypt: bool = False
    # Made or kept plain because this computer has no keyring (or no SQLCipher).
    no_keyring: bool = False
    created: bool = False  # made just now


def _entry(path: Path) -> str:
    return f"werkplek:{path.resolve()}"


def is_plain(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(len(PLAIN_HEADER)) == PLAIN_HEADER


def _sqlcipher() -> bool:
    try:
        import sqlcipher3  # noqa: F401
    except ImportError:
        return False
    return True


def stored_key(entry: str, create: bool) -> str | None:
    """The key kept under ``entry`` in the operating system's keyring (a new random one
    when there is none and ``create``); None when there is none. Raises ``LookupError``
    when this computer has no usable keyring. The laptop's key uses it too."""
    import keyring
    from keyring.errors import KeyringError

    from intake_desktop.db.encrypted import new_key

    try:
        if keyring.get_keyring().priority <= 0:  # the "fail" backend: nothing to keep it in
            raise LookupError("no keyring")
        key = keyring.get_password(SERVICE, entry)
        if key is None and create:
            key = new_key()
            keyring.set_password(SERVICE, entry, key)
    except KeyringError as exc:
        log.warning("no keyring: %s", type(exc).__name__)
        raise LookupError("no keyring") from None
    return key


def _keyring_key(path: Path, create: bool) -> str | None:
    return stored_key(_entry(path), create)


def open_encrypted(path: Path, key: str, config) -> Store:
    from sqlalchemy.exc import DatabaseError

    from intake_desktop.db.encrypted import encrypted_url

    try:
        return Store.open(encrypted_url(path, key), config)
    except (DatabaseError, MigrationError) as exc:
        raise opening_failed(path, key, exc) from None


def opening_failed(path: Path, key: str, exc: Exception) -> Exception:
    """What to tell about an encrypted store that did not open: a wrong key only when
    the key does not open the file; otherwise what failed (no data in the message)."""
    from intake_desktop.db.encrypted import key_opens
    from intake_desktop.services.core.errors import StoreNotUpdated

    if not key_opens(path, key):
        return StoreKeyWrong()
    what = str(exc) if isinstance(exc, MigrationError) else type(exc).__name__
    log.error("encrypted store opened with its key but did not start: %s", what)
    return StoreNotUpdated(what=what)


def open_local(path: Path, config) -> LocalStore:
    """The store in ``path``: made encrypted when new, opened as it is otherwise."""
    new = not path.exists() or path.stat().st_size == 0
    if new or not is_plain(path):
        if not _sqlcipher():
            if not new:
                raise StoreKeyWrong()
            log.warning("SQLCipher is not installed: the local store is not encrypted")
            return _plain(path, config, created=True)
        try:
            key = _keyring_key(path, create=new)
        except LookupError:
            if not new:
                raise StoreKeyMissing() from None
            log.warning("no keyring on this computer: the local store is not encrypted")
            return _plain(path, config, created=True)
        if key is None:
            raise StoreKeyMissing()
        return LocalStore(open_encrypted(path, key, config), True, created=new)
    store = _open_plain(path, config)
    try:
        usable = _sqlcipher() and _keyring_key(path, create=False) is None
    except LookupError:
        return LocalStore(store, False, False, True)
    return LocalStore(store, False, may_encrypt=usable)


def _open_plain(path: Path, config) -> Store:
    from intake_desktop.services.core.errors import StoreNotUpdated

    try:
        return Store.open(f"sqlite:///{path.as_posix()}", config)
    except MigrationError as exc:
        raise StoreNotUpdated(what=str(exc)) from None


def _plain(path: Path, config, created: bool) -> LocalStore:
    store = _open_plain(path, config)
    return LocalStore(store, False, no_keyring=True, created=created)


def _tables_and_counts(connection) -> dict[str, int]:
    names = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {
        name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names
    }


def encrypt(local: LocalStore, path: Path, config, progress=None) -> LocalStore:
    """Encrypt a plain store once: returns the encrypted store in the same place. The
    plain file is replaced only after the copy opened and every table's count matched;
    on any failure the plain file stays as it was and the half-made copy is removed."""
    import sqlcipher3

    local.store.close()
    target = path.with_name(path.stem + ".versleutelen" + path.suffix)
    target.unlink(missing_ok=True)
    key = _keyring_key(path, create=True)
    try:
        plain = sqlcipher3.connect(str(path))
        try:
            plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            before = _tables_and_counts(plain)
            # The key is hex text (db/encrypted.new_key): safe inside the statement.
            plain.execute(f"ATTACH DATABASE '{target.as_posix()}' AS versleuteld KEY '{key}'")
            plain.execute("SELECT sqlcipher_export('versleuteld')")
            plain.execute("DETACH DATABASE versleuteld")
        finally:
            plain.close()
        if progress:
            progress(1, 2)
        check = sqlcipher3.connect(str(target))
        try:
            check.execute(f"PRAGMA key = '{key}'")
            after = _tables_and_counts(check)
        finally:
            check.close()
        if after != before:
            raise RuntimeError("encrypted copy differs from the store")
    except Exception:
        target.unlink(missing_ok=True)
        import keyring

        keyring.delete_password(SERVICE, _entry(path))
        raise
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    os.replace(target, path)
    for copy in path.parent.glob(f"{path.stem}.voor-migratie-*"):
        if is_plain(copy):
            copy.unlink()  # a plain copy would keep what was just encrypted readable
    if progress:
        progress(2, 2)
    log.info("local store encrypted")
    return LocalStore(open_encrypted(path, key, config), True)
