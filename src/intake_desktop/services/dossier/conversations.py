"""What the dossier reads beside the client's row: staff names, the conversations as the
next person in the chain reads them (a back office too), and the client's kick-offs."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake_desktop.db.models import IntakeRecord, KickoffBooking, KickoffSession, Staff


@dataclass(frozen=True)
class Conversation:
    """A screening or quickscan as the next person in the chain reads it."""

    kind: str
    at: datetime | None
    by: str
    summary: str
    eligibility: str
    benefit_may_be_due: str
    details: dict
    domains: list[tuple[str, str, str, str]]  # code, observation, question, need


@dataclass(frozen=True)
class KickoffRow:
    starts_at: datetime
    location: str
    presence: str  # uitgenodigd, aanwezig, afgemeld, afwezig


def staff_names(session: Session) -> dict[uuid.UUID, str]:
    """Every staff member's display name by id (names in what a reader is shown)."""
    return {
        row.id: row.display_name for row in session.execute(select(Staff.id, Staff.display_name))
    }


def conversations(session: Session, client_id: uuid.UUID, names: dict) -> list[Conversation]:
    records = session.scalars(
        select(IntakeRecord)
        .where(IntakeRecord.client_id == client_id)
        .order_by(IntakeRecord.conducted_at.desc())
    )
    return [
        Conversation(
            r.kind,
            r.conducted_at,
            names.get(r.conducted_by, ""),
            r.summary,
            r.eligibility or "",
            r.benefit_may_be_due or "",
            dict(r.details),
            [
                (a.domain_code, a.observation, a.client_question, a.need or "")
                for a in r.domain_answers
            ],
        )
        for r in records
    ]


def kickoffs(session: Session, client_id: uuid.UUID) -> list[KickoffRow]:
    """The client's kick-off bookings, with when and where the session is."""
    return [
        KickoffRow(starts_at, location, status)
        for starts_at, location, status in session.execute(
            select(KickoffSession.starts_at, KickoffSession.location, KickoffBooking.status)
            .join(KickoffSession, KickoffSession.id == KickoffBooking.session_id)
            .where(KickoffBooking.client_id == client_id, KickoffBooking.deleted_at.is_(None))
        )
    ]
