"""The poortwachter's screening: checklist, acute need, eligibility, referrals, outcome."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, time

from sqlalchemy import select

from intake_desktop.db.models import Aanmelding, IntakeRecord, Staff, Task
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.intake import ELIGIBILITY
from intake_desktop.domain.roles import POORTWACHTER, WISSELWACHTER, Actor
from intake_desktop.domain.statuses import AanmeldingStatus, step
from intake_desktop.domain.text import clean
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.balie.errors import (
    AanmeldingNotFound,
    AlreadyCompleted,
    HeldByColleague,
    MayNotScreen,
    NotScreenedYet,
    ScreeningAlreadyCompleted,
)
from intake_desktop.services.balie.queue import _load
from intake_desktop.services.core import access, audit
from intake_desktop.services.core.store import Store
from intake_desktop.services.overdracht import verwijzing

SCREENING_OPEN = (AanmeldingStatus.WACHT_OP_POORTWACHTER, AanmeldingStatus.IN_SCREENING)


@dataclass
class ScreeningInput:
    answers: dict[str, bool | str] = field(default_factory=dict)
    eligibility: str = ""
    eligibility_reason: str = ""
    referrals: list[str] = field(default_factory=list)
    # How the client consented to the referrals (overdracht/verwijzing.CONSENT): each
    # referral becomes a record, and none is made without consent.
    consent: str = ""
    go_on: bool = True
    end_reason: str = ""


@dataclass(frozen=True)
class ScreeningResult:
    acute: bool
    acute_task_id: uuid.UUID | None
    next_status: str


def end_of_today() -> datetime:
    return datetime.combine(datetime.now().date(), time(23, 59)).astimezone()


def _check(data: ScreeningInput) -> dict[str, str]:
    errors = {}
    if data.eligibility not in ELIGIBILITY:
        errors["eligibility"] = QT_TRANSLATE_NOOP("intake", "Kies een inschatting van het recht.")
    if not clean(data.eligibility_reason):
        errors["eligibility_reason"] = QT_TRANSLATE_NOOP(
            "intake", "Schrijf kort op waarom u dit inschat."
        )
    if data.referrals and data.consent not in verwijzing.CONSENT:
        errors["consent"] = verwijzing.MSG_CONSENT
    if not data.go_on and not clean(data.end_reason):
        errors["end_reason"] = QT_TRANSLATE_NOOP(
            "intake", "Schrijf op waarom de aanmelding hier eindigt."
        )
    return errors


def already_done(session, item: Aanmelding, wanted: str):
    """The message for a step that cannot be done (any more), per the actual status."""
    who = session.scalar(select(Staff.display_name).where(Staff.id == item.updated_by)) or ""
    at = item.updated_at.astimezone().strftime("%H:%M")
    if item.status in SCREENING_OPEN and wanted == "quickscan":
        return NotScreenedYet()
    if item.status == AanmeldingStatus.WACHT_OP_QUICKSCAN and wanted == "screening":
        return ScreeningAlreadyCompleted(who=who, at=at)
    return AlreadyCompleted(who=who, at=at)


def complete_screening(
    store: Store, actor: Actor, aanmelding_id: uuid.UUID, data: ScreeningInput
) -> ScreeningResult:
    if not actor.has(POORTWACHTER, WISSELWACHTER):
        raise audit.refusal(store, actor, MayNotScreen())
    errors = _check(data)
    if errors:
        raise ValidationFailed(errors)
    acute_codes = [q.code for q in store.config.screening if q.acuut and data.answers.get(q.code)]
    with store.transaction() as session:
        item = _load(session, aanmelding_id, store, actor)
        if item.client_id is None:
            raise AanmeldingNotFound()
        if item.status not in SCREENING_OPEN:
            raise already_done(session, item, "screening")
        if item.picked_up_by not in (None, actor.staff_id):
            raise HeldByColleague()
        if not access.holds(session, actor, POORTWACHTER, WISSELWACHTER):
            raise audit.refusal(store, actor, MayNotScreen())
        client = access.live_client(session, store, actor, item.client_id, "gesprekken")
        if client is None:
            raise AanmeldingNotFound()
        access.require(session, store, actor, client, "gesprekken", what="screening")
        record = _record(actor, item, data, acute_codes, utcnow())
        session.add(record)
        task = _acute_task(store, actor, item, acute_codes) if acute_codes else None
        if task is not None:
            item.urgent = True
            session.add(task)
        step(item, AanmeldingStatus.WACHT_OP_QUICKSCAN if data.go_on else AanmeldingStatus.AFGEROND)
        item.picked_up_by = None
        item.updated_by = actor.staff_id
        session.flush()
        _refer(session, store, actor, client, item, data)
        audit.record(
            session,
            actor,
            audit.CREATE,
            client_id=item.client_id,
            entity="screening",
            entity_id=record.id,
            workstation=store.workstation,
            details={
                "acuut": bool(acute_codes),
                "uitkomst": record.outcome,
                "verwijzingen": len(data.referrals),
            },
        )
        return ScreeningResult(bool(acute_codes), task.id if task else None, item.status)


def _refer(session, store: Store, actor: Actor, client, item, data: ScreeningInput) -> None:
    """Each partner ticked becomes a referral record with its follow-up."""
    for name in dict.fromkeys(data.referrals):
        partner = next((p for p in store.config.partners if p.naam == name), None)
        what = partner.waarvoor if partner else ""
        verwijzing.refer_in_session(
            session,
            store,
            actor,
            client,
            verwijzing.Referral(name, f"Doorverwezen vanuit de screening: {what}", data.consent),
            "screening",
            item.id,
        )


def _record(
    actor: Actor, item: Aanmelding, data: ScreeningInput, acute_codes: list[str], now: datetime
) -> IntakeRecord:
    return IntakeRecord(
        client_id=item.client_id,
        aanmelding_id=item.id,
        kind="screening",
        status="afgerond",
        conducted_by=actor.staff_id,
        conducted_at=now,
        eligibility=data.eligibility,
        summary=clean(data.eligibility_reason),
        outcome="quickscan" if data.go_on else "beeindigd",
        details={
            "antwoorden": data.answers,
            "acuut": acute_codes,
            "verwijzingen": list(data.referrals),
            "eindreden": clean(data.end_reason),
        },
        created_by=actor.staff_id,
        updated_by=actor.staff_id,
    )


def _acute_task(store: Store, actor: Actor, item: Aanmelding, acute_codes: list[str]) -> Task:
    """Acute need: whoever screened acts today."""
    labels = ", ".join(q.tekst for q in store.config.screening if q.code in acute_codes)
    return Task(
        client_id=item.client_id,
        aanmelding_id=item.id,
        kind="acuut",
        title=f"Acute nood, vandaag handelen: {labels}"[:200],
        due_at=end_of_today(),
        assigned_to=actor.staff_id,
        urgent=True,
        created_by=actor.staff_id,
    )
