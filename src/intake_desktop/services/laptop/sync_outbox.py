"""Reading the laptop's outbox for a push: its entries grouped per changed row (and, for
a plan's goals and activities, per plan), with the row as it was before (the base), in
the order the server can take them. No Qt."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from intake_desktop.services.core.store import Store
from intake_desktop.services.laptop.errors import NothingCheckedOut
from intake_desktop.services.laptop.sync_rows import (
    CLIENT_TABLES,
    PLAN_FIELD,
    PLAN_PARTS,
    from_stored,
    row_key,
    table,
)

# Parents before children when rows are added (the order of CLIENT_TABLES).
ORDER = {name: n for n, (name, _c, _s) in enumerate(CLIENT_TABLES)} | {"audit_event": 99}


@dataclass
class Group:
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


def laptop_id_of(laptop: Store) -> uuid.UUID:
    from intake_desktop.db.models import SyncState

    with laptop.reading() as session:
        state = session.get(SyncState, 1)
        if state is None:
            raise NothingCheckedOut()
        return state.laptop_id


def outbox_entries(laptop: Connection):
    from intake_desktop.db.models import OutboxEntry

    return laptop.execute(select(OutboxEntry.__table__).order_by(OutboxEntry.seq)).all()


def groups(outbox, laptop: Connection) -> list[Group]:
    """The outbox entries (those not yet applied) grouped per row, and per plan for
    its goals and activities. The base of a row is the old value of its first entry."""
    rows: dict[tuple[str, str], Group] = {}
    plans: dict[uuid.UUID, Group] = {}
    goal_plan = _goal_plans(laptop, outbox)
    activity_goal = _activity_goals(laptop, outbox)
    for entry in outbox:
        tbl = table(entry.table_name)
        key = row_key(tbl, entry.row_id)
        old = json.loads(entry.old_values) if entry.old_values else None
        if entry.table_name in PLAN_PARTS:
            goal_id = key if entry.table_name == "trajectplan_goal" else activity_goal.get(key)
            plan_id = goal_plan.get(goal_id)
            if plan_id is None:
                continue  # a part whose plan is gone on the laptop: nothing to merge
            group = plans.setdefault(plan_id, Group(PLAN_FIELD, plan_id, "U", "U", None))
            group.parts.setdefault(
                (entry.table_name, key), (entry.op, from_stored(tbl, old) if old else None)
            )
        else:
            group = rows.get((entry.table_name, entry.row_id))
            if group is None:
                group = rows[(entry.table_name, entry.row_id)] = Group(
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
