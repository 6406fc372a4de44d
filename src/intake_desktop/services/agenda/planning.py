"""Ambitiegesprekken with the existing caseload: who has not had one yet, in which order,
and booking many of them into free intake slots at once."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import and_, case, exists, func, not_, select

from intake_desktop.db.models import Appointment, Client, IntakeRecord, Staff, StaffRole
from intake_desktop.domain.calendar import months_between, slots
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.roles import BEHEERDER, TEAMLEIDER, WISSELWACHTER, Actor
from intake_desktop.domain.statuses import AppointmentStatus, ClientStatus
from intake_desktop.services.agenda import agenda
from intake_desktop.services.agenda.errors import MayNotPlan, NoIntaker, PlanningCancelled
from intake_desktop.services.core import audit, reach
from intake_desktop.services.core.store import Store

LIMIT = 500
PLANNERS = (TEAMLEIDER, BEHEERDER, WISSELWACHTER)
# The list shows names and plans appointments: who may see both of a client.
PLANNED_PARTS = ("identiteit", "afspraken")


@dataclass(frozen=True)
class PlanRow:
    client_id: uuid.UUID
    name: str
    klantgroep: str
    benefit_since: date | None

    def months_on_benefit(self, today: date | None = None) -> int | None:
        return months_between(self.benefit_since, today)


def _without_ambitiegesprek(appointment_kind: str):
    held = exists().where(
        IntakeRecord.client_id == Client.id, IntakeRecord.kind == "ambitiegesprek"
    )
    planned = exists().where(
        Appointment.client_id == Client.id,
        Appointment.kind == appointment_kind,
        Appointment.status == AppointmentStatus.GEPLAND,
    )
    # Only clients in a traject: not those still in intake (they get one anyway) or closed.
    return and_(
        Client.deleted_at.is_(None),
        Client.status == ClientStatus.IN_TRAJECT,
        not_(held),
        not_(planned),
    )


def candidates(
    store: Store, actor: Actor, order: str = "prioriteit", limit: int = LIMIT
) -> tuple[list[PlanRow], int]:
    """Clients without an ambitiegesprek (held or planned), first ``limit`` in ``order``
    ("prioriteit": configured group order, then longest on benefit; "maanden": longest
    on benefit first); also the total count. For those who plan (as ``book_in_bulk``),
    and only clients whose appointments they may see and plan (need to know,
    services/core/reach.py): the list and the count leave the others out. Audited as a
    view of the list."""
    if not actor.has(*PLANNERS):
        raise audit.refusal(store, actor, MayNotPlan())
    amb = store.config.ambitie
    rank = case(
        {code: i for i, code in enumerate(amb.planning_priority)},
        value=Client.klantgroep,
        else_=len(amb.planning_priority),
    )
    longest = (Client.benefit_since.is_(None), Client.benefit_since)
    ordering = (rank, *longest) if order == "prioriteit" else (*longest, rank)
    with store.transaction() as session:
        where = and_(
            _without_ambitiegesprek(amb.planning_appointment_type),
            reach.condition(session, store, actor, *PLANNED_PARTS),
        )
        stmt = (
            select(
                Client.id,
                Client.first_names,
                Client.tussenvoegsel,
                Client.surname,
                Client.klantgroep,
                Client.benefit_since,
            )
            .where(where)
            .order_by(*ordering, Client.search_name)
            .limit(limit)
        )
        total = session.scalar(select(func.count()).select_from(Client).where(where)) or 0
        # A list of clients on screen: who looked is recorded.
        audit.record(
            session,
            actor,
            audit.VIEW,
            entity="planning",
            workstation=store.workstation,
            details={"klanten": min(total, limit)},
        )
        rows = [
            PlanRow(
                row.id,
                " ".join(p for p in (row.first_names, row.tussenvoegsel, row.surname) if p),
                row.klantgroep or "",
                row.benefit_since,
            )
            for row in session.execute(stmt)
        ]
    return rows, total


@dataclass(frozen=True)
class Booked:
    client_id: uuid.UUID
    starts_at: datetime
    intaker: str


def book_in_bulk(
    store: Store,
    actor: Actor,
    client_ids: list[uuid.UUID],
    start: date,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Booked]:
    """Book each client into the next free slot of an intaker (a wisselwachter), spread
    over the intakers; one transaction, so a cancel books nobody. Each client must be one
    whose appointments the actor may change (need to know): one outside her reach
    refuses the whole booking (NoAccess, audited) before anything is booked."""
    if not actor.has(*PLANNERS):
        raise audit.refusal(store, actor, MayNotPlan())
    if start <= date.today():
        start = date.today() + timedelta(days=1)
    amb = store.config.ambitie
    kind = store.config.appointment_type(amb.planning_appointment_type)
    length = timedelta(minutes=kind.duur_minuten)
    booked: list[Booked] = []
    with store.transaction() as session:
        intakers = _intakers(session)
        if not intakers:
            raise NoIntaker()
        # Every chosen client first (on a server one she may not see is hidden, so the
        # filter below would drop her silently), then those still without a talk.
        reach.require_all(
            session, store, actor, client_ids, "afspraken", change=True, what="inplannen"
        )
        client_ids = _still_without(session, client_ids, amb.planning_appointment_type)
        busy = _busy(session, [i.id for i in intakers])

        def free(staff_id, at) -> bool:
            return all(
                not (at < end and begin < at + length) for begin, end in busy.get(staff_id, ())
            )

        free_slots = (
            (at, staff)
            for at in slots(start, amb.planning_days, amb.planning_times)
            for staff in intakers
        )
        for done, client_id in enumerate(client_ids, start=1):
            at, (staff_id, staff_name) = next(s for s in free_slots if free(s[1].id, s[0]))
            _book(session, store, actor, kind, client_id, at, staff_id)
            busy.setdefault(staff_id, []).append((at, at + length))
            booked.append(Booked(client_id, at, staff_name))
            if cancelled and cancelled():
                raise PlanningCancelled()
            if progress:
                progress(done, len(client_ids))
    return booked


def _intakers(session) -> list:
    """The active wisselwachters, (id, display_name) by name."""
    return list(
        session.execute(
            select(Staff.id, Staff.display_name)
            .join(StaffRole, StaffRole.staff_id == Staff.id)
            .where(
                StaffRole.role == WISSELWACHTER,
                Staff.active.is_(True),
                Staff.deleted_at.is_(None),
            )
            .order_by(Staff.display_name)
        )
    )


def _still_without(session, client_ids: list[uuid.UUID], kind: str) -> list[uuid.UUID]:
    """Those still without an ambitiegesprek now (a stale list or a colleague planning
    at the same time must not give anyone two), in the order given."""
    still_open = set(
        session.scalars(
            select(Client.id).where(Client.id.in_(client_ids), _without_ambitiegesprek(kind))
        )
    )
    return [c for c in client_ids if c in still_open]


def _busy(session, staff_ids: list) -> dict[uuid.UUID, list[tuple[datetime, datetime]]]:
    """The planned appointments from now on of these staff members, as (begin, end)."""
    busy: dict[uuid.UUID, list[tuple[datetime, datetime]]] = {}
    for staff_id, begin, end in agenda.busy_times(session, staff_ids, utcnow()):
        busy.setdefault(staff_id, []).append((begin, end))
    return busy


def _book(session, store: Store, actor: Actor, kind, client_id, at: datetime, staff_id) -> None:
    length = timedelta(minutes=kind.duur_minuten)
    appointment = Appointment(
        client_id=client_id,
        kind=kind.code,
        starts_at=at,
        ends_at=at + length,
        location=kind.locatie,
        staff_id=staff_id,
        with_party=kind.naam,
        documents_to_bring="\n".join(kind.meenemen),
        created_by=actor.staff_id,
    )
    session.add(appointment)
    session.flush()
    audit.record(
        session,
        actor,
        audit.CREATE,
        client_id=client_id,
        entity="afspraak",
        entity_id=appointment.id,
        workstation=store.workstation,
        details={"soort": kind.code},
    )
