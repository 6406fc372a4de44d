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
others are merged again against what the server has now. No Qt."""

from __future__ import annotations

import json
import logging
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.roles import Actor
from intake_desktop.services.core import audit
from intake_desktop.services.core.errors import ServiceError
from intake_desktop.services.core.store import Store
from intake_desktop.services.laptop.checkout import (
    CHUNK,
    check_same_server,
    checked_out_ids,
    copy_clients,
    copy_reference,
    remove_clients,
    return_clients,
    set_capturing,
)
from intake_desktop.services.laptop.sync_rows import (
    BOOKKEEPING,
    CLIENT_TABLES,
    PLAN_FIELD,
    PLAN_PARTS,
    encode,
    from_stored,
    merge_fields,
    row_key,
    table,
)

log = logging.getLogger(__name__)

SYNC = "synchroniseren"
# Fields that follow another one (a derived search key): never a conflict of their own.
FOLLOWS = {("client", "search_name"): "surname"}
ORDER = {name: n for n, (name, _c, _s) in enumerate(CLIENT_TABLES)} | {"audit_event": 99}

MSG_CHANGED_AGAIN = QT_TRANSLATE_NOOP(
    "laptop",
    "Op de server is dit intussen opnieuw gewijzigd. Kijk naar de nieuwe waarde en kies opnieuw.",
)

Progress = Callable[[int, int], None]


@dataclass
class _Group:
    """All outbox entries of one row (or, for goals and activities, of one plan)."""

    table: str
    row_id: uuid.UUID
    first_op: str
    last_op: str
    base: dict | None
    change_ids: list[str] = field(default_factory=list)
    seqs: list[int] = field(default_factory=list)
    # For a plan's parts: first entry per (table, row id).
    parts: dict[tuple[str, uuid.UUID], Any] = field(default_factory=dict)

    @property
    def phase(self) -> tuple[int, int]:
        order = ORDER.get(self.table, 50)
        if self.table == PLAN_FIELD:
            return (1, ORDER["trajectplan_goal"])
        if self.table == "trajectplan" and self.first_op != "I" and self.last_op != "D":
            # A plan finished offline goes before a new plan of the same client is
            # added (one open plan per client).
            return (0, order - 0.5)
        if self.first_op == "I":
            return (0, order)
        if self.last_op == "D":
            return (2, -order)
        return (1, order)


@dataclass(frozen=True)
class PushResult:
    changes: int = 0  # what people changed (notes, data, plans, appointments)
    audit_events: int = 0  # and the audit trail of what they did offline
    rows_applied: int = 0
    fields_merged: int = 0
    conflicts: int = 0
    already_applied: int = 0


@dataclass(frozen=True)
class SyncResult:
    push: PushResult
    returned: int
    kept: int


@dataclass
class _Found:
    applied: int = 0
    merged: int = 0
    conflicts: list[dict] = field(default_factory=list)


class SyncCancelled(ServiceError):
    def __init__(self):
        super().__init__(
            QT_TRANSLATE_NOOP(
                "laptop",
                "Afgebroken. Wat al verstuurd was, staat op de server; de rest staat nog "
                "klaar voor de volgende keer.",
            )
        )


class SyncBroken(ServiceError):
    def __init__(self):
        super().__init__(
            QT_TRANSLATE_NOOP(
                "laptop",
                "Het synchroniseren is onderbroken (de server was even niet bereikbaar of "
                "bezet). Wat al verstuurd was, staat op de server; probeer het opnieuw.",
            )
        )


class SyncInterrupted(Exception):
    """Raised by a test hook to stop a push halfway, as a broken connection would."""


def _laptop_id(laptop: Store) -> uuid.UUID:
    from intake_desktop.db.models import SyncState

    with laptop.reading() as session:
        state = session.get(SyncState, 1)
        if state is None:
            raise ServiceError(
                QT_TRANSLATE_NOOP("laptop", "Op deze laptop zijn geen klanten meegenomen.")
            )
        return state.laptop_id


# --- reading the outbox --------------------------------------------------------------


def _entries(laptop: Connection):
    from intake_desktop.db.models import OutboxEntry

    return laptop.execute(select(OutboxEntry.__table__).order_by(OutboxEntry.seq)).all()


def _groups(entries, laptop: Connection) -> list[_Group]:
    """The outbox entries (those not yet applied) grouped per row, and per plan for
    its goals and activities. The base of a row is the old value of its first entry."""
    rows: dict[tuple[str, str], _Group] = {}
    plans: dict[uuid.UUID, _Group] = {}
    goal_plan = _goal_plans(laptop, entries)
    activity_goal = _activity_goals(laptop, entries)
    for entry in entries:
        tbl = table(entry.table_name)
        key = row_key(tbl, entry.row_id)
        old = json.loads(entry.old_values) if entry.old_values else None
        if entry.table_name in PLAN_PARTS:
            goal_id = key if entry.table_name == "trajectplan_goal" else activity_goal.get(key)
            plan_id = goal_plan.get(goal_id)
            if plan_id is None:
                continue  # a part whose plan is gone on the laptop: nothing to merge
            group = plans.setdefault(plan_id, _Group(PLAN_FIELD, plan_id, "U", "U", None))
            group.parts.setdefault(
                (entry.table_name, key), (entry.op, from_stored(tbl, old) if old else None)
            )
        else:
            group = rows.get((entry.table_name, entry.row_id))
            if group is None:
                group = rows[(entry.table_name, entry.row_id)] = _Group(
                    entry.table_name,
                    key,
                    entry.op,
                    entry.op,
                    from_stored(tbl, old) if old else None,
                )
            group.last_op = entry.op
        group.change_ids.append(entry.change_id)
        group.seqs.append(entry.seq)
    return sorted([*rows.values(), *plans.values()], key=lambda g: (g.phase, g.seqs[0]))


def _goal_plans(laptop: Connection, entries) -> dict:
    goals = table("trajectplan_goal")
    found = {r.id: r.plan_id for r in laptop.execute(select(goals.c.id, goals.c.plan_id))}
    for entry in entries:
        if entry.table_name == "trajectplan_goal" and entry.old_values:
            old = from_stored(goals, json.loads(entry.old_values))
            found.setdefault(old["id"], old["plan_id"])
    return found


def _activity_goals(laptop: Connection, entries) -> dict:
    acts = table("trajectplan_activity")
    found = {r.id: r.goal_id for r in laptop.execute(select(acts.c.id, acts.c.goal_id))}
    for entry in entries:
        if entry.table_name == "trajectplan_activity" and entry.old_values:
            old = from_stored(acts, json.loads(entry.old_values))
            found.setdefault(old["id"], old["goal_id"])
    return found


# --- merging one row -----------------------------------------------------------------


def _row(connection: Connection, name: str, row_id, lock: bool = False) -> dict | None:
    tbl = table(name)
    statement = select(tbl).where(tbl.c.id == row_id)
    if lock and connection.dialect.name == "postgresql":
        statement = statement.with_for_update()
    found = connection.execute(statement).mappings().first()
    return dict(found) if found else None


def _client_of(name: str, row: dict | None, laptop: Connection) -> uuid.UUID | None:
    if row is None:
        return None
    if name == "client":
        return row["id"]
    if "client_id" in row:
        return row["client_id"]
    if name == "trajectplan_versie" or name == PLAN_FIELD:
        plan = _row(laptop, "trajectplan", row.get("plan_id", row.get("id")))
        return plan["client_id"] if plan else None
    if name == "intake_domain_answer":
        intake = _row(laptop, "intake_record", row["intake_id"])
        return intake["client_id"] if intake else None
    return None


def _conflict(group: _Group, name: str, kind: str, base, mine, theirs, client_id) -> dict:
    return {
        "table_name": group.table,
        "row_id": group.row_id,
        "field": name,
        "kind": kind,
        "base": encode(base) if kind == "field" else base,
        "mine": encode(mine) if kind == "field" else mine,
        "theirs": encode(theirs) if kind == "field" else theirs,
        "client_id": client_id,
    }


def _whole(row: dict | None) -> dict:
    return {"row": {k: encode(v) for k, v in row.items()}} if row else {"row": None}


class _Rows:
    """The rows a chunk touches, read in one query per table on each side (locked on
    the server), and the new rows, inserted per table in one statement."""

    def __init__(self, server: Connection, laptop: Connection, chunk: list[_Group]):
        self.server, self.laptop = server, laptop
        wanted: dict[str, list] = defaultdict(list)
        for group in chunk:
            if group.table != PLAN_FIELD:
                wanted[group.table].append(group.row_id)
        self._local: dict[str, dict] = {}
        self._remote: dict[str, dict] = {}
        lock = server.dialect.name == "postgresql"
        for name, ids in wanted.items():
            tbl = table(name)
            statement = select(tbl).where(tbl.c.id.in_(ids))
            self._local[name] = {r["id"]: dict(r) for r in laptop.execute(statement).mappings()}
            if lock:
                statement = statement.with_for_update()
            self._remote[name] = {r["id"]: dict(r) for r in server.execute(statement).mappings()}
        self._new: dict[str, list[dict]] = defaultdict(list)

    def local(self, name: str, row_id) -> dict | None:
        return self._local[name].get(row_id)

    def remote(self, name: str, row_id) -> dict | None:
        return self._remote[name].get(row_id)

    def add(self, name: str, row: dict) -> None:
        self._new[name].append(row)
        self._remote[name][row["id"]] = row

    def flush(self) -> None:
        for name in sorted(self._new, key=lambda n: ORDER.get(n, 50)):
            self.server.execute(insert(table(name)), self._new[name])
        self._new.clear()


def _apply_row(rows: _Rows, group: _Group, found: _Found) -> None:
    server, laptop = rows.server, rows.laptop
    tbl = table(group.table)
    mine = rows.local(group.table, group.row_id)
    if group.first_op == "I":
        if mine is None or rows.remote(group.table, group.row_id) is not None:
            return  # added and removed again offline, or already on the server
        if group.table == "kickoff_booking" and _kickoff_full(server, mine["session_id"]):
            found.conflicts.append(
                _conflict(
                    group,
                    "*",
                    "full",
                    _whole(None),
                    _whole(mine),
                    _whole(None),
                    mine["client_id"],
                )
            )
            return
        rows.add(group.table, mine)
        found.applied += 1
        return
    rows.flush()  # changes to existing rows come after the new rows they may name
    base = group.base or {}
    theirs = rows.remote(group.table, group.row_id)
    if mine is None:  # removed on the laptop
        if theirs is None:
            return
        if theirs.get("version") == base.get("version"):
            server.execute(delete(tbl).where(tbl.c.id == group.row_id))
            found.applied += 1
        else:
            found.conflicts.append(
                _conflict(
                    group,
                    "*",
                    "removed_here",
                    _whole(base),
                    _whole(None),
                    _whole(theirs),
                    _client_of(group.table, mine or base, laptop),
                )
            )
        return
    if theirs is None:  # removed on the server while changed on the laptop
        found.conflicts.append(
            _conflict(
                group,
                "*",
                "removed_there",
                _whole(base),
                _whole(mine),
                _whole(None),
                _client_of(group.table, mine or base, laptop),
            )
        )
        return
    changes: dict[str, Any] = {}
    for name in merge_fields(tbl):
        if (group.table, name) in FOLLOWS:
            continue
        if mine.get(name) == base.get(name):
            continue  # not changed on the laptop: the server's value stands
        if theirs.get(name) == mine.get(name):
            continue  # the same change on both sides
        if theirs.get(name) == base.get(name):
            changes[name] = mine[name]
            for (tname, follower), leader in FOLLOWS.items():
                if tname == group.table and leader == name:
                    changes[follower] = mine[follower]
        else:
            found.conflicts.append(
                _conflict(
                    group,
                    name,
                    "field",
                    base.get(name),
                    mine[name],
                    theirs[name],
                    _client_of(group.table, mine, laptop),
                )
            )
    if changes:
        _update(server, tbl, theirs, changes, mine)
        found.applied += 1
        found.merged += len(changes)


def _kickoff_full(server: Connection, session_id) -> bool:
    """The laptop saw only its own clients' bookings: the server checks the places."""
    sessions, bookings = table("kickoff_session"), table("kickoff_booking")
    capacity = server.scalar(select(sessions.c.capacity).where(sessions.c.id == session_id))
    booked = server.scalar(
        select(func.count())
        .select_from(bookings)
        .where(bookings.c.session_id == session_id, bookings.c.deleted_at.is_(None))
    )
    return capacity is not None and booked >= capacity


