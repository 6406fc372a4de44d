"""Copying clients between the server and a laptop store: the reference rows the screens
need (staff, kick-off sessions) and every row of the chosen clients (parents first).
Removing them again (children first) is db/client_tables.remove_clients. Works on two
connections; no Qt."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from sqlalchemy import Connection, delete, insert, select

from intake_desktop.db.client_tables import (  # noqa: F401 - used by the laptop's modules
    CHUNK,
    chunks,
    households_of,
    ids_for,
    keys_of,
    remove_clients,
    remove_drafts_and_conflicts,
)
from intake_desktop.services.laptop.errors import CheckoutCancelled
from intake_desktop.services.laptop.sync_rows import CLIENT_TABLES, REFERENCE_TABLES, table

# A staff member's password hash travels only for the laptop's own user (offline
# sign-in); the others get this, which no password matches.
NO_PASSWORD = "!alleen-op-de-server"

Progress = Callable[[int, int], None]


def own_password_hash(server, actor) -> str | None:
    """What the laptop keeps to let its owner sign in offline: on a server in server
    mode (which keeps no hashes) an argon2 hash of the password she signed in with;
    otherwise None (the server's own hash is copied)."""
    if not server.staff_login:
        return None
    from intake_desktop.services.beheer.accounts import hash_password
    from intake_desktop.services.laptop.errors import CheckoutNeedsPassword

    password = server.own_password()
    if not password:
        raise CheckoutNeedsPassword()
    return hash_password(password)


def copy_reference(
    source: Connection, target: Connection, own_staff_id, own_hash: str | None = None
) -> None:
    """Staff, their roles, expertise and absences, and kick-off sessions, as the server
    has them now (upserted: rows on the laptop may point at them). No colleague's
    password hash leaves the server; the owner's is ``own_hash`` or the server's."""
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    for name in REFERENCE_TABLES:
        tbl = table(name)
        columns = [c for c in tbl.columns if c.name != "password_hash"]
        rows = [dict(r) for r in source.execute(select(*columns)).mappings()]
        if name == "staff":
            if own_hash is None:
                own_hash = source.scalar(
                    select(tbl.c.password_hash).where(tbl.c.id == own_staff_id)
                )
            for row in rows:
                row["password_hash"] = own_hash if row["id"] == own_staff_id else NO_PASSWORD
        if name == "staff_absence":
            for row in rows:
                if "reason" in row:
                    row["reason"] = ""  # colleagues' reasons stay in the office
        if "id" not in tbl.c:
            target.execute(delete(tbl))  # roles, expertise: nothing points at them
            if rows:
                target.execute(insert(tbl), rows)
            continue
        for chunk in chunks(rows):
            statement = sqlite_insert(tbl)
            statement = statement.on_conflict_do_update(
                index_elements=["id"],
                set_={c.name: statement.excluded[c.name] for c in tbl.columns if c.name != "id"},
            )
            target.execute(statement, chunk)


def copy_clients(
    source: Connection,
    target: Connection,
    client_ids: list[uuid.UUID],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Every row of these clients, parents first. Returns the number of rows."""
    found: dict[str, list] = {
        "client": list(client_ids),
        "client.household_id": households_of(source, client_ids),
    }
    copied = 0
    for step, (name, column, source_of) in enumerate(CLIENT_TABLES):
        if cancelled and cancelled():
            raise CheckoutCancelled()
        tbl = table(name)
        keys = keys_of(found, source_of)
        if name == "household":  # shared with members who may be on the laptop already
            there = set(ids_for(target, tbl, "id", keys))
            keys = [k for k in keys if k not in there]
        rows: list[dict] = []
        for chunk in chunks(keys):
            selected = source.execute(select(tbl).where(tbl.c[column].in_(chunk)))
            rows.extend(dict(r) for r in selected.mappings())
        for chunk in chunks(rows):
            target.execute(insert(tbl), chunk)
        copied += len(rows)
        found[f"{name}.id"] = [r["id"] for r in rows]
        if progress:
            progress(step + 1, len(CLIENT_TABLES))
    return copied
