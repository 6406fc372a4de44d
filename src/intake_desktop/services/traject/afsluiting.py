"""The end of a traject (beëindigingsonderzoek) and reopening it.

Closing (``close_traject``), in one transaction:
- a ``Beeindiging`` row: reason (afsluiting.toml), the klantgroep at closure, for outflow
  to work the sector and hours per week, how each goal of the trajectplan ended, a note;
- the client's status becomes "afgesloten": the caseload triggers (migration 0005) take
  the client out of the klantmanager's caseload count, no code here counts;
- the trajectplan is finished (status afgerond) through services/trajectplan;
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

Reopening (``reopen_traject``), in one transaction: the latest closure gets
reopened_at/by/reason (a client closed before closures were recorded has no row, and gets
none: the outflow figures stay true), the client is "in_traject" again (back in the
caseload count), open aftercare and hand-over tasks lapse (they were about the job or the
hand-over that ended; the klantmanager makes new agreements), the progress talks and the
lawfulness task of the client's group are planned again (services/voortgang_effects), and
a new concept trajectplan is started (a returning client starts a new plan).

Who: the client's own klantmanager, or a teamleider (the teamleider also hands an income
hand-over to a consultant: ``hand_over``). Audit: entity "beeindiging", with the reason
code and counts, never the note or the reopening reason; each cancelled appointment, the
hand-over note and the new plan have their own row.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import or_, select

from intake_desktop.config.afsluiting import NazorgTaak, Reden
from intake_desktop.db.models import (
    Appointment,
    Beeindiging,
    Client,
    Staff,
    Task,
    Trajectplan,
)
from intake_desktop.domain.calendar import at_local
from intake_desktop.domain.client_status import AFGESLOTEN, IN_TRAJECT
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.roles import KLANTMANAGER, TEAMLEIDER, Actor
from intake_desktop.domain.text import tidy
from intake_desktop.domain.trajectplan import AFGEROND
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.agenda import agenda
from intake_desktop.services.core import audit
from intake_desktop.services.core.errors import NotAllowed, NotFound, ServiceError, StaleVersion
from intake_desktop.services.core.store import Store
from intake_desktop.services.dossier import notes
from intake_desktop.services.traject import trajectplan, voortgang_effects

NAZORG = "nazorg"  # Task.kind of an aftercare task
OVERDRACHT = "overdracht_inkomen"  # Task.kind of a hand-over to the income consultants
INCOME_FUNCTIE = "inkomensconsulent"  # Staff.functie (toewijzing.toml)
MIN_HOURS, MAX_HOURS = 1, 60
MAX_NOTE = 4000
MAX_REOPEN_REASON = 1000
DAYS_BACK, DAYS_AHEAD = 365, 31  # how far the closing date may lie from today
DUE_HOUR = 17  # aftercare tasks are due at the end of their day

MSG_ALLOWED = QT_TRANSLATE_NOOP(
    "afsluiting",
    "Een traject sluit de klantmanager van de klant af of heropent het (of de teamleider).",
)
MSG_NO_CLIENT = QT_TRANSLATE_NOOP("afsluiting", "Deze klant bestaat niet (meer).")
MSG_CLOSED = QT_TRANSLATE_NOOP("afsluiting", "Het traject van deze klant is al afgesloten.")
MSG_NOT_CLOSED = QT_TRANSLATE_NOOP(
    "afsluiting", "Het traject van deze klant is niet afgesloten; heropenen kan dus niet."
)
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
MSG_HANDOVER = QT_TRANSLATE_NOOP(
    "afsluiting", "Kies een inkomensconsulent uit de lijst, of laat de teamleider kiezen."
)
MSG_REOPEN_REASON = QT_TRANSLATE_NOOP("afsluiting", "Schrijf op waarom het traject weer opengaat.")
MSG_REOPEN_LONG = QT_TRANSLATE_NOOP(
    "afsluiting", "De reden heeft hoogstens 1000 tekens. Maak haar korter."
)
MSG_HANDOUT_ALLOWED = QT_TRANSLATE_NOOP(
    "afsluiting", "Een overdracht wijst de teamleider toe aan een inkomensconsulent."
)
MSG_CONSULTANT = QT_TRANSLATE_NOOP(
    "afsluiting", "Kies de inkomensconsulent die de klant overneemt."
)
MSG_NO_HANDOVER = QT_TRANSLATE_NOOP(
    "afsluiting", "Deze klant heeft geen open overdracht (meer) aan de inkomensconsulenten."
)

# Stored texts (task titles, the dossier note): Dutch data, like the configured titles.
HANDOVER_TITLE = "Overdracht: klant overnemen voor inkomen (traject afgesloten, werk niet in zicht)"
HANDOVER_NOTE = "Traject afgesloten en overgedragen aan de inkomensconsulenten: {reason}."
HANDOVER_DAYS = 5  # the consultant picks the client up within a working week


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
    beeindiging_id: uuid.UUID
    nazorg_tasks: tuple[PlannedRow, ...]
    handover_task: PlannedRow | None
    handover_to: str  # the consultant's name, "" when the teamleiders hand it out
    appointments_cancelled: int
    tasks_closed: int  # open tasks that lapsed
    plan_finished: bool


@dataclass(frozen=True)
class ReopenResult:
    beeindiging_id: uuid.UUID | None  # None: closed before closures were recorded
    tasks_closed: int  # open aftercare and hand-over tasks (lapsed)
    plan_id: uuid.UUID | None  # the new concept plan
    next_talk: datetime | None  # the progress talk planned for the client's group


def nazorg_dates(store: Store, reason: str, closed_on: date) -> list[tuple[str, date]]:
    """The aftercare tasks a closure with this reason makes: (title, due date)."""
    reden = store.config.afsluiting.reden(reason)
    if reden is None or not reden.werk:
        return []
    return [(n.titel, closed_on + timedelta(days=n.dagen)) for n in store.config.afsluiting.nazorg]


# --- helpers ---------------------------------------------------------------------------
def _client(session, client_id: uuid.UUID) -> Client:
    client = session.get(Client, client_id)
    if client is None or client.deleted_at is not None:
        raise NotFound(MSG_NO_CLIENT)
    return client


def _check_role(actor: Actor, client: Client) -> None:
    if actor.has(TEAMLEIDER):
        return
    if actor.has(KLANTMANAGER) and client.klantmanager_id == actor.staff_id:
        return
    raise NotAllowed(MSG_ALLOWED)


def _check_version(session, client: Client, expected_version: int | None) -> None:
    if expected_version is not None and client.version != expected_version:
        raise StaleVersion(_name(session, client.updated_by))


def _name(session, staff_id) -> str:
    if staff_id is None:
        return ""
    return session.scalar(select(Staff.display_name).where(Staff.id == staff_id)) or ""


def _goals(plan: Trajectplan | None) -> list:
    if plan is None:
        return []
    return [g for g in plan.goals if g.deleted_at is None]


def _stopping_appointments(
    session, store: Store, client_id: uuid.UUID, now: datetime
) -> list[Appointment]:
    """Planned appointments the closure cancels: those still to come, and every planned
    progress talk (an overdue one would otherwise come back as due after a reopen). Other
    past appointments stay, to be recorded as held or missed."""
    return list(
        session.scalars(
            select(Appointment)
            .where(
                Appointment.client_id == client_id,
                Appointment.status == "gepland",
                Appointment.deleted_at.is_(None),
                or_(
                    Appointment.starts_at >= now,
                    Appointment.kind == store.config.ambitie.progress_appointment_type,
                ),
            )
            .order_by(Appointment.starts_at)
        )
    )


def _lapse(tasks: list[Task], actor: Actor) -> None:
    """Nobody did these tasks: they lapse (as after an ambitiegesprek), no done_by."""
    for task in tasks:
        task.status = "vervallen"
        task.updated_by = actor.staff_id


def _open_tasks(session, client_id: uuid.UUID, kinds: tuple[str, ...] = ()) -> list[Task]:
    stmt = select(Task).where(
        Task.client_id == client_id, Task.status == "open", Task.deleted_at.is_(None)
    )
    if kinds:
        stmt = stmt.where(Task.kind.in_(kinds))
    return list(session.scalars(stmt.order_by(Task.due_at)))


def _income_consultants(session) -> list[tuple[uuid.UUID, str]]:
    rows = session.execute(
        select(Staff.id, Staff.display_name)
        .where(
            Staff.functie == INCOME_FUNCTIE,
            Staff.active.is_(True),
            Staff.deleted_at.is_(None),
        )
        .order_by(Staff.display_name)
    )
    return [(staff_id, name) for staff_id, name in rows]


def _latest_closure(session, client_id: uuid.UUID) -> Beeindiging | None:
    return session.scalar(
        select(Beeindiging)
        .where(Beeindiging.client_id == client_id, Beeindiging.deleted_at.is_(None))
        .order_by(Beeindiging.created_at.desc())
        .limit(1)
    )


def _closure_info(session, store: Store, row: Beeindiging | None) -> ClosureInfo | None:
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
        _name(session, row.closed_by),
        row.reopened_at,
        row.note or "",
    )


def _appointment_title(store: Store, appointment: Appointment) -> str:
    kind = store.config.appointment_type(appointment.kind)
    return kind.naam if kind else (appointment.with_party or appointment.kind)


# --- reading ---------------------------------------------------------------------------
def prepare(store: Store, actor: Actor, client_id: uuid.UUID) -> AfsluitingContext:
    """What the closure (or reopen) screen needs. Audited as a view."""
    config = store.config.afsluiting
    with store.transaction() as session:
        client = _client(session, client_id)
        _check_role(actor, client)
        plan = trajectplan.latest_plan(session, client_id)
        goals = _goals(plan)
        now = utcnow()
        group = store.config.klantgroep(client.klantgroep) if client.klantgroep else None
        closure = _latest_closure(session, client_id)
        audit.record(
            session,
            actor,
            audit.VIEW,
            client_id=client_id,
            entity="beeindiging",
            entity_id=closure.id if closure else None,
            workstation=store.workstation,
        )
        return AfsluitingContext(
            client_id=client.id,
            client_name=client.full_name,
            client_version=client.version,
            status=client.status,
            klantgroep=client.klantgroep or "",
            klantgroep_naam=group.naam if group else "",
            klantmanager=_name(session, client.klantmanager_id),
            plan_id=plan.id if plan else None,
            plan_version=plan.version if plan else None,
            plan_status=plan.status if plan else "",
            goals=tuple(
                GoalRow(g.id, store.config.domain_name(g.domain_code), g.description, g.status)
                for g in goals
            ),
            redenen=config.redenen,
            sectoren=config.sectoren,
            doeluitkomsten=config.doeluitkomsten,
            nazorg=config.nazorg,
            appointments=tuple(
                PlannedRow(a.id, a.starts_at, _appointment_title(store, a))
                for a in _stopping_appointments(session, store, client_id, now)
            ),
            open_tasks=tuple(
                PlannedRow(t.id, t.due_at, t.title) for t in _open_tasks(session, client_id)
            ),
            inkomensconsulenten=tuple(_income_consultants(session)),
            last_closure=_closure_info(session, store, closure),
        )


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


def _handover_target(session, data: AfsluitingInput) -> tuple[uuid.UUID | None, str]:
    if data.handover_to is None:
        return None, ""
    for staff_id, name in _income_consultants(session):
        if staff_id == data.handover_to:
            return staff_id, name
    raise ValidationFailed({"handover_to": MSG_HANDOVER})


def close_traject(
    store: Store,
    actor: Actor,
    client_id: uuid.UUID,
    data: AfsluitingInput,
    expected_version: int | None,
) -> AfsluitingResult:
    """End the client's traject (see the module text for everything that happens).

    Raises ValidationFailed (per field: reason, closed_on, sector, hours_per_week,
    goal_<n>, note, handover_to), NotAllowed, NotFound, StaleVersion (the client changed
    since ``expected_version``) or ServiceError (already closed)."""
    config = store.config.afsluiting
    today = date.today()
    with store.transaction() as session:
        client = _client(session, client_id)
        _check_role(actor, client)
        _check_version(session, client, expected_version)
        if client.status == AFGESLOTEN:
            raise ServiceError(MSG_CLOSED)
        plan = trajectplan.latest_plan(session, client_id)
        if data.plan_version is not None and (
            plan is None or (plan.id, plan.version) != (data.plan_id, data.plan_version)
        ):  # the plan was saved meanwhile: its goals (and their ids) may differ
            raise StaleVersion(_name(session, plan.updated_by if plan else None))
        goals = _goals(plan)
        errors = _check(store, data, goals, today)
        if errors:
            raise ValidationFailed(errors)
        reden = config.reden(data.reason)
        handover_id, handover_name = (
            _handover_target(session, data) if reden.overdracht else (None, "")
        )
        now = utcnow()
        closed_on = data.closed_on

        # What was still planned stops (before the new tasks are added).
        cancelled = _stopping_appointments(session, store, client_id, now)
        agenda.cancel_in_session(session, store, actor, cancelled)
        closed_tasks = _open_tasks(session, client_id)
        _lapse(closed_tasks, actor)

        row = Beeindiging(
            client_id=client_id,
            closed_on=closed_on,
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
        session.add(row)

        nazorg_tasks = []
        owner = client.klantmanager_id or actor.staff_id
        for title, due in nazorg_dates(store, reden.code, closed_on):
            task = Task(
                client_id=client_id,
                kind=NAZORG,
                title=title[:200],
                due_at=at_local(due, DUE_HOUR),
                assigned_to=owner,
                created_by=actor.staff_id,
                updated_by=actor.staff_id,
            )
            session.add(task)
            nazorg_tasks.append(task)

        handover = None
        if reden.overdracht:
            handover = Task(
                client_id=client_id,
                kind=OVERDRACHT,
                title=HANDOVER_TITLE,
                due_at=at_local(today + timedelta(days=HANDOVER_DAYS), DUE_HOUR),
                assigned_to=handover_id,
                assigned_role=None if handover_id else TEAMLEIDER,
                created_by=actor.staff_id,
                updated_by=actor.staff_id,
            )
            session.add(handover)
            body = HANDOVER_NOTE.format(reason=reden.naam)
            if tidy(data.note):
                body += "\n" + tidy(data.note)
            notes.note_in_session(session, store, actor, client_id, body, source="afsluiting")

        client.status = AFGESLOTEN  # the caseload triggers take the client out
        client.updated_by = actor.staff_id
        plan_finished = False
        if plan is not None and plan.status != AFGEROND:
            trajectplan.finish_in_session(session, store, actor, plan)
            plan_finished = True
        session.flush()
        audit.record(
            session,
            actor,
            audit.CREATE,
            client_id=client_id,
            entity="beeindiging",
            entity_id=row.id,
            workstation=store.workstation,
            details={
                "reden": reden.code,
                "nazorgtaken": len(nazorg_tasks),
                "overdracht": handover is not None,
                "doelen": len(goals),
                "afspraken_geannuleerd": len(cancelled),
                "taken_vervallen": len(closed_tasks),
                "toelichting": bool(row.note),
            },
        )
        audit.record(
            session,
            actor,
            audit.UPDATE,
            client_id=client_id,
            entity="client",
            entity_id=client_id,
            workstation=store.workstation,
            details={"velden": ["status"], "status": AFGESLOTEN},
        )
        return AfsluitingResult(
            row.id,
            tuple(PlannedRow(t.id, t.due_at, t.title) for t in nazorg_tasks),
            PlannedRow(handover.id, handover.due_at, handover.title) if handover else None,
            handover_name,
            len(cancelled),
            len(closed_tasks),
            plan_finished,
        )


# --- reopening -------------------------------------------------------------------------
def _new_plan(
    session, store: Store, actor: Actor, client: Client, next_talk: datetime | None
) -> uuid.UUID | None:
    """A returning client starts a new concept plan (as trajectplan.open_plan with
    start_new), in this transaction; an unfinished plan of a client closed before
    closures were recorded stays the plan."""
    plan = trajectplan.latest_plan(session, client.id)
    if plan is not None and plan.status != AFGEROND:
        return plan.id
    next_on = next_talk.astimezone().date() if next_talk else None
    return trajectplan.new_plan_in_session(session, store, actor, client, next_on).id


def reopen_traject(
    store: Store,
    actor: Actor,
    client_id: uuid.UUID,
    reason: str,
    expected_version: int | None,
) -> ReopenResult:
    """Open a closed traject again (the client lost the job, came back, ...).

    Raises ValidationFailed (``reason``), NotAllowed, NotFound, StaleVersion or
    ServiceError (the traject is not closed)."""
    text = tidy(reason)
    if not text:
        raise ValidationFailed({"reason": MSG_REOPEN_REASON})
    if len(text) > MAX_REOPEN_REASON:
        raise ValidationFailed({"reason": MSG_REOPEN_LONG})
    with store.transaction() as session:
        client = _client(session, client_id)
        _check_role(actor, client)
        _check_version(session, client, expected_version)
        if client.status != AFGESLOTEN:
            raise ServiceError(MSG_NOT_CLOSED)
        now = utcnow()
        # None: closed before this program recorded closures. No row is made up for it
        # (a made-up closure would count in the outflow figures).
        row = _latest_closure(session, client_id)
        if row is not None:
            row.reopened_at = now
            row.reopened_by = actor.staff_id
            row.reopen_reason = text
            row.updated_by = actor.staff_id
        stopped = _open_tasks(session, client_id, (NAZORG, OVERDRACHT))
        _lapse(stopped, actor)
        client.status = IN_TRAJECT  # the caseload triggers count the client again
        client.updated_by = actor.staff_id
        # The rhythm of the client's group again: the next progress talk (a talk still
        # planned from before the closure makes way for it) and the lawfulness task.
        next_talk = voortgang_effects.plan_next_talk(
            session, store, actor, client, True, False, now
        )
        session.add_all(
            voortgang_effects.lawfulness_tasks(session, store, actor, client, False, now)
        )
        plan_id = _new_plan(session, store, actor, client, next_talk)
        session.flush()
        if row is not None:
            audit.record(
                session,
                actor,
                audit.UPDATE,
                client_id=client_id,
                entity="beeindiging",
                entity_id=row.id,
                workstation=store.workstation,
                details={
                    "velden": ["reopened_at", "reopened_by", "reopen_reason"],
                    "heropend": True,
                    "taken_vervallen": len(stopped),
                },
            )
        audit.record(
            session,
            actor,
            audit.UPDATE,
            client_id=client_id,
            entity="client",
            entity_id=client_id,
            workstation=store.workstation,
            details={"velden": ["status"], "status": IN_TRAJECT},
        )
        return ReopenResult(row.id if row else None, len(stopped), plan_id, next_talk)


# --- the hand-over to income ----------------------------------------------------------
def hand_over(
    store: Store, actor: Actor, client_id: uuid.UUID, consultant_id: uuid.UUID | None
) -> str:
    """The teamleider gives the open hand-over of a closed client to an income consultant
    (the task moves from the teamleiders to that person's werkvoorraad). Returns the
    consultant's name.

    Raises NotAllowed (not a teamleider), ValidationFailed (``handover_to``: no such
    consultant) or ServiceError (no open hand-over)."""
    if not actor.has(TEAMLEIDER):
        raise NotAllowed(MSG_HANDOUT_ALLOWED)
    with store.transaction() as session:
        _client(session, client_id)
        tasks = _open_tasks(session, client_id, (OVERDRACHT,))
        if not tasks:
            raise ServiceError(MSG_NO_HANDOVER)
        if consultant_id is None:
            raise ValidationFailed({"handover_to": MSG_CONSULTANT})
        staff_id, name = _handover_target(session, AfsluitingInput(handover_to=consultant_id))
        for task in tasks:
            task.assigned_to, task.assigned_role = staff_id, None
            task.updated_by = actor.staff_id
            audit.record(
                session,
                actor,
                audit.UPDATE,
                client_id=client_id,
                entity="taak",
                entity_id=task.id,
                workstation=store.workstation,
                details={"velden": ["assigned_to", "assigned_role"]},
            )
        return name
