"""Access to a client outside one's own reach, asked with a reason ("toegang met
reden", break the glass): valid until the end of the day, reviewed by a teamleider."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, Text
from sqlalchemy.orm import Mapped, mapped_column

from intake_desktop.db.base import Base
from intake_desktop.domain.clock import utcnow


class ToegangMetReden(Base):
    """One grant: who, which client, why, until when; and who reviewed it. Never changed
    but for the review (the audit has the same facts)."""

    __tablename__ = "toegang_met_reden"
    __table_args__ = (Index("ix_toegang_met_reden_staff_client", "staff_id", "client_id"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("client.id"), index=True)
    reason: Mapped[str] = mapped_column(Text)
    granted_at: Mapped[datetime] = mapped_column(default=utcnow)
    valid_until: Mapped[datetime]
    reviewed_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    reviewed_at: Mapped[datetime | None]
