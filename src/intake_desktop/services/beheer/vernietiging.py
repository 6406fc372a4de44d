"""Retention (Archiefwet, Selectielijst gemeenten 2020): each closed dossier's
destruction date from its closure and ``bewaartermijnen.toml``, the dossiers due by a
date, and the Vernietigingslijst: a beheerder draws it up, a teamleider who did not
draw it up approves or rejects it (four eyes; on the server the database enforces it).

Only ids, dates and categories: a beheerder reads no client (toegang.toml: "geen");
in server mode the candidates come from the narrow ``intake_security.retention_candidates``."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select, text

from intake_desktop.db.audit_chain import ref
from intake_desktop.db.models import Afsluiting, Client, Vernietigingslijst
from intake_desktop.domain.client_status import AFGESLOTEN
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.roles import BEHEERDER, TEAMLEIDER, Actor
from intake_desktop.services.beheer import vernietigen
from intake_desktop.services.beheer.vernietigen import Outcome
from intake_desktop.services.core import audit
from intake_desktop.services.core.errors import NotAllowed, ServiceError
from intake_desktop.services.core.store import Store

LIST_DRAWN_UP = "opgesteld"
LIST_APPROVED = "goedgekeurd"
LIST_REJECTED = "afgewezen"
ENTITY = "vernietigingslijst"


class NothingDue(ServiceError):
    context = "audit"

    def __init__(self):
        super().__init__(
            QT_TRANSLATE_NOOP("audit", "Er zijn op deze datum geen dossiers te vernietigen.")
        )


class NotTheSecondPerson(NotAllowed):
    context = "audit"

    def __init__(self):
        super().__init__(
            QT_TRANSLATE_NOOP(
                "audit",
                "Een vernietigingslijst keurt een teamleider goed die haar niet zelf "
                "heeft opgesteld (vier ogen).",
            )
        )


class ListAlreadyDecided(ServiceError):
    context = "audit"

    def __init__(self):
        super().__init__(QT_TRANSLATE_NOOP("audit", "Over deze vernietigingslijst is al beslist."))


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


def _due_on(session, store: Store, on: date) -> dict[uuid.UUID, DueDossier]:
    terms = store.config.bewaartermijnen
    out: dict[uuid.UUID, DueDossier] = {}
    for client_id, closed_on, reason in _candidates(session, store):
        termijn = terms.for_reason(reason)
        if termijn is None:  # references.bewaartermijnen makes this impossible
            continue
        destroy_on = termijn.ends(closed_on)
        if destroy_on <= on:
            out[client_id] = DueDossier(
                client_id, closed_on, reason, termijn.code, termijn.categorie, destroy_on
            )
    return out


def due(store: Store, actor: Actor, on: date) -> list[DueDossier]:
    """The closed dossiers whose term has ended on ``on`` (destruction date on or
    before it), oldest first. Audited (a refusal too)."""
    if not actor.has(BEHEERDER):
        raise audit.refusal(store, actor, RetentionNotAllowed())
    with store.transaction() as session:
        out = _due_on(session, store, on)
        audit.record(
            session,
            actor,
            audit.VIEW,
            entity=ENTITY,
            workstation=store.workstation,
            details={"peildatum": on.isoformat(), "dossiers": len(out)},
        )
    return sorted(out.values(), key=lambda d: (d.destroy_on, str(d.client_id)))


def draw_up(store: Store, actor: Actor, on: date) -> uuid.UUID:
    """Store the list of dossiers due on ``on`` for a second person's approval."""
    listed = due(store, actor, on)
    if not listed:
        raise NothingDue()
    with store.transaction() as session:
        row = Vernietigingslijst(
            peildatum=on,
            made_by=actor.staff_id,
            created_by=actor.staff_id,
            status=LIST_DRAWN_UP,
            entries=[
                {
                    "client_id": str(d.client_id),
                    "klantnummer": str(d.client_id)[:8],
                    "client_ref": ref(d.client_id),
                    "closed_on": d.closed_on.isoformat(),
                    "destroy_on": d.destroy_on.isoformat(),
                    "termijn": d.termijn,
                    "categorie": d.categorie,
                }
                for d in listed
            ],
            decision_note="",
        )
        session.add(row)
        session.flush()
        audit.record(
            session,
            actor,
            audit.CREATE,
            entity=ENTITY,
            entity_id=row.id,
            workstation=store.workstation,
            details={"peildatum": on.isoformat(), "dossiers": len(listed)},
        )
        return row.id


def decide(
    store: Store,
    actor: Actor,
    list_id: uuid.UUID,
    approve: bool,
    note: str = "",
    on: date | None = None,
) -> Outcome | None:
    """Approve or reject a drawn-up list: a teamleider, never the one who drew it up.
    Approval destroys the dossiers still due today in the same transaction
    (services/beheer/vernietigen.py); a rejection keeps them."""
    if not actor.has(TEAMLEIDER):
        raise audit.refusal(store, actor, NotTheSecondPerson())
    with store.transaction() as session:
        row = session.get(Vernietigingslijst, list_id)
        if row is None or row.made_by == actor.staff_id:
            raise audit.refusal(store, actor, NotTheSecondPerson())
        if row.status != LIST_DRAWN_UP:
            raise ListAlreadyDecided()
        # Locked, and looked at again: a colleague may have decided a moment ago (on the
        # server the lock sees only a list still open to her decision).
        locked = session.scalar(
            select(Vernietigingslijst)
            .where(Vernietigingslijst.id == list_id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
        if locked is None or locked.status != LIST_DRAWN_UP:
            raise ListAlreadyDecided()
        row.status = LIST_APPROVED if approve else LIST_REJECTED
        row.decided_by = actor.staff_id
        row.decided_at = utcnow()
        row.decision_note = " ".join(note.split())[:500]
        row.updated_by = actor.staff_id
        session.flush()
        outcome = None
        if approve:
            due_now = (
                set() if store.staff_login else set(_due_on(session, store, on or date.today()))
            )
            outcome = vernietigen.carry_out(session, store, actor, row, due_now)
        audit.record(
            session,
            actor,
            audit.REVIEWED,
            entity=ENTITY,
            entity_id=list_id,
            workstation=store.workstation,
            details={
                "besluit": LIST_APPROVED if approve else LIST_REJECTED,
                "dossiers": len(row.entries),
                **(
                    {"vernietigd": outcome.destroyed, "overgeslagen": outcome.skipped}
                    if outcome
                    else {}
                ),
            },
        )
    if outcome is not None:
        store.wipe_old_pages()
    return outcome
