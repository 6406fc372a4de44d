"""Clients and households."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from intake_desktop.db.base import Base, Editable


class Household(Editable, Base):
    """ "Eén huishouden, één plan": clients who live together share a household."""

    __tablename__ = "household"

    label: Mapped[str | None] = mapped_column(String(200))
    members: Mapped[list[Client]] = relationship(back_populates="household")


class Client(Editable, Base):
    __tablename__ = "client"
    __table_args__ = (
        Index("ix_client_search_name", "search_name", "first_names"),
        Index("ix_client_surname_birth", "search_name", "birth_date"),
        # Search by postcode (and house number) or birth date, already in display order.
        Index("ix_client_postcode_house", "postcode", "house_number", "search_name"),
        Index("ix_client_birth_name", "birth_date", "search_name"),
        # Caseload counts per klantmanager (and per klantgroep) from the index alone.
        Index("ix_client_caseload", "klantmanager_id", "status", "klantgroep"),
        # Monitoring (migration 0009): caseload per klantgroep, and a client's klantgroep
        # from the index alone when activities and talks are counted per group.
        Index("ix_client_monitoring", "status", "klantgroep", "deleted_at"),
        Index("ix_client_group", "id", "klantgroep"),
    )

    bsn: Mapped[str | None] = mapped_column(String(9), unique=True)
    first_names: Mapped[str] = mapped_column(String(200))
    tussenvoegsel: Mapped[str | None] = mapped_column(String(20))
    surname: Mapped[str] = mapped_column(String(200))
    # Surname without accents, lower case: the key of the prefix search.
    search_name: Mapped[str] = mapped_column(String(200))
    birth_date: Mapped[date | None]
    street: Mapped[str | None] = mapped_column(String(200))
    house_number: Mapped[str | None] = mapped_column(String(10))
    house_number_suffix: Mapped[str | None] = mapped_column(String(10))
    postcode: Mapped[str | None] = mapped_column(String(6))  # "1234AB"
    city: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(254))
    household_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("household.id"), index=True)
    gemeente_code: Mapped[str] = mapped_column(String(32))
    # aangemeld, in_intake, in_traject, afgesloten
    status: Mapped[str] = mapped_column(String(32), default="aangemeld")
    # Current klantmanager and klantgroep; the history tables hold how they came about.
    klantmanager_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    klantgroep: Mapped[str | None] = mapped_column(String(32))
    # Since when the client receives a benefit: gives "months on benefit" at any moment.
    benefit_since: Mapped[date | None]

    household: Mapped[Household | None] = relationship(back_populates="members")

    @property
    def full_name(self) -> str:
        parts = [self.first_names, self.tussenvoegsel, self.surname]
        return " ".join(p for p in parts if p)

    @classmethod
    def full_name_sql(cls):
        """``full_name`` as an SQL expression (a list that selects names only)."""
        from sqlalchemy import func

        return func.trim(
            cls.first_names + " " + func.coalesce(cls.tussenvoegsel + " ", "") + cls.surname
        )


class Correctie(Editable, Base):
    """A correction of a client's personal data (AVG art. 16): the field, the old and
    the new value and why, shown in the inzage report (services/dossier/inzage.py).
    Never changed afterwards; destroyed with the client."""

    __tablename__ = "correctie"

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("client.id"), index=True)
    occurred_at: Mapped[datetime]
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    field: Mapped[str] = mapped_column(String(32))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
