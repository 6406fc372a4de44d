"""The client journey: aanmelding, intake records, assessments and the histories
of klantgroep and klantmanager."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from intake_desktop.db.base import Base, Editable


class Aanmelding(Editable, Base):
    """A contact at the counter, by phone or by e-mail. A contact routed to a third
    party has no client: it is kept only as an anonymous count."""

    __tablename__ = "aanmelding"

    client_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("client.id"), index=True)
    gemeente_code: Mapped[str] = mapped_column(String(32))
    channel: Mapped[str] = mapped_column(String(16))  # balie, telefoon, email
    registered_at: Mapped[datetime] = mapped_column(index=True)
    question: Mapped[str] = mapped_column(Text, default="")
    route: Mapped[str] = mapped_column(String(32))  # intake, schuldhulpverlening, bbz, derden
    referred_to: Mapped[str | None] = mapped_column(String(200))
    # wacht_op_poortwachter, in_screening, wacht_op_quickscan, afgerond, doorverwezen
    status: Mapped[str] = mapped_column(String(32))
    picked_up_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    urgent: Mapped[bool] = mapped_column(default=False)


class IntakeRecord(Editable, Base):
    """One conversation record: poortwachter screening, quickscan or ambitiegesprek."""

    __tablename__ = "intake_record"
    __table_args__ = (
        # Monitoring: progress talks held per quarter (migration 0009).
        Index(
            "ix_intake_record_kind_when",
            "kind",
            "conducted_at",
            "status",
            "client_id",
            "deleted_at",
        ),
    )

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("client.id"), index=True)
    aanmelding_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("aanmelding.id"))
    kind: Mapped[str] = mapped_column(String(32))  # screening, quickscan, ambitiegesprek
    status: Mapped[str] = mapped_column(String(16), default="concept")  # concept, afgerond
    conducted_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    conducted_at: Mapped[datetime | None]
    summary: Mapped[str] = mapped_column(Text, default="")
    eligibility: Mapped[str | None] = mapped_column(
        String(16)
    )  # waarschijnlijk, onwaarschijnlijk, onduidelijk
    benefit_may_be_due: Mapped[str | None] = mapped_column(String(16))  # ja, nee, onbekend
    outcome: Mapped[str | None] = mapped_column(String(64))
    details: Mapped[dict] = mapped_column(default=dict)  # checklist answers, routes, ...

    domain_answers: Mapped[list[IntakeDomainAnswer]] = relationship(
        back_populates="intake", cascade="all, delete-orphan"
    )


class IntakeDomainAnswer(Editable, Base):
    """Per life domain (from the configurable domain file): what stands out, the
    client's question and view, whether there is a need, a self-reliance score."""

    __tablename__ = "intake_domain_answer"

    intake_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("intake_record.id", ondelete="CASCADE"), index=True
    )
    domain_code: Mapped[str] = mapped_column(String(64))
    observation: Mapped[str] = mapped_column(Text, default="")
    client_question: Mapped[str] = mapped_column(Text, default="")
    client_view: Mapped[str] = mapped_column(Text, default="")
    need: Mapped[str | None] = mapped_column(String(16))  # ja, nee, onbekend
    score: Mapped[int | None]  # 1..5 self-reliance

    intake: Mapped[IntakeRecord] = relationship(back_populates="domain_answers")


class Assessment(Editable, Base):
    """Participatieladder and related measurements, at intake and each progress talk."""

    __tablename__ = "assessment"
    __table_args__ = (
        # Monitoring: each client's latest ladder rung (migration 0009).
        Index("ix_assessment_latest", "client_id", "assessed_at", "ladder_rung", "deleted_at"),
    )

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("client.id"), index=True)
    intake_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("intake_record.id"))
    assessed_at: Mapped[datetime]
    assessed_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    ladder_rung: Mapped[int | None]  # 1..6
    ladder_target: Mapped[int | None]
    months_on_benefit: Mapped[int | None]
    details: Mapped[dict] = mapped_column(default=dict)  # strengths, obstacles, stress


class KlantgroepKeuze(Editable, Base):
    """One entry in a client's klantgroep history: every change, who, when, why."""

    __tablename__ = "klantgroep_keuze"
    __table_args__ = (
        # Monitoring: the history in client order, read from the index (migration 0009).
        Index("ix_klantgroep_keuze_history", "client_id", "decided_at", "klantgroep", "deleted_at"),
    )

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("client.id"), index=True)
    klantgroep: Mapped[str] = mapped_column(String(32))
    suggested: Mapped[str | None] = mapped_column(String(32))
    deviates_from_advice: Mapped[bool] = mapped_column(default=False)
    reason: Mapped[str] = mapped_column(Text, default="")
    decided_at: Mapped[datetime]
    decided_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    intake_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("intake_record.id"))


class KlantmanagerToewijzing(Editable, Base):
    """One entry in a client's assignment history."""

    __tablename__ = "klantmanager_toewijzing"

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("client.id"), index=True)
    klantmanager_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"), index=True)
    assigned_at: Mapped[datetime]
    assigned_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    reason: Mapped[str] = mapped_column(Text, default="")
    ended_at: Mapped[datetime | None]
    # Who the suggestion put first; differs from klantmanager_id when overridden.
    suggested_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
