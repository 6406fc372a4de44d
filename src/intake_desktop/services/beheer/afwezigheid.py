"""Absences of staff members (first and last day included): recorded and taken away
in Beheer → Medewerkers; the suggestion of a klantmanager and the planning skip them."""

from __future__ import annotations

import uuid
from datetime import date

from intake_desktop.db.models import StaffAbsence
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.roles import Actor
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.beheer.errors import AbsenceGone
from intake_desktop.services.beheer.medewerkers import live_staff, may_maintain
from intake_desktop.services.core import audit
from intake_desktop.services.core.store import Store

MAX_REASON = 200

MSG_STARTS = QT_TRANSLATE_NOOP("accounts", "Vul de eerste dag van de afwezigheid in.")
MSG_ENDS = QT_TRANSLATE_NOOP("accounts", "Vul de laatste dag van de afwezigheid in.")
MSG_ENDS_BEFORE = QT_TRANSLATE_NOOP(
    "accounts", "De laatste dag ligt vóór de eerste dag. Controleer de data."
)
MSG_REASON = QT_TRANSLATE_NOOP("accounts", "Houd de reden korter dan 200 tekens.")


def add_absence(
    store: Store,
    actor: Actor,
    staff_id: uuid.UUID,
    starts_on: date | None,
    ends_on: date | None,
    reason: str = "",
) -> uuid.UUID:
    """Record a period of absence (first and last day included)."""
    may_maintain(store, actor)
    errors: dict[str, str] = {}
    if starts_on is None:
        errors["starts_on"] = MSG_STARTS
    if ends_on is None:
        errors["ends_on"] = MSG_ENDS
    elif starts_on is not None and ends_on < starts_on:
        errors["ends_on"] = MSG_ENDS_BEFORE
    if len(reason.strip()) > MAX_REASON:
        errors["reason"] = MSG_REASON
    if errors:
        raise ValidationFailed(errors)
    with store.transaction() as session:
        live_staff(session, staff_id)
        absence = StaffAbsence(
            staff_id=staff_id,
            starts_on=starts_on,
            ends_on=ends_on,
            reason=reason.strip() or None,
            created_by=actor.staff_id,
        )
        session.add(absence)
        session.flush()
        audit.record(
            session,
            actor,
            audit.CREATE,
            entity="staff_absence",
            entity_id=absence.id,
            workstation=store.workstation,
        )
        return absence.id


def remove_absence(store: Store, actor: Actor, absence_id: uuid.UUID) -> None:
    """Take an absence away (kept as removed, not deleted)."""
    may_maintain(store, actor)
    with store.transaction() as session:
        absence = session.get(StaffAbsence, absence_id)
        if absence is None or absence.deleted_at is not None:
            raise AbsenceGone()
        absence.deleted_at = utcnow()
        absence.updated_by = actor.staff_id
        session.flush()
        audit.record(
            session,
            actor,
            audit.DELETE,
            entity="staff_absence",
            entity_id=absence.id,
            workstation=store.workstation,
        )
