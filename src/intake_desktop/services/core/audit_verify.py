"""Checking the audit log's hash chain (db/audit_chain.py): every link recomputed from
its audit row by the database's own function, every link following the one before, no
link missing, no audit row outside the chain. Names the first broken link.

Used by ``intake-desktop audit verify`` and Beheer → Auditlog → "Keten controleren".
What a chain cannot show by itself: rows cut off at its very end. The report gives the
last link's number and hash (``head``), to be written down outside the store.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import text

from intake_desktop.db.audit_chain import COLUMNS, FUNCTION, GENESIS
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.roles import BEHEERDER, Actor
from intake_desktop.services.core import audit
from intake_desktop.services.core.errors import NotAllowed, ServiceError
from intake_desktop.services.core.store import Store

# Why a link is broken; the screen and the command line say it in words.
CHANGED = "gewijzigd"  # the audit row no longer gives the link's hash
ROW_GONE = "regel_verwijderd"  # the link's audit row is gone
LINK_GONE = "schakel_verwijderd"  # a number is missing from the chain
OUT_OF_ORDER = "sluit_niet_aan"  # a link does not hold the hash of the one before
UNLINKED = "buiten_keten"  # an audit row without a link

REASONS = {
    CHANGED: QT_TRANSLATE_NOOP("audit", "de auditregel is na het vastleggen gewijzigd"),
    ROW_GONE: QT_TRANSLATE_NOOP("audit", "de auditregel is verwijderd"),
    LINK_GONE: QT_TRANSLATE_NOOP("audit", "een schakel ontbreekt (verwijderd)"),
    OUT_OF_ORDER: QT_TRANSLATE_NOOP("audit", "de schakel sluit niet aan op de vorige"),
    UNLINKED: QT_TRANSLATE_NOOP("audit", "een auditregel staat buiten de keten"),
}

BATCH = 5000


@dataclass(frozen=True)
class Break:
    seq: int | None  # the link's number (None: a row outside the chain)
    reason: str
    audit_id: uuid.UUID | None = None
    occurred_at: datetime | None = None


@dataclass(frozen=True)
class ChainReport:
    checked: int  # links checked
    head_seq: int
    head_hash: str
    broken: Break | None
    unlinked: int = 0  # audit rows without a link

    @property
    def intact(self) -> bool:
        return self.broken is None


def _query(dialect: str) -> str:
    args = ", ".join(f"e.{column}" for column in COLUMNS)
    # CASE: SQLite's function is not called for a link whose row is gone.
    return (
        "SELECT c.seq, c.audit_id, c.prev_hash, c.row_hash, e.id AS event_id, "
        f"e.occurred_at, CASE WHEN e.id IS NULL THEN NULL ELSE {FUNCTION}(c.prev_hash, {args}) "
        "END AS recomputed FROM audit_chain c LEFT JOIN audit_event e ON e.id = c.audit_id "
        "ORDER BY c.seq"
    )


def verify(
    store: Store,
    actor: Actor,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ChainReport:
    """Walk the whole chain. Only a beheerder; the check itself is audited."""
    if not actor.has(BEHEERDER):
        raise audit.refusal(
            store,
            actor,
            NotAllowed(QT_TRANSLATE_NOOP("audit", "Alleen een beheerder controleert de keten.")),
        )
    report = _walk(store, progress, cancelled)
    audit.record_standalone(
        store,
        actor,
        audit.CHAIN_VERIFIED,
        details={
            "schakels": report.checked,
            "heel": report.intact,
            "laatste": report.head_seq,
            "hash": report.head_hash[:16],
        },
    )
    return report


def _walk(store: Store, progress, cancelled) -> ChainReport:
    with store.reading() as session:
        connection = session.connection()
        total = connection.execute(text("SELECT count(*) FROM audit_chain")).scalar_one()
        rows = connection.execution_options(stream_results=True, yield_per=BATCH).execute(
            text(_query(connection.dialect.name))
        )
        previous_seq, previous_hash, checked = 0, GENESIS, 0
        broken: Break | None = None
        for seq, audit_id, prev_hash, row_hash, event_id, occurred_at, recomputed in rows:
            checked += 1
            found = None
            if seq != previous_seq + 1:
                found = Break(previous_seq + 1, LINK_GONE)
            elif prev_hash != previous_hash:
                found = Break(seq, OUT_OF_ORDER, _uuid(audit_id))
            elif event_id is None:
                found = Break(seq, ROW_GONE, _uuid(audit_id))
            elif recomputed != row_hash:
                found = Break(seq, CHANGED, _uuid(audit_id), _when(occurred_at))
            if found and broken is None:
                broken = found
            previous_seq, previous_hash = seq, row_hash
            if progress and checked % BATCH == 0:
                progress(checked, total)
            if cancelled and cancelled():
                rows.close()
                raise Cancelled()
        unlinked = connection.execute(
            text(
                "SELECT count(*) FROM audit_event e WHERE NOT EXISTS "
                "(SELECT 1 FROM audit_chain c WHERE c.audit_id = e.id)"
            )
        ).scalar_one()
        if broken is None and unlinked:
            first = connection.execute(
                text(
                    "SELECT e.id, e.occurred_at FROM audit_event e WHERE NOT EXISTS "
                    "(SELECT 1 FROM audit_chain c WHERE c.audit_id = e.id) "
                    "ORDER BY e.occurred_at LIMIT 1"
                )
            ).one()
            broken = Break(None, UNLINKED, _uuid(first[0]), _when(first[1]))
    if progress:
        progress(checked, total)
    return ChainReport(checked, previous_seq, previous_hash, broken, unlinked)


class Cancelled(ServiceError):
    context = "audit"
    template = QT_TRANSLATE_NOOP("audit", "De controle van de keten is afgebroken.")


def _uuid(value) -> uuid.UUID | None:
    if value is None or isinstance(value, uuid.UUID):
        return value
    return uuid.UUID(str(value))


def _when(value) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    from datetime import UTC

    return datetime.fromisoformat(value).replace(tzinfo=UTC)
