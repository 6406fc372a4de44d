"""Appointments: the day's agenda per staff member, and recording what happened."""

from __future__ import annotations

import uuid
import weakref
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, or_, select, text

from intake_desktop.db.models import Appointment, Client, Staff
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.roles import BEHEERDER, TEAMLEIDER, WISSELWACHTER, Actor
from intake_desktop.domain.statuses import AppointmentStatus, step
from intake_desktop.services.agenda import maatregel
from intake_desktop.services.agenda.errors import (
    AlreadyRecorded,
    AppointmentNotFound,
    MayNotRecord,
    NotStartedYet,
)
from intake_desktop.services.core import access, audit, reach
from intake_desktop.services.core.store import Store

MSG_FIRST_MISS = QT_TRANSLATE_NOOP(
    "intake",
    "Niet verschenen vastgelegd. Dit is de eerste gemiste afspraak: de klant wordt "
    "opgeroepen, en bij deze eerste oproep volgt geen sanctie.",
)
MSG_AGAIN_MISSED = QT_TRANSLATE_NOOP(
    "intake",
    "Niet verschenen vastgelegd. De klant heeft eerder een afspraak gemist "
    "({count} keer nu): de klantmanager krijgt een voorstel voor een maatregel om te "
    "beoordelen.",
)


@dataclass(frozen=True)
class AgendaRow:
    id: uuid.UUID
    starts_at: datetime
    ends_at: datetime | None
    kind: str
    client_id: uuid.UUID | None
    client_name: str
    location: str
    staff_name: str
    with_party: str
    status: str
    documents_to_bring: str


def day_agenda(
    store: Store, actor: Actor, day: date, staff_id: uuid.UUID | None = None
) -> list[AgendaRow]:
    """The appointments of ``day`` (of one staff member, or of everyone): her own, and
    those with clients whose appointments she may see (services/core/reach.py, the part
    "afspraken"); a colleague's appointment with a client outside her reach is left out,
    as row-level security leaves it out in server mode."""
    start = datetime.combine(day, time.min).astimezone()
    stmt = (
        select(
            Appointment,
            Client.first_names,
            Client.tussenvoegsel,
            Client.surname,
            Staff.display_name,
        )
        .outerjoin(Client, Client.id == Appointment.client_id)
        .outerjoin(Staff, Staff.id == Appointment.staff_id)
        .where(
            Appointment.starts_at >= start,
            Appointment.starts_at < start + timedelta(days=1),
            Appointment.deleted_at.is_(None),
        )
        .order_by(Appointment.starts_at)
    )
    if staff_id is not None:
        stmt = stmt.where(Appointment.staff_id == staff_id)
    with store.reading() as session:
        seen = reach.condition(session, store, actor, "afspraken", client_id=Appointment.client_id)
        stmt = stmt.where(or_(Appointment.staff_id == actor.staff_id, seen))
        return [
            AgendaRow(
                a.id,
                a.starts_at,
                a.ends_at,
                a.kind,
                a.client_id,
                " ".join(p for p in (first, tussen, surname) if p),
                a.location,
                staff or "",
                a.with_party or "",
                a.status,
                a.documents_to_bring,
            )
            for a, first, tussen, surname, staff in session.execute(stmt)
        ]


def busy_times(
    session,
    staff_ids: Iterable[uuid.UUID],
    since: datetime,
    until: datetime | None = None,
    *,
    except_id: uuid.UUID | None = None,
) -> list[tuple[uuid.UUID, datetime, datetime]]:
    """(staff member, begin, end) of the planned appointments of ``staff_ids`` that
    overlap ``since``-``until`` (no ``until``: from ``since`` on; one without an end
    lasts a moment): a colleague's free/busy, never with whom or what. In server mode
    row-level security hides appointments with clients outside the reader's need to
    know, so the server answers (``intake_security.busy_times``, db/server/functions.py)."""
    ids = list(staff_ids)
    if not ids:
        return []
    if _server_knows_busy_times(session):
        rows = session.execute(
            text(
                "SELECT staff_id, starts_at, ends_at FROM "
                "intake_security.busy_times(:ids, :since, :until, :except_id)"
            ),
            {"ids": ids, "since": since, "until": until, "except_id": except_id},
        )
    else:
        end = func.coalesce(Appointment.ends_at, Appointment.starts_at)
        stmt = select(Appointment.staff_id, Appointment.starts_at, end).where(
            Appointment.staff_id.in_(ids),
            Appointment.status == AppointmentStatus.GEPLAND,
            Appointment.deleted_at.is_(None),
            end > since,
        )
        if until is not None:
            stmt = stmt.where(Appointment.starts_at < until)
        if except_id is not None:
            stmt = stmt.where(Appointment.id != except_id)
        rows = session.execute(stmt)
    return [(staff_id, begin, end) for staff_id, begin, end in rows]


