"""How an import is stored, and undone when it does not finish.

On SQLite one writer holds the whole database: an import in one transaction of many
seconds would make every colleague's save wait (or fail) that long. So there each
chunk commits on its own, and the import is made all-or-nothing by hand:

- an audit row IMPORT_STARTED with the run's id is written first; every client it adds
  has a CREATE audit row carrying that id;
- finished: the IMPORT row, as on PostgreSQL. Cancelled or failed: the clients it
  added are removed at once and an IMPORT_UNDONE row says how many;
- killed halfway (power cut, SIGKILL): the started run has no end; the next import
  (``undo_broken``) removes that run's clients first and reports it.

A client someone already worked on in the meantime (an aanmelding made for it) is not
removed: the foreign keys refuse it, and the count of such clients is in the report.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import delete, insert, select
from sqlalchemy.exc import IntegrityError

from intake_desktop.db.models import AuditEvent, Client
from intake_desktop.domain.clock import utcnow
from intake_desktop.services.core import audit

UNDO_CHUNK = 500


def chunked(store) -> bool:
    return store.engine.dialect.name == "sqlite" and not store.staff_login


def known_bsns(session) -> set[str]:
    return set(session.scalars(select(Client.bsn).where(Client.bsn.is_not(None))))


def record_import(session, actor, workstation, path, report, action=audit.IMPORT, **more) -> None:
    audit.record(
        session,
        actor,
        action,
        entity="client",
        workstation=workstation,
        details={
            "bestand": Path(path).name,
            "regels": report.rows,
            "geimporteerd": report.imported,
            "al_aanwezig": report.already_present,
            "fouten": report.error_count,
            **more,
        },
    )


def run_in_chunks(store, actor, path, batches, report, step, flush) -> None:
    run = str(uuid.uuid4())
    workstation = store.workstation
    with store.reading() as session:
        batches.known = known_bsns(session)
    with store.transaction() as session:
        record_import(
            session, actor, workstation, path, report, audit.IMPORT_STARTED, **{"import": run}
        )
    added: list[uuid.UUID] = []
    try:
        for batch in batches:
            with store.transaction() as session:
                flush(session, batch, actor, workstation, run)
            added.extend(row["id"] for row in batch)
            report.imported += len(batch)
            step()
        step()
        with store.transaction() as session:
            record_import(session, actor, workstation, path, report, **{"import": run})
    except BaseException:
        _undo(store, actor, path, run, added)
        raise


def undo_broken(store, actor) -> int:
    """Remove the clients of imports that started and never ended; returns how many."""
    with store.reading() as session:
        runs: dict[str, str] = {}  # started and not ended: run id -> file name
        for action, details in session.execute(
            select(AuditEvent.action, AuditEvent.details)
            .where(AuditEvent.action.in_([audit.IMPORT_STARTED, audit.IMPORT, audit.IMPORT_UNDONE]))
            .order_by(AuditEvent.occurred_at)
        ):
            run = details.get("import") if isinstance(details, dict) else None
            if run and action == audit.IMPORT_STARTED:
                runs[run] = details.get("bestand", "")
            elif run:
                runs.pop(run, None)
        added = {
            run: list(
                session.scalars(
                    select(AuditEvent.client_id).where(
                        AuditEvent.action == audit.CREATE,
                        AuditEvent.details["import"].as_string() == run,
                    )
                )
            )
            for run in runs
        }
    return sum(_undo(store, actor, runs[run], run, ids) for run, ids in added.items())


def _undo(store, actor, path, run: str, ids: list[uuid.UUID]) -> int:
    """Remove the clients a run added; returns how many were removed."""
    removed: list[uuid.UUID] = []
    for start in range(0, len(ids), UNDO_CHUNK):
        chunk = ids[start : start + UNDO_CHUNK]
        with store.transaction() as session:
            try:
                with session.begin_nested():
                    session.execute(delete(Client).where(Client.id.in_(chunk)))
                gone = chunk
            except IntegrityError:  # some were worked on meanwhile: one by one
                gone = []
                for client_id in chunk:
                    try:
                        with session.begin_nested():
                            session.execute(delete(Client).where(Client.id == client_id))
                        gone.append(client_id)
                    except IntegrityError:
                        pass
            _audit_removed(session, actor, store.workstation, run, gone)
        removed.extend(gone)
    with store.transaction() as session:
        audit.record(
            session,
            actor,
            audit.IMPORT_UNDONE,
            entity="client",
            workstation=store.workstation,
            details={
                "bestand": Path(path).name if path else "",
                "import": run,
                "verwijderd": len(removed),
                "bleven_staan": len(ids) - len(removed),
            },
        )
    return len(removed)


def _audit_removed(session, actor, workstation, run, ids) -> None:
    if not ids:
        return
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
                "action": audit.DELETE,
                "entity": "client",
                "entity_id": client_id,
                "client_id": client_id,
                "details": {"bron": "import teruggedraaid", "import": run},
                "workstation": workstation,
            }
            for client_id in ids
        ],
    )
