"""A plan's goals and activities merge as one whole ("doelen"), because the editor
replaces them together: when only the laptop changed them they replace the server's,
when both did the two versions become one conflict. No Qt."""

from __future__ import annotations

from sqlalchemy import Connection, delete, insert, select, update

from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.statuses import PlanStatus
from intake_desktop.services.laptop.sync_merge import Found, Rows, new_conflict, read_row, whole
from intake_desktop.services.laptop.sync_outbox import Group
from intake_desktop.services.laptop.sync_rows import BOOKKEEPING, PLAN_FIELD, encode, table

PART_SKIP = BOOKKEEPING | {"plan_id", "goal_id", "deleted_at"}


def plan_parts(connection: Connection, plan_id) -> tuple[list[dict], list[dict]]:
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


def canonical(goal_rows: list[dict], act_rows: list[dict]) -> list:
    """What a person sees of the goals: their content in order, without ids."""

    def content(row):
        return tuple((k, row[k]) for k in sorted(row) if k not in PART_SKIP)

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


def base_parts(group: Group, mine_goals, mine_acts) -> tuple[list[dict], list[dict]]:
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


def encode_parts(goal_rows, act_rows) -> dict:
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


def apply_plan_parts(rows: Rows, group: Group, found: Found) -> None:
    rows.flush()
    server, laptop = rows.server, rows.laptop
    if read_row(server, "trajectplan", group.row_id, lock=True) is None:
        return  # the plan itself could not be added: its conflict says so
    mine = plan_parts(laptop, group.row_id)
    theirs = plan_parts(server, group.row_id)
    base = base_parts(group, *mine)
    mine_c, theirs_c, base_c = canonical(*mine), canonical(*theirs), canonical(*base)
    if mine_c == theirs_c or mine_c == base_c:
        return
    if theirs_c == base_c:
        replace_parts(server, group.row_id, *mine)
        found.applied += 1
        found.merged += 1
        return
    plan = read_row(laptop, "trajectplan", group.row_id)
    found.conflicts.append(
        new_conflict(
            group,
            PLAN_FIELD,
            "parts",
            encode_parts(*base),
            encode_parts(*mine),
            encode_parts(*theirs),
            plan["client_id"] if plan else None,
        )
    )


def open_plan_row(connection: Connection, client_id) -> dict | None:
    """The client's plan in progress (at most one: a unique index), as a row."""
    plans = table("trajectplan")
    found = (
        connection.execute(
            select(plans).where(
                plans.c.client_id == client_id,
                plans.c.status != PlanStatus.AFGEROND,
                plans.c.deleted_at.is_(None),
            )
        )
        .mappings()
        .first()
    )
    return dict(found) if found else None


def refused_plan(server: Connection, laptop: Connection, group: Group) -> dict:
    """A plan made offline while the client got an open plan on the server meanwhile:
    the laptop's plan (text and goals) is kept in a conflict against the server's."""
    mine = read_row(laptop, "trajectplan", group.row_id)
    theirs = open_plan_row(server, mine["client_id"])
    mine_parts = plan_parts(laptop, group.row_id)
    theirs_parts = plan_parts(server, theirs["id"]) if theirs else ([], [])
    return new_conflict(
        group,
        PLAN_FIELD,
        "plan",
        {},
        {**whole(mine), **encode_parts(*mine_parts)},
        {**whole(theirs), **encode_parts(*theirs_parts)},
        mine["client_id"],
    )
