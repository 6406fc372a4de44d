"""Toegang met reden (break the glass): a staff member outside a client's reach types
why she needs the dossier; access lasts until the end of the day, is audited, and a task
asks the teamleiders to review it. The rules of reach are in services/core/access.py."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from intake_desktop.db.models import Client, Staff, Task, ToegangMetReden
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.roles import TEAMLEIDER, Actor
from intake_desktop.domain.text import tidy
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.core import access, audit, hidden_rows
from intake_desktop.services.core.store import Store
from intake_desktop.services.dossier.errors import ClientNotFound

MIN_REASON, MAX_REASON = 10, 500


@dataclass(frozen=True)
class Grant:
    id: uuid.UUID
    valid_until: datetime


def check_reason(text: str | None) -> str:
    reason = tidy(text or "")
    if len(reason) < MIN_REASON:
        raise ValidationFailed(
            {
                "reason": QT_TRANSLATE_NOOP(
                    "access", "Schrijf op waarom u dit dossier nodig hebt (minstens 10 tekens)."
                )
            }
        )
    if len(reason) > MAX_REASON:
        raise ValidationFailed(
            {"reason": QT_TRANSLATE_NOOP("access", "De reden heeft hoogstens 500 tekens.")}
        )
    return reason


def ask_with_reason(store: Store, actor: Actor, client_id: uuid.UUID, reason: str) -> Grant:
    """Grant the actor access to this client until the end of the day, for ``reason``."""
    text = check_reason(reason)
    if not access.may_ask_with_reason(store, actor):
        access.refuse(store, actor, client_id, "identiteit", False, "toegang_met_reden")
    now = utcnow()
    with store.transaction() as session:
        client = session.get(Client, client_id)
        # In server mode a client outside the reach is hidden until the grant exists.
        hidden = client is None and hidden_rows.hidden_client_exists(session, store, client_id)
        if not hidden and (client is None or client.deleted_at is not None):
            raise ClientNotFound()
        grant = ToegangMetReden(
            staff_id=actor.staff_id,
            client_id=client_id,
            reason=text,
            granted_at=now,
            valid_until=access.end_of_day(now),
        )
        session.add(grant)
        session.flush()
        name = session.get(Staff, actor.staff_id).display_name
        session.add(
            Task(
                client_id=client_id,
                kind=access.REVIEW_TASK,
                title=QT_TRANSLATE_NOOP("access", "Toegang met reden controleren: {name}").format(
                    name=name
                )[:200],
                due_at=now,
                assigned_role=TEAMLEIDER,
            )
        )
        audit.record(
            session,
            actor,
            audit.WITH_REASON,
            client_id=client_id,
            entity="client",
            entity_id=client_id,
            workstation=store.workstation,
            details={"geldig_tot": grant.valid_until.isoformat()},
        )
        return Grant(grant.id, grant.valid_until)
