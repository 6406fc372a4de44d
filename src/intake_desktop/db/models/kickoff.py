"""Kick-off sessions per klantgroep (mandatory, about two weeks after the
ambitiegesprek) and who is booked into them."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from intake_desktop.db.base import Base, Editable


class KickoffSession(Editable, Base):
    __tablename__ = "kickoff_session"

    klantgroep: Mapped[str] = mapped_column(String(32), index=True)
    starts_at: Mapped[datetime] = mapped_column(index=True)
    location: Mapped[str] = mapped_column(String(200))
    trainer: Mapped[str] = mapped_column(String(200))
    capacity: Mapped[int]


class KickoffBooking(Editable, Base):
    __tablename__ = "kickoff_booking"
    __table_args__ = (UniqueConstraint("session_id", "client_id"),)

    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("kickoff_session.id"), index=True)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("client.id"), index=True)
    status: Mapped[str] = mapped_column(String(16), default="uitgenodigd")
