"""The voortgangsgesprek (progress talk): how the client is doing, the life domains and
the participatieladder again (next to the last time), the trajectplan's goals, the
lawfulness check, and whether the client is still in the right klantgroep.

A talk is an IntakeRecord of kind "voortgangsgesprek" with its domain scores
(IntakeDomainAnswer) and its ladder rung (Assessment, stress in its details). What the
talk sets in motion (the planned appointment held, a group change, the next talk, tasks,
the trajectplan's next version) is in ``voortgang_effects``; all in one transaction.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import select

from intake_desktop.db.models import (
    Appointment,
    Assessment,
    Client,
    IntakeDomainAnswer,
    IntakeRecord,
    KlantgroepKeuze,
    Staff,
)
from intake_desktop.domain.client_status import AFGESLOTEN
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.roles import KLANTMANAGER, TEAMLEIDER, Actor
from intake_desktop.domain.text import clean, tidy
from intake_desktop.domain.trajectplan import GOAL_STATUS
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.core import audit
from intake_desktop.services.core.errors import NotAllowed, NotFound, ServiceError
from intake_desktop.services.core.store import Store
from intake_desktop.services.traject import trajectplan, voortgang_effects

KIND = "voortgangsgesprek"
# A planned talk this many days ahead may still be the one held today (held early).
EARLY_DAYS = 28

STRESS = {
    1: QT_TRANSLATE_NOOP("voortgang", "1 – geen stress"),
    2: QT_TRANSLATE_NOOP("voortgang", "2 – een beetje stress"),
    3: QT_TRANSLATE_NOOP("voortgang", "3 – redelijk wat stress"),
    4: QT_TRANSLATE_NOOP("voortgang", "4 – veel stress"),
    5: QT_TRANSLATE_NOOP("voortgang", "5 – zeer veel stress, er is direct hulp nodig"),
}
MSG_ALLOWED = QT_TRANSLATE_NOOP(
    "voortgang", "Het voortgangsgesprek voert de klantmanager (of de teamleider)."
)
MSG_CLOSED = QT_TRANSLATE_NOOP(
    "voortgang", "Het traject van deze klant is afgesloten: heropen het eerst."
)


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


@dataclass
class GoalProgress:
    position: int
    status: str
    note: str = ""


@dataclass
class VoortgangInput:
    klantgroep_before: str  # the group the dialog was opened with (optimistic check)
    stress: int | None = None
    summary: str = ""
    life_changes: str = ""
    income_changes: str = ""
    at_home: bool = False
    appointment_id: uuid.UUID | None = None
    scores: dict[str, int | None] = field(default_factory=dict)
    ladder_rung: int | None = None
    goals: list[GoalProgress] = field(default_factory=list)
    plan_row_version: int | None = None
    lawfulness_checked: bool = False
    right_group: bool | None = None
    new_group: str = ""
    reason: str = ""
    next_at_home: bool = False


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


def _allowed(actor: Actor) -> None:
    if not actor.has(KLANTMANAGER, TEAMLEIDER):
        raise NotAllowed(MSG_ALLOWED)


def _client(session, client_id) -> Client:
    client = session.get(Client, client_id)
    if client is None or client.deleted_at is not None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Deze klant bestaat niet (meer)."))
    return client


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
            Appointment.status == "gepland",
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


def previous(store: Store, actor: Actor, client_id: uuid.UUID) -> Previous:
    """The last scores, rung and stress, the klantgroep, the plan's goals and the planned
    talk. Audited as a view of the client."""
    _allowed(actor)
    with store.transaction() as session:
        client = _client(session, client_id)
        if client.status == AFGESLOTEN:  # said before the dialog opens, not at the end
            raise ServiceError(MSG_CLOSED)
        assessment = session.scalar(
            select(Assessment)
            .where(Assessment.client_id == client_id, Assessment.ladder_rung.is_not(None))
            .order_by(Assessment.assessed_at.desc())
            .limit(1)
        )
        last_talk = session.scalar(
            select(IntakeRecord)
            .where(IntakeRecord.client_id == client_id, IntakeRecord.kind == KIND)
            .order_by(IntakeRecord.conducted_at.desc())
            .limit(1)
        )
        stress = None
        if last_talk is not None:
            stress = session.scalar(
                select(Assessment.details).where(Assessment.intake_id == last_talk.id)
            )
            stress = (stress or {}).get("stress")
        plan = trajectplan.latest_plan(session, client_id)
        goals = (
            tuple(
                GoalLine(g.position, g.domain_code, g.description, g.status, g.due_on)
                for g in plan.goals
                if g.deleted_at is None
            )
            if plan
            else ()
        )
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
            goals=goals,
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
    from intake_desktop.services.balie.ambitiegesprek_effects import progress_talk_dates

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
        (prev.plan_version_no or 0) + (prev.plan_status == "ondertekend") if plan_changes else None,
        data.lawfulness_checked and prev.rechtmatigheid_task_due is not None,
    )


def _check(store: Store, data: VoortgangInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    if data.stress is None or not 1 <= data.stress <= 5:
        errors["stress"] = QT_TRANSLATE_NOOP(
            "voortgang", "Kies hoe het met de klant gaat: stress van 1 tot en met 5."
        )
    if data.ladder_rung is None or not 1 <= data.ladder_rung <= 6:
        errors["ladder_rung"] = QT_TRANSLATE_NOOP(
            "voortgang", "Kies de trede op de participatieladder (1 tot en met 6)."
        )
    domains = {d.code for d in store.config.domains}
    if any(
        code not in domains or (score is not None and not 1 <= score <= 5)
        for code, score in data.scores.items()
    ):
        errors["scores"] = QT_TRANSLATE_NOOP(
            "voortgang", "Een score is 1 tot en met 5, bij een bekend leefgebied."
        )
    if any(g.status not in GOAL_STATUS for g in data.goals):
        errors["goals"] = QT_TRANSLATE_NOOP("voortgang", "Kies bij elk doel de status.")
    if data.right_group is None:
        errors["right_group"] = QT_TRANSLATE_NOOP(
            "voortgang", "Beantwoord of de klant nog in de juiste groep zit."
        )
    elif not data.right_group:
        if store.config.klantgroep(data.new_group) is None:
            errors["new_group"] = QT_TRANSLATE_NOOP(
                "voortgang", "Kies de klantgroep waar de klant naartoe gaat."
            )
        elif data.new_group == data.klantgroep_before:
            errors["new_group"] = QT_TRANSLATE_NOOP(
                "voortgang", "Kies een andere klantgroep dan de huidige."
            )
        if not clean(data.reason):
            errors["reason"] = QT_TRANSLATE_NOOP(
                "voortgang", "Schrijf op waarom de klant naar een andere groep gaat."
            )
    return errors


def hold_talk(
    store: Store, actor: Actor, client_id: uuid.UUID, data: VoortgangInput
) -> VoortgangResult:
    """Record the talk and all it sets in motion, in one transaction."""
    _allowed(actor)
    errors = _check(store, data)
    if errors:
        raise ValidationFailed(errors)
    now = utcnow()
    changing = data.right_group is False
    with store.transaction() as session:
        client = _client(session, client_id)
        if client.status == AFGESLOTEN:
            raise ServiceError(MSG_CLOSED)
        if (client.klantgroep or "") != data.klantgroep_before:
            raise ServiceError(
                QT_TRANSLATE_NOOP(
                    "voortgang",
                    "De klantgroep van deze klant is intussen gewijzigd. Er is nog niets "
                    "opgeslagen; sluit het gesprek en open het opnieuw.",
                )
            )
        record = _record(session, actor, client_id, data, now)
        before = client.klantgroep or ""
        held = voortgang_effects.mark_held(session, store, actor, client_id, data, now)
        voortgang_effects.close_discussed_tasks(session, actor, client_id, now)
        tasks = []
        reassign = None
        if changing:
            session.add(
                KlantgroepKeuze(
                    client_id=client_id,
                    klantgroep=data.new_group,
                    suggested=None,
                    deviates_from_advice=False,
                    reason=clean(data.reason),
                    decided_at=now,
                    decided_by=actor.staff_id,
                    intake_id=record.id,
                    created_by=actor.staff_id,
                )
            )
            client.klantgroep = data.new_group
            client.updated_by = actor.staff_id
            reassign = voortgang_effects.reassignment(session, store, actor, client)
            if reassign is not None:
                tasks.append(reassign)
        tasks += voortgang_effects.lawfulness_tasks(
            session, store, actor, client, data.lawfulness_checked, now
        )
        next_talk = voortgang_effects.plan_next_talk(
            session, store, actor, client, changing, data.next_at_home, now
        )
        plan_version = voortgang_effects.update_plan(session, store, actor, client, data, next_talk)
        session.add_all(tasks)
        session.flush()
        audit.record(
            session,
            actor,
            audit.CREATE,
            client_id=client_id,
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
        return VoortgangResult(
            record.id,
            client.klantgroep,
            changing,
            held,
            next_talk,
            reassign is not None,
            plan_version,
            [t.id for t in tasks],
        )


def _record(session, actor: Actor, client_id, data: VoortgangInput, now) -> IntakeRecord:
    record = IntakeRecord(
        client_id=client_id,
        kind=KIND,
        status="afgerond",
        conducted_by=actor.staff_id,
        conducted_at=now,
        summary=tidy(data.summary),
        outcome=data.new_group if data.right_group is False else None,
        created_by=actor.staff_id,
        updated_by=actor.staff_id,
        details={
            "at_home": data.at_home,
            "life_changes": tidy(data.life_changes),
            "income_changes": tidy(data.income_changes),
            "lawfulness_checked": data.lawfulness_checked,
            "right_group": bool(data.right_group),
            "goal_progress": [
                {"position": g.position, "status": g.status, "note": clean(g.note)}
                for g in data.goals
            ],
            "appointment_id": str(data.appointment_id) if data.appointment_id else None,
        },
        domain_answers=[
            IntakeDomainAnswer(domain_code=code, score=score, created_by=actor.staff_id)
            for code, score in data.scores.items()
            if score is not None
        ],
    )
    session.add(record)
    session.flush()
    target = session.scalar(
        select(Assessment.ladder_target)
        .where(Assessment.client_id == client_id, Assessment.ladder_target.is_not(None))
        .order_by(Assessment.assessed_at.desc())
        .limit(1)
    )
    session.add(
        Assessment(
            client_id=client_id,
            intake_id=record.id,
            assessed_at=now,
            assessed_by=actor.staff_id,
            ladder_rung=data.ladder_rung,
            ladder_target=target,
            details={"stress": data.stress},
            created_by=actor.staff_id,
        )
    )
    return record
