"""The Vernietigingslijst (Archiefwet): the dossiers due for destruction by a date, as
a beheerder drew it up and a second person approved it (four eyes). Kept after the
destruction as its proof; it holds no personal data beyond klantnummers and refs."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from intake_desktop.db.base import Base, Editable
from intake_desktop.domain.clock import utcnow


class Vernietigingslijst(Editable, Base):
    __tablename__ = "vernietigingslijst"

    peildatum: Mapped[date]
    made_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    # opgesteld, goedgekeurd, afgewezen, uitgevoerd
    status: Mapped[str] = mapped_column(String(16), default="opgesteld")
    # Per dossier: klantnummer, client_ref (db/audit_chain.ref), closed_on, destroy_on,
    # termijn, categorie; client_id only until the destruction.
    entries: Mapped[list] = mapped_column(default=list)
    decided_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    decided_at: Mapped[datetime | None]
    decision_note: Mapped[str] = mapped_column(Text, default="")


class VernietigdDossier(Base):
    """A destroyed dossier, by its pseudonymous reference only (db/audit_chain.ref): an
    audit row about it that arrives later (a laptop's offline work) is pseudonymised
    by the database, and a laptop's changes to it are refused."""

    __tablename__ = "vernietigd_dossier"

    client_ref: Mapped[str] = mapped_column(String(64), primary_key=True)
    list_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("vernietigingslijst.id"))
    destroyed_at: Mapped[datetime] = mapped_column(default=utcnow)