def _update(server: Connection, tbl, theirs: dict, changes: dict, mine: dict | None) -> None:
    values = dict(changes)
    where = [tbl.c.id == theirs["id"]]
    if "version" in tbl.c:
        values["version"] = theirs["version"] + 1
        where.append(tbl.c.version == theirs["version"])
    if "updated_at" in tbl.c:
        values["updated_at"] = (mine or {}).get("updated_at") or utcnow()
        values["updated_by"] = (mine or {}).get("updated_by")
    result = server.execute(update(tbl).where(*where).values(**values))
    if result.rowcount != 1:
        raise ServiceError(MSG_CHANGED_AGAIN)


# --- a plan's goals and activities, as one whole -------------------------------------

_PART_SKIP = BOOKKEEPING | {"plan_id", "goal_id", "deleted_at"}


def _parts(connection: Connection, plan_id) -> tuple[list[dict], list[dict]]:
    goals, acts = table("trajectplan_goal"), table("trajectplan_activity")
    goal_rows = [
        dict(r)
        for r in connection.execute(select(goals).where(goals.c.plan_id == plan_id)).mappings()
    ]
    ids = [g["id"] for g in goal_rows]
    act_rows = (
        [
            dict(r)
            for r in connection.execute(select(acts).where(acts.c.goal_id.in_(ids))).mappings()
        ]
        if ids
        else []
    )
    return goal_rows, act_rows


