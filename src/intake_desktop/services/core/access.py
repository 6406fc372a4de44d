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
- ``team``: the clients of the own team's klantmanagers and clients without one (a
  teamleider without a team sees every client);
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

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from intake_desktop.config.toegang import PARTS, RoleAccess, Toegang
from intake_desktop.db.models import (
    Aanmelding,
    Appointment,
    Client,
    IntakeRecord,
    Staff,
    Task,
    ToegangMetReden,
)
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.roles import Actor
from intake_desktop.domain.statuses import AanmeldingStatus, TaskStatus
from intake_desktop.services.core.errors import NotAllowed
from intake_desktop.services.core.store import Store

OPEN_AANMELDING = (
    AanmeldingStatus.WACHT_OP_POORTWACHTER,
    AanmeldingStatus.IN_SCREENING,
    AanmeldingStatus.WACHT_OP_QUICKSCAN,
)

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


class AccountInactive(NotAllowed):
    """The account was deactivated while its window was open: cut off at the next call."""

    context = "access"
    template = QT_TRANSLATE_NOOP(
        "access",
        "Uw account is niet meer actief. Sluit het programma en neem contact op met de beheerder.",
    )


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

    def may_change(self, part: str) -> bool:
        return part in self.change


NOTHING = ClientAccess(frozenset(), frozenset(), False, False, False)


def end_of_day(now: datetime | None = None) -> datetime:
    """Midnight at the end of today, local time, as an aware UTC moment."""
    local = (now or utcnow()).astimezone()
    midnight = datetime.combine(local.date() + timedelta(days=1), time(0), local.tzinfo)
    return midnight.astimezone(utcnow().tzinfo)


def _team_of(session: Session, staff_id) -> str | None:
    return session.scalar(select(Staff.team).where(Staff.id == staff_id))


def _in_queue_reach(session: Session, actor: Actor, client_id, days: int, now) -> bool:
    since = now - timedelta(days=days)
    local = now.astimezone()
    start_of_today = datetime.combine(local.date(), time(0), local.tzinfo)
    aanmelding = exists().where(
        Aanmelding.client_id == client_id,
        Aanmelding.deleted_at.is_(None),
        or_(
            Aanmelding.status.in_(OPEN_AANMELDING),
            Aanmelding.registered_at >= start_of_today,
            (Aanmelding.picked_up_by == actor.staff_id) & (Aanmelding.registered_at >= since),
        ),
    )
    talked = exists().where(
        IntakeRecord.client_id == client_id,
        IntakeRecord.conducted_by == actor.staff_id,
        IntakeRecord.conducted_at >= since,
    )
    # A task on her name for this client (a deadline after the quickscan) is work too.
    task = exists().where(
        Task.client_id == client_id,
        Task.assigned_to == actor.staff_id,
        Task.status == TaskStatus.OPEN,
        Task.deleted_at.is_(None),
    )
    return bool(session.scalar(select(aanmelding | talked | task)))


def _in_reach(
    session: Session, rules: Toegang, role: RoleAccess, actor: Actor, client: Client, now
) -> bool:
    scope = role.klanten
    if scope == "alle":
        return True
    if scope == "geen":
        return False
    if _has_appointment_with(session, actor, client.id):
        return True  # an appointment with her (a kick-off, a work-first intake)
    if scope == "wachtrij":
        return _in_queue_reach(session, actor, client.id, rules.days_after_talk, now)
    if client.klantmanager_id == actor.staff_id:
        return True
    if scope == "caseload" and not rules.team_sees_team:
        return False
    team = _team_of(session, actor.staff_id)
    if scope == "team" and team is None:
        return True  # a teamleider of the whole Werkplein
    if client.klantmanager_id is None:
        return scope == "team"
    return team is not None and _team_of(session, client.klantmanager_id) == team


def _has_appointment_with(session: Session, actor: Actor, client_id) -> bool:
    return bool(
        session.scalar(
            select(
                exists().where(
                    Appointment.client_id == client_id,
                    Appointment.staff_id == actor.staff_id,
                    Appointment.deleted_at.is_(None),
                )
            )
        )
    )


def _has_grant(session: Session, actor: Actor, client_id, now) -> bool:
    return bool(
        session.scalar(
            select(
                exists().where(
                    ToegangMetReden.staff_id == actor.staff_id,
                    ToegangMetReden.client_id == client_id,
                    ToegangMetReden.valid_until > now,
                )
            )
        )
    )


def client_access(session: Session, store: Store, actor: Actor, client: Client) -> ClientAccess:
    """The parts of this client's dossier the actor may read and change."""
    rules: Toegang = store.config.toegang
    if not session.scalar(select(Staff.active).where(Staff.id == actor.staff_id)):
        raise AccountInactive()
    now = utcnow()
    read: set[str] = set()
    change: set[str] = set()
    full_bsn = may_ask = with_reason = False
    granted: bool | None = None  # looked up once, when needed
    for code in sorted(actor.roles):
        role = rules.of(code)
        if role is None or not role.lezen:
            continue
        inside = _in_reach(session, rules, role, actor, client, now)
        if not inside and role.met_reden:
            if granted is None:
                granted = _has_grant(session, actor, client.id, now)
            inside = granted
            with_reason = with_reason or granted
            may_ask = may_ask or not granted
        if inside:
            read.update(role.lezen)
            change.update(role.wijzigen)
            full_bsn = full_bsn or role.volledig_bsn
    return ClientAccess(frozenset(read), frozenset(change), full_bsn, may_ask, with_reason)


class RegisterNotAllowed(NotAllowed):
    context = "access"
    template = QT_TRANSLATE_NOOP("access", "Met uw rol schrijft u geen aanmeldingen in.")


def may_register(store: Store, actor: Actor) -> bool:
    """An aanmelding registers (or finds) a client: roles that change identities of all
    clients and search them, the counter's (toegang.toml)."""
    rules: Toegang = store.config.toegang
    return any(
        (r := rules.of(code)) is not None and r.zoeken and "identiteit" in r.wijzigen
        for code in actor.roles
    )


def may_search(store: Store, actor: Actor) -> bool:
    rules: Toegang = store.config.toegang
    return any((r := rules.of(code)) is not None and r.zoeken for code in actor.roles)


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


def require(
    session: Session,
    store: Store,
    actor: Actor,
    client: Client,
    part: str,
    *,
    change: bool = False,
) -> ClientAccess:
    """The actor's access to ``client``, or ``NoAccess`` (audited) when ``part`` may not
    be read (or, with ``change``, changed)."""
    if part not in PARTS:
        raise ValueError(f"unknown part of a dossier: {part}")
    access = client_access(session, store, actor, client)
    allowed = access.may_change(part) if change else access.may_read(part)
    if not allowed:
        refuse(store, actor, client.id, part, access.may_ask, "wijzigen" if change else "lezen")
    return access
