"""The open store: engine, sessions and configuration, handed to every service."""

from __future__ import annotations

import logging
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker

from intake_desktop.config import AppConfig
from intake_desktop.db.engine import make_engine, make_session_factory
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

CONFLICT = QT_TRANSLATE_NOOP(
    "errors",
    "Dit kon niet worden opgeslagen: op een andere werkplek werd tegelijk hetzelfde "
    "vastgelegd (bijvoorbeeld hetzelfde BSN). Vernieuw het scherm en probeer het opnieuw.",
)


BUSY = QT_TRANSLATE_NOOP(
    "errors",
    "De database is even bezet of niet bereikbaar. Er is niets opgeslagen; probeer "
    "het over een ogenblik opnieuw.",
)


def _constraint_of(exc) -> tuple[bool, str]:
    """(is it a unique clash, the constraint's name) of an IntegrityError, on either
    store, without the values of the statement."""
    orig = exc.orig
    diag = getattr(orig, "diag", None)
    if diag is not None:  # psycopg
        return type(orig).__name__ == "UniqueViolation", diag.constraint_name or "?"
    code = getattr(orig, "sqlite_errorname", "")
    message = str(orig)
    name = message.split(":", 1)[1].strip() if ":" in message else message
    unique = code in ("SQLITE_CONSTRAINT_UNIQUE", "SQLITE_CONSTRAINT_PRIMARYKEY") or (
        not code and message.startswith("UNIQUE")
    )
    return unique, f"{code or 'sqlite'} {name}"[:200]


@dataclass
class Store:
    engine: Engine
    sessions: sessionmaker[Session]
    config: AppConfig
    workstation: str = ""
    _quick: dict[int, Connection] = field(default_factory=dict, repr=False)

    @classmethod
    def open(cls, url: str, config: AppConfig, migrate: bool = True) -> Store:
        engine = make_engine(url)
        if migrate:
            from intake_desktop.db.migrate import upgrade

            upgrade(engine)
        return cls(engine, make_session_factory(engine), config, socket.gethostname()[:100])

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits at the end, rolls back on any error.

        A row changed by someone else meanwhile (stale version) or a unique value
        taken at the same moment become messages for the user, not crashes."""
        from sqlalchemy.exc import IntegrityError, OperationalError
        from sqlalchemy.orm.exc import StaleDataError

        from intake_desktop.services.core.errors import (
            ConstraintBroken,
            StaleVersion,
            StoreBusy,
            UniqueClash,
        )

        try:
            with self.sessions.begin() as session:
                yield session
        except StaleDataError:
            raise StaleVersion() from None
        except IntegrityError as exc:
            unique, constraint = _constraint_of(exc)
            if unique:
                raise UniqueClash(CONFLICT) from None
            # A broken rule of the schema is a fault of the program, not of a colleague:
            # logged by name only (the statement's values may hold personal data).
            log.error("constraint violated: %s", constraint)
            raise ConstraintBroken(constraint) from None
        except OperationalError as exc:
            log.warning("database not available: %s", type(exc.orig).__name__)
            raise StoreBusy(BUSY) from None

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reading; an unreachable or locked database is a message."""
        from sqlalchemy.exc import OperationalError

        from intake_desktop.services.core.errors import StoreBusy

        try:
            with self.sessions() as session:
                yield session
        except OperationalError as exc:
            log.warning("database not available: %s", type(exc.orig).__name__)
            raise StoreBusy(BUSY) from None

    @contextmanager
    def quick_read(self) -> Iterator[Connection]:
        """A connection kept open per thread for small, frequent reads (search as you
        type): no pool round trip per keystroke. Each read ends its transaction, so it
        always sees what others committed."""
        key = threading.get_ident()
        connection = self._quick.get(key)
        if connection is None or connection.closed:
            connection = self._quick[key] = self.engine.connect()
        try:
            yield connection
        finally:
            connection.rollback()

    def close(self) -> None:
        for connection in self._quick.values():
            connection.close()
        self._quick.clear()
        self.engine.dispose()
