"""The "Mijn caseload" screen: a klantmanager's open clients with what is next for each
(appointment, progress talk, open and overdue tasks), one's own or, for a teamleider,
anyone's."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select

from intake_desktop.db.models import (
    Appointment,
    Client,
    KickoffBooking,
    KickoffSession,
    KlantgroepKeuze,
    Task,
)
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.roles import TEAMLEIDER, Actor
from intake_desktop.domain.statuses import AppointmentStatus, ClientStatus, TaskStatus
from intake_desktop.services.agenda.kickoff_presence import INVITED
from intake_desktop.services.caseload.errors import OthersCaseload
from intake_desktop.services.caseload.toewijzing_inputs import chunks, staff_infos
from intake_desktop.services.core import audit, reach
from intake_desktop.services.core.store import Store

# The list shows who the clients are and what is next for each (appointments, tasks).
LIST_PARTS = ("identiteit", "afspraken")


@dataclass(frozen=True)
class CaseloadClient:
    client_id: uuid.UUID
    name: str
    birth_date: date | None
    klantgroep: str
    status: str
    next_appointment: datetime | None
    next_progress_talk: datetime | None
    open_tasks: int
    overdue_tasks: int
    acute: bool
    choice_deviates: bool


def clients_of(store: Store, actor: Actor, staff_id: uuid.UUID) -> list[CaseloadClient]:
    """A klantmanager's open clients with what is next for each: one's own, or anyone's
    for a teamleider, of the clients in her reach (need to know: name and appointments,
    services/core/reach.py; a teamleider of another team gets an empty list). Audited
    as a view of the list."""
    if staff_id != actor.staff_id and not actor.has(TEAMLEIDER):
        raise audit.refusal(store, actor, OthersCaseload())
    now = utcnow()
    progress_kind = store.config.ambitie.progress_appointment_type
    with store.reading() as session:
        inside = reach.condition(session, store, actor, *LIST_PARTS)
        rows = session.execute(
            select(
                Client.id,
                Client.first_names,
                Client.tussenvoegsel,
                Client.surname,
                Client.birth_date,
                Client.klantgroep,
                Client.status,
            )
            .where(
                Client.klantmanager_id == staff_id,
                Client.status != ClientStatus.AFGESLOTEN,
                Client.deleted_at.is_(None),
                inside,
            )
            .order_by(Client.search_name, Client.first_names)
        ).all()
        ids = [r.id for r in rows]
        next_any, next_talk = _next_appointments(session, ids, now, progress_kind)
        tasks = _open_tasks(session, ids, staff_id, now)
        deviates = _latest_deviation(session, ids)
    audit.record_standalone(
        store,
        actor,
        audit.VIEW,
        entity="caseload",
        entity_id=staff_id,
        details={"klanten": len(rows)},
    )
    return [
        CaseloadClient(
            r.id,
            " ".join(p for p in (r.first_names, r.tussenvoegsel, r.surname) if p),
            r.birth_date,
            r.klantgroep or "",
            r.status,
            next_any.get(r.id),
            next_talk.get(r.id),
            tasks[r.id][0] if r.id in tasks else 0,
            tasks[r.id][1] if r.id in tasks else 0,
            tasks[r.id][2] if r.id in tasks else False,
            bool(deviates.get(r.id, False)),
        )
        for r in rows
    ]


def _next_appointments(session, ids: list, now: datetime, progress_kind: str):
    """Per client the next planned appointment of any kind, and the next progress talk."""
    next_any: dict = {}
    next_talk: dict = {}
    for part in chunks(ids):
        for client_id, kind, starts in session.execute(
            select(Appointment.client_id, Appointment.kind, func.min(Appointment.starts_at))
            .where(
                Appointment.client_id.in_(part),
                Appointment.status == AppointmentStatus.GEPLAND,
                Appointment.deleted_at.is_(None),
                Appointment.starts_at >= now,
            )
            .group_by(Appointment.client_id, Appointment.kind)
        ):
            if client_id not in next_any or starts < next_any[client_id]:
                next_any[client_id] = starts
            if kind == progress_kind:
                next_talk[client_id] = starts
        # A booked kick-off is the next appointment too.
        for client_id, starts in session.execute(
            select(KickoffBooking.client_id, func.min(KickoffSession.starts_at))
            .join(KickoffSession, KickoffSession.id == KickoffBooking.session_id)
            .where(
                KickoffBooking.client_id.in_(part),
                KickoffBooking.status == INVITED,
                KickoffBooking.deleted_at.is_(None),
                KickoffSession.starts_at >= now,
            )
            .group_by(KickoffBooking.client_id)
        ):
            if client_id not in next_any or starts < next_any[client_id]:
                next_any[client_id] = starts
    return next_any, next_talk


def _open_tasks(session, ids: list, staff_id: uuid.UUID, now: datetime) -> dict:
    """Per client [open tasks, overdue tasks, acute] of this klantmanager."""
    tasks: dict = defaultdict(lambda: [0, 0, False])
    for part in chunks(ids):
        for client_id, due, urgent, kind in session.execute(
            select(Task.client_id, Task.due_at, Task.urgent, Task.kind).where(
                Task.client_id.in_(part),
                Task.status == TaskStatus.OPEN,
                Task.deleted_at.is_(None),
                Task.assigned_to == staff_id,
            )
        ):
            entry = tasks[client_id]
            entry[0] += 1
            if due is not None and due < now:
                entry[1] += 1
            if urgent or kind == "acuut":
                entry[2] = True
    return tasks


def _latest_deviation(session, ids: list) -> dict:
    """Per client whether the latest klantgroep choice deviates from the advice."""
    deviates: dict = {}
    for part in chunks(ids):
        for client_id, flag in session.execute(
            select(KlantgroepKeuze.client_id, KlantgroepKeuze.deviates_from_advice)
            .where(KlantgroepKeuze.client_id.in_(part))
            .order_by(KlantgroepKeuze.client_id, KlantgroepKeuze.decided_at.desc())
        ):
            deviates.setdefault(client_id, flag)
    return deviates


def klantmanager_options(store: Store) -> list[tuple[uuid.UUID, str]]:
    """(id, name) of every active klantmanager, for a choice list: staff, no client."""
    with store.reading() as session:
        return sorted(
            ((s.id, s.name) for s in staff_infos(session, store, date.today())),
            key=lambda item: item[1],
        )
