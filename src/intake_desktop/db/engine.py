"""One engine factory for every database URL (SQLite default, PostgreSQL later)."""

from __future__ import annotations

import socket
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from intake_desktop.db import audit_chain, logboek

CONNECT_TIMEOUT_S = 5


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # Outside any transaction: inside one, journal_mode=WAL silently stays "delete".
    previous = dbapi_connection.isolation_level
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # Deleted content is overwritten with zeros: a destroyed dossier (Archiefwet) leaves
    # nothing readable in the file's free pages.
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    # Up to 128 MB of pages in memory (default 2 MB): overviews over the whole store
    # (monitoring) seek through indexes far larger than the default cache.
    cursor.execute("PRAGMA cache_size=-131072")
    cursor.close()
    dbapi_connection.isolation_level = previous
    audit_chain.register_sqlite(dbapi_connection)  # the audit triggers call these
    logboek.register_sqlite(dbapi_connection)


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and memory."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def server_url(url: str, username: str | None = None, password: str | None = None) -> URL:
    """A PostgreSQL address as a workstation uses it: as ``username`` when given (no
    ``password``: Kerberos/SSPI single sign-on, where the server asks for it), and
    TLS with the server's name checked (``sslmode=verify-full``) unless the address
    says otherwise (the CA file: ``sslrootcert`` in the address, or libpq's default
    ``~/.postgresql/root.crt``)."""
    parsed = make_url(url)
    if username is not None:
        parsed = parsed.set(username=username, password=password)
    query = dict(parsed.query)
    query.setdefault("sslmode", "verify-full")
    # Kerberos/SSPI only signs in; the channel is always TLS with the server's name
    # checked, never GSSAPI encryption that would pass a hostssl line by.
    query.setdefault("gssencmode", "disable")
    query.setdefault("application_name", f"intake-desktop@{socket.gethostname()}"[:63])
    return parsed.set(query=query)


def make_engine(url: str, username: str | None = None, password: str | None = None) -> Engine:
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    # hide_parameters: an error message never carries names, BSNs or addresses.
    options: dict = {}
    target: str | URL = url
    if make_url(url).get_backend_name() == "postgresql":
        # A laptop away from the network learns it within seconds, not minutes.
        options["connect_args"] = {"connect_timeout": CONNECT_TIMEOUT_S}
        if username is not None or not make_url(url).username:
            target = server_url(url, username, password)
    engine = create_engine(target, hide_parameters=True, **options)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