def next_planned(session, client_id, kind: str, since: datetime) -> Appointment | None:
    """The client's next planned appointment of this kind from ``since`` on."""
    return session.scalar(
        select(Appointment)
        .where(
            Appointment.client_id == client_id,
            Appointment.kind == kind,
            Appointment.status == AppointmentStatus.GEPLAND,
            Appointment.deleted_at.is_(None),
            Appointment.starts_at >= since,
        )
        .order_by(Appointment.starts_at)
        .limit(1)
    )


_SERVER_MODE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _server_knows_busy_times(session) -> bool:
    """A database in server mode (``server init``), asked once per engine."""
    engine = session.get_bind()
    if engine.dialect.name != "postgresql":
        return False
    known = _SERVER_MODE.get(engine)
    if known is None:
        known = bool(
            session.scalar(text("SELECT to_regproc('intake_security.busy_times') IS NOT NULL"))
        )
        _SERVER_MODE[engine] = known
    return known


def _recordable(session, store: Store, actor: Actor, appointment_id: uuid.UUID) -> Appointment:
    """The appointment whose outcome ``actor`` may record now, or a refusal."""
    appointment = session.get(Appointment, appointment_id)
    if appointment is None:
        raise AppointmentNotFound()
    _check_can_record(store, actor, appointment)
    access.require(
        session, store, actor, session.get(Client, appointment.client_id), "afspraken", change=True
    )
    return appointment


def _check_can_record(store: Store, actor: Actor, appointment: Appointment) -> None:
    """How an appointment went is recorded once, after it started, by the staff member
    it was with, a wisselwachter, or a teamleider."""
    if appointment.deleted_at is not None:
        raise AppointmentNotFound()
    if appointment.status != AppointmentStatus.GEPLAND:
        raise AlreadyRecorded()
    if appointment.starts_at > utcnow():
        raise NotStartedYet()
    if appointment.staff_id != actor.staff_id and not actor.has(
        TEAMLEIDER, BEHEERDER, WISSELWACHTER
    ):
        raise audit.refusal(store, actor, MayNotRecord(), appointment.client_id)


@dataclass(frozen=True)
class MissedResult:
    first_miss: bool
    message: str  # Dutch template, see MSG_*
    count: int
    call_up_task_id: uuid.UUID


def record_missed(store: Store, actor: Actor, appointment_id: uuid.UUID) -> MissedResult:
    """The client did not come: a call-up task follows; the first miss has no sanction."""
    with store.transaction() as session:
        appointment = _recordable(session, store, actor, appointment_id)
        step(appointment, AppointmentStatus.NIET_VERSCHENEN)
        appointment.updated_by = actor.staff_id
        session.flush()
        client = session.get(Client, appointment.client_id)
        missed = maatregel.after_a_miss(
            session,
            store,
            actor,
            client,
            "afspraak",
            staff_id=appointment.staff_id,
            appointment_id=appointment.id,
        )
        first, count = missed.first, missed.count
        audit.record(
            session,
            actor,
            audit.UPDATE,
            client_id=appointment.client_id,
            entity="afspraak",
            entity_id=appointment.id,
            workstation=store.workstation,
            details={"status": AppointmentStatus.NIET_VERSCHENEN.value, "keer": count},
        )
        return MissedResult(
            first, MSG_FIRST_MISS if first else MSG_AGAIN_MISSED, count, missed.call_up_task_id
        )


def cancel_in_session(session, store: Store, actor: Actor, appointments: list[Appointment]) -> None:
    """Cancel these appointments in the caller's transaction, one audit row each."""
    for appointment in appointments:
        step(appointment, AppointmentStatus.GEANNULEERD)
        appointment.updated_by = actor.staff_id
        audit.record(
            session,
            actor,
            audit.UPDATE,
            client_id=appointment.client_id,
            entity="afspraak",
            entity_id=appointment.id,
            workstation=store.workstation,
            details={"velden": ["status"], "status": AppointmentStatus.GEANNULEERD.value},
        )


def record_held(store: Store, actor: Actor, appointment_id: uuid.UUID) -> None:
    with store.transaction() as session:
        appointment = _recordable(session, store, actor, appointment_id)
        step(appointment, AppointmentStatus.GEHOUDEN)
        appointment.updated_by = actor.staff_id
        audit.record(
            session,
            actor,
            audit.UPDATE,
            client_id=appointment.client_id,
            entity="afspraak",
            entity_id=appointment.id,
            workstation=store.workstation,
            details={"status": AppointmentStatus.GEHOUDEN.value},
        )