def _canonical(goal_rows: list[dict], act_rows: list[dict]) -> list:
    """What a person sees of the goals: their content in order, without ids."""

    def content(row):
        return tuple((k, row[k]) for k in sorted(row) if k not in _PART_SKIP)

    result = []
    for goal in sorted(goal_rows, key=lambda g: g["position"]):
        if goal.get("deleted_at") is not None:
            continue
        activities = sorted(
            (a for a in act_rows if a["goal_id"] == goal["id"] and a.get("deleted_at") is None),
            key=lambda a: a["position"],
        )
        result.append((content(goal), tuple(content(a) for a in activities)))
    return result


def _base_parts(group: _Group, mine_goals, mine_acts) -> tuple[list[dict], list[dict]]:
    """The goals as they were at check-out: today's rows with the offline changes undone."""
    goals = {g["id"]: g for g in mine_goals}
    acts = {a["id"]: a for a in mine_acts}
    for (name, row_id), (op, old) in group.parts.items():
        rows = goals if name == "trajectplan_goal" else acts
        if op == "I":
            rows.pop(row_id, None)
        elif old is not None:
            rows[row_id] = old
    base_goals = list(goals.values())
    goal_ids = {g["id"] for g in base_goals}
    return base_goals, [a for a in acts.values() if a["goal_id"] in goal_ids]


