"""Need to know: which parts of which client's dossier the signed-in staff member may
read and change, from ``toegang.toml`` (``config/toegang.py``).

A role gives parts (identiteit, contact, aanmeldingen, gesprekken, afspraken, notities,
plannen, inburgering) of the clients in its reach:

- ``alle``: every client (the counter looks everyone up);
- ``wachtrij``: clients with an aanmelding open or from today, those whom this person
  screened, scanned or picked up in the last ``dagen_na_gesprek`` days, and those with
  an open task on her name;
- every scope but ``geen``: clients with an appointment with her;
- ``caseload``: the own caseload, and with ``team_ziet_team`` that of the own team;
- ``team``: the clients of the own team's klantmanagers and clients without one, and
  those with an open task for a back office she leads (toewijzing.toml ``onder``; a
  teamleider without a team sees every client);
- ``taken`` (a back office): clients with an open task for her team, and those of tasks
  she handled in the last ``dagen_na_gesprek`` days;
- ``geen``: no client at all.

Someone outside that reach, in a role with ``met_reden``, may ask for access with a
reason ("toegang met reden"): valid until the end of the day, audited, and shown to the
teamleiders for review (``services/dossier/toegang.py``). What several roles give adds up.

Services call ``require`` before they read or write; a refusal raises ``NoAccess`` and
is audited in a transaction of its own (it survives the caller's rollback).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake_desktop.config.toegang import PARTS, Toegang
from intake_desktop.db.models import (
    Client,
    Staff,
    StaffRole,
)
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.roles import Actor
from intake_desktop.services.core.access_facts import Facts, exists_where
from intake_desktop.services.core.errors import AccountInactive, NotAllowed  # noqa: F401
from intake_desktop.services.core.hidden_rows import hidden_client_exists, hidden_row
from intake_desktop.services.core.store import Store

REVIEW_TASK = "toegang_met_reden"  # Task.kind: a teamleider reviews a grant with a reason

PART_LABELS = {
    "identiteit": QT_TRANSLATE_NOOP("access", "identiteit"),
    "contact": QT_TRANSLATE_NOOP("access", "contactgegevens"),
    "aanmeldingen": QT_TRANSLATE_NOOP("access", "aanmeldingen"),
    "gesprekken": QT_TRANSLATE_NOOP("access", "gesprekken"),
    "afspraken": QT_TRANSLATE_NOOP("access", "afspraken en taken"),
    "notities": QT_TRANSLATE_NOOP("access", "notities"),
    "plannen": QT_TRANSLATE_NOOP("access", "trajectplannen"),
    "inburgering": QT_TRANSLATE_NOOP("access", "inburgering"),
    "bsn": QT_TRANSLATE_NOOP("access", "volledige BSN"),
}


class NoAccess(NotAllowed):
    """Outside the actor's need to know. ``may_ask``: "toegang met reden" is possible."""

    context = "access"

    def __init__(self, part: str, may_ask: bool):
        if may_ask:
            message = QT_TRANSLATE_NOOP(
                "access",
                "Deze klant valt buiten uw werk: u mag de {part} niet zien of wijzigen. "
                "Hebt u een reden, vraag dan 'toegang met reden' (tot het einde van de dag; "
                "de teamleider ziet het).",
            )
        else:
            message = QT_TRANSLATE_NOOP(
                "access", "Met uw rol mag u de {part} van deze klant niet zien of wijzigen."
            )
        super().__init__(message, part=PART_LABELS.get(part, part))
        self.part, self.may_ask = part, may_ask


class SearchNotAllowed(NotAllowed):
    context = "access"

    def __init__(self):
        super().__init__(QT_TRANSLATE_NOOP("access", "Met uw rol zoekt u geen klanten op."))


@dataclass(frozen=True)
class ClientAccess:
    """What the actor may do with one client."""

    read: frozenset[str]
    change: frozenset[str]
    full_bsn: bool
    may_ask: bool  # outside the reach of some role that may ask with a reason
    with_reason: bool  # inside only thanks to a grant with a reason

    def may_read(self, part: str) -> bool:
        return part in self.read

    @property
    def whole_dossier(self) -> bool:
        """Every part and the full BSN: what an inzage report needs."""
        return self.full_bsn and set(PARTS) <= self.read

    def may_change(self, part: str) -> bool:
        return part in self.change


NOTHING = ClientAccess(frozenset(), frozenset(), False, False, False)


def end_of_day(now: datetime | None = None) -> datetime:
    """Midnight at the end of today, local time, as an aware UTC moment."""
    local = (now or utcnow()).astimezone()
    midnight = datetime.combine(local.date() + timedelta(days=1), time(0), local.tzinfo)
    return midnight.astimezone(utcnow().tzinfo)


