"""Kick-off sessions: planning them, and finding the first one with room."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm.attributes import flag_modified

from intake_desktop.db.models import KickoffBooking, KickoffSession
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.roles import BEHEERDER, TEAMLEIDER, WISSELWACHTER, Actor
from intake_desktop.domain.text import clean
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.agenda.errors import (
    KickoffFull,
    KickoffNotBookable,
    MayNotPlanKickoffs,
)
from intake_desktop.services.core import audit
from intake_desktop.services.core.store import Store


@dataclass(frozen=True)
class SessionRow:
    id: uuid.UUID
    klantgroep: str
    starts_at: datetime
    location: str
    trainer: str
    capacity: int
    booked: int

    @property
    def has_room(self) -> bool:
        return self.booked < self.capacity


def _booked_count():
    return (
        select(func.count())
        .select_from(KickoffBooking)
        .where(KickoffBooking.session_id == KickoffSession.id, KickoffBooking.deleted_at.is_(None))
        .scalar_subquery()
    )


def sessions(store: Store, klantgroep: str, after: datetime) -> list[SessionRow]:
    """The sessions of a klantgroep from ``after`` on, with how many are booked: no
    client in them, only counts (every role chooses or plans a kick-off with it)."""
    stmt = (
        select(KickoffSession, _booked_count())
        .where(
            KickoffSession.klantgroep == klantgroep,
            KickoffSession.starts_at >= after,
            KickoffSession.deleted_at.is_(None),
        )
        .order_by(KickoffSession.starts_at)
    )
    with store.reading() as session:
        return [
            SessionRow(k.id, k.klantgroep, k.starts_at, k.location, k.trainer, k.capacity, booked)
            for k, booked in session.execute(stmt)
        ]


def first_with_room(store: Store, klantgroep: str, after: datetime) -> SessionRow | None:
    return next((s for s in sessions(store, klantgroep, after) if s.has_room), None)


def plan_session(
    store: Store,
    actor: Actor,
    klantgroep: str,
    starts_at: datetime,
    location: str,
    trainer: str,
    capacity: int,
) -> uuid.UUID:
    if not actor.has(BEHEERDER, TEAMLEIDER, WISSELWACHTER):
        raise audit.refusal(store, actor, MayNotPlanKickoffs())
    errors = {}
    if store.config.klantgroep(klantgroep) is None:
        errors["klantgroep"] = QT_TRANSLATE_NOOP("ambitie", "Kies een klantgroep.")
    if not clean(location):
        errors["location"] = QT_TRANSLATE_NOOP("ambitie", "Vul de plaats in.")
    if not clean(trainer):
        errors["trainer"] = QT_TRANSLATE_NOOP("ambitie", "Vul de trainer in.")
    if capacity < 1:
        errors["capacity"] = QT_TRANSLATE_NOOP("ambitie", "Er moet minstens één plaats zijn.")
    if errors:
        raise ValidationFailed(errors)
    with store.transaction() as session:
        row = KickoffSession(
            klantgroep=klantgroep,
            starts_at=starts_at,
            location=clean(location),
            trainer=clean(trainer),
            capacity=capacity,
            created_by=actor.staff_id,
        )
        session.add(row)
        session.flush()
        audit.record(
            session,
            actor,
            audit.CREATE,
            entity="kickoff",
            entity_id=row.id,
            workstation=store.workstation,
            details={"klantgroep": klantgroep},
        )
        return row.id


def book(
    session, actor: Actor, session_id: uuid.UUID, client_id: uuid.UUID, klantgroep: str
) -> KickoffBooking:
    """Book inside the caller's transaction; refuses a full or wrong-group session. The
    caller has checked the client's part "afspraken" (change) before it wrote anything
    (``ambitiegesprek.complete_ambitiegesprek``): a refusal here would come after its
    writes."""
    kickoff = session.get(KickoffSession, session_id)
    if (
        kickoff is None
        or kickoff.deleted_at is not None
        or kickoff.klantgroep != klantgroep
        or kickoff.starts_at <= utcnow()
    ):
        raise KickoffNotBookable()
    booked = session.scalar(
        select(func.count())
        .select_from(KickoffBooking)
        .where(KickoffBooking.session_id == session_id, KickoffBooking.deleted_at.is_(None))
    )
    if booked >= kickoff.capacity:
        raise KickoffFull(booked, kickoff.capacity)
    booking = KickoffBooking(session_id=session_id, client_id=client_id, created_by=actor.staff_id)
    session.add(booking)
    # Updating the session raises its version: two bookings racing for the last place
    # cannot both commit (the second gets the stale-version message and tries again).
    # flag_modified forces the UPDATE even when the same person booked last time.
    kickoff.updated_by = actor.staff_id
    flag_modified(kickoff, "updated_by")
    return booking
