"""After the intake: the end of a traject (beëindigingsonderzoek) and the civic
integration duty with its enforcement steps. Progress talks are intake records of kind
"voortgangsgesprek" with their own domain answers, assessment and klantgroep history."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from intake_desktop.db.base import Base, Editable


class Afsluiting(Editable, Base):
    """One closure of a client's traject, with its reason (afsluiting.toml) and, on
    outflow to work, sector and hours. A reopened traject keeps this row.

    The table keeps its first name, ``beeindiging``: laptops synchronise it by that name
    and the monitoring triggers read it; renaming it is a migration of its own."""

    __tablename__ = "beeindiging"
    __table_args__ = (
        # Monitoring: outflow and placements per quarter, per reason and sector.
        Index("ix_beeindiging_closed", "closed_on", "reason", "klantgroep"),
    )

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("client.id"), index=True)
    closed_on: Mapped[date]
    closed_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    reason: Mapped[str] = mapped_column(String(32))
    # The klantgroep the client was in when the traject ended (monitoring per group).
    klantgroep: Mapped[str | None] = mapped_column(String(32))
    sector: Mapped[str | None] = mapped_column(String(64))
    hours_per_week: Mapped[int | None]
    # [{"goal_id", "description", "outcome"}]: how each goal of the plan ended.
    goal_outcomes: Mapped[list] = mapped_column(default=list)
    note: Mapped[str] = mapped_column(Text, default="")
    reopened_at: Mapped[datetime | None]
    reopened_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    reopen_reason: Mapped[str] = mapped_column(Text, default="")


class Inburgeringsplicht(Editable, Base):
    """A client's civic-integration duty: since when, the deadline (moved by a
    'verlengen termijn'), and how it stands."""

    __tablename__ = "inburgeringsplicht"

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("client.id"), unique=True)
    duty_since: Mapped[date]
    deadline: Mapped[date]
    # loopt, voldaan, ontheffing
    status: Mapped[str] = mapped_column(String(16), default="loopt")
    steps: Mapped[list[InburgeringStap]] = relationship(
        back_populates="plicht", order_by="InburgeringStap.occurred_on"
    )


class InburgeringStap(Editable, Base):
    """One recorded step of an enforcement procedure (inburgering.toml): handhaven,
    beboeten, ontheffen or verlengen termijn, with its date, decision and letter."""

    __tablename__ = "inburgering_stap"
    __table_args__ = (Index("ix_inburgering_stap_when", "occurred_on", "procedure"),)

    plicht_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inburgeringsplicht.id"), index=True)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("client.id"), index=True)
    procedure: Mapped[str] = mapped_column(String(32))
    step: Mapped[str] = mapped_column(String(32))
    occurred_on: Mapped[date]
    decision: Mapped[str | None] = mapped_column(String(32))
    amount_cents: Mapped[int | None]  # beboeten
    reason: Mapped[str] = mapped_column(Text, default="")  # ontheffen, and any note
    new_deadline: Mapped[date | None]  # verlengen termijn
    letter_printed_at: Mapped[datetime | None]
    recorded_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))

    plicht: Mapped[Inburgeringsplicht] = relationship(back_populates="steps")
