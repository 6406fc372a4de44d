"""A laptop's file is in the user's hands: an outbox edited to delete server audit rows,
to change a client not taken along, to write in a colleague's name or to touch a table
a laptop never changes, changes nothing on the server. Each such entry is refused,
reported in the result and audited; the honest changes beside it still arrive. The
server is SQLite and PostgreSQL in turn."""

from __future__ import annotations

import json
import uuid

import pytest
from sqlalchemy import func, insert, select

from intake_desktop.db.models import AuditEvent, Client, Note, OutboxEntry, Staff
from intake_desktop.services.dossier import notes
from intake_desktop.services.laptop import checkout, sync
from tests.support.laptop import a_laptop, add_clients

pytestmark = pytest.mark.both_stores


def _forge(laptop, table: str, row_id, op: str, old: dict | None = None) -> None:
    with laptop.transaction() as session:
        sample = session.scalar(select(OutboxEntry).limit(1))
        session.execute(
            insert(OutboxEntry).values(
                change_id=uuid.uuid4().hex,
                table_name=table,
                row_id=row_id if isinstance(row_id, str) else row_id.hex,
                op=op,
                old_values=json.dumps(old) if old is not None else None,
                recorded_at=sample.recorded_at,
            )
        )


def test_a_forged_outbox_changes_nothing_on_the_server(
    store, karin, piet, tmp_path, app_config, memory_keyring
):
    mine, colleagues = add_clients(store, karin, ["Aalders", "Bakker"])
    laptop = a_laptop(tmp_path, app_config, "karin")
    checkout.check_out(store, laptop, karin, [mine])
    notes.add_note(laptop, karin, mine, "Huisbezoek: gaat goed.", at_home=True)
    with store.reading() as s:
        audit_rows = s.scalar(select(func.count()).select_from(AuditEvent))
        some_audit = s.scalar(select(AuditEvent.id).limit(1))
        piet_row = s.get(Staff, piet.staff_id)
        before_colleague = s.get(Client, colleagues).city
        piet_name = piet_row.display_name
    with laptop.reading() as s:
        form = s.scalar(select(OutboxEntry.row_id).limit(1))
    as_stored = (lambda u: u.hex) if len(form) == 32 else str
    # 1. Delete an audit row on the server.
    _forge(laptop, "audit_event", as_stored(some_audit), "D", {"id": as_stored(some_audit)})
    # 2. Change a client not taken along.
    _forge(laptop, "client", as_stored(colleagues), "U", {"id": as_stored(colleagues), "city": "X"})
    # 3. A table a laptop never changes: the colleague's account.
    _forge(laptop, "staff", as_stored(piet.staff_id), "U", {"display_name": piet_name})
    # 4. An audit event in the colleague's name (written on the laptop, so captured).
    with laptop.transaction() as session:
        session.add(
            AuditEvent(
                staff_id=piet.staff_id,
                username="piet",
                roles="klantmanager",
                action="bekijken",
                client_id=mine,
                details={},
            )
        )
    result = sync.synchronise(store, laptop, karin, keep=False)
    assert result.push.refused == 4
    with store.reading() as s:
        # The honest note arrived; the audit lost nothing and gained no row in Piet's name.
        assert s.scalar(select(func.count()).select_from(Note).where(Note.client_id == mine)) == 1
        assert s.get(AuditEvent, some_audit) is not None
        assert s.scalar(select(func.count()).select_from(AuditEvent)) > audit_rows
        assert not s.scalar(
            select(func.count())
            .select_from(AuditEvent)
            .where(AuditEvent.staff_id == piet.staff_id, AuditEvent.client_id == mine)
        )
        assert s.get(Client, colleagues).city == before_colleague
        assert s.get(Staff, piet.staff_id).display_name == piet_name
        refusal = s.scalar(
            select(AuditEvent.details).where(
                AuditEvent.action == "geweigerd", AuditEvent.entity == "laptop"
            )
        )
    reasons = {(r["tabel"], r["reden"]) for r in refusal["geweigerd"]}
    assert reasons == {
        ("audit_event", "auditregel_gewijzigd"),
        ("client", "klant_niet_meegenomen"),
        ("staff", "tabel"),
        ("audit_event", "andere_medewerker"),
    }
    with laptop.reading() as s:
        assert s.scalar(select(func.count()).select_from(OutboxEntry)) == 0
