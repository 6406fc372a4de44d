"""Laptops working offline: which clients are checked out (server side), the changes a
laptop made (its outbox), which of them a server already applied, and the conflicts
a synchronisation found."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from intake_desktop.db.base import Base
from intake_desktop.domain.clock import utcnow


class Checkout(Base):
    """A client taken along on a laptop for a home visit (kept on the server)."""

    __tablename__ = "checkout"
    __table_args__ = (Index("ix_checkout_open", "client_id", "returned_at"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("client.id"))
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"), index=True)
    laptop_id: Mapped[uuid.UUID] = mapped_column(index=True)
    workstation: Mapped[str] = mapped_column(String(100), default="")
    checked_out_at: Mapped[datetime] = mapped_column(default=utcnow)
    returned_at: Mapped[datetime | None]


class SyncReceipt(Base):
    """An outbox change a server has applied: a push repeated after a broken
    connection skips it (kept on the server)."""

    __tablename__ = "sync_receipt"

    change_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    laptop_id: Mapped[uuid.UUID] = mapped_column(index=True)
    applied_at: Mapped[datetime] = mapped_column(default=utcnow)


class SyncState(Base):
    """The laptop's one row: whose store this is and whether changes are captured."""

    __tablename__ = "sync_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    laptop_id: Mapped[uuid.UUID]
    staff_id: Mapped[uuid.UUID]
    server: Mapped[str] = mapped_column(String(300), default="")
    capturing: Mapped[bool] = mapped_column(default=False)
    checked_out_at: Mapped[datetime | None]
    last_sync_at: Mapped[datetime | None]


class OutboxEntry(Base):
    """One change made on the laptop, written by a database trigger in the same
    transaction as the change itself. ``old_values`` is the row before the change,
    as stored (the base a synchronisation merges against)."""

    __tablename__ = "outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change_id: Mapped[str] = mapped_column(String(32))
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(64))
    op: Mapped[str] = mapped_column(String(1))  # I, U, D
    old_values: Mapped[str | None] = mapped_column(Text)
    recorded_at: Mapped[str] = mapped_column(String(32))


class SyncConflict(Base):
    """A field both the laptop and the server changed since the check-out; the
    klantmanager chooses. Values are kept encoded (services/sync_rows.encode)."""

    __tablename__ = "sync_conflict"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    client_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    # Kept with the conflict: the client may leave the laptop before it is decided.
    client_name: Mapped[str] = mapped_column(String(300), default="")
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[uuid.UUID]
    field: Mapped[str] = mapped_column(String(64))
    # field: both changed one field; removed_here: deleted on the laptop, changed on the
    # server; removed_there: changed on the laptop, deleted on the server.
    kind: Mapped[str] = mapped_column(String(16), default="field")
    base: Mapped[dict] = mapped_column(JSON)
    mine: Mapped[dict] = mapped_column(JSON)
    theirs: Mapped[dict] = mapped_column(JSON)
    found_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[datetime | None]
    resolution: Mapped[str | None] = mapped_column(String(8))  # mine, theirs
