"""The voortgangsgesprek as stored: what was typed (``VoortgangInput``), its checks, and
the record: an IntakeRecord of kind "voortgangsgesprek" with its domain scores
(IntakeDomainAnswer) and its ladder rung (Assessment, stress in its details). What the
talk sets in motion is in ``voortgang_effects``; ``voortgang.hold_talk`` does both in
one transaction."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from sqlalchemy import select

from intake_desktop.db.models import Assessment, IntakeDomainAnswer, IntakeRecord
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.roles import Actor
from intake_desktop.domain.text import clean, tidy
from intake_desktop.domain.trajectplan import GOAL_STATUS
from intake_desktop.services.core.store import Store

KIND = "voortgangsgesprek"


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


def check(store: Store, data: VoortgangInput) -> dict[str, str]:
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


def record(session, actor: Actor, client_id, data: VoortgangInput, now) -> IntakeRecord:
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
