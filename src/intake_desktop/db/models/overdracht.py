"""Hand-overs that come back: to a back office of the Werkplein or to a partner, the
reports of providers on trajectplan activities, the Work First result, and proposed
measures after missed appointments."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from intake_desktop.db.base import Base, Editable


class Overdracht(Editable, Base):
    """One hand-over. ``soort`` backoffice: to a team of toewijzing.toml, worked as the
    task ``task_id`` in that team's werkvoorraad. ``soort`` partner: a referral outside
    the Werkplein, only with the client's consent (how, when, recorded by whom).
    verstuurd → geaccepteerd | geweigerd → afgerond; what came of it goes back to
    ``report_to`` (the klantmanager) as a task."""

    __tablename__ = "overdracht"
    __table_args__ = (
        CheckConstraint(
            "(soort = 'backoffice' AND team IS NOT NULL) OR (soort = 'partner' AND "
            "partner IS NOT NULL AND consent_how IS NOT NULL AND consent_at IS NOT NULL "
            "AND consent_by IS NOT NULL)",
            name="addressed",
        ),
        Index("ix_overdracht_status_sent", "status", "sent_at"),
    )

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("client.id"), index=True)
    aanmelding_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("aanmelding.id"))
    soort: Mapped[str] = mapped_column(String(16))  # backoffice, partner
    team: Mapped[str | None] = mapped_column(String(64))
    partner: Mapped[str | None] = mapped_column(String(200))
    vraag: Mapped[str] = mapped_column(Text, default="")
    # Where it was made: aanmelding, screening, quickscan, dossier.
    origin: Mapped[str] = mapped_column(String(16), default="dossier")
    status: Mapped[str] = mapped_column(String(16), default="verstuurd")
    sent_at: Mapped[datetime]
    sent_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    answer_due: Mapped[datetime | None]  # nothing back by then: a follow-up task
    consent_how: Mapped[str | None] = mapped_column(String(16))  # mondeling, schriftelijk
    consent_at: Mapped[datetime | None]
    consent_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    answered_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    closed_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    uitkomst: Mapped[str] = mapped_column(String(200), default="")
    toelichting: Mapped[str] = mapped_column(Text, default="")
    report_to: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    task_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("task.id"))
    follow_up_task_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("task.id"))


class Voortgangsrapportage(Editable, Base):
    """A provider's report on a trajectplan activity (re-integratiebedrijf, ROC, a
    social organisation): date, provider, attendance, what it says. A plan's activities
    are rewritten at each save, so a report names its activity by plan, service and
    provider (and a label that stays readable), and ``due_on``: the agreed report date
    it answers (trajectplan_activity.report_due_on then)."""

    __tablename__ = "voortgangsrapportage"
    __table_args__ = (Index("ix_voortgangsrapportage_plan", "plan_id", "service_code"),)

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("client.id"), index=True)
    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("trajectplan.id"))
    service_code: Mapped[str] = mapped_column(String(64))
    activity_label: Mapped[str] = mapped_column(String(200))
    due_on: Mapped[date | None]
    reported_on: Mapped[date]
    provider: Mapped[str] = mapped_column(String(200))
    attendance: Mapped[str] = mapped_column(String(24))  # goed, wisselend, onvoldoende, ...
    text: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))


class WorkFirstResultaat(Editable, Base):
    """What the 48 hours of Work First came to: at work or not, and then what."""

    __tablename__ = "work_first_resultaat"

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("client.id"), index=True)
    task_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("task.id"))
    at_work: Mapped[bool]
    next_step: Mapped[str] = mapped_column(String(32))  # uitkeringsintake, ...
    toelichting: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime]
    recorded_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))


class Maatregel(Editable, Base):
    """A measure proposed to the klantmanager after a second call-up for a missed
    appointment or kick-off, and her recorded decision (opgelegd, afgezien)."""

    __tablename__ = "maatregel"
    __table_args__ = (Index("ix_maatregel_status_proposed", "status", "proposed_at"),)

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("client.id"), index=True)
    reason: Mapped[str] = mapped_column(String(200))
    appointment_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("appointment.id"))
    kickoff_booking_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("kickoff_booking.id"))
    status: Mapped[str] = mapped_column(String(16), default="voorgesteld")
    proposed_at: Mapped[datetime]
    decided_at: Mapped[datetime | None]
    decided_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    toelichting: Mapped[str] = mapped_column(Text, default="")
    task_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("task.id"))
