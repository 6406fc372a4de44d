"""The service suite on PostgreSQL in server mode, each call as the staff member whose
actor it is (the third store of ``both_stores``: "server").

A test holds one store and calls services for several people (the counter, then the
klantmanager). On a workstation each of them would have a connection of her own, signed
in as her login role. Here every transaction of the store begins with
``SET LOCAL SESSION AUTHORIZATION`` to the login role of the actor the service was called
for: ``session_user`` is then hers, so grants, row-level security and the audit triggers
apply exactly as on her own connection. Code of the test itself (making a client with
the ORM, counting rows) runs as the DBA, who sees everything.

Which actor a call is for: every public function in ``intake_desktop.services`` that
takes a store and an ``actor`` is wrapped to note its actor for the call (a context
variable); nested calls keep the outer actor unless they name one themselves.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import pkgutil
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from sqlalchemy import event

from intake_desktop.domain.roles import Actor
from intake_desktop.services.core.store import Store

CURRENT: ContextVar[str | None] = ContextVar("staff_member", default=None)
_wrapped = False


def _as(username: str):
    return f'SET LOCAL SESSION AUTHORIZATION "{username.replace(chr(34), "")}"'


def _wrap(function, index: int):
    @functools.wraps(function)
    def call(*args, **kwargs):
        actor = args[index] if len(args) > index else kwargs.get("actor")
        if not isinstance(actor, Actor):
            return function(*args, **kwargs)
        token = CURRENT.set(actor.username)
        try:
            return function(*args, **kwargs)
        finally:
            CURRENT.reset(token)

    call.__as_staff__ = True
    return call


def wrap_services() -> None:
    """Note the actor of every service call (once per test process; a no-op for the
    other stores, which never read it)."""
    global _wrapped
    if _wrapped:
        return
    _wrapped = True
    import intake_desktop.services as root

    for info in pkgutil.walk_packages(root.__path__, prefix=f"{root.__name__}."):
        module = importlib.import_module(info.name)
        for name, function in list(vars(module).items()):
            if (
                name.startswith("_")
                or not inspect.isfunction(function)
                or function.__module__ != module.__name__
                or getattr(function, "__as_staff__", False)
            ):
                continue
            params = list(inspect.signature(function).parameters)
            if "actor" in params and params[0] in ("store", "server"):
                setattr(module, name, _wrap(function, params.index("actor")))


def _as_staff(session, _transaction, connection) -> None:
    """A store bound to the signed-in person (``Store.bind``) works on her connection,
    whoever the call names; otherwise the call's actor's."""
    _become(connection, session.info.get("bound_to") or CURRENT.get())


def _become(connection, username: str | None) -> None:
    """Her connection from now on. A deactivated account (NOLOGIN) would have no
    connection at all: the server ended it and refuses a new one."""
    if not username:
        return
    can_login = connection.exec_driver_sql(
        "SELECT rolcanlogin FROM pg_roles WHERE rolname = %(name)s", {"name": username}
    ).scalar()
    if not can_login:
        from intake_desktop.services.core.errors import AccountInactive

        raise AccountInactive()
    connection.exec_driver_sql(_as(username))


@dataclass
class StaffStore(Store):
    """A server-mode store whose transactions run as the current call's staff member."""

    def __post_init__(self):
        self.passwords: dict[str, str | None] = {}
        if not event.contains(self.sessions, "after_begin", _as_staff):
            event.listen(self.sessions, "after_begin", _as_staff)

    def own_password(self) -> str | None:
        return self.passwords.get(CURRENT.get() or "")

    @contextmanager
    def quick_read(self):
        with super().quick_read() as connection:
            _become(connection, self.bound_to or CURRENT.get())
            yield connection

    def connect_as(self, username: str, password: str | None) -> None:
        """Signing in checks her password with a real connection as her login role;
        the store itself stays shared (each call runs as its own actor)."""
        from intake_desktop.db.engine import make_engine

        engine = make_engine(self.server_url, username=username, password=password)
        try:
            with engine.connect():
                pass
        except Exception as exc:
            from intake_desktop.services.core.errors import SignInFailed
            from intake_desktop.services.core.store import SIGN_IN_REFUSED

            raise SignInFailed(SIGN_IN_REFUSED) from exc
        finally:
            engine.dispose()
        self.passwords[username] = password
