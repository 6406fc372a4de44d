"""Synchronising a laptop with the server after a home visit ("Synchroniseren").

The laptop's outbox says which rows changed offline and how they looked before (the
base). Each changed row is merged with the server's row field by field: a field only
the laptop changed is written, a field only the server changed stays, a field both
changed differently becomes a ``SyncConflict`` for the klantmanager. Notes and audit
events are only ever added, so they never conflict. A plan's goals and activities merge
as one whole ("doelen"), because the editor replaces them together.

The push goes in chunks, each one server transaction that also stores a receipt per
change it applied; the laptop forgets those changes only afterwards. A push broken off
and repeated therefore applies nothing twice: receipted changes are skipped, and the
others are merged again against what the server has now.

Reading the outbox is ``sync_outbox``, merging a row ``sync_merge``, a plan's goals
``sync_plan``; this module does the push and the refresh after it. No Qt."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, delete, select
from sqlalchemy.exc import IntegrityError, ProgrammingError

from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.roles import Actor
from intake_desktop.services.core import audit
from intake_desktop.services.core.errors import ServiceError
from intake_desktop.services.core.store import Store, refused_by_server
from intake_desktop.services.laptop import sync_guard
from intake_desktop.services.laptop.checkout import (
    check_same_server,
    checked_out_ids,
    record_refreshed,
    return_clients,
    set_capturing,
)
from intake_desktop.services.laptop.client_copy import (
    CHUNK,
    chunks,
    copy_clients,
    copy_reference,
    own_password_hash,
    remove_clients,
    remove_drafts_and_conflicts,
)
from intake_desktop.services.laptop.errors import ChangesNotPushed, SyncBroken, SyncCancelled
from intake_desktop.services.laptop.sync_merge import (
    Found,
    Rows,
    apply_fieldwise,
    apply_row,
    client_of,
    new_conflict,
    read_row,
    whole,
)
from intake_desktop.services.laptop.sync_outbox import Group, groups, laptop_id_of, outbox_entries
from intake_desktop.services.laptop.sync_plan import apply_plan_parts, refused_plan
from intake_desktop.services.laptop.sync_rows import PLAN_FIELD, RECORDS_OF_CHANGE, table

SYNC = "synchroniseren"

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class PushResult:
    changes: int = 0  # what people changed (notes, data, plans, appointments)
    audit_events: int = 0  # and the audit trail of what they did offline
    rows_applied: int = 0
    fields_merged: int = 0
    conflicts: int = 0
    already_applied: int = 0
    refused: int = 0  # changes the server does not take from a laptop (sync_guard)


@dataclass(frozen=True)
class SyncResult:
    push: PushResult
    returned: int
    kept: int


class SyncInterrupted(Exception):
    """Raised by a test hook to stop a push halfway, as a broken connection would."""


# --- the push ------------------------------------------------------------------------


def _receipted(server: Store, change_ids: list[str]) -> set[str]:
    from intake_desktop.db.models import SyncReceipt

    done: set[str] = set()
    with server.reading() as session:
        for start in range(0, len(change_ids), CHUNK):
            chunk = change_ids[start : start + CHUNK]
            done.update(
                session.scalars(
                    select(SyncReceipt.change_id).where(SyncReceipt.change_id.in_(chunk))
                )
            )
    return done


def _apply_chunk(server: Connection, laptop: Connection, chunk: list[Group], careful: bool):
    """Apply a chunk; with ``careful`` each group in its own savepoint, so one refused
    row (say, a second plan for the same client) does not stop the others."""
    results: list[tuple[Group, Found]] = []
    rows = None if careful else Rows(server, laptop, chunk)
    for group in chunk:
        apply = apply_plan_parts if group.table == PLAN_FIELD else apply_row
        if careful:
            found = _apply_carefully(server, laptop, group, apply)
        else:
            found = Found()
            apply(rows, group, found)
        results.append((group, found))
    if rows is not None:
        rows.flush()
    return results


def _apply_carefully(server: Connection, laptop: Connection, group: Group, apply) -> Found:
    """One group in a savepoint; what the server refuses becomes a conflict (field by
    field for a changed row)."""
    found = Found()
    savepoint = server.begin_nested()
    try:
        single = Rows(server, laptop, [group])
        apply(single, group, found)
        single.flush()
        savepoint.commit()
        return found
    except IntegrityError:
        savepoint.rollback()
    except ProgrammingError as exc:  # server mode: a grant or policy says no
        if not refused_by_server(exc):
            raise
        savepoint.rollback()
    found = Found()
    if group.first_op != "I" and group.table != PLAN_FIELD:
        apply_fieldwise(server, laptop, group, found)
        return found
    if group.table == "trajectplan":
        found.conflicts.append(refused_plan(server, laptop, group))
        return found
    mine = None if group.table == PLAN_FIELD else read_row(laptop, group.table, group.row_id)
    refused = new_conflict(
        group,
        "*",
        "refused",
        whole(group.base),
        whole(mine),
        whole(None),
        client_of(group.table, mine or group.base, laptop),
    )
    return Found(conflicts=[refused])


def push(
    server: Store,
    laptop: Store,
    actor: Actor,
    progress: Progress | None = None,
    chunk_size: int = 400,
    after_chunk: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> PushResult:
    """Send the laptop's offline changes to the server (see the module's docstring)."""
    laptop_id = laptop_id_of(laptop)
    check_same_server(server, laptop)
    with laptop.reading() as local:
        entries = outbox_entries(local.connection())
        audit_entries = sum(1 for e in entries if e.table_name == "audit_event")
        # what a person changed, as the laptop's status counts it
        changes = sum(1 for e in entries if e.table_name not in RECORDS_OF_CHANGE)
        # Changes a broken-off push already applied (receipted) are not applied again;
        # later changes of the same rows merge against the state after them.
        done = _receipted(server, [e.change_id for e in entries])
        skipped = [e.seq for e in entries if e.change_id in done]
        todo = groups([e for e in entries if e.change_id not in done], local.connection())
        with server.reading() as remote:
            todo, refused = sync_guard.screen(
                remote.connection(), local.connection(), actor, laptop_id, todo
            )
    if refused:
        _refuse(server, laptop, actor, laptop_id, refused)
    totals = Found()
    conflicts = 0
    if skipped:
        _forget(laptop, skipped, [])
    stopped = False
    for number, start in enumerate(range(0, len(todo), chunk_size)):
        if cancelled and cancelled():
            stopped = True
            break
        chunk = todo[start : start + chunk_size]
        results = _push_chunk(server, laptop, laptop_id, chunk)
        found_conflicts = [c for _g, f in results for c in f.conflicts]
        for _group, found in results:
            totals.applied += found.applied
            totals.merged += found.merged
        conflicts += len(found_conflicts)
        if after_chunk:
            after_chunk(number)
        _forget(laptop, [s for g in chunk for s in g.seqs], found_conflicts)
        if progress:
            progress(min(start + chunk_size, len(todo)), len(todo))
    if not stopped:
        _mark_synced(laptop)
    details = {
        "wijzigingen": changes,
        "auditregels": audit_entries,
        "toegepast": totals.applied,
        "conflicten": conflicts,
        "al_toegepast": len(skipped),
        "geweigerd": len(refused),
        "afgebroken": stopped,
    }
    audit.record_standalone(
        server, actor, SYNC, entity="laptop", entity_id=laptop_id, details=details
    )
    if stopped:
        raise SyncCancelled()
    return PushResult(
        changes,
        audit_entries,
        totals.applied,
        totals.merged,
        conflicts,
        len(skipped),
        sum(len(r.seqs) for r in refused),
    )


def _refuse(server: Store, laptop: Store, actor: Actor, laptop_id, refused) -> None:
    """Refused changes leave the outbox (they would be refused at every push) and are
    audited on the server, per table, kind and reason (no values)."""
    from collections import Counter

    counted = Counter((r.table, r.op, r.reason) for r in refused)
    audit.record_standalone(
        server,
        actor,
        audit.REFUSED,
        entity="laptop",
        entity_id=laptop_id,
        details={
            "handeling": "synchroniseren",
            "geweigerd": [
                {"tabel": t, "soort": op, "reden": reason, "aantal": n}
                for (t, op, reason), n in sorted(counted.items())
            ],
        },
    )
    _forget(laptop, [s for r in refused for s in r.seqs], [])


class _Refused(Exception):
    """The server refused a row of a chunk applied as a whole (a unique value taken, a
    parent gone): the chunk goes again, group by group, and that row becomes a conflict."""


def _push_chunk(server: Store, laptop: Store, laptop_id, chunk: list[Group]):
    """One server transaction for the chunk, with a receipt per change it applied; when
    the server refuses something, the same chunk again, group by group."""
    with laptop.reading() as local:
        try:
            return _apply_with_receipts(server, local, laptop_id, chunk, careful=False)
        except (_Refused, ServiceError):
            pass
        try:
            return _apply_with_receipts(server, local, laptop_id, chunk, careful=True)
        except ServiceError:
            raise SyncBroken() from None


def _apply_with_receipts(server: Store, local, laptop_id, chunk: list[Group], careful: bool):
    from intake_desktop.db.models import SyncReceipt

    with server.transaction() as session:
        try:
            results = _apply_chunk(session.connection(), local.connection(), chunk, careful)
        except (IntegrityError, ProgrammingError) as exc:
            if careful or (isinstance(exc, ProgrammingError) and not refused_by_server(exc)):
                raise
            # Any broken rule, not only a unique one: rolled back, and tried row by row.
            raise _Refused() from None
        receipts = [
            {"change_id": c, "laptop_id": laptop_id, "applied_at": utcnow()}
            for group, found in results
            if not found.conflicts
            for c in group.change_ids
        ]
        if receipts:
            session.execute(_insert_ignoring(session, SyncReceipt), receipts)
    return results


def _insert_ignoring(session, model):
    """INSERT that skips rows whose key is already there (receipts of a repeat)."""
    if session.bind.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(model).on_conflict_do_nothing()
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert(model).on_conflict_do_nothing()


def _mark_synced(laptop: Store) -> None:
    from intake_desktop.db.models import SyncState

    with laptop.transaction() as session:
        session.get(SyncState, 1).last_sync_at = utcnow()


def _forget(laptop: Store, seqs: list[int], conflicts: list[dict]) -> None:
    """The laptop's half of a chunk: the pushed changes leave the outbox and the
    conflicts found are kept (one open conflict per field)."""
    from intake_desktop.db.models import Client, OutboxEntry, SyncConflict

    with laptop.transaction() as session:
        for start in range(0, len(seqs), CHUNK):
            session.execute(
                delete(OutboxEntry).where(OutboxEntry.seq.in_(seqs[start : start + CHUNK]))
            )
        for conflict in conflicts:
            session.execute(
                delete(SyncConflict).where(
                    SyncConflict.table_name == conflict["table_name"],
                    SyncConflict.row_id == conflict["row_id"],
                    SyncConflict.field == conflict["field"],
                    SyncConflict.resolved_at.is_(None),
                )
            )
            client = session.get(Client, conflict["client_id"]) if conflict["client_id"] else None
            session.add(SyncConflict(**conflict, client_name=client.full_name if client else ""))


def synchronise(
    server: Store,
    laptop: Store,
    actor: Actor,
    keep: bool,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> SyncResult:
    """Push, then either give every client back (``keep`` False: the laptop is empty
    afterwards, apart from open conflicts) or refresh them from the server."""
    result = push(server, laptop, actor, progress, cancelled=cancelled)
    ids = checked_out_ids(laptop)
    _clear_local_audit(laptop)
    if not keep:
        return SyncResult(result, return_clients(server, laptop, actor, ids), 0)
    refresh(server, laptop, actor, ids)
    return SyncResult(result, 0, len(ids))


def _clear_local_audit(laptop: Store) -> None:
    """The audit events made offline are on the server now, linked into its chain (and
    in its Logboek); the laptop's own chain starts again at its next event."""
    with laptop.transaction() as session:
        connection = session.connection()
        set_capturing(connection, False)
        connection.execute(delete(table("audit_event")))
        connection.execute(delete(table("audit_chain")))
        connection.execute(delete(table("logboek_regel")))  # the server makes its own
        set_capturing(connection, True)


def refresh(server: Store, laptop: Store, actor: Actor, client_ids: list[uuid.UUID]) -> None:
    """Replace the laptop's copy of these clients with the server's (after a push, the
    merged result). Clients removed on the server leave the laptop."""
    from intake_desktop.db.models import OutboxEntry

    with laptop.reading() as session:
        if session.scalar(select(OutboxEntry.seq).limit(1)) is not None:
            raise ChangesNotPushed()
    with server.reading() as session, laptop.transaction() as local:
        source, target = session.connection(), local.connection()
        set_capturing(target, False)
        remove_drafts_and_conflicts(target, sync_guard.destroyed_here(source, target))
        remove_clients(target, client_ids)
        copy_reference(source, target, actor.staff_id, own_password_hash(server, actor))
        clients = table("client")
        live = clients.c.deleted_at.is_(None)
        still = [
            c
            for chunk in chunks(client_ids, CHUNK)
            for c in source.scalars(select(clients.c.id).where(clients.c.id.in_(chunk), live))
        ]
        copy_clients(source, target, still)
        set_capturing(target, True)
    record_refreshed(server, actor, laptop_id_of(laptop), still)
