"""Staff members, their roles, expertise and absence."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, String, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from intake_desktop.db.base import Base, Editable


class Staff(Editable, Base):
    __tablename__ = "staff"

    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(254))
    # Deferred: in server mode no staff member may read it (it holds only a marker there;
    # PostgreSQL checks passwords), so ordinary reads of staff never ask for it.
    password_hash: Mapped[str] = mapped_column(String(255), deferred=True)
    gemeente_code: Mapped[str] = mapped_column(String(32))
    team: Mapped[str | None] = mapped_column(String(64))
    # werkcoach, participatiemakelaar, inkomensconsulent (toewijzing.toml)
    functie: Mapped[str | None] = mapped_column(String(32))
    max_caseload: Mapped[int | None]
    working_days: Mapped[str | None] = mapped_column(String(32))  # "ma,di,wo,do,vr"
    active: Mapped[bool] = mapped_column(default=True)
    last_sign_in_at: Mapped[datetime | None]
    # Signed in with a temporary password: a new one first (services/beheer/passwords).
    must_change_password: Mapped[bool] = mapped_column(default=False, server_default=false())

    roles: Mapped[list[StaffRole]] = relationship(
        back_populates="staff", cascade="all, delete-orphan", lazy="selectin"
    )
    expertise: Mapped[list[StaffExpertise]] = relationship(
        back_populates="staff", cascade="all, delete-orphan", lazy="selectin"
    )
    absences: Mapped[list[StaffAbsence]] = relationship(back_populates="staff")

    @property
    def role_codes(self) -> set[str]:
        return {r.role for r in self.roles}


class StaffRole(Base):
    __tablename__ = "staff_role"

    staff_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("staff.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[str] = mapped_column(String(32), primary_key=True)
    staff: Mapped[Staff] = relationship(back_populates="roles")


class StaffExpertise(Base):
    __tablename__ = "staff_expertise"

    staff_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("staff.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(64), primary_key=True)
    staff: Mapped[Staff] = relationship(back_populates="expertise")


class StaffAbsence(Editable, Base):
    __tablename__ = "staff_absence"

    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"), index=True)
    starts_on: Mapped[date]
    ends_on: Mapped[date]
    reason: Mapped[str | None] = mapped_column(String(200))
    staff: Mapped[Staff] = relationship(back_populates="absences")


class CaseloadCount(Base):
    """Open clients per klantmanager and klantgroep ("" = none yet), kept by database
    triggers on ``client`` (migration 0005): every path that changes a client, an
    import or a raw UPDATE included, keeps it right. Read it; never write it."""

    __tablename__ = "caseload_count"

    klantmanager_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    klantgroep: Mapped[str] = mapped_column(String(32), primary_key=True, default="")
    clients: Mapped[int] = mapped_column(default=0)
