"""Merging one changed row of the laptop with the server's row, field by field: a field
only the laptop changed is written, a field only the server changed stays, a field both
changed differently becomes a conflict for the klantmanager (see ``sync``). No Qt."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from intake_desktop.domain.clock import utcnow
from intake_desktop.services.laptop.errors import ConflictChangedAgain
from intake_desktop.services.laptop.sync_outbox import ORDER, Group
from intake_desktop.services.laptop.sync_rows import PLAN_FIELD, encode, merge_fields, table

# Fields that follow another one (a derived search key): never a conflict of their own.
FOLLOWS = {("client", "search_name"): "surname"}


@dataclass
class Found:
    """What merging a group did: rows applied, fields merged, conflicts found."""

    applied: int = 0
    merged: int = 0
    conflicts: list[dict] = field(default_factory=list)


def read_row(connection: Connection, name: str, row_id, lock: bool = False) -> dict | None:
    tbl = table(name)
    statement = select(tbl).where(tbl.c.id == row_id)
    if lock and connection.dialect.name == "postgresql":
        statement = statement.with_for_update()
    found = connection.execute(statement).mappings().first()
    return dict(found) if found else None


def client_of(name: str, row: dict | None, laptop: Connection) -> uuid.UUID | None:
    if row is None:
        return None
    if name == "client":
        return row["id"]
    if "client_id" in row:
        return row["client_id"]
    if name == "trajectplan_versie" or name == PLAN_FIELD:
        plan = read_row(laptop, "trajectplan", row.get("plan_id", row.get("id")))
        return plan["client_id"] if plan else None
    if name == "intake_domain_answer":
        intake = read_row(laptop, "intake_record", row["intake_id"])
        return intake["client_id"] if intake else None
    return None


def new_conflict(group: Group, name: str, kind: str, base, mine, theirs, client_id) -> dict:
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


def whole(row: dict | None) -> dict:
    return {"row": {k: encode(v) for k, v in row.items()}} if row else {"row": None}


class Rows:
    """The rows a chunk touches, read in one query per table on each side (locked on
    the server), and the new rows, inserted per table in one statement."""

    def __init__(self, server: Connection, laptop: Connection, chunk: list[Group]):
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
            if name == "audit_event":
                # Only ever added (sync_guard), and nobody but a beheerder reads the
                # server's audit: a repeat is caught by its receipt, not by a lookup.
                self._remote[name] = {}
                continue
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


def apply_row(rows: Rows, group: Group, found: Found) -> None:
    """Bring one row's offline changes to the server (added, removed or changed)."""
    mine = rows.local(group.table, group.row_id)
    if group.first_op == "I":
        _add_row(rows, group, found, mine)
        return
    rows.flush()  # changes to existing rows come after the new rows they may name
    base = group.base or {}
    theirs = rows.remote(group.table, group.row_id)
    if mine is None:  # removed on the laptop
        _remove_row(rows, group, found, base, theirs)
    elif theirs is None:  # removed on the server while changed on the laptop
        found.conflicts.append(
            new_conflict(
                group,
                "*",
                "removed_there",
                whole(base),
                whole(mine),
                whole(None),
                client_of(group.table, mine, rows.laptop),
            )
        )
    else:
        _merge_row(rows, group, found, base, mine, theirs)


def _add_row(rows: Rows, group: Group, found: Found, mine: dict | None) -> None:
    if mine is None or rows.remote(group.table, group.row_id) is not None:
        return  # added and removed again offline, or already on the server
    if group.table == "kickoff_booking" and kickoff_full(rows.server, mine["session_id"]):
        found.conflicts.append(
            new_conflict(
                group, "*", "full", whole(None), whole(mine), whole(None), mine["client_id"]
            )
        )
        return
    rows.add(group.table, mine)
    found.applied += 1


def _remove_row(rows: Rows, group: Group, found: Found, base: dict, theirs: dict | None) -> None:
    """Removed on the laptop: removed on the server too, unless changed there since."""
    if theirs is None:
        return
    if theirs.get("version") == base.get("version"):
        tbl = table(group.table)
        rows.server.execute(delete(tbl).where(tbl.c.id == group.row_id))
        found.applied += 1
        return
    found.conflicts.append(
        new_conflict(
            group,
            "*",
            "removed_here",
            whole(base),
            whole(None),
            whole(theirs),
            client_of(group.table, base, rows.laptop),
        )
    )


def _merge_row(rows: Rows, group: Group, found: Found, base: dict, mine: dict, theirs: dict):
    """Changed on both sides, maybe: field by field (see the module's docstring)."""
    tbl = table(group.table)
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
                new_conflict(
                    group,
                    name,
                    "field",
                    base.get(name),
                    mine[name],
                    theirs[name],
                    client_of(group.table, mine, rows.laptop),
                )
            )
    if changes:
        update_row(rows.server, tbl, theirs, changes, mine)
        found.applied += 1
        found.merged += len(changes)


def kickoff_full(server: Connection, session_id) -> bool:
    """The laptop saw only its own clients' bookings: the server checks the places."""
    sessions, bookings = table("kickoff_session"), table("kickoff_booking")
    capacity = server.scalar(select(sessions.c.capacity).where(sessions.c.id == session_id))
    booked = server.scalar(
        select(func.count())
        .select_from(bookings)
        .where(bookings.c.session_id == session_id, bookings.c.deleted_at.is_(None))
    )
    return capacity is not None and booked >= capacity


def update_row(server: Connection, tbl, theirs: dict, changes: dict, mine: dict | None) -> None:
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
        raise ConflictChangedAgain()


def apply_fieldwise(server: Connection, laptop: Connection, group: Group, found: Found) -> None:
    """An update the server refused as a whole (say, a BSN another client has): each
    changed field on its own; a refused field becomes a conflict, the others arrive."""
    tbl = table(group.table)
    mine = read_row(laptop, group.table, group.row_id)
    base = group.base or {}
    for name in merge_fields(tbl):
        theirs = read_row(server, group.table, group.row_id, lock=True)
        if mine is None or theirs is None or (group.table, name) in FOLLOWS:
            continue
        if mine.get(name) == base.get(name) or theirs.get(name) == mine.get(name):
            continue
        client_id = client_of(group.table, mine, laptop)
        if theirs.get(name) != base.get(name):
            found.conflicts.append(
                new_conflict(
                    group, name, "field", base.get(name), mine[name], theirs[name], client_id
                )
            )
            continue
        changes = {name: mine[name]}
        for (tname, follower), leader in FOLLOWS.items():
            if tname == group.table and leader == name:
                changes[follower] = mine[follower]
        savepoint = server.begin_nested()
        try:
            update_row(server, tbl, theirs, changes, mine)
            savepoint.commit()
            found.applied += 1
            found.merged += len(changes)
        except IntegrityError:
            savepoint.rollback()
            found.conflicts.append(
                new_conflict(
                    group, name, "field", base.get(name), mine[name], theirs[name], client_id
                )
            )