def client_access(session: Session, store: Store, actor: Actor, client: Client) -> ClientAccess:
    """The parts of this client's dossier the actor may read and change."""
    rules: Toegang = store.config.toegang
    if not session.scalar(select(Staff.active).where(Staff.id == actor.staff_id)):
        raise AccountInactive()
    # The roles as the store has them now, not as the caller says (a role taken away
    # while the window was open no longer counts; a made-up one never did).
    stored = set(
        session.scalars(select(StaffRole.role).where(StaffRole.staff_id == actor.staff_id))
    )
    facts = Facts(session, store, actor, client, utcnow())
    read: set[str] = set()
    change: set[str] = set()
    full_bsn = may_ask = with_reason = False
    for code in sorted(actor.roles & stored):
        role = rules.of(code)
        if role is None or not role.lezen:
            continue
        inside = facts.in_reach(role.klanten)
        if not inside and role.met_reden:
            inside = facts.granted
            with_reason = with_reason or inside
            may_ask = may_ask or not inside
        if inside:
            read.update(role.lezen)
            change.update(role.wijzigen)
            full_bsn = full_bsn or role.volledig_bsn
    return ClientAccess(frozenset(read), frozenset(change), full_bsn, may_ask, with_reason)


def holds(session: Session, actor: Actor, *roles: str) -> bool:
    """Whether the actor holds one of ``roles`` as the store has them now (not only as
    the caller says: a role taken away while the window was open counts no longer)."""
    wanted = actor.roles.intersection(roles)
    if not wanted:
        return False
    return exists_where(
        session, StaffRole.staff_id == actor.staff_id, StaffRole.role.in_(sorted(wanted))
    )


class RegisterNotAllowed(NotAllowed):
    context = "access"
    template = QT_TRANSLATE_NOOP("access", "Met uw rol schrijft u geen aanmeldingen in.")


def may_register(store: Store, actor: Actor) -> bool:
    """An aanmelding registers (or finds) a client: roles that change identities of all
    clients and search them, the counter's (toegang.toml)."""
    return _any_role(store, actor, lambda role: role.zoeken and "identiteit" in role.wijzigen)


def _any_role(store: Store, actor: Actor, test) -> bool:
    rules: Toegang = store.config.toegang
    return any((role := rules.of(code)) is not None and test(role) for code in actor.roles)


def may_search(store: Store, actor: Actor) -> bool:
    return _any_role(store, actor, lambda role: role.zoeken)


def may_ask_with_reason(store: Store, actor: Actor) -> bool:
    return _any_role(store, actor, lambda role: role.met_reden)


def refuse(store: Store, actor: Actor, client_id, part: str, may_ask: bool, what: str) -> None:
    """Audit the refusal in its own transaction, then raise ``NoAccess``."""
    from intake_desktop.services.core import audit

    audit.record_standalone(
        store,
        actor,
        audit.REFUSED,
        client_id=client_id,
        entity="client",
        entity_id=client_id,
        details={"deel": part, "handeling": what},
    )
    raise NoAccess(part, may_ask)


def live_client(
    session: Session,
    store: Store,
    actor: Actor,
    client_id,
    part: str = "identiteit",
    what: str | None = None,
) -> Client | None:
    """The client's row, or None when there is no such (live) client. In server mode
    row-level security hides a client outside the need to know: that is a refusal
    (``NoAccess``, audited, with "toegang met reden" where the role may ask), as on
    one PC, not "does not exist". On a store bound to the signed-in person, a call in
    anyone else's name stops here, before anything is read (``audit.check_actor``)."""
    from intake_desktop.services.core import audit

    audit.check_actor(session, actor)
    client = session.get(Client, client_id)
    if client is not None:
        return client if client.deleted_at is None else None
    if store.staff_login and not session.scalar(
        select(Staff.active).where(Staff.id == actor.staff_id)
    ):
        raise AccountInactive()  # the server hides every client from her now
    if hidden_client_exists(session, store, client_id):
        refuse(store, actor, client_id, part, may_ask_with_reason(store, actor), what or "lezen")
    return None


def client_or(
    session: Session,
    store: Store | None,
    actor: Actor | None,
    client_id,
    missing: Exception,
    part: str = "identiteit",
    what: str | None = None,
) -> Client:
    """The live client, or ``missing`` raised when there is none. With the store and the
    actor, a client the server hides from her is a refusal naming ``part`` (the part
    the caller was about to read: ``live_client``)."""
    if store is not None and actor is not None:
        client = live_client(session, store, actor, client_id, part, what)
    else:
        client = session.get(Client, client_id)
        client = client if client is not None and client.deleted_at is None else None
    if client is None:
        raise missing
    return client


def refuse_hidden(
    session: Session, store: Store, actor: Actor, table: str, row_id, part: str, what: str
) -> None:
    """Server mode: a refusal (audited, naming ``part``) when the row is one the server
    hides from her; nothing when there is no such row (the caller says "not found")."""
    hidden, client_id = hidden_row(session, store, table, row_id)
    if hidden:
        refuse(store, actor, client_id, part, may_ask_with_reason(store, actor), what)


def require(
    session: Session,
    store: Store,
    actor: Actor,
    client: Client,
    *parts: str,
    change: bool = False,
    what: str | None = None,
) -> ClientAccess:
    """The actor's access to ``client``, or ``NoAccess`` (audited, naming the first part
    missing) when one of ``parts`` may not be read (or, with ``change``, changed).
    ``what``: the action named in the audit (default lezen / wijzigen)."""
    unknown = [part for part in parts if part not in PARTS]
    if unknown or not parts:
        raise ValueError(f"unknown part of a dossier: {unknown or parts}")
    access = client_access(session, store, actor, client)
    allowed = access.may_change if change else access.may_read
    missing = [part for part in parts if not allowed(part)]
    if missing:
        action = what or ("wijzigen" if change else "lezen")
        refuse(store, actor, client.id, missing[0], access.may_ask, action)
    return access