def _encode_parts(goal_rows, act_rows) -> dict:
    return {
        "goals": [{k: encode(v) for k, v in g.items()} for g in goal_rows],
        "activities": [{k: encode(v) for k, v in a.items()} for a in act_rows],
    }


def replace_parts(server: Connection, plan_id, goal_rows: list[dict], act_rows: list[dict]) -> None:
    goals, acts = table("trajectplan_goal"), table("trajectplan_activity")
    existing = list(server.scalars(select(goals.c.id).where(goals.c.plan_id == plan_id)))
    if existing:
        server.execute(delete(acts).where(acts.c.goal_id.in_(existing)))
        server.execute(delete(goals).where(goals.c.plan_id == plan_id))
    if goal_rows:
        server.execute(insert(goals), goal_rows)
    if act_rows:
        server.execute(insert(acts), act_rows)
    # The plan's version goes up, so a screen opened on the old goals is refused.
    plans = table("trajectplan")
    server.execute(
        update(plans)
        .where(plans.c.id == plan_id)
        .values(version=plans.c.version + 1, updated_at=utcnow())
    )


def _apply_plan_parts(rows: _Rows, group: _Group, found: _Found) -> None:
    rows.flush()
    server, laptop = rows.server, rows.laptop
    if _row(server, "trajectplan", group.row_id, lock=True) is None:
        return  # the plan itself could not be added: its conflict says so
    mine = _parts(laptop, group.row_id)
    theirs = _parts(server, group.row_id)
    base = _base_parts(group, *mine)
    mine_c, theirs_c, base_c = _canonical(*mine), _canonical(*theirs), _canonical(*base)
    if mine_c == theirs_c or mine_c == base_c:
        return
    if theirs_c == base_c:
        replace_parts(server, group.row_id, *mine)
        found.applied += 1
        found.merged += 1
        return
    plan = _row(laptop, "trajectplan", group.row_id)
    found.conflicts.append(
        _conflict(
            group,
            PLAN_FIELD,
            "parts",
            _encode_parts(*base),
            _encode_parts(*mine),
            _encode_parts(*theirs),
            plan["client_id"] if plan else None,
        )
    )


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


