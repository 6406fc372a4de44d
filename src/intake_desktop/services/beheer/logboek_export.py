"""The Logboek Dataverwerkingen out of the store, for the municipality's log service:
the records (db/logboek.py) as JSON lines, from a sequence number on, so a daily job
takes only what is new. A beheerder only; the export is audited (a refusal too). The
records hold no personal data but a keyed hash (the key stays in the database)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from intake_desktop.db.models import LogboekRegel
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.roles import BEHEERDER, Actor
from intake_desktop.services.core import audit
from intake_desktop.services.core.errors import NotAllowed, ServiceError
from intake_desktop.services.core.store import Store

CHUNK = 5000


class LogboekNotAllowed(NotAllowed):
    context = "audit"

    def __init__(self):
        super().__init__(QT_TRANSLATE_NOOP("audit", "Alleen een beheerder exporteert het logboek."))


class ExportCancelled(ServiceError):
    context = "audit"

    def __init__(self):
        super().__init__(QT_TRANSLATE_NOOP("audit", "Het exporteren is afgebroken."))


@dataclass(frozen=True)
class Exported:
    records: int
    last_seq: int  # give this as ``after`` next time


def export(
    store: Store,
    actor: Actor,
    target: Path,
    after: int = 0,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Exported:
    """Write the records after sequence number ``after`` to ``target`` (one JSON object
    per line, UTF-8), atomically: a cancelled or failed export leaves no half file."""
    from intake_desktop.documents.output import write_atomically

    if not actor.has(BEHEERDER):
        raise audit.refusal(store, actor, LogboekNotAllowed())
    lines: list[str] = []
    last = after
    with store.reading() as session:
        total = session.scalar(select(func.count()).where(LogboekRegel.seq > after)) or 0
        while True:
            if cancelled and cancelled():
                raise ExportCancelled()
            rows = session.execute(
                select(LogboekRegel.seq, LogboekRegel.line)
                .where(LogboekRegel.seq > last)
                .order_by(LogboekRegel.seq)
                .limit(CHUNK)
            ).all()
            if not rows:
                break
            lines += [line for _seq, line in rows]
            last = rows[-1][0]
            if progress:
                progress(len(lines), total)
    write_atomically(target, "".join(f"{line}\n" for line in lines).encode())
    audit.record_standalone(
        store,
        actor,
        audit.EXPORT,
        entity="logboek",
        details={"regels": len(lines), "na_regel": after, "tot_regel": last},
    )
    return Exported(len(lines), last)
