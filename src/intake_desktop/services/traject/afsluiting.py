"""The end of a traject (beëindigingsonderzoek); reopening it is in
``afsluiting_heropenen``.

Closing (``close_traject``), in one transaction:
- a ``Afsluiting`` row: reason (afsluiting.toml), the klantgroep at closure, for outflow
  to work the sector and hours per week, how each goal of the trajectplan ended, a note;
- the client's status becomes "afgesloten": the caseload triggers (migration 0005) take
  the client out of the klantmanager's caseload count, no code here counts;
- the trajectplan is finished (status afgerond) through trajectplan_status;
- outflow to work (``werk = true``): one aftercare (nazorg) task per configured entry for
  the client's klantmanager, due ``dagen`` after the closing date (the start of work);
- a hand-over to the income consultants (``overdracht = true``): a task for the chosen
  inkomensconsulent (or, when none is chosen, for the teamleiders to hand it out) and a
  note in the dossier, so the consultant sees the hand-over in the werkvoorraad and why
  in the dossier;
- what was still planned stops: future planned appointments and every planned progress
  talk (an overdue one too: the rhythm of talks ends) are cancelled, open tasks lapse
  (status "vervallen", nobody did them; the new aftercare and hand-over tasks excepted).
  The result says how many, so the screen can tell the user.

The plan's goals are checked against the plan row's version the screen was opened with:
a plan saved meanwhile replaces its goal rows, so the closure is refused as stale and the
screen reloads.

Who: the client's own klantmanager, or a teamleider. Audit: entity "beeindiging", with
the reason code and counts, never the note; each cancelled appointment and the hand-over
note have their own row.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from intake_desktop.config.afsluiting import NazorgTaak, Reden
from intake_desktop.db.models import Afsluiting, Appointment, Client, Trajectplan
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.roles import Actor
from intake_desktop.domain.statuses import ClientStatus, PlanStatus, step
from intake_desktop.domain.text import tidy
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.agenda import agenda
from intake_desktop.services.core import access, audit, tasks
from intake_desktop.services.core.errors import StaleVersion
from intake_desktop.services.core.store import Store
from intake_desktop.services.traject import afsluiting_effects, trajectplan, trajectplan_status
from intake_desktop.services.traject.afsluiting_queries import (
    check_role,
    check_version,
    client_of,
    goals_of,
    handover_target,
    income_consultants,
    latest_closure,
    staff_name,
    stopping_appointments,
)
from intake_desktop.services.traject.errors import AlreadyClosed

MIN_HOURS, MAX_HOURS = 1, 60
MAX_NOTE = 4000
DAYS_BACK, DAYS_AHEAD = 365, 31  # how far the closing date may lie from today

MSG_REASON = QT_TRANSLATE_NOOP("afsluiting", "Kies de reden waarom het traject eindigt.")
MSG_DATE = QT_TRANSLATE_NOOP("afsluiting", "Vul de datum van afsluiting in als dd-mm-jjjj.")
MSG_DATE_AHEAD = QT_TRANSLATE_NOOP(
    "afsluiting", "De datum van afsluiting ligt hoogstens een maand vooruit."
)
MSG_DATE_BACK = QT_TRANSLATE_NOOP(
    "afsluiting", "De datum van afsluiting ligt hoogstens een jaar terug."
)
MSG_SECTOR = QT_TRANSLATE_NOOP("afsluiting", "Kies de sector waarin de klant gaat werken.")
MSG_HOURS = QT_TRANSLATE_NOOP(
    "afsluiting", "Vul het aantal uren per week in: een heel getal van 1 tot en met 60."
)
MSG_OUTCOME = QT_TRANSLATE_NOOP("afsluiting", "Kies hoe dit doel is afgelopen.")
MSG_NOTE = QT_TRANSLATE_NOOP(
    "afsluiting", "De toelichting heeft hoogstens 4000 tekens. Maak haar korter."
)


@dataclass(frozen=True)
class GoalRow:
    goal_id: uuid.UUID
    domain: str  # the life domain's name
    description: str
    status: str  # open, bezig, behaald, niet_behaald (domain/trajectplan.GOAL_STATUS)


@dataclass(frozen=True)
class PlannedRow:
    """A future appointment or an open task that the closure stops."""

    id: uuid.UUID
    at: datetime | None  # start or due moment (UTC)
    title: str


@dataclass(frozen=True)
class ClosureInfo:
    id: uuid.UUID
    closed_on: date
    reason: str  # code
    reason_name: str
    sector: str
    hours_per_week: int | None
    closed_by: str
    reopened_at: datetime | None
    note: str  # shown to the teamleider who hands out a hand-over


@dataclass(frozen=True)
class AfsluitingContext:
    """What the closure and reopen screens show and need."""

    client_id: uuid.UUID
    client_name: str
    client_version: int  # for optimistic locking
    status: str
    klantgroep: str  # code, "" when none
    klantgroep_naam: str
    klantmanager: str
    plan_id: uuid.UUID | None
    plan_version: int | None  # the plan row's version: its goals are the ones shown
    plan_status: str
    goals: tuple[GoalRow, ...]  # each needs an outcome (validation key goal_<n>, 1-based)
    redenen: tuple[Reden, ...]
    sectoren: tuple[str, ...]
    doeluitkomsten: tuple[str, ...]
    nazorg: tuple[NazorgTaak, ...]
    appointments: tuple[PlannedRow, ...]  # cancelled on closure
    open_tasks: tuple[PlannedRow, ...]  # lapse on closure
    inkomensconsulenten: tuple[tuple[uuid.UUID, str], ...]
    last_closure: ClosureInfo | None


@dataclass
class AfsluitingInput:
    reason: str = ""
    closed_on: date | None = None  # the end of the traject (on work: the first day)
    sector: str = ""
    hours_per_week: int | None = None
    goal_outcomes: dict[str, str] = field(default_factory=dict)  # str(goal id) -> outcome
    note: str = ""
    handover_to: uuid.UUID | None = None  # inkomensconsulent (overdracht); None: teamleider
    # The plan the outcomes are about, as shown (AfsluitingContext.plan_id/plan_version);
    # a plan saved since then is refused as stale. None: not checked.
    plan_id: uuid.UUID | None = None
    plan_version: int | None = None


@dataclass(frozen=True)
class AfsluitingResult:
    afsluiting_id: uuid.UUID
    nazorg_tasks: tuple[PlannedRow, ...]
    handover_task: PlannedRow | None
    handover_to: str  # the consultant's name, "" when the teamleiders hand it out
    appointments_cancelled: int
    tasks_closed: int  # open tasks that lapsed
    plan_finished: bool


# --- reading ---------------------------------------------------------------------------
def _closure_info(session, store: Store, row: Afsluiting | None) -> ClosureInfo | None:
    if row is None:
        return None
    reden = store.config.afsluiting.reden(row.reason)
    return ClosureInfo(
        row.id,
        row.closed_on,
        row.reason,
        reden.naam if reden else row.reason,
        row.sector or "",
        row.hours_per_week,
        staff_name(session, row.closed_by),
        row.reopened_at,
        row.note or "",
    )


def _appointment_title(store: Store, appointment: Appointment) -> str:
    kind = store.config.appointment_type(appointment.kind)
    return kind.naam if kind else (appointment.with_party or appointment.kind)


def _context(session, store: Store, client: Client, plan, closure) -> AfsluitingContext:
    config = store.config.afsluiting
    group = store.config.klantgroep(client.klantgroep) if client.klantgroep else None
    return AfsluitingContext(
        client_id=client.id,
        client_name=client.full_name,
        client_version=client.version,
        status=client.status,
        klantgroep=client.klantgroep or "",
        klantgroep_naam=group.naam if group else "",
        klantmanager=staff_name(session, client.klantmanager_id),
        plan_id=plan.id if plan else None,
        plan_version=plan.version if plan else None,
        plan_status=plan.status if plan else "",
        goals=tuple(
            GoalRow(g.id, store.config.domain_name(g.domain_code), g.description, g.status)
            for g in goals_of(plan)
        ),
        redenen=config.redenen,
        sectoren=config.sectoren,
        doeluitkomsten=config.doeluitkomsten,
        nazorg=config.nazorg,
        appointments=tuple(
            PlannedRow(a.id, a.starts_at, _appointment_title(store, a))
            for a in stopping_appointments(session, store, client.id, utcnow())
        ),
        open_tasks=tuple(
            PlannedRow(t.id, t.due_at, t.title) for t in tasks.open_tasks(session, client.id)
        ),
        inkomensconsulenten=tuple(income_consultants(session)),
        last_closure=_closure_info(session, store, closure),
    )


def prepare(store: Store, actor: Actor, client_id: uuid.UUID) -> AfsluitingContext:
    """What the closure (or reopen) screen needs. Audited as a view."""
    with store.transaction() as session:
        client = client_of(session, client_id, store, actor)
        check_role(store, actor, client)
        access.require(session, store, actor, client, "plannen")
        plan = trajectplan.latest_plan(session, client_id)
        closure = latest_closure(session, client_id)
        audit.record(
            session,
            actor,
            audit.VIEW,
            client_id=client_id,
            entity="beeindiging",
            entity_id=closure.id if closure else None,
            workstation=store.workstation,
        )
        return _context(session, store, client, plan, closure)


# --- closing ---------------------------------------------------------------------------
def _check(store: Store, data: AfsluitingInput, goals: list, today: date) -> dict[str, str]:
    config = store.config.afsluiting
    errors: dict[str, str] = {}
    reden = config.reden(data.reason)
    if reden is None:
        errors["reason"] = MSG_REASON
    if data.closed_on is None:
        errors["closed_on"] = MSG_DATE
    elif data.closed_on > today + timedelta(days=DAYS_AHEAD):
        errors["closed_on"] = MSG_DATE_AHEAD
    elif data.closed_on < today - timedelta(days=DAYS_BACK):
        errors["closed_on"] = MSG_DATE_BACK
    if reden is not None and reden.werk:
        if data.sector not in config.sectoren:
            errors["sector"] = MSG_SECTOR
        hours = data.hours_per_week
        if not isinstance(hours, int) or not MIN_HOURS <= hours <= MAX_HOURS:
            errors["hours_per_week"] = MSG_HOURS
    for n, goal in enumerate(goals, start=1):
        if data.goal_outcomes.get(str(goal.id)) not in config.doeluitkomsten:
            errors[f"goal_{n}"] = MSG_OUTCOME
    if len(tidy(data.note)) > MAX_NOTE:
        errors["note"] = MSG_NOTE
    return errors


def _closable_plan(session, client: Client, data: AfsluitingInput) -> Trajectplan | None:
    """The client's plan, refused as stale when it was saved since the screen showed its
    goals (a save replaces the goal rows and their ids)."""
    plan = trajectplan.latest_plan(session, client.id)
    if data.plan_version is not None and (
        plan is None or (plan.id, plan.version) != (data.plan_id, data.plan_version)
    ):
        raise StaleVersion(staff_name(session, plan.updated_by if plan else None))
    return plan


def _closure_row(
    actor: Actor, client: Client, reden: Reden, data: AfsluitingInput, goals: list
) -> Afsluiting:
    return Afsluiting(
        client_id=client.id,
        closed_on=data.closed_on,
        closed_by=actor.staff_id,
        reason=reden.code,
        klantgroep=client.klantgroep,
        sector=data.sector if reden.werk else None,
        hours_per_week=data.hours_per_week if reden.werk else None,
        goal_outcomes=[
            {
                "goal_id": str(g.id),
                "description": g.description,
                "outcome": data.goal_outcomes[str(g.id)],
            }
            for g in goals
        ],
        note=tidy(data.note),
        created_by=actor.staff_id,
        updated_by=actor.staff_id,
    )


def _audit_closure(session, store: Store, actor: Actor, row: Afsluiting, counts: dict) -> None:
    audit.record(
        session,
        actor,
        audit.CREATE,
        client_id=row.client_id,
        entity="beeindiging",
        entity_id=row.id,
        workstation=store.workstation,
        details={"reden": row.reason, **counts, "toelichting": bool(row.note)},
    )
    audit.record(
        session,
        actor,
        audit.UPDATE,
        client_id=row.client_id,
        entity="client",
        entity_id=row.client_id,
        workstation=store.workstation,
        details={"velden": ["status"], "status": ClientStatus.AFGESLOTEN},
    )


def close_traject(
    store: Store,
    actor: Actor,
    client_id: uuid.UUID,
    data: AfsluitingInput,
    expected_version: int | None,
) -> AfsluitingResult:
    """End the client's traject (see the module text for everything that happens).

    Raises ValidationFailed (per field: reason, closed_on, sector, hours_per_week,
    goal_<n>, note, handover_to), ClosureNotAllowed, ClientNotFound, StaleVersion (the
    client changed since ``expected_version``) or AlreadyClosed."""
    today = date.today()
    with store.transaction() as session:
        client = client_of(session, client_id, store, actor)
        check_role(store, actor, client)
        access.require(session, store, actor, client, "plannen", change=True)
        check_version(session, client, expected_version)
        if client.status == ClientStatus.AFGESLOTEN:
            raise AlreadyClosed()
        plan = _closable_plan(session, client, data)
        goals = goals_of(plan)
        errors = _check(store, data, goals, today)
        if errors:
            raise ValidationFailed(errors)
        reden = store.config.afsluiting.reden(data.reason)
        to, to_name = handover_target(session, data.handover_to) if reden.overdracht else (None, "")

        # What was still planned stops (before the new tasks are added).
        cancelled = stopping_appointments(session, store, client_id, utcnow())
        agenda.cancel_in_session(session, store, actor, cancelled)
        lapsed = tasks.open_tasks(session, client_id)
        tasks.lapse(lapsed, actor)

        row = _closure_row(actor, client, reden, data, goals)
        session.add(row)
        nazorg = afsluiting_effects.nazorg_tasks(store, actor, client, reden, data.closed_on)
        session.add_all(nazorg)
        handover = None
        if reden.overdracht:
            handover = afsluiting_effects.hand_over_to_income(
                session, store, actor, client, reden, to, data.note, today
            )

        step(client, ClientStatus.AFGESLOTEN)  # the caseload triggers take the client out
        client.updated_by = actor.staff_id
        plan_finished = plan is not None and plan.status != PlanStatus.AFGEROND
        if plan_finished:
            trajectplan_status.finish_in_session(session, store, actor, plan)
        session.flush()
        counts = {
            "nazorgtaken": len(nazorg),
            "overdracht": handover is not None,
            "doelen": len(goals),
            "afspraken_geannuleerd": len(cancelled),
            "taken_vervallen": len(lapsed),
        }
        _audit_closure(session, store, actor, row, counts)
        return AfsluitingResult(
            row.id,
            tuple(PlannedRow(t.id, t.due_at, t.title) for t in nazorg),
            PlannedRow(handover.id, handover.due_at, handover.title) if handover else None,
            to_name,
            len(cancelled),
            len(lapsed),
            plan_finished,
        )
