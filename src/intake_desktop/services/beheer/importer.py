"""Importing an existing caseload from a CSV file (format documented in the README).

All-or-nothing for the user: valid rows are stored together, or (cancelled, crashed)
none are. Rows whose BSN is already in the store are skipped, so importing the same
file twice creates no duplicates. The file is read as a stream (import_file), checked
line by line (import_rows), and on SQLite stored in chunks (import_runs).
"""

from __future__ import annotations

import csv
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import insert, text

from intake_desktop.db.models import AuditEvent, Client
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.roles import BEHEERDER, Actor
from intake_desktop.services.beheer import import_file, import_runs
from intake_desktop.services.beheer.errors import (
    ImportCancelled,
    ImportFileEmpty,
    ImportFileNotCsv,
    ImportFileUnreadable,
    ImportNotAllowed,
)
from intake_desktop.services.beheer.import_rows import COLUMNS, Batches, RowError, header_map
from intake_desktop.services.beheer.import_runs import known_bsns, record_import
from intake_desktop.services.core import audit
from intake_desktop.services.core.store import Store

__all__ = ["COLUMNS", "ImportReport", "RowError", "import_clients"]

CHUNK = 5000
# The report keeps this many refused lines; beyond it only counts (a file of garbage
# must not fill the memory with messages).
MAX_ERRORS = 1000


@dataclass
class ImportReport:
    rows: int = 0
    imported: int = 0
    already_present: int = 0
    errors: list[RowError] = field(default_factory=list)  # the first MAX_ERRORS
    error_count: int = 0  # all refused lines
    encoding: str = ""
    delimiter: str = ""
    undone_earlier: int = 0  # clients of an earlier, broken-off import removed first

    def refuse(self, error: RowError) -> None:
        self.error_count += 1
        if len(self.errors) < MAX_ERRORS:
            self.errors.append(error)


def import_clients(
    store: Store,
    actor: Actor,
    path: Path,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """Import the file. On PostgreSQL in one transaction. On SQLite, where one long
    transaction would hold up every other save for seconds, each CHUNK commits on its
    own and a failed or cancelled import removes what it added (import_runs); one
    killed halfway is removed at the start of the next import."""
    if not actor.has(BEHEERDER):
        raise audit.refusal(store, actor, ImportNotAllowed())
    path = Path(path)
    try:
        codec, encoding = import_file.file_encoding(path)
        stream = import_file.LineStream(path, codec)
        report = ImportReport(encoding=encoding, delimiter=import_file.delimiter_of(path, codec))
    except OSError as exc:
        raise ImportFileUnreadable(reason=exc.strerror or type(exc).__name__) from None
    reader = import_file.reader(stream, report.delimiter)
    try:
        header = next(reader)
    except StopIteration:
        raise ImportFileEmpty() from None
    except csv.Error as exc:
        raise ImportFileNotCsv(reason=str(exc)) from None
    batches = Batches(store, actor, reader, stream, header_map(header), report, CHUNK)

    def step() -> None:
        if cancelled and cancelled():
            raise ImportCancelled()
        if progress:
            progress(stream.done * 1000 // stream.size, 1000)

    if import_runs.chunked(store):
        report.undone_earlier = import_runs.undo_broken(store, actor)
        import_runs.run_in_chunks(store, actor, path, batches, report, step, _flush)
    else:
        _run_in_one_transaction(store, actor, path, batches, report, step)
    if progress:
        progress(1000, 1000)
    return report


def _run_in_one_transaction(store, actor, path, batches, report, step) -> None:
    with store.transaction() as session:
        # In server mode the beheerder reads no client row: the server says per chunk
        # which BSNs it has (_drop_known), never the whole list.
        server = store.staff_login
        if not server:
            batches.known = known_bsns(session)
        for batch in batches:
            if server:
                report.already_present += _drop_known(session, batch)
            _flush(session, batch, actor, store.workstation)
            report.imported += len(batch)
            step()
        step()
        record_import(session, actor, store.workstation, path, report)


def _drop_known(session, batch: list[dict]) -> int:
    """Server mode: leave out the rows whose BSN the server already has (it answers
    for the BSNs asked, db/server/functions.known_bsns); returns how many."""
    present = set(
        session.scalars(
            text("SELECT * FROM intake_security.known_bsns(:b)"), {"b": [r["bsn"] for r in batch]}
        )
    )
    before = len(batch)
    batch[:] = [row for row in batch if row["bsn"] not in present]
    return before - len(batch)


def _flush(
    session, batch: list[dict], actor: Actor, workstation: str, run: str | None = None
) -> None:
    if not batch:
        return
    # render_nulls: one executemany per chunk, not a new batch whenever a row's set of
    # non-empty columns differs (which made the import four times slower).
    session.execute(insert(Client).execution_options(render_nulls=True), batch)
    now = utcnow()
    session.execute(
        insert(AuditEvent).execution_options(render_nulls=True),
        [
            {
                "id": uuid.uuid4(),
                "occurred_at": now,
                "staff_id": actor.staff_id,
                "username": actor.username,
                "roles": actor.roles_text,
                "action": audit.CREATE,
                "entity": "client",
                "entity_id": row["id"],
                "client_id": row["id"],
                "details": {"bron": "import", **({"import": run} if run else {})},
                "workstation": workstation,
            }
            for row in batch
        ],
    )
