"""Writing and reading the audit log. Rows are only ever added, never changed."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake_desktop.db.models import AuditEvent
from intake_desktop.domain.i18n import translatable as _t
from intake_desktop.domain.roles import BEHEERDER, Actor
from intake_desktop.services.errors import NotAllowed
from intake_desktop.services.store import Store

C = "audit"

# Actions and how the audit screen names them.
VIEW = "bekijken"
CREATE = "aanmaken"
UPDATE = "wijzigen"
DELETE = "verwijderen"
SHOW_BSN = "bsn_tonen"
PRINT = "afdrukken"
EXPORT = "exporteren"
IMPORT = "importeren"
SIGN_IN = "aanmelden"
SIGN_IN_FAILED = "aanmelden_mislukt"
UNLOCK_FAILED = "ontgrendelen_mislukt"

ACTION_LABELS = {
    VIEW: _t(C, "Dossier bekeken"),
    CREATE: _t(C, "Aangemaakt"),
    UPDATE: _t(C, "Gewijzigd"),
    DELETE: _t(C, "Verwijderd"),
    SHOW_BSN: _t(C, "BSN getoond"),
    PRINT: _t(C, "Afgedrukt"),
    EXPORT: _t(C, "Geëxporteerd"),
    IMPORT: _t(C, "Geïmporteerd"),
    SIGN_IN: _t(C, "Aangemeld"),
    SIGN_IN_FAILED: _t(C, "Aanmelden mislukt"),
    UNLOCK_FAILED: _t(C, "Ontgrendelen mislukt"),
}

ENTITY_LABELS = {
    "client": _t(C, "klant"),
    "aanmelding": _t(C, "aanmelding"),
    "staff": _t(C, "medewerker"),
    "meeneemblad": _t(C, "meeneemblad"),
}


def record(
    session: Session,
    actor: Actor | None,
    action: str,
    *,
    workstation: str = "",
    client_id: uuid.UUID | None = None,
    entity: str | None = None,
    entity_id: uuid.UUID | None = None,
    details: dict | None = None,
    username: str | None = None,
) -> AuditEvent:
    """Add an audit row to the caller's transaction, so it commits with the change."""
    event = AuditEvent(
        staff_id=actor.staff_id if actor else None,
        username=(actor.username if actor else username or "")[:64],
        roles=actor.roles_text if actor else "",
        action=action,
        client_id=client_id,
        entity=entity,
        entity_id=entity_id,
        details=details or {},
        workstation=workstation,
    )
    session.add(event)
    return event


@dataclass(frozen=True)
class AuditFilter:
    since: datetime | None = None
    until: datetime | None = None
    username: str = ""
    action: str = ""
    client_id: uuid.UUID | None = None
    limit: int = 1000


def list_events(store: Store, actor: Actor, filt: AuditFilter) -> list[AuditEvent]:
    """Newest first. Only a beheerder reads the audit log."""
    if not actor.has(BEHEERDER):
        raise NotAllowed(_t(C, "Alleen een beheerder mag het auditlog bekijken."))
    stmt = select(AuditEvent).order_by(AuditEvent.occurred_at.desc()).limit(filt.limit)
    if filt.since:
        stmt = stmt.where(AuditEvent.occurred_at >= filt.since)
    if filt.until:
        stmt = stmt.where(AuditEvent.occurred_at < filt.until)
    if filt.username:
        stmt = stmt.where(AuditEvent.username == filt.username)
    if filt.action:
        stmt = stmt.where(AuditEvent.action == filt.action)
    if filt.client_id:
        stmt = stmt.where(AuditEvent.client_id == filt.client_id)
    with store.reading() as session:
        return list(session.scalars(stmt))


def record_standalone(store: Store, actor: Actor, action: str, **kwargs) -> None:
    """An audit row in its own transaction, for actions that change nothing else
    (a print, an export)."""
    with store.transaction() as session:
        record(session, actor, action, workstation=store.workstation, **kwargs)
