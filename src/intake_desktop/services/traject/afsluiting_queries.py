"""What closing a traject and reopening it both read and check, in the caller's session:
the client and who may act on it, the closures, the income consultants and what is
still planned."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import or_, select

from intake_desktop.db.models import Afsluiting, Appointment, Client, Staff, Trajectplan
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.roles import KLANTMANAGER, TEAMLEIDER, Actor
from intake_desktop.domain.statuses import AppointmentStatus
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.core import access, audit, hidden_rows
from intake_desktop.services.core.errors import StaleVersion
from intake_desktop.services.core.store import Store
from intake_desktop.services.traject.errors import ClosureClientNotFound, ClosureNotAllowed

NAZORG = "nazorg"  # Task.kind of an aftercare task
OVERDRACHT = "overdracht_inkomen"  # Task.kind of a hand-over to the income consultants
INCOME_FUNCTIE = "inkomensconsulent"  # Staff.functie (toewijzing.toml)

MSG_HANDOVER = QT_TRANSLATE_NOOP(
    "afsluiting", "Kies een inkomensconsulent uit de lijst, of laat de teamleider kiezen."
)


def client_of(session, client_id, store=None, actor=None, part="plannen") -> Client:
    """The live client. On a server that hides her, the actor is neither her
    klantmanager nor a teamleider of hers: the closure's own refusal (audited)."""
    if store is not None and actor is not None:
        hidden = session.get(Client, client_id) is None and hidden_rows.hidden_client_exists(
            session, store, client_id
        )
        if hidden:
            raise audit.refusal(store, actor, ClosureNotAllowed(), client_id)
    return access.client_or(session, store, actor, client_id, ClosureClientNotFound(), part)


def check_role(store: Store, actor: Actor, client: Client) -> None:
    """The client's own klantmanager, or a teamleider."""
    if actor.has(TEAMLEIDER):
        return
    if actor.has(KLANTMANAGER) and client.klantmanager_id == actor.staff_id:
        return
    raise audit.refusal(store, actor, ClosureNotAllowed(), client.id)


def staff_name(session, staff_id) -> str:
    if staff_id is None:
        return ""
    return session.scalar(select(Staff.display_name).where(Staff.id == staff_id)) or ""


def check_version(session, client: Client, expected_version: int | None) -> None:
    if expected_version is not None and client.version != expected_version:
        raise StaleVersion(staff_name(session, client.updated_by))


def goals_of(plan: Trajectplan | None) -> list:
    if plan is None:
        return []
    return [g for g in plan.goals if g.deleted_at is None]


def stopping_appointments(
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
                Appointment.status == AppointmentStatus.GEPLAND,
                Appointment.deleted_at.is_(None),
                or_(
                    Appointment.starts_at >= now,
                    Appointment.kind == store.config.ambitie.progress_appointment_type,
                ),
            )
            .order_by(Appointment.starts_at)
        )
    )


def income_consultants(session) -> list[tuple[uuid.UUID, str]]:
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


def handover_target(session, consultant_id: uuid.UUID | None) -> tuple[uuid.UUID | None, str]:
    """The chosen income consultant (id, name); (None, "") when none was chosen (the
    teamleiders hand it out). ValidationFailed (``handover_to``) for anyone else."""
    if consultant_id is None:
        return None, ""
    for staff_id, name in income_consultants(session):
        if staff_id == consultant_id:
            return staff_id, name
    raise ValidationFailed({"handover_to": MSG_HANDOVER})


def latest_closure(session, client_id: uuid.UUID) -> Afsluiting | None:
    return session.scalar(
        select(Afsluiting)
        .where(Afsluiting.client_id == client_id, Afsluiting.deleted_at.is_(None))
        .order_by(Afsluiting.created_at.desc())
        .limit(1)
    )
