"""A missed appointment or kick-off without notice: the client is called up; the first
call-up carries no sanction; from the second miss on a measure (maatregel,
Participatiewet) is proposed to the klantmanager, who records her decision (opgelegd
or afgezien, with a reason). Monitoring counts proposals and decisions."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select

from intake_desktop.db.models import Appointment, Client, KickoffBooking, Maatregel, Task
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.roles import Actor
from intake_desktop.domain.statuses import AppointmentStatus, TaskStatus
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.core import access, audit
from intake_desktop.services.core.errors import NotFound
from intake_desktop.services.core.store import Store
from intake_desktop.services.core.tasks import finish, for_klantmanager

CALL_UP_TASK = "oproep"
MEASURE_TASK = "maatregel_beoordelen"
ABSENT_WITHOUT_NOTICE = "afwezig"  # without notice (with notice: "afgemeld")
DECISIONS = {
    "opgelegd": QT_TRANSLATE_NOOP("intake", "Maatregel opleggen"),
    "afgezien": QT_TRANSLATE_NOOP("intake", "Afzien van een maatregel"),
}
MSG_DECISION = QT_TRANSLATE_NOOP("intake", "Kies: opleggen of afzien.")
MSG_REASON = QT_TRANSLATE_NOOP(
    "intake",
    "Schrijf de reden op (hoogstens 2000 tekens): de klant heeft recht op een gemotiveerd besluit.",
)


class MeasureGone(NotFound):
    context = "intake"
    template = QT_TRANSLATE_NOOP("intake", "Dit voorstel voor een maatregel bestaat niet (meer).")


@dataclass(frozen=True)
class Missed:
    first: bool
    count: int
    call_up_task_id: uuid.UUID
    measure_id: uuid.UUID | None


def missed_count(session, client_id) -> int:
    """Appointments not attended and kick-offs missed without notice, so far."""
    appointments = session.scalar(
        select(func.count())
        .select_from(Appointment)
        .where(
            Appointment.client_id == client_id,
            Appointment.status == AppointmentStatus.NIET_VERSCHENEN,
            Appointment.deleted_at.is_(None),
        )
    )
    kickoffs = session.scalar(
        select(func.count())
        .select_from(KickoffBooking)
        .where(
            KickoffBooking.client_id == client_id,
            KickoffBooking.status == ABSENT_WITHOUT_NOTICE,
            KickoffBooking.deleted_at.is_(None),
        )
    )
    return (appointments or 0) + (kickoffs or 0)


def after_a_miss(
    session,
    store: Store,
    actor: Actor,
    client: Client,
    what: str,
    staff_id=None,
    appointment_id=None,
    booking_id=None,
) -> Missed:
    """The call-up task (for ``staff_id``, else the klantmanager) and, from the second
    miss on, the proposed measure with its task for the klantmanager. ``what`` names
    the missed thing in the task ("afspraak", "kick-off")."""
    count = missed_count(session, client.id)
    first = count <= 1
    owner = {"assigned_to": staff_id} if staff_id else for_klantmanager(client.klantmanager_id)
    call_up = Task(
        client_id=client.id,
        kind=CALL_UP_TASK,
        title=(
            f"Klant oproepen na gemiste {what} (eerste keer: geen sanctie)"
            if first
            else f"Klant oproepen na opnieuw gemiste {what}"
        ),
        due_at=utcnow() + timedelta(days=2),
        created_by=actor.staff_id,
        **owner,
    )
    session.add(call_up)
    session.flush()
    measure_id = None
    if not first:
        measure_id = _propose(
            session, store, actor, client, what, count, appointment_id, booking_id
        )
    return Missed(first, count, call_up.id, measure_id)


def _propose(session, store, actor, client, what, count, appointment_id, booking_id):
    now = utcnow()
    review = Task(
        client_id=client.id,
        kind=MEASURE_TASK,
        title=f"Maatregel beoordelen: {count}e keer niet verschenen ({what})"[:200],
        due_at=now + timedelta(days=5),
        created_by=actor.staff_id,
        **for_klantmanager(client.klantmanager_id),
    )
    session.add(review)
    session.flush()
    measure = Maatregel(
        client_id=client.id,
        reason=f"{count}e keer niet verschenen ({what})"[:200],
        appointment_id=appointment_id,
        kickoff_booking_id=booking_id,
        status="voorgesteld",
        proposed_at=now,
        task_id=review.id,
        created_by=actor.staff_id,
    )
    session.add(measure)
    session.flush()
    audit.record(
        session,
        actor,
        audit.CREATE,
        client_id=client.id,
        entity="maatregel",
        entity_id=measure.id,
        workstation=store.workstation,
        details={"keer": count},
    )
    return measure.id


@dataclass(frozen=True)
class MeasureView:
    id: uuid.UUID
    client_id: uuid.UUID
    client_name: str
    reason: str
    proposed_at: datetime
    status: str
    toelichting: str


def _measure_of_task(session, task_id) -> Maatregel | None:
    return session.scalar(
        select(Maatregel).where(Maatregel.task_id == task_id, Maatregel.deleted_at.is_(None))
    )


def for_task(store: Store, actor: Actor, task_id: uuid.UUID) -> MeasureView:
    """The proposal a review task is about (need to know: the client's appointments)."""
    with store.reading() as session:
        measure = _measure_of_task(session, task_id)
        if measure is None:
            raise MeasureGone()
        client = access.live_client(session, store, actor, measure.client_id, "afspraken")
        if client is None:
            raise MeasureGone()
        access.require(session, store, actor, client, "afspraken")
        return MeasureView(
            measure.id,
            client.id,
            client.full_name,
            measure.reason,
            measure.proposed_at,
            measure.status,
            measure.toelichting,
        )


def decide(store: Store, actor: Actor, measure_id: uuid.UUID, decision: str, reason: str) -> None:
    """The klantmanager's decision, with its reason; the review task is done."""
    reason = reason.strip()
    errors = {}
    if decision not in DECISIONS:
        errors["decision"] = MSG_DECISION
    if not reason or len(reason) > 2000:
        errors["reason"] = MSG_REASON
    if errors:
        raise ValidationFailed(errors)
    with store.transaction() as session:
        measure = session.get(Maatregel, measure_id)
        if measure is None or measure.deleted_at is not None:
            raise MeasureGone()
        client = access.live_client(session, store, actor, measure.client_id, "afspraken")
        if client is None:
            raise MeasureGone()
        access.require(session, store, actor, client, "afspraken", change=True, what="maatregel")
        if measure.status != "voorgesteld":
            return
        measure.status, measure.toelichting = decision, reason
        measure.decided_at, measure.decided_by = utcnow(), actor.staff_id
        measure.updated_by = actor.staff_id
        task = session.get(Task, measure.task_id) if measure.task_id else None
        if task is not None and task.status == TaskStatus.OPEN:
            finish(task, actor)
        audit.record(
            session,
            actor,
            audit.UPDATE,
            client_id=client.id,
            entity="maatregel",
            entity_id=measure.id,
            workstation=store.workstation,
            details={"besluit": decision},
        )
