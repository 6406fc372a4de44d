"""Today's aanmeldingen at the counter: who waits, who picked up what."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, time

from sqlalchemy import or_, select

from intake_desktop.db.models import Aanmelding, Client, IntakeRecord, Staff
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.roles import POORTWACHTER, WISSELWACHTER, Actor
from intake_desktop.domain.statuses import AanmeldingStatus, step
from intake_desktop.services.balie.errors import (
    AanmeldingClosed,
    AanmeldingNotFound,
    MayNotQuickscan,
    MayNotScreen,
    NotYoursToHandBack,
    PickedUpByColleague,
)
from intake_desktop.services.core import access, audit, hidden_rows
from intake_desktop.services.core.store import Store

OPEN_STATUSES = (
    AanmeldingStatus.WACHT_OP_POORTWACHTER,
    AanmeldingStatus.IN_SCREENING,
    AanmeldingStatus.WACHT_OP_QUICKSCAN,
)


@dataclass(frozen=True)
class QueueItem:
    aanmelding_id: uuid.UUID
    client_id: uuid.UUID | None
    client_name: str
    channel: str
    route: str
    status: str
    registered_at: datetime
    waiting_minutes: int
    picked_up_by: str
    picked_up_by_me: bool
    urgent: bool


def start_of_today() -> datetime:
    """Local midnight, as an aware datetime."""
    return datetime.combine(datetime.now().date(), time.min).astimezone()


def today_queue(store: Store, actor: Actor, now: datetime | None = None) -> list[QueueItem]:
    """Today's aanmeldingen; acute ones first, then open ones by arrival, then the rest."""
    now = now or utcnow()
    stmt = (
        select(
            Aanmelding, Client.first_names, Client.tussenvoegsel, Client.surname, Staff.display_name
        )
        .outerjoin(Client, Client.id == Aanmelding.client_id)
        .outerjoin(Staff, Staff.id == Aanmelding.picked_up_by)
        .where(
            # Today's, and anything still open from earlier days (an e-mail from last night).
            or_(Aanmelding.registered_at >= start_of_today(), Aanmelding.status.in_(OPEN_STATUSES)),
            Aanmelding.deleted_at.is_(None),
        )
    )
    items = []
    with store.reading() as session:
        for item, first, tussen, surname, picker in session.execute(stmt):
            name = " ".join(p for p in (first, tussen, surname) if p) or item.referred_to or ""
            done = item.status not in OPEN_STATUSES
            items.append(
                QueueItem(
                    item.id,
                    item.client_id,
                    name,
                    item.channel,
                    item.route,
                    item.status,
                    item.registered_at,
                    0 if done else int((now - item.registered_at).total_seconds() // 60),
                    picker or "",
                    item.picked_up_by == actor.staff_id,
                    item.urgent,
                )
            )
    return sorted(
        items, key=lambda i: (i.status not in OPEN_STATUSES, not i.urgent, i.registered_at)
    )


def _load(session, aanmelding_id: uuid.UUID, store=None, actor=None) -> Aanmelding:
    item = session.get(Aanmelding, aanmelding_id)
    if item is None and store is not None:
        _refuse_hidden(session, store, actor, aanmelding_id)
    if item is None or item.deleted_at is not None:
        raise AanmeldingNotFound()
    return item


def _refuse_hidden(session, store: Store, actor: Actor, aanmelding_id: uuid.UUID) -> None:
    """Server mode: an aanmelding the server hides from her. Someone without a role of
    the counter's steps hears that; anyone else that it is outside her work."""
    hidden, client_id = hidden_rows.hidden_row(session, store, "aanmelding", aanmelding_id)
    if not hidden:
        return
    if not access.holds(session, actor, POORTWACHTER, WISSELWACHTER):
        raise audit.refusal(store, actor, MayNotScreen(), client_id)
    access.refuse(
        store,
        actor,
        client_id,
        "aanmeldingen",
        access.may_ask_with_reason(store, actor),
        "oppakken",
    )


def _name(session, staff_id) -> str:
    return session.scalar(select(Staff.display_name).where(Staff.id == staff_id)) or ""


def step_of(status: str) -> str | None:
    """Which step an open aanmelding waits for: "screening" or "quickscan"."""
    if status in (AanmeldingStatus.WACHT_OP_POORTWACHTER, AanmeldingStatus.IN_SCREENING):
        return "screening"
    if status == AanmeldingStatus.WACHT_OP_QUICKSCAN:
        return "quickscan"
    return None


def open_step(store: Store, aanmelding_id: uuid.UUID) -> str | None:
    with store.reading() as session:
        item = session.get(Aanmelding, aanmelding_id)
        if item is None or item.deleted_at is not None:
            return None
        return step_of(item.status)


def pick_up(store: Store, actor: Actor, aanmelding_id: uuid.UUID, take_over: bool = False) -> str:
    """Take an aanmelding for its next step (colleagues see it is yours); returns the
    step, "screening" or "quickscan". Only someone with the step's role may take it."""
    with store.transaction() as session:
        item = _load(session, aanmelding_id, store, actor)
        next_step = step_of(item.status)
        if next_step is None:
            raise AanmeldingClosed()
        if next_step == "screening" and not access.holds(
            session, actor, POORTWACHTER, WISSELWACHTER
        ):
            raise audit.refusal(store, actor, MayNotScreen())
        if next_step == "quickscan" and not access.holds(session, actor, WISSELWACHTER):
            raise audit.refusal(store, actor, MayNotQuickscan())
        if item.picked_up_by not in (None, actor.staff_id) and not take_over:
            raise PickedUpByColleague(who=_name(session, item.picked_up_by))
        item.picked_up_by = actor.staff_id
        if item.status == AanmeldingStatus.WACHT_OP_POORTWACHTER:
            step(item, AanmeldingStatus.IN_SCREENING)
        item.updated_by = actor.staff_id
        audit.record(
            session,
            actor,
            audit.UPDATE,
            client_id=item.client_id,
            entity="aanmelding",
            entity_id=item.id,
            workstation=store.workstation,
            details={"velden": ["picked_up_by", "status"], "overgenomen": take_over},
        )
        return next_step


def hand_back(store: Store, actor: Actor, aanmelding_id: uuid.UUID) -> None:
    """Give an aanmelding back to the queue."""
    with store.transaction() as session:
        item = _load(session, aanmelding_id, store, actor)
        if item.picked_up_by is None:
            return
        if item.picked_up_by != actor.staff_id:
            raise NotYoursToHandBack()
        item.picked_up_by = None
        if item.status == AanmeldingStatus.IN_SCREENING:
            step(item, AanmeldingStatus.WACHT_OP_POORTWACHTER)
        item.updated_by = actor.staff_id
        audit.record(
            session,
            actor,
            audit.UPDATE,
            client_id=item.client_id,
            entity="aanmelding",
            entity_id=item.id,
            workstation=store.workstation,
            details={"velden": ["picked_up_by", "status"]},
        )


@dataclass(frozen=True)
class AanmeldingContext:
    """What was already said about an aanmelding, for the next person in the chain."""

    question: str
    channel: str
    registered_at: datetime
    screening: dict  # answers, acuut, verwijzingen; empty before the screening
    eligibility: str
    eligibility_reason: str
    client_id: uuid.UUID | None = None


def aanmelding_context(store: Store, actor: Actor, aanmelding_id: uuid.UUID) -> AanmeldingContext:
    with store.transaction() as session:
        item = _load(session, aanmelding_id, store, actor)
        record = session.scalar(
            select(IntakeRecord).where(
                IntakeRecord.aanmelding_id == aanmelding_id, IntakeRecord.kind == "screening"
            )
        )
        audit.record(
            session,
            actor,
            audit.VIEW,
            client_id=item.client_id,
            entity="aanmelding",
            entity_id=item.id,
            workstation=store.workstation,
        )
        return AanmeldingContext(
            item.question,
            item.channel,
            item.registered_at,
            dict(record.details) if record else {},
            record.eligibility or "" if record else "",
            record.summary if record else "",
            item.client_id,
        )