def _apply_chunk(server: Connection, laptop: Connection, chunk: list[_Group], careful: bool):
    """Apply a chunk; with ``careful`` each group in its own savepoint, so one refused
    row (say, a second plan for the same client) does not stop the others."""
    results: list[tuple[_Group, _Found]] = []
    rows = None if careful else _Rows(server, laptop, chunk)
    for group in chunk:
        found = _Found()
        apply = _apply_plan_parts if group.table == PLAN_FIELD else _apply_row
        if careful:
            savepoint = server.begin_nested()
            try:
                single = _Rows(server, laptop, [group])
                apply(single, group, found)
                single.flush()
                savepoint.commit()
            except IntegrityError:
                savepoint.rollback()
                found = _Found()
                if group.first_op != "I" and group.table != PLAN_FIELD:
                    _apply_fieldwise(server, laptop, group, found)
                    results.append((group, found))
                    continue
                if group.table == "trajectplan":
                    found.conflicts.append(_refused_plan(server, laptop, group))
                    results.append((group, found))
                    continue
                mine = (
                    None if group.table == PLAN_FIELD else _row(laptop, group.table, group.row_id)
                )
                found = _Found(
                    conflicts=[
                        _conflict(
                            group,
                            "*",
                            "refused",
                            _whole(group.base),
                            _whole(mine),
                            _whole(None),
                            _client_of(group.table, mine or group.base, laptop),
                        )
                    ]
                )
        else:
            apply(rows, group, found)
        results.append((group, found))
    if rows is not None:
        rows.flush()
    return results


def _apply_fieldwise(server: Connection, laptop: Connection, group: _Group, found: _Found) -> None:
    """An update the server refused as a whole (say, a BSN another client has): each
    changed field on its own; a refused field becomes a conflict, the others arrive."""
    tbl = table(group.table)
    mine = _row(laptop, group.table, group.row_id)
    base = group.base or {}
    for name in merge_fields(tbl):
        theirs = _row(server, group.table, group.row_id, lock=True)
        if mine is None or theirs is None or (group.table, name) in FOLLOWS:
            continue
        if mine.get(name) == base.get(name) or theirs.get(name) == mine.get(name):
            continue
        client_id = _client_of(group.table, mine, laptop)
        if theirs.get(name) != base.get(name):
            found.conflicts.append(
                _conflict(group, name, "field", base.get(name), mine[name], theirs[name], client_id)
            )
            continue
        changes = {name: mine[name]}
        for (tname, follower), leader in FOLLOWS.items():
            if tname == group.table and leader == name:
                changes[follower] = mine[follower]
        savepoint = server.begin_nested()
        try:
            _update(server, tbl, theirs, changes, mine)
            savepoint.commit()
            found.applied += 1
            found.merged += len(changes)
        except IntegrityError:
            savepoint.rollback()
            found.conflicts.append(
                _conflict(group, name, "field", base.get(name), mine[name], theirs[name], client_id)
            )


def open_plan_row(connection: Connection, client_id) -> dict | None:
    """The client's plan in progress (at most one: a unique index), as a row."""
    plans = table("trajectplan")
    found = (
        connection.execute(
            select(plans).where(
                plans.c.client_id == client_id,
                plans.c.status != "afgerond",
                plans.c.deleted_at.is_(None),
            )
        )
        .mappings()
        .first()
    )
    return dict(found) if found else None


