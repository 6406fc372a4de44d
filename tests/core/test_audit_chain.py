"""The audit log's hash chain: made by the database on every insert, checked by
``audit_verify``; a row edited or deleted past the program, by the owner, is found."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select, text

from intake_desktop.db import audit_chain
from intake_desktop.db.models import AuditChain, AuditEvent
from intake_desktop.services.beheer import accounts
from intake_desktop.services.core import audit, audit_verify
from intake_desktop.services.core.errors import NotAllowed, SignInFailed
from intake_desktop.services.dossier import dossier
from tests.support.journey import a_client
from tests.support.raw_sql import hex_id, run_as_owner

pytestmark = pytest.mark.both_stores


def _some_history(store, balie, staff):
    _wissel, km = staff
    client = a_client(store, balie)
    dossier.open_dossier(store, balie, client)
    with pytest.raises(NotAllowed):  # not hers: refused, and audited as refused
        dossier.open_dossier(store, km, client)
    with pytest.raises(SignInFailed):
        accounts.sign_in(store, "km", "niet-het-wachtwoord")
    return client


def _events(store) -> list[AuditEvent]:
    with store.reading() as s:
        links = dict(s.execute(select(AuditChain.audit_id, AuditChain.seq)).all())
        events = list(s.scalars(select(AuditEvent)))
    return sorted(events, key=lambda e: links[e.id])


def test_every_audit_row_is_linked_and_the_chain_verifies(store, beheerder, balie, staff):
    _some_history(store, balie, staff)
    with store.reading() as s:
        events = s.scalar(select(func.count()).select_from(AuditEvent))
        links = s.scalar(select(func.count()).select_from(AuditChain))
    assert events == links > 5
    report = audit_verify.verify(store, beheerder)
    assert report.intact and report.checked == links and report.unlinked == 0
    assert report.head_seq == links and len(report.head_hash) == 64
    # The check itself is audited, and linked too.
    assert audit_verify.verify(store, beheerder).checked == links + 1


def test_refused_and_failed_attempts_carry_their_result(store, balie, staff):
    _some_history(store, balie, staff)
    results = {(e.action, e.result) for e in _events(store)}
    assert (audit.REFUSED, audit.DENIED) in results
    if not hasattr(store, "passwords"):  # tests/support/as_staff.StaffStore
        # In server mode a wrong password never reaches the program: PostgreSQL logs it.
        assert (audit.SIGN_IN_FAILED, audit.FAILED) in results
    assert (audit.VIEW, audit.DONE) in results


def test_the_database_hash_is_the_documented_one(store, balie, staff):
    """db/audit_chain.row_hash (the reference, also what an outside checker would
    write) gives the hash the database made, on SQLite and on PostgreSQL alike."""
    _some_history(store, balie, staff)
    columns = ", ".join(
        "CAST(e.details AS TEXT)" if c == "details" else f"e.{c}" for c in audit_chain.COLUMNS
    )
    with store.reading() as s:
        rows = s.execute(
            text(
                f"SELECT c.prev_hash, c.row_hash, {columns} FROM audit_chain c "
                "JOIN audit_event e ON e.id = c.audit_id ORDER BY c.seq"
            )
        ).all()
    assert len(rows) > 5
    for prev_hash, row_hash, *values in rows:
        assert audit_chain.row_hash(prev_hash, *values) == row_hash


def _broken_by(store, beheerder, *statements):
    run_as_owner(store, *statements)
    return audit_verify.verify(store, beheerder)


def test_an_edited_row_is_found(store, beheerder, balie, staff):
    _some_history(store, balie, staff)
    events = _events(store)
    target = events[len(events) // 2]
    report = _broken_by(
        store,
        beheerder,
        f"UPDATE audit_event SET username = 'iemand' WHERE id = '{hex_id(store, target.id)}'",
    )
    assert not report.intact
    assert report.broken.reason == audit_verify.CHANGED
    assert report.broken.audit_id == target.id
    assert report.broken.seq == len(events) // 2 + 1


def test_a_deleted_row_is_found(store, beheerder, balie, staff):
    _some_history(store, balie, staff)
    target = _events(store)[2]
    report = _broken_by(
        store, beheerder, f"DELETE FROM audit_event WHERE id = '{hex_id(store, target.id)}'"
    )
    assert (report.broken.seq, report.broken.reason) == (3, audit_verify.ROW_GONE)


def test_a_row_deleted_with_its_link_is_found(store, beheerder, balie, staff):
    _some_history(store, balie, staff)
    target = _events(store)[3]
    report = _broken_by(
        store,
        beheerder,
        f"DELETE FROM audit_chain WHERE audit_id = '{hex_id(store, target.id)}'",
        f"DELETE FROM audit_event WHERE id = '{hex_id(store, target.id)}'",
    )
    assert (report.broken.seq, report.broken.reason) == (4, audit_verify.LINK_GONE)


def test_a_rewritten_link_is_found(store, beheerder, balie, staff):
    _some_history(store, balie, staff)
    report = _broken_by(
        store, beheerder, f"UPDATE audit_chain SET row_hash = '{'a' * 64}' WHERE seq = 2"
    )
    assert (report.broken.seq, report.broken.reason) == (2, audit_verify.CHANGED)


def test_a_row_slipped_in_past_the_trigger_is_found(store, beheerder, balie, staff):
    _some_history(store, balie, staff)
    sqlite = store.engine.dialect.name == "sqlite"
    off = (
        ["DROP TRIGGER trg_audit_chain"]
        if sqlite
        else ["ALTER TABLE audit_event DISABLE TRIGGER trg_audit_chain"]
    )
    new_id = (
        "00000000000040008000000000000001" if sqlite else "00000000-0000-4000-8000-000000000001"
    )
    when = "'2020-01-01 00:00:00.000000'" if sqlite else "now()"
    report = _broken_by(
        store,
        beheerder,
        *off,
        "INSERT INTO audit_event (id, occurred_at, username, roles, action, details, "
        f"workstation, result) VALUES ('{new_id}', {when}, 'iemand', '', 'bekijken', '{{}}', "
        "'', 'gedaan')",
    )
    assert report.broken.reason == audit_verify.UNLINKED and report.unlinked == 1


def test_only_a_beheerder_verifies_and_a_refusal_is_audited(store, balie):
    with pytest.raises(NotAllowed):
        audit_verify.verify(store, balie)
    refused = [e for e in _events(store) if e.action == audit.REFUSED]
    assert refused and refused[-1].username == "balie" and refused[-1].result == audit.DENIED


def test_colleagues_writing_at_once_get_one_unbroken_chain(store, beheerder, staff):
    wissel, km = staff
    errors = []

    def work(actor):
        try:
            for n in range(15):
                audit.record_standalone(store, actor, audit.PRINT, details={"n": n})
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(a,)) for a in (wissel, km, beheerder)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    report = audit_verify.verify(store, beheerder)
    assert report.intact, report.broken


def test_the_audit_screen_gets_client_names_for_a_beheerder_only(store, beheerder, balie):
    client = a_client(store, balie, surname="Maës")
    names = audit.client_names(store, beheerder, [client])
    assert list(names) == [client] and names[client].endswith("Maës")
    assert audit.client_names(store, balie, [client]) == {}
