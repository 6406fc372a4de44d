"""Appointments, tasks with deadlines, and notes."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from intake_desktop.db.base import Base, Editable


class Appointment(Editable, Base):
    __tablename__ = "appointment"
    __table_args__ = (
        # Monitoring: progress talks planned per quarter (migration 0009).
        Index(
            "ix_appointment_kind_start", "kind", "starts_at", "status", "client_id", "deleted_at"
        ),
    )

    client_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("client.id"), index=True)
    aanmelding_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("aanmelding.id"))
    kind: Mapped[str] = mapped_column(String(64))  # work_first_intake, uitkeringsintake, ...
    starts_at: Mapped[datetime] = mapped_column(index=True)
    ends_at: Mapped[datetime | None]
    location: Mapped[str] = mapped_column(String(200), default="")
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), index=True)
    with_party: Mapped[str | None] = mapped_column(String(200))
    documents_to_bring: Mapped[str] = mapped_column(Text, default="")
    # gepland, gehouden, niet_verschenen, geannuleerd
    status: Mapped[str] = mapped_column(String(16), default="gepland")
    # "bij de klant thuis"; the server default fills rows made before this column.
    at_home: Mapped[bool] = mapped_column(default=False, server_default=false())


class Task(Editable, Base):
    __tablename__ = "task"
    __table_args__ = (
        Index("ix_task_werkvoorraad", "assigned_to", "status", "due_at"),
        Index("ix_task_role_werkvoorraad", "assigned_role", "status", "due_at"),
        Index("ix_task_team_werkvoorraad", "assigned_team", "status", "due_at"),
    )

    client_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("client.id"), index=True)
    aanmelding_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("aanmelding.id"))
    kind: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(200))
    due_at: Mapped[datetime | None] = mapped_column(index=True)
    assigned_to: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), index=True)
    # An open task is for a person, a role someone holds, or a team of toewijzing.toml
    # (a back office's werkvoorraad): never for nobody (db/task_addressed.py checks it).
    # A team task claimed by a member keeps its team.
    assigned_role: Mapped[str | None] = mapped_column(String(32))
    assigned_team: Mapped[str | None] = mapped_column(String(64))
    urgent: Mapped[bool] = mapped_column(default=False)
    status: Mapped[str] = mapped_column(String(16), default="open")  # open, afgehandeld
    done_at: Mapped[datetime | None]
    done_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))


class Note(Editable, Base):
    """Notes are append-only: a correction is a new note."""

    __tablename__ = "note"

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("client.id"), index=True)
    author_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    body: Mapped[str] = mapped_column(Text)
    at_home: Mapped[bool] = mapped_column(default=False)