def _refused_plan(server: Connection, laptop: Connection, group: _Group) -> dict:
    """A plan made offline while the client got an open plan on the server meanwhile:
    the laptop's plan (text and goals) is kept in a conflict against the server's."""
    mine = _row(laptop, "trajectplan", group.row_id)
    theirs = open_plan_row(server, mine["client_id"])
    mine_parts = _parts(laptop, group.row_id)
    theirs_parts = _parts(server, theirs["id"]) if theirs else ([], [])
    return _conflict(
        group,
        PLAN_FIELD,
        "plan",
        {},
        {**_whole(mine), **_encode_parts(*mine_parts)},
        {**_whole(theirs), **_encode_parts(*theirs_parts)},
        mine["client_id"],
    )


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
    from intake_desktop.db.models import SyncReceipt

    laptop_id = _laptop_id(laptop)
    check_same_server(server, laptop)
    with laptop.reading() as local:
        entries = _entries(local.connection())
        audit_entries = sum(1 for e in entries if e.table_name == "audit_event")
        changes = len(entries) - audit_entries
        # Changes a broken-off push already applied (receipted) are not applied again;
        # later changes of the same rows merge against the state after them.
        done = _receipted(server, [e.change_id for e in entries])
        skipped = [e.seq for e in entries if e.change_id in done]
        todo = _groups([e for e in entries if e.change_id not in done], local.connection())
    totals = _Found()
    conflicts = 0
    if skipped:
        _forget(laptop, skipped, [])
    stopped = False
    for number, start in enumerate(range(0, len(todo), chunk_size)):
        if cancelled and cancelled():
            stopped = True
            break
        chunk = todo[start : start + chunk_size]
        with laptop.reading() as local:
            results = None
            for careful in (False, True):
                try:
                    with server.transaction() as session:
                        results = _apply_chunk(
                            session.connection(), local.connection(), chunk, careful
                        )
                        receipts = [
                            {"change_id": c, "laptop_id": laptop_id, "applied_at": utcnow()}
                            for group, found in results
                            if not found.conflicts
                            for c in group.change_ids
                        ]
                        if receipts:
                            session.execute(_insert_ignoring(session, SyncReceipt), receipts)
                    break
                except ServiceError:
                    if careful:
                        raise SyncBroken() from None
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
    with server.transaction() as session:
        audit.record(
            session,
            actor,
            SYNC,
            workstation=server.workstation,
            entity="laptop",
            entity_id=laptop_id,
            details={
                "wijzigingen": changes,
                "auditregels": audit_entries,
                "toegepast": totals.applied,
                "conflicten": conflicts,
                "al_toegepast": len(skipped),
                "afgebroken": stopped,
            },
        )
    if stopped:
        raise SyncCancelled()
    return PushResult(
        changes, audit_entries, totals.applied, totals.merged, conflicts, len(skipped)
    )


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
    """The audit events made offline are on the server now."""
    with laptop.transaction() as session:
        connection = session.connection()
        set_capturing(connection, False)
        connection.execute(delete(table("audit_event")))
        set_capturing(connection, True)


def refresh(server: Store, laptop: Store, actor: Actor, client_ids: list[uuid.UUID]) -> None:
    """Replace the laptop's copy of these clients with the server's (after a push, the
    merged result). Clients removed on the server leave the laptop."""
    from intake_desktop.db.models import OutboxEntry

    with laptop.reading() as session:
        if session.scalar(select(OutboxEntry.seq).limit(1)) is not None:
            raise ServiceError(
                QT_TRANSLATE_NOOP("laptop", "Eerst moeten de wijzigingen naar de server.")
            )
    with server.reading() as session, laptop.transaction() as local:
        source, target = session.connection(), local.connection()
        set_capturing(target, False)
        remove_clients(target, client_ids)
        copy_reference(source, target, actor.staff_id)
        clients = table("client")
        still = [
            c
            for start in range(0, len(client_ids), CHUNK)
            for c in source.scalars(
                select(clients.c.id).where(
                    clients.c.id.in_(client_ids[start : start + CHUNK]),
                    clients.c.deleted_at.is_(None),
                )
            )
        ]
        copy_clients(source, target, still)
        set_capturing(target, True)
