"""The laptop's local store, encrypted at rest with SQLCipher (``sqlcipher3`` through
SQLAlchemy's ``sqlite+pysqlcipher`` dialect). Without the key the file is unreadable;
the key is random and lives in the operating system's keyring (services/laptop_key).

The URL carries the key: never log it (SQLAlchemy masks it in its own output)."""

from __future__ import annotations

import secrets
from pathlib import Path


def new_key() -> str:
    """A random 256-bit key, as hex text."""
    return secrets.token_hex(32)


def encrypted_url(path: Path, key: str) -> str:
    return f"sqlite+pysqlcipher://:{key}@/{Path(path).as_posix()}"


def key_opens(path: Path, key: str) -> bool:
    """Whether ``key`` opens the encrypted file: asked only after opening it failed, so
    that a store that cannot be migrated is not called one with a wrong key."""
    import sqlcipher3

    connection = sqlcipher3.connect(str(path))
    try:
        connection.execute(f"PRAGMA key = '{key}'")  # hex text (new_key): safe here
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher3.DatabaseError:
        return False
    finally:
        connection.close()
