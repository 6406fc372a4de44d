"""Every table that holds a client's data, in an order where every row's parents come
first: what a laptop takes along (services/laptop), what an inzage report shows
(services/dossier/inzage) and what destruction removes."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import Connection, Table, delete, select

CHUNK = 500

# Client data, in an order where every row's parents come first. (table, column, source)
# picks a table's rows: ``column`` IN the ids found for ``source`` ("client" = the
# checked-out clients).
CLIENT_TABLES: list[tuple[str, str, str]] = [
    ("household", "id", "client.household_id"),
    ("client", "id", "client"),
    ("correctie", "client_id", "client"),
    ("aanmelding", "client_id", "client"),
    ("intake_record", "client_id", "client"),
    ("intake_domain_answer", "intake_id", "intake_record.id"),
    ("assessment", "client_id", "client"),
    ("klantgroep_keuze", "client_id", "client"),
    ("klantmanager_toewijzing", "client_id", "client"),
    ("appointment", "client_id", "client"),
    ("task", "client_id", "client"),
    ("note", "client_id", "client"),
    ("trajectplan", "client_id", "client"),
    ("trajectplan_goal", "plan_id", "trajectplan.id"),
    ("trajectplan_activity", "goal_id", "trajectplan_goal.id"),
    ("trajectplan_versie", "plan_id", "trajectplan.id"),
    ("kickoff_booking", "client_id", "client"),
    ("beeindiging", "client_id", "client"),
    ("inburgeringsplicht", "client_id", "client"),
    ("inburgering_stap", "client_id", "client"),
    ("overdracht", "client_id", "client"),
    ("voortgangsrapportage", "client_id", "client"),
    ("work_first_resultaat", "client_id", "client"),
    ("maatregel", "client_id", "client"),
]


def table(name: str) -> Table:
    from intake_desktop.db.base import Base
    from intake_desktop.db.models import load_all

    load_all()
    return Base.metadata.tables[name]


def chunks(values: list, size: int = CHUNK) -> Iterable[list]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def ids_for(connection: Connection, tbl, column: str, keys: list) -> list:
    ids: list = []
    for chunk in chunks([k for k in dict.fromkeys(keys) if k is not None]):
        ids.extend(connection.scalars(select(tbl.c.id).where(tbl.c[column].in_(chunk))))
    return ids


def keys_of(found: dict[str, list], source_of: str) -> list:
    return [k for k in dict.fromkeys(found.get(source_of, [])) if k is not None]


def households_of(connection: Connection, client_ids: list) -> list:
    clients = table("client")
    return [
        h
        for chunk in chunks(client_ids)
        for h in connection.scalars(select(clients.c.household_id).where(clients.c.id.in_(chunk)))
    ]


def remove_clients(target: Connection, client_ids: list[uuid.UUID]) -> dict[str, list]:
    """Delete these clients and everything of theirs, children first (on a laptop with
    capturing off: this is no change to push). Returns the ids removed, per table."""
    found: dict[str, list] = {
        "client": list(client_ids),
        "client.household_id": households_of(target, client_ids),
    }
    plan: list[tuple] = []
    for name, column, source_of in CLIENT_TABLES:
        if name == "household":
            continue
        tbl = table(name)
        ids = ids_for(target, tbl, column, keys_of(found, source_of))
        found[f"{name}.id"] = ids
        plan.append((tbl, ids))
    for tbl, ids in reversed(plan):
        for chunk in chunks(ids):
            target.execute(delete(tbl).where(tbl.c.id.in_(chunk)))
    households, clients = table("household"), table("client")
    removed = {tbl.name: ids for tbl, ids in plan}
    removed["household"] = []
    for chunk in chunks(keys_of(found, "client.household_id")):
        empty = ~select(clients.c.id).where(clients.c.household_id == households.c.id).exists()
        where = (households.c.id.in_(chunk), empty)
        removed["household"] += list(target.scalars(select(households.c.id).where(*where)))
        target.execute(delete(households).where(*where))
    return removed


def remove_drafts_and_conflicts(connection: Connection, client_ids) -> None:
    """A destroyed dossier's sync conflicts and the drafts whose form key names it
    (ui: "aanmelding:<id>"), on the server (destruction) and on a laptop (its sync)."""
    from sqlalchemy import or_

    from intake_desktop.db.models import Draft, SyncConflict

    ids = list(client_ids)
    for chunk in chunks(ids):
        connection.execute(delete(SyncConflict).where(SyncConflict.client_id.in_(chunk)))
    for client_id in ids:
        key = Draft.form_key
        connection.execute(
            delete(Draft).where(or_(key.contains(str(client_id)), key.contains(client_id.hex)))
        )
