"""Who came to a kick-off: aanwezig, afwezig met bericht, afwezig zonder bericht. Absent
without notice is a missed appointment: a call-up (the first without sanction) and,
from the second miss, a measure proposed to the klantmanager
(services/agenda/maatregel). Recorded once the session has begun, by whoever may
change those clients' appointments."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from intake_desktop.db.models import Client, KickoffBooking, KickoffSession
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.roles import Actor
from intake_desktop.services.agenda import maatregel
from intake_desktop.services.agenda.errors import KickoffNotBookable
from intake_desktop.services.core import audit, reach
from intake_desktop.services.core.errors import ServiceError
from intake_desktop.services.core.store import Store

INVITED = "uitgenodigd"
PRESENCE = {
    "aanwezig": QT_TRANSLATE_NOOP("intake", "Aanwezig"),
    "afgemeld": QT_TRANSLATE_NOOP("intake", "Afwezig met bericht"),
    maatregel.ABSENT_WITHOUT_NOTICE: QT_TRANSLATE_NOOP("intake", "Afwezig zonder bericht"),
}

# As the dossier shows a booking (nothing recorded yet: invited).
LABELS = {INVITED: QT_TRANSLATE_NOOP("intake", "Uitgenodigd"), **PRESENCE}


class KickoffNotStarted(ServiceError):
    context = "intake"
    template = QT_TRANSLATE_NOOP(
        "intake", "Deze kick-off is nog niet begonnen: aanwezigheid leggen we daarna vast."
    )


@dataclass(frozen=True)
class Attendee:
    booking_id: uuid.UUID
    client_id: uuid.UUID
    client_name: str
    presence: str  # uitgenodigd while nothing is recorded


def attendees(store: Store, actor: Actor, session_id: uuid.UUID) -> list[Attendee]:
    """The booked clients whose appointments she may see, by name."""
    with store.reading() as session:
        inside = reach.condition(session, store, actor, "afspraken")
        rows = session.execute(
            select(KickoffBooking, Client.full_name_sql())
            .join(Client, Client.id == KickoffBooking.client_id)
            .where(
                KickoffBooking.session_id == session_id,
                KickoffBooking.deleted_at.is_(None),
                inside,
            )
            .order_by(Client.search_name)
        ).all()
        return [Attendee(b.id, b.client_id, name, b.status) for b, name in rows]


def record_presence(
    store: Store, actor: Actor, session_id: uuid.UUID, presence: dict[uuid.UUID, str]
) -> list[maatregel.Missed]:
    """Record each booking's presence (a changed one only); returns what the misses
    without notice set going."""
    with store.transaction() as session:
        kickoff = session.get(KickoffSession, session_id)
        if kickoff is None or kickoff.deleted_at is not None:
            raise KickoffNotBookable()
        if kickoff.starts_at > utcnow():
            raise KickoffNotStarted()
        bookings = {
            b.id: b
            for b in session.scalars(
                select(KickoffBooking).where(
                    KickoffBooking.session_id == session_id,
                    KickoffBooking.id.in_(list(presence)),
                    KickoffBooking.deleted_at.is_(None),
                )
            )
        }
        changed = {
            booking_id: value
            for booking_id, value in presence.items()
            if value in PRESENCE and booking_id in bookings and bookings[booking_id].status != value
        }
        reach.require_all(
            session,
            store,
            actor,
            [bookings[b].client_id for b in changed],
            "afspraken",
            change=True,
            what="aanwezigheid",
        )
        missed = []
        for booking_id, value in changed.items():
            booking = bookings[booking_id]
            was = booking.status
            booking.status, booking.updated_by = value, actor.staff_id
            session.flush()
            audit.record(
                session,
                actor,
                audit.UPDATE,
                client_id=booking.client_id,
                entity="kickoff",
                entity_id=booking.id,
                workstation=store.workstation,
                details={"velden": ["status"], "status": value},
            )
            if value == maatregel.ABSENT_WITHOUT_NOTICE and was != value:
                client = session.get(Client, booking.client_id)
                missed.append(
                    maatregel.after_a_miss(
                        session, store, actor, client, "kick-off", booking_id=booking.id
                    )
                )
        return missed
