"""Audit events (append-only) and autosaved form drafts."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from intake_desktop.db.base import Base
from intake_desktop.domain.clock import utcnow


class AuditEvent(Base):
    """Who did what to which client, when. No service updates or deletes these rows.

    ``details`` holds field *names* and counts, never the sensitive values."""

    __tablename__ = "audit_event"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    staff_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    username: Mapped[str] = mapped_column(String(64))
    roles: Mapped[str] = mapped_column(String(200), default="")
    action: Mapped[str] = mapped_column(String(32), index=True)
    entity: Mapped[str | None] = mapped_column(String(64))
    entity_id: Mapped[uuid.UUID | None]
    client_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    details: Mapped[dict] = mapped_column(default=dict)
    workstation: Mapped[str] = mapped_column(String(100), default="")
    # gedaan, geweigerd (outside the role or the need to know) or mislukt (BIO2 8.15).
    result: Mapped[str] = mapped_column(String(16), default="gedaan", server_default="gedaan")
    # Set when the dossier was destroyed: the ids are removed, these keep the chain
    # (db/audit_chain.py) without pointing at a person.
    client_ref: Mapped[str | None] = mapped_column(String(64))
    entity_ref: Mapped[str | None] = mapped_column(String(64))


class AuditChain(Base):
    """One link per audit row, made by the database (db/audit_chain.py): the hash of the
    row's content and of the link before it. No personal data."""

    __tablename__ = "audit_chain"

    seq: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=False
    )
    audit_id: Mapped[uuid.UUID] = mapped_column(unique=True)
    prev_hash: Mapped[str] = mapped_column(String(64))
    row_hash: Mapped[str] = mapped_column(String(64))


class Draft(Base):
    """What a user typed in a form and has not saved yet, so it survives a crash."""

    __tablename__ = "draft"

    staff_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("staff.id", ondelete="CASCADE"), primary_key=True
    )
    form_key: Mapped[str] = mapped_column(String(100), primary_key=True)
    data: Mapped[dict]
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class LogboekRegel(Base):
    """One record of the Logboek Dataverwerkingen as a JSON line, written by the
    database with its audit row (db/logboek.py). No personal data but a keyed hash."""

    __tablename__ = "logboek_regel"

    seq: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    audit_id: Mapped[uuid.UUID] = mapped_column(unique=True)
    line: Mapped[str] = mapped_column(Text)


class LogboekActiviteit(Base):
    """The database's copy of verwerkingsregister.toml: the activity of a kind of data."""

    __tablename__ = "logboek_activiteit"

    entity: Mapped[str] = mapped_column(String(64), primary_key=True)
    activity_uri: Mapped[str] = mapped_column(String(500))


class LogboekSleutel(Base):
    """The HMAC key of the Logboek's pseudonyms (db/logboek.new_key); owner only."""

    __tablename__ = "logboek_sleutel"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    ipad: Mapped[bytes] = mapped_column(LargeBinary)
    opad: Mapped[bytes] = mapped_column(LargeBinary)
