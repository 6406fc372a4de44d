"""What a laptop may push, checked on the server side before anything is applied.

A laptop's outbox is written by triggers on the laptop, but the laptop is in the
user's hands: its file can be edited. So the push accepts only what a home visit can
make: changes of the client tables (``sync_rows.CAPTURED``) about clients checked out
to this staff member on this laptop (the server's ``checkout`` rows, not the laptop's
word), and new audit events of this staff member about those clients. An audit event
changed or deleted, a row of another table, a client not checked out to her, an event
in a colleague's name: each is refused, left out of the push, reported in the result
and audited; the rest still applies. In server mode PostgreSQL refuses the same again
(the push runs as her login role; db/server). No Qt.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import Connection, select

from intake_desktop.db.audit_chain import ref
from intake_desktop.db.client_tables import chunks
from intake_desktop.domain.roles import Actor
from intake_desktop.services.laptop.sync_merge import client_of, read_row
from intake_desktop.services.laptop.sync_outbox import Group
from intake_desktop.services.laptop.sync_rows import CAPTURED, PLAN_FIELD

# Why a change was refused (the audit's words).
NOT_A_LAPTOP_TABLE = "tabel"
AUDIT_REWRITTEN = "auditregel_gewijzigd"
SOMEONE_ELSE = "andere_medewerker"
NOT_CHECKED_OUT = "klant_niet_meegenomen"
DESTROYED = "dossier_vernietigd"  # its term ended while it was on the laptop


@dataclass(frozen=True)
class Refusal:
    table: str
    op: str
    reason: str
    seqs: tuple[int, ...]


def checked_out_here(server: Connection, actor: Actor, laptop_id: uuid.UUID) -> set:
    from intake_desktop.db.models import Checkout

    return set(
        server.scalars(
            select(Checkout.client_id).where(
                Checkout.staff_id == actor.staff_id,
                Checkout.laptop_id == laptop_id,
                Checkout.returned_at.is_(None),
            )
        )
    )


def _client(name: str, row_id, connection: Connection, row: dict | None = None):
    if name == PLAN_FIELD:
        plan = read_row(connection, "trajectplan", row_id)
        return plan["client_id"] if plan else None
    if row is None:
        row = read_row(connection, name, row_id)
    return client_of(name, row, connection)


def _household_ok(server: Connection, household_id, allowed: set) -> bool:
    from intake_desktop.db.models import Client

    members = set(server.scalars(select(Client.id).where(Client.household_id == household_id)))
    return bool(members & allowed)


def destroyed_here(server: Connection, laptop: Connection) -> set:
    """The laptop's clients whose dossier the server destroyed (vernietigd_dossier)."""
    from intake_desktop.db.models import AuditEvent, Client, VernietigdDossier

    on_laptop = set(laptop.scalars(select(Client.id)))
    on_laptop |= set(laptop.scalars(select(AuditEvent.client_id).distinct())) - {None}
    by_ref = {ref(c): c for c in on_laptop}
    column = VernietigdDossier.client_ref
    return {
        by_ref[r]
        for chunk in chunks(list(by_ref))
        for r in server.scalars(select(column).where(column.in_(chunk)))
    }


def _reason(
    server: Connection,
    laptop: Connection,
    actor: Actor,
    group: Group,
    allowed: set,
    destroyed: set,
):
    """None when the group may be applied, else why not."""
    if group.table != PLAN_FIELD and group.table not in CAPTURED:
        return NOT_A_LAPTOP_TABLE
    if group.table == "audit_event":
        if group.first_op != "I" or group.last_op != "I":
            return AUDIT_REWRITTEN
        event = read_row(laptop, "audit_event", group.row_id)
        if event is None:
            return SOMEONE_ELSE
        # A failed offline sign-in with her name carries no staff id: it is hers too.
        failed_sign_in = event["staff_id"] is None and event["username"] == actor.username
        if event["staff_id"] != actor.staff_id and not failed_sign_in:
            return SOMEONE_ELSE
        if event["client_id"] in destroyed:
            return None  # the database keeps it without the personal link (audit_forget)
        if event["client_id"] is not None and event["client_id"] not in allowed:
            return NOT_CHECKED_OUT
        return None
    if group.table == "household":  # new, or the household of a client taken along
        if group.first_op == "I" or _household_ok(server, group.row_id, allowed):
            return None
        return NOT_CHECKED_OUT
    # The client as the laptop has the row now, and as the server has it: both must be
    # one taken along (a forged row cannot move a colleague's client into the push).
    mine = _client(group.table, group.row_id, laptop)
    theirs = _client(group.table, group.row_id, server)
    base = client_of(group.table, group.base, laptop) if group.base else None
    for client in (mine, theirs, base):
        if client is not None and client in destroyed:
            return DESTROYED
        if client is not None and client not in allowed:
            return NOT_CHECKED_OUT
    if mine is None and theirs is None and base is None:
        return NOT_CHECKED_OUT
    return None


def screen(
    server: Connection, laptop: Connection, actor: Actor, laptop_id, todo: list[Group]
) -> tuple[list[Group], list[Refusal]]:
    """The groups that may be applied, and the refusals."""
    allowed = checked_out_here(server, actor, laptop_id)
    destroyed = destroyed_here(server, laptop)
    keep, refused = [], []
    for group in todo:
        reason = _reason(server, laptop, actor, group, allowed, destroyed)
        if reason is None:
            keep.append(group)
        else:
            refused.append(Refusal(group.table, group.last_op, reason, tuple(group.seqs)))
    return keep, refused
