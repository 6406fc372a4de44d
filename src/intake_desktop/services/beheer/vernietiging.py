"""Retention (Archiefwet, Selectielijst gemeenten 2020): each closed dossier's
destruction date from its closure and ``bewaartermijnen.toml``, and the dossiers due
by a date: the start of the Vernietigingslijst a beheerder draws up.

Only ids, dates and categories: a beheerder reads no client (toegang.toml: "geen");
in server mode the candidates come from the narrow ``intake_security.retention_candidates``."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select, text

from intake_desktop.db.models import Afsluiting, Client
from intake_desktop.domain.client_status import AFGESLOTEN
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.roles import BEHEERDER, Actor
from intake_desktop.services.core import audit
from intake_desktop.services.core.errors import NotAllowed
from intake_desktop.services.core.store import Store


class RetentionNotAllowed(NotAllowed):
    context = "audit"

    def __init__(self):
        super().__init__(
            QT_TRANSLATE_NOOP("audit", "Alleen een beheerder stelt de vernietigingslijst op.")
        )


@dataclass(frozen=True)
class DueDossier:
    client_id: uuid.UUID
    closed_on: date
    reason: str
    termijn: str  # code in bewaartermijnen.toml
    categorie: str
    destroy_on: date


def _candidates(session, store: Store) -> list[tuple[uuid.UUID, date, str]]:
    """(client, closed on, reason) of every client closed now, by the latest closure."""
    if store.staff_login:
        rows = session.execute(
            text("SELECT client_id, closed_on, reason FROM intake_security.retention_candidates()")
        )
        return [tuple(row) for row in rows]
    latest = (
        select(Afsluiting.client_id, func.max(Afsluiting.closed_on).label("closed_on"))
        .where(Afsluiting.reopened_at.is_(None), Afsluiting.deleted_at.is_(None))
        .group_by(Afsluiting.client_id)
        .subquery()
    )
    rows = session.execute(
        select(Afsluiting.client_id, Afsluiting.closed_on, Afsluiting.reason)
        .join(
            latest,
            (latest.c.client_id == Afsluiting.client_id)
            & (latest.c.closed_on == Afsluiting.closed_on),
        )
        .join(Client, Client.id == Afsluiting.client_id)
        .where(
            Client.status == AFGESLOTEN,
            Client.deleted_at.is_(None),
            Afsluiting.reopened_at.is_(None),
            Afsluiting.deleted_at.is_(None),
        )
    )
    return [tuple(row) for row in rows]


def due(store: Store, actor: Actor, on: date) -> list[DueDossier]:
    """The closed dossiers whose term has ended on ``on`` (destruction date on or
    before it), oldest first. Audited (a refusal too)."""
    if not actor.has(BEHEERDER):
        raise audit.refusal(store, actor, RetentionNotAllowed())
    terms = store.config.bewaartermijnen
    out: dict[uuid.UUID, DueDossier] = {}
    with store.transaction() as session:
        for client_id, closed_on, reason in _candidates(session, store):
            termijn = terms.for_reason(reason)
            if termijn is None:  # references.bewaartermijnen makes this impossible
                continue
            destroy_on = termijn.ends(closed_on)
            if destroy_on <= on:
                out[client_id] = DueDossier(
                    client_id, closed_on, reason, termijn.code, termijn.categorie, destroy_on
                )
        audit.record(
            session,
            actor,
            audit.VIEW,
            entity="vernietigingslijst",
            workstation=store.workstation,
            details={"peildatum": on.isoformat(), "dossiers": len(out)},
        )
    return sorted(out.values(), key=lambda d: (d.destroy_on, str(d.client_id)))
