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
from intake_desktop.services.core import tasks as _tasks  # noqa: F401  (the task check)

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


SIGN_IN_REFUSED = QT_TRANSLATE_NOOP("accounts", "Gebruikersnaam of wachtwoord klopt niet.")
TICKET_REFUSED = QT_TRANSLATE_NOOP(
    "accounts",
    "Aanmelden met uw Windows-account lukte niet. Meld u aan met gebruikersnaam en "
    "wachtwoord, of vraag de beheerder of eenmalig aanmelden voor u is ingesteld.",
)


def _refused_sign_in(exc) -> bool:
    """The server answered but did not let this person in (password, or an account
    that may no longer sign in): not a network problem."""
    text = str(exc.orig)
    return any(
        sign in text
        for sign in (
            "password authentication failed",
            "not permitted to log in",
            "GSSAPI",  # Kerberos: no ticket, or the server does not know her
            "SSPI",
            "no password supplied",  # the server wants a password, not a ticket
        )
    )


def refused_by_server(exc) -> bool:
    """A statement PostgreSQL refused for lack of privilege (SQLSTATE 42501: a grant, a
    row-level security policy, an intake_security function saying no)."""
    return getattr(getattr(exc, "orig", None), "sqlstate", None) == "42501"


def _cut_off(exc) -> bool:
    """The server refuses the signed-in person now: the account was deactivated
    (db/server/functions.staff_login)."""
    return "not permitted to log in" in str(exc.orig)


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


