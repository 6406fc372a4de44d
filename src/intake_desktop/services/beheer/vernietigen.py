"""The destruction of an approved Vernietigingslijst (Archiefwet), in the approving
transaction: every row of each dossier still due (db/client_tables.CLIENT_TABLES,
children first, the signed trajectplan PDFs with them), its drafts, grants, laptop
check-outs and conflicts. The audit rows about it keep their place in the chain but
lose the personal link (db/audit_forget.py); the monitoring tally keeps its counts.
Each dossier gets one audit row "vernietigd", pseudonymised like the rest.

A dossier that is no longer due (reopened since the list was drawn up) is skipped and
marked so on the list. In server mode the database does all of it in
``intake_security.vernietig`` (db/server/retention.py), as the teamleider may not even
see the clients; here the same steps for a store without server security."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import Connection, bindparam, delete, select, text, update

from intake_desktop.db.audit_chain import ref
from intake_desktop.db.client_tables import chunks, remove_clients, remove_drafts_and_conflicts
from intake_desktop.db.models import (
    AuditEvent,
    Checkout,
    ToegangMetReden,
    VernietigdDossier,
    Vernietigingslijst,
)
from intake_desktop.domain.roles import Actor
from intake_desktop.services.core import audit
from intake_desktop.services.core.store import Store

DESTROYED = "vernietigd"
SKIPPED = "overgeslagen"
LIST_DONE = "uitgevoerd"
ENTITY = "vernietigingslijst"


@dataclass(frozen=True)
class Outcome:
    destroyed: int
    skipped: int


def carry_out(session, store: Store, actor: Actor, row: Vernietigingslijst, due: set) -> Outcome:
    """Destroy the list's dossiers that are in ``due`` (the ids still due today)."""
    if store.staff_login:
        count = session.execute(
            text("SELECT intake_security.vernietig(:list_id)"), {"list_id": row.id}
        ).scalar_one()
        session.refresh(row)
        return Outcome(count, len(row.entries) - count)
    ids = [uuid.UUID(e["client_id"]) for e in row.entries if uuid.UUID(e["client_id"]) in due]
    connection = session.connection()
    for client_id in ids:  # one row per dossier, pseudonymised below with the rest
        audit.record(
            session,
            actor,
            audit.DESTROYED,
            entity="client",
            entity_id=client_id,
            client_id=client_id,
            workstation=store.workstation,
            details={"vernietigingslijst": str(row.id)},
        )
    session.flush()
    with _tally_kept(connection):
        _remove_around(connection, ids)
        removed = remove_clients(connection, ids)
    _forget_in_audit(connection, ids, [i for rows in removed.values() for i in rows])
    for client_id in ids:
        session.add(VernietigdDossier(client_ref=ref(client_id), list_id=row.id))
    row.entries = [_done(entry, uuid.UUID(entry["client_id"]) in set(ids)) for entry in row.entries]
    row.status = LIST_DONE
    return Outcome(len(ids), len(row.entries) - len(ids))


def _done(entry: dict, destroyed: bool) -> dict:
    kept = {k: v for k, v in entry.items() if k != "client_id"}
    return kept | {"uitkomst": DESTROYED if destroyed else SKIPPED}


class _tally_kept:
    """Monitoring figures survive destruction: the tally as it was before the deletes
    (whose triggers take the dossiers' counts off) is put back in the same transaction."""

    def __init__(self, connection: Connection):
        self.connection = connection

    def __enter__(self):
        if self.connection.dialect.name == "postgresql":
            self.connection.exec_driver_sql("LOCK TABLE monitoring_tally IN EXCLUSIVE MODE")
        self.rows = [dict(r) for r in self.connection.execute(text(_TALLY)).mappings()]
        return self

    def __exit__(self, kind, _value, _tb):
        if kind is None:
            self.connection.exec_driver_sql("DELETE FROM monitoring_tally")
            for chunk in chunks(self.rows):
                self.connection.execute(text(_TALLY_BACK), chunk)
        return False


_TALLY = "SELECT measure, bucket, klantgroep, label, n FROM monitoring_tally"
_TALLY_BACK = (
    "INSERT INTO monitoring_tally (measure, bucket, klantgroep, label, n) "
    "VALUES (:measure, :bucket, :klantgroep, :label, :n)"
)


def _remove_around(connection: Connection, ids: list[uuid.UUID]) -> None:
    """What refers to the dossiers outside the client tables."""
    for chunk in chunks(ids):
        for model in (ToegangMetReden, Checkout):
            connection.execute(delete(model).where(model.client_id.in_(chunk)))
    remove_drafts_and_conflicts(connection, ids)


def _forget_in_audit(connection: Connection, ids: list, row_ids: list) -> None:
    """The ids leave the audit rows; their refs stay (the chain hashes the ref)."""
    forget = (
        update(AuditEvent)
        .where(AuditEvent.id == bindparam("audit_id"))
        .values(
            client_ref=bindparam("c_ref"),
            entity_ref=bindparam("e_ref"),
            client_id=None,
            entity_id=None,
        )
    )
    for chunk in chunks(ids):
        rows = connection.execute(
            select(AuditEvent.id, AuditEvent.client_id, AuditEvent.entity_id).where(
                AuditEvent.client_id.in_(chunk)
            )
        ).all()
        if rows:
            connection.execute(
                forget,
                [
                    {"audit_id": a, "c_ref": ref(c), "e_ref": ref(e) if e else None}
                    for a, c, e in rows
                ],
            )
    forget_entity = (
        update(AuditEvent)
        .where(AuditEvent.id == bindparam("audit_id"))
        .values(entity_ref=bindparam("e_ref"), entity_id=None)
    )
    for chunk in chunks(row_ids):
        rows = connection.execute(
            select(AuditEvent.id, AuditEvent.entity_id).where(AuditEvent.entity_id.in_(chunk))
        ).all()
        if rows:
            connection.execute(forget_entity, [{"audit_id": a, "e_ref": ref(e)} for a, e in rows])
