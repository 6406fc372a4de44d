"""The Vernietigingslijsten as the Beheer screen shows them, and the proof of a
destruction (Archiefwet): the list with who drew it up, who approved it and when, and
per dossier its klantnummer, reference, dates, term and outcome, as a PDF in the house
style and as CSV. No personal data: a destroyed dossier is only its klantnummer and
ref. Shown to a beheerder and a teamleider; every view, print and export is audited."""

from __future__ import annotations

import csv
import io
import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from intake_desktop.db.models import Vernietigingslijst
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.roles import BEHEERDER, TEAMLEIDER, Actor
from intake_desktop.services.core import audit
from intake_desktop.services.core.errors import NotAllowed, NotFound
from intake_desktop.services.core.store import Store
from intake_desktop.services.dossier.conversations import staff_names

ENTITY = "vernietigingslijst"
COLUMNS = (
    "klantnummer",
    "client_ref",
    "closed_on",
    "destroy_on",
    "termijn",
    "categorie",
    "uitkomst",
)
CSV_HEADERS = (
    "lijst",
    "peildatum",
    "status",
    "opgesteld_door",
    "besloten_door",
    "besloten_op",
    *COLUMNS,
)


class ListsNotAllowed(NotAllowed):
    context = "audit"

    def __init__(self):
        super().__init__(
            QT_TRANSLATE_NOOP(
                "audit", "Alleen een beheerder of teamleider ziet de vernietigingslijsten."
            )
        )


@dataclass(frozen=True)
class ListView:
    id: uuid.UUID
    peildatum: date
    status: str
    made_by: uuid.UUID
    made_by_name: str
    created_at: datetime
    decided_by_name: str
    decided_at: datetime | None
    decision_note: str
    entries: tuple[dict, ...]


def _check(store: Store, actor: Actor) -> None:
    if not actor.has(BEHEERDER, TEAMLEIDER):
        raise audit.refusal(store, actor, ListsNotAllowed())


def _view(row: Vernietigingslijst, names: dict) -> ListView:
    return ListView(
        row.id,
        row.peildatum,
        row.status,
        row.made_by,
        names.get(row.made_by, ""),
        row.created_at,
        names.get(row.decided_by, "") if row.decided_by else "",
        row.decided_at,
        row.decision_note,
        tuple(dict(e) for e in row.entries),
    )


def lists(store: Store, actor: Actor) -> list[ListView]:
    """Every list, the newest first."""
    _check(store, actor)
    with store.transaction() as session:
        names = staff_names(session)
        rows = session.scalars(
            select(Vernietigingslijst).order_by(Vernietigingslijst.created_at.desc())
        ).all()
        out = [_view(row, names) for row in rows]
        audit.record(
            session,
            actor,
            audit.VIEW,
            entity=ENTITY,
            workstation=store.workstation,
            details={"lijsten": len(out)},
        )
    return out


def _one(store: Store, actor: Actor, list_id: uuid.UUID) -> ListView:
    _check(store, actor)
    with store.reading() as session:
        row = session.get(Vernietigingslijst, list_id)
        if row is None:
            raise NotFound()
        return _view(row, staff_names(session))


def _record(store: Store, actor: Actor, action: str, view: ListView, form: str) -> None:
    audit.record_standalone(
        store,
        actor,
        action,
        entity=ENTITY,
        entity_id=view.id,
        details={"vorm": form, "dossiers": len(view.entries), "status": view.status},
    )


def proof_csv(store: Store, actor: Actor, list_id: uuid.UUID) -> bytes:
    """The list as CSV for a Dutch spreadsheet (semicolons, UTF-8 with BOM)."""
    view = _one(store, actor, list_id)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_HEADERS)
    head = (
        str(view.id),
        view.peildatum.isoformat(),
        view.status,
        view.made_by_name,
        view.decided_by_name,
        view.decided_at.isoformat(timespec="seconds") if view.decided_at else "",
    )
    for entry in view.entries:
        writer.writerow((*head, *(entry.get(c, "") for c in COLUMNS)))
    _record(store, actor, audit.EXPORT, view, "csv")
    return out.getvalue().encode("utf-8-sig")


def proof_pdf(store: Store, actor: Actor, list_id: uuid.UUID) -> bytes:
    """The list as a PDF in the house style, to sign and file."""
    from intake_desktop.documents.vernietigingslijst import render_vernietigingslijst

    view = _one(store, actor, list_id)
    terms = {t.code: t.naam for t in store.config.bewaartermijnen.termijnen}
    pdf = render_vernietigingslijst(store.config.huisstijl, view, terms)
    _record(store, actor, audit.PRINT, view, "pdf")
    return pdf