def staff_login_url(url: str) -> bool:
    """Server mode: a PostgreSQL address without a user. Each staff member signs in to
    PostgreSQL as themselves (db/server); nothing is read before they do."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    return parsed.get_backend_name() == "postgresql" and not parsed.username


@dataclass
class Store:
    engine: Engine
    sessions: sessionmaker[Session]
    config: AppConfig
    workstation: str = ""
    _quick: dict[int, Connection] = field(default_factory=dict, repr=False)
    # Server mode: the address without a user, until a staff member signs in.
    server_url: str | None = None
    signed_in_as: str | None = None
    # Signed in with a Kerberos/SSPI ticket (Windows account), not a password.
    by_ticket: bool = False
    # Whom this store works for once the program signed someone in (``bind``): a call
    # in anyone else's name is refused (services/core/audit.check_actor).
    bound_to: str | None = None

    @classmethod
    def open(cls, url: str, config: AppConfig, migrate: bool = True) -> Store:
        """The store at ``url``. A SQLite file is migrated first. In server mode
        (``staff_login_url``) nothing is connected until ``connect_as``."""
        engine = make_engine(url)
        server = staff_login_url(url)
        if migrate and not server:
            from intake_desktop.db import logboek
            from intake_desktop.db.migrate import upgrade

            upgrade(engine)
            with engine.begin() as connection:  # the register as configured now
                logboek.write_activities(connection, config.verwerkingen)
        store = cls(engine, make_session_factory(engine), config, socket.gethostname()[:100])
        store.server_url = url if server else None
        return store

    def bind(self, actor) -> None:
        """From now on this store works only for ``actor`` (the program calls it after
        sign-in): a service called in another name is refused, and a deactivated
        account is cut off at its next call."""
        self.bound_to = actor.username

    def sign_out(self) -> None:
        """Nobody is signed in any more. In server mode the connections as the staff
        member end and the store holds none until the next person signs in."""
        self.close()
        self.bound_to = None
        if self.staff_login:
            self.engine = make_engine(self.server_url)
            self.sessions = make_session_factory(self.engine)
            self.signed_in_as = None
            self.by_ticket = False

    def audit_refused_caller(self, handeling: str = "NotSignedIn") -> None:
        """A call in another name than the signed-in one was stopped: audited in a
        transaction of its own, in the signed-in name."""
        import uuid

        from sqlalchemy import insert

        from intake_desktop.db.models import AuditEvent
        from intake_desktop.domain.clock import utcnow

        with self.sessions.begin() as session:
            session.info["bound_to"] = self.bound_to
            session.execute(
                insert(AuditEvent.__table__).values(
                    id=uuid.uuid4(),
                    occurred_at=utcnow(),
                    staff_id=None,
                    username=(self.bound_to or "")[:64],
                    roles="",
                    action="geweigerd",
                    details={"handeling": handeling},
                    result="geweigerd",
                    workstation=self.workstation,
                )
            )

    @property
    def staff_login(self) -> bool:
        return self.server_url is not None

    def connect_as(self, username: str, password: str | None) -> None:
        """Server mode: connect as the staff member's own login role (SCRAM, TLS; no
        password: her Kerberos/SSPI ticket). A wrong name, password or ticket raises
        ``SignInFailed``; a schema this version was not
        made for, ``SchemaMismatch``. Workstations never migrate."""
        from sqlalchemy.exc import OperationalError

        from intake_desktop.db.server.setup import NotSetUp, SchemaMismatch, check_schema
        from intake_desktop.services.core.errors import (
            ServerNotSetUp,
            ServerSchemaAhead,
            ServerSchemaBehind,
            StoreBusy,
        )

        engine = make_engine(self.server_url, username=username, password=password)
        try:
            with engine.connect() as connection:
                check_schema(connection)
        except OperationalError as exc:
            engine.dispose()
            if _refused_sign_in(exc):
                from intake_desktop.services.core.errors import SignInFailed

                raise SignInFailed(SIGN_IN_REFUSED if password else TICKET_REFUSED) from None
            log.warning("server not available at sign-in: %s", type(exc.orig).__name__)
            raise StoreBusy(BUSY) from None
        except SchemaMismatch as exc:
            engine.dispose()
            raise (ServerSchemaBehind() if exc.behind else ServerSchemaAhead()) from None
        except NotSetUp:
            engine.dispose()
            raise ServerNotSetUp() from None
        except Exception:
            engine.dispose()
            raise
        self.close()
        self.engine = engine
        self.sessions = make_session_factory(engine)
        self.signed_in_as = self.bound_to = username
        self.by_ticket = password is None

    def own_password(self) -> str | None:
        """Server mode: the password the signed-in person connected with (None when
        she signed in with her Windows account); the laptop keeps a hash of it."""
        return self.engine.url.password

    def password_works(self, password: str | None) -> bool:
        """Server mode: whether the signed-in person's password (signed in by ticket:
        her ticket) still opens the server (unlocking an idle window)."""
        if self.by_ticket:
            password = None
        elif not password:
            return False
        engine = make_engine(self.server_url, username=self.signed_in_as, password=password)
        try:
            with engine.connect():
                return True
        except Exception as exc:
            log.info("password check failed: %s", type(exc).__name__)
            return False
        finally:
            engine.dispose()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits at the end, rolls back on any error.

        A row changed by someone else meanwhile (stale version) or a unique value
        taken at the same moment become messages for the user, not crashes."""
        from sqlalchemy.exc import IntegrityError, OperationalError, ProgrammingError
        from sqlalchemy.orm.exc import StaleDataError

        from intake_desktop.services.core.errors import (
            ConstraintBroken,
            NotSignedIn,
            StaleVersion,
            UniqueClash,
        )

        try:
            with self.sessions.begin() as session:
                session.info["bound_to"] = self.bound_to
                yield session
        except NotSignedIn as exc:
            self.audit_refused_caller(type(exc).__name__)
            raise
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
            self._unavailable(exc)
        except ProgrammingError as exc:
            self._refused(exc)

    def _refused(self, exc):
        """A privilege error from the server (server mode) is a message; anything else
        a fault of the program, raised as it is."""
        from intake_desktop.services.core.errors import ServerRefused

        if refused_by_server(exc):
            log.warning("the server refused a statement: %s", type(exc.orig).__name__)
            raise ServerRefused() from None
        raise exc

    def _unavailable(self, exc):
        from sqlalchemy.exc import OperationalError

        from intake_desktop.services.core.errors import StoreBusy

        if self.staff_login:
            # A deactivation ends the open connections; whether that is what happened
            # shows when the server is asked again.
            self.engine.dispose()
            if not _cut_off(exc):
                try:
                    with self.engine.connect():
                        pass
                except OperationalError as again:
                    exc = again
            if _cut_off(exc):
                from intake_desktop.services.core.errors import AccountInactive

                raise AccountInactive() from None
        log.warning("database not available: %s", type(exc.orig).__name__)
        raise StoreBusy(BUSY) from None

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reading; an unreachable or locked database is a message."""
        from sqlalchemy.exc import OperationalError, ProgrammingError

        try:
            with self.sessions() as session:
                session.info["bound_to"] = self.bound_to
                yield session
        except OperationalError as exc:
            self._unavailable(exc)
        except ProgrammingError as exc:
            self._refused(exc)

    @contextmanager
    def quick_read(self) -> Iterator[Connection]:
        """A connection kept open per thread for small, frequent reads (search as you
        type): no pool round trip per keystroke. Each read ends its transaction, so it
        always sees what others committed."""
        from sqlalchemy.exc import OperationalError

        key = threading.get_ident()
        connection = self._quick.get(key)
        try:
            if connection is None or connection.closed:
                connection = self._quick[key] = self.engine.connect()
            try:
                yield connection
            finally:
                connection.rollback()
        except OperationalError as exc:
            self._quick.pop(key, None)
            self._unavailable(exc)

    def wipe_old_pages(self) -> None:
        """After a destruction: SQLite's write-ahead log, which still holds pages as
        they were before, goes into the file and is emptied (``secure_delete`` zeroed
        the deleted content there already). A server keeps its own files (docs/bewaren.md)."""
        if self.engine.dialect.name != "sqlite":
            return
        with self.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        for connection in self._quick.values():
            connection.close()
        self._quick.clear()
        self.engine.dispose()
