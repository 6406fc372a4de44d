"""The monitoring tally (migration 0010): counts per measure, bucket, klantgroep and
label, kept by database triggers on the source tables (db/monitoring_tally.py describes
the measures). Read it; never write it."""

from __future__ import annotations

from sqlalchemy import BigInteger, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from intake_desktop.db.base import Base


class MonitoringTally(Base):
    __tablename__ = "monitoring_tally"

    measure: Mapped[str] = mapped_column(String(16), primary_key=True)
    bucket: Mapped[str] = mapped_column(String(16), primary_key=True)  # "2026-K3", hour, ""
    klantgroep: Mapped[str] = mapped_column(String(32), primary_key=True)
    label: Mapped[str] = mapped_column(Text, primary_key=True)
    n: Mapped[int] = mapped_column(BigInteger, default=0)
