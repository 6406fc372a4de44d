"""Trajectplannen: the working copy with goals and activities, and frozen versions."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, LargeBinary, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from intake_desktop.db.base import Base, Editable


class Trajectplan(Editable, Base):
    __tablename__ = "trajectplan"
    __table_args__ = (
        # One plan in progress per client; finished ones stay as history.
        Index(
            "ux_trajectplan_open",
            "client_id",
            unique=True,
            sqlite_where=text("status != 'afgerond' AND deleted_at IS NULL"),
            postgresql_where=text("status != 'afgerond' AND deleted_at IS NULL"),
        ),
        # Monitoring: from an activity to its client (migration 0009).
        Index("ix_trajectplan_client", "id", "client_id", "deleted_at"),
    )

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("client.id"), index=True)
    klantmanager_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    status: Mapped[str] = mapped_column(String(16), default="concept")
    doelperspectief: Mapped[str] = mapped_column(Text, default="")
    afspraken_klant: Mapped[str] = mapped_column(Text, default="")
    afspraken_gemeente: Mapped[str] = mapped_column(Text, default="")
    next_progress_talk_on: Mapped[date | None]
    # The version being worked on: signing freezes it, the next change starts the next.
    version_no: Mapped[int] = mapped_column(default=1, server_default="1")

    goals: Mapped[list[TrajectplanGoal]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="TrajectplanGoal.position"
    )
    versions: Mapped[list[TrajectplanVersie]] = relationship(
        back_populates="plan", order_by="TrajectplanVersie.version_no"
    )


class TrajectplanGoal(Editable, Base):
    __tablename__ = "trajectplan_goal"
    __table_args__ = (Index("ix_trajectplan_goal_plan", "id", "plan_id", "deleted_at"),)

    plan_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("trajectplan.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    domain_code: Mapped[str] = mapped_column(String(64))
    description: Mapped[str] = mapped_column(Text)
    due_on: Mapped[date | None]
    status: Mapped[str] = mapped_column(String(16), default="open")

    plan: Mapped[Trajectplan] = relationship(back_populates="goals")
    activities: Mapped[list[TrajectplanActivity]] = relationship(
        back_populates="goal",
        cascade="all, delete-orphan",
        order_by="TrajectplanActivity.position",
    )


class TrajectplanActivity(Editable, Base):
    __tablename__ = "trajectplan_activity"
    __table_args__ = (
        # Monitoring: activities started per quarter (migration 0009).
        Index(
            "ix_trajectplan_activity_start", "starts_on", "goal_id", "service_code", "deleted_at"
        ),
    )

    goal_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("trajectplan_goal.id", ondelete="CASCADE"), index=True
    )
    service_code: Mapped[str] = mapped_column(String(64))  # from the productenboek
    provider_kind: Mapped[str] = mapped_column(String(16))  # intern, extern
    responsible: Mapped[str] = mapped_column(String(200), default="")
    starts_on: Mapped[date | None]
    ends_on: Mapped[date | None]
    status: Mapped[str] = mapped_column(String(16), default="gepland")
    # An external provider reports by this date (a voortgangsrapportage); none by
    # then makes a task for the klantmanager.
    report_due_on: Mapped[date | None]

    description: Mapped[str] = mapped_column(Text, default="", server_default="")
    position: Mapped[int] = mapped_column(default=0, server_default="0")

    goal: Mapped[TrajectplanGoal] = relationship(back_populates="activities")


class TrajectplanVersie(Editable, Base):
    """A frozen version: signing stores the whole plan so it reprints exactly."""

    __tablename__ = "trajectplan_versie"
    __table_args__ = (UniqueConstraint("plan_id", "version_no"),)

    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("trajectplan.id"), index=True)
    version_no: Mapped[int]
    status: Mapped[str] = mapped_column(String(16))
    snapshot: Mapped[dict]
    signed_at: Mapped[datetime | None]
    signed_place: Mapped[str | None] = mapped_column(String(100))
    signed_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    # The document as signed: reprinting gives exactly these bytes.
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary)

    plan: Mapped[Trajectplan] = relationship(back_populates="versions")
