"""The voortgangsgesprek (progress talk): how the client is doing, the life domains and
the participatieladder again (next to the last time), the trajectplan's goals, the
lawfulness check, and whether the client is still in the right klantgroep.

Here: what the dialog shows before (``previous``, ``preview``) and ``hold_talk``. The
talk as stored (an IntakeRecord of kind "voortgangsgesprek" with its scores and rung) is
in ``voortgang_record``; what it sets in motion (the planned appointment held, a group
change, the next talk, tasks, the trajectplan's next version) in ``voortgang_effects``;
all in one transaction.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select

from intake_desktop.db.models import (
    Appointment,
    Assessment,
    Client,
    IntakeDomainAnswer,
    IntakeRecord,
    Staff,
)
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.roles import KLANTMANAGER, TEAMLEIDER, Actor
from intake_desktop.domain.statuses import AppointmentStatus, ClientStatus, PlanStatus
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.balie.ambitiegesprek_effects import progress_talk_dates
from intake_desktop.services.core import access, audit
from intake_desktop.services.core.store import Store
from intake_desktop.services.traject import trajectplan, voortgang_effects, voortgang_record
from intake_desktop.services.traject.errors import (
    ClientNotFound,
    GroupChangedMeanwhile,
    TalkNotAllowed,
    TrajectClosed,
)
from intake_desktop.services.traject.voortgang_record import KIND, VoortgangInput

# A planned talk this many days ahead may still be the one held today (held early).
EARLY_DAYS = 28

STRESS = {
    1: QT_TRANSLATE_NOOP("voortgang", "1 – geen stress"),
    2: QT_TRANSLATE_NOOP("voortgang", "2 – een beetje stress"),
    3: QT_TRANSLATE_NOOP("voortgang", "3 – redelijk wat stress"),
    4: QT_TRANSLATE_NOOP("voortgang", "4 – veel stress"),
    5: QT_TRANSLATE_NOOP("voortgang", "5 – zeer veel stress, er is direct hulp nodig"),
}


def movement(before: int | None, now: int | None) -> str:
    """↑ better, ↓ worse, = the same; empty when one of the two is unknown."""
    if before is None or now is None:
        return ""
    return "↑" if now > before else ("↓" if now < before else "=")


@dataclass(frozen=True)
class GoalLine:
    position: int
    domain_code: str
    description: str
    status: str
    due_on: date | None


@dataclass(frozen=True)
class PlannedTalk:
    id: uuid.UUID
    starts_at: datetime
    at_home: bool
    due: bool  # started, or within EARLY_DAYS: this talk is probably the one held now


@dataclass(frozen=True)
class Previous:
    """What the dialog shows next to the new answers."""

    client_name: str
    klantgroep: str
    client_status: str
    scores: dict[str, int]  # the last score per domain code
    ladder_rung: int | None
    ladder_target: int | None
    stress: int | None  # at the last progress talk
    last_talk_at: datetime | None
    plan_id: uuid.UUID | None
    plan_row_version: int | None
    plan_version_no: int | None
    plan_status: str
    goals: tuple[GoalLine, ...]
    planned: PlannedTalk | None
    later_talk: datetime | None  # the planned talk after ``planned``
    klantmanager_functie: str | None  # code, to foresee a reassignment
    rechtmatigheid_task_due: datetime | None


@dataclass(frozen=True)
class VoortgangResult:
    record_id: uuid.UUID
    klantgroep: str
    group_changed: bool
    appointment_held: uuid.UUID | None
    next_talk: datetime | None
    reassignment_task: bool
    plan_version_no: int | None  # when the trajectplan changed
    task_ids: list[uuid.UUID]


def _allowed(store: Store, actor: Actor) -> None:
    if not actor.has(KLANTMANAGER, TEAMLEIDER):
        raise audit.refusal(store, actor, TalkNotAllowed())


def _client(session, client_id, store=None, actor=None, part="gesprekken") -> Client:
    return access.client_or(session, store, actor, client_id, ClientNotFound(), part)


def _last_scores(session, client_id) -> dict[str, int]:
    """Per domain the newest score of an ambitiegesprek or progress talk."""
    rows = session.execute(
        select(IntakeDomainAnswer.domain_code, IntakeDomainAnswer.score)
        .join(IntakeRecord, IntakeRecord.id == IntakeDomainAnswer.intake_id)
        .where(
            IntakeRecord.client_id == client_id,
            IntakeRecord.kind.in_(["ambitiegesprek", KIND]),
            IntakeRecord.status == "afgerond",
            IntakeDomainAnswer.score.is_not(None),
        )
        .order_by(IntakeRecord.conducted_at)
    )
    return {code: score for code, score in rows}  # later rows overwrite earlier ones


def _planned(session, store: Store, client_id) -> tuple[PlannedTalk | None, datetime | None]:
    """The first planned progress talk of the client, and when the one after it is."""
    talks = session.scalars(
        select(Appointment)
        .where(
            Appointment.client_id == client_id,
            Appointment.kind == store.config.ambitie.progress_appointment_type,
            Appointment.status == AppointmentStatus.GEPLAND,
            Appointment.deleted_at.is_(None),
        )
        .order_by(Appointment.starts_at)
        .limit(2)
    ).all()
    if not talks:
        return None, None
    first = talks[0]
    due = first.starts_at <= utcnow() + timedelta(days=EARLY_DAYS)
    later = talks[1].starts_at if len(talks) > 1 else None
    return PlannedTalk(first.id, first.starts_at, first.at_home, due), later


def _last_talk(session, client_id) -> tuple[IntakeRecord | None, int | None]:
    """The last progress talk and the stress recorded with it."""
    last_talk = session.scalar(
        select(IntakeRecord)
        .where(IntakeRecord.client_id == client_id, IntakeRecord.kind == KIND)
        .order_by(IntakeRecord.conducted_at.desc())
        .limit(1)
    )
    if last_talk is None:
        return None, None
    details = session.scalar(select(Assessment.details).where(Assessment.intake_id == last_talk.id))
    return last_talk, (details or {}).get("stress")


def _goal_lines(plan) -> tuple[GoalLine, ...]:
    if plan is None:
        return ()
    return tuple(
        GoalLine(g.position, g.domain_code, g.description, g.status, g.due_on)
        for g in plan.goals
        if g.deleted_at is None
    )


def previous(store: Store, actor: Actor, client_id: uuid.UUID) -> Previous:
    """The last scores, rung and stress, the klantgroep, the plan's goals and the planned
    talk. Audited as a view of the client."""
    _allowed(store, actor)
    with store.transaction() as session:
        client = _client(session, client_id, store, actor)
        access.require(session, store, actor, client, "gesprekken")
        if client.status == ClientStatus.AFGESLOTEN:  # said before the dialog opens
            raise TrajectClosed()
        assessment = session.scalar(
            select(Assessment)
            .where(Assessment.client_id == client_id, Assessment.ladder_rung.is_not(None))
            .order_by(Assessment.assessed_at.desc())
            .limit(1)
        )
        last_talk, stress = _last_talk(session, client_id)
        plan = trajectplan.latest_plan(session, client_id)
        functie = (
            session.scalar(select(Staff.functie).where(Staff.id == client.klantmanager_id))
            if client.klantmanager_id
            else None
        )
        planned, later = _planned(session, store, client_id)
        audit.record(
            session,
            actor,
            audit.VIEW,
            client_id=client_id,
            entity="client",
            entity_id=client_id,
            workstation=store.workstation,
        )
        return Previous(
            client_name=client.full_name,
            klantgroep=client.klantgroep or "",
            client_status=client.status,
            scores=_last_scores(session, client_id),
            ladder_rung=assessment.ladder_rung if assessment else None,
            ladder_target=assessment.ladder_target if assessment else None,
            stress=stress,
            last_talk_at=last_talk.conducted_at if last_talk else None,
            plan_id=plan.id if plan else None,
            plan_row_version=plan.version if plan else None,
            plan_version_no=plan.version_no if plan else None,
            plan_status=plan.status if plan else "",
            goals=_goal_lines(plan),
            planned=planned,
            later_talk=later,
            klantmanager_functie=functie,
            rechtmatigheid_task_due=voortgang_effects.open_lawfulness_due(session, client_id),
        )


@dataclass(frozen=True)
class Preview:
    """What saving the talk will set in motion, to show before it is saved."""

    klantgroep: str
    group_changes: bool
    next_talk: datetime | None  # planned already, or about when it will be planned
    next_is_planned: bool
    reassign_functie: str  # the function's name when another klantmanager is wanted
    plan_changes: bool
    plan_version_no: int | None
    closes_lawfulness: bool


def preview(store: Store, prev: Previous, data: VoortgangInput) -> Preview:
    """No database: the answers so far against what the dialog was opened with."""
    changing = data.right_group is False and bool(store.config.klantgroep(data.new_group))
    code = data.new_group if changing else prev.klantgroep
    planned = None
    if not changing and prev.planned is not None:
        planned = prev.later_talk if data.appointment_id == prev.planned.id else None
        planned = planned or (prev.planned.starts_at if data.appointment_id is None else None)
    group = store.config.klantgroep(code)
    dates = progress_talk_dates(group.voortgang_per_jaar if group else 0, utcnow())
    functie = ""
    wanted = store.config.toewijzing.functie_for(code)
    if changing and wanted and prev.klantmanager_functie not in (None, wanted.code):
        functie = wanted.naam
    stored = {g.position: g.status for g in prev.goals}
    plan_changes = any(stored.get(g.position, g.status) != g.status for g in data.goals)
    return Preview(
        code,
        changing,
        planned or (dates[0] if dates else None),
        planned is not None,
        functie,
        plan_changes,
        (prev.plan_version_no or 0) + (prev.plan_status == PlanStatus.ONDERTEKEND)
        if plan_changes
        else None,
        data.lawfulness_checked and prev.rechtmatigheid_task_due is not None,
    )


def _audit_talk(
    session, store: Store, actor: Actor, client: Client, record, data, *, before, changing, held
) -> None:
    audit.record(
        session,
        actor,
        audit.CREATE,
        client_id=client.id,
        entity=KIND,
        entity_id=record.id,
        workstation=store.workstation,
        details={
            "klantgroep": client.klantgroep,
            **({"vorige_klantgroep": before} if changing else {}),
            "groep_gewijzigd": changing,
            "thuis": data.at_home,
            "rechtmatigheid": data.lawfulness_checked,
            "scores": sum(1 for s in data.scores.values() if s is not None),
            "doelen": len(data.goals),
            "afspraak_gehouden": held is not None,
        },
    )


def hold_talk(
    store: Store, actor: Actor, client_id: uuid.UUID, data: VoortgangInput
) -> VoortgangResult:
    """Record the talk and all it sets in motion, in one transaction."""
    _allowed(store, actor)
    errors = voortgang_record.check(store, data)
    if errors:
        raise ValidationFailed(errors)
    now = utcnow()
    changing = data.right_group is False
    with store.transaction() as session:
        client = _client(session, client_id, store, actor)
        access.require(session, store, actor, client, "gesprekken", change=True)
        if client.status == ClientStatus.AFGESLOTEN:
            raise TrajectClosed()
        if (client.klantgroep or "") != data.klantgroep_before:
            raise GroupChangedMeanwhile()
        record = voortgang_record.record(session, actor, client_id, data, now)
        before = client.klantgroep or ""
        held = voortgang_effects.mark_held(session, store, actor, client_id, data, now)
        voortgang_effects.close_discussed_tasks(session, actor, client_id, now)
        reassign = None
        if changing:
            reassign = voortgang_effects.change_group(
                session, store, actor, client, data.new_group, data.reason, record, now
            )
        new_tasks = [reassign] if reassign is not None else []
        new_tasks += voortgang_effects.lawfulness_tasks(
            session, store, actor, client, data.lawfulness_checked, now
        )
        next_talk = voortgang_effects.plan_next_talk(
            session, store, actor, client, changing, data.next_at_home, now
        )
        plan_version = voortgang_effects.update_plan(session, store, actor, client, data, next_talk)
        session.add_all(new_tasks)
        session.flush()
        _audit_talk(
            session, store, actor, client, record, data, before=before, changing=changing, held=held
        )
        return VoortgangResult(
            record.id,
            client.klantgroep,
            changing,
            held,
            next_talk,
            reassign is not None,
            plan_version,
            [t.id for t in new_tasks],
        )
