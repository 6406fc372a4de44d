"""A home visit in server mode: the klantmanager takes clients along from her own
server login, signs in on the laptop offline with the same password, and the push goes
in as her. What a forged outbox asks is refused by the program and, should the program
be fooled, by PostgreSQL."""

from __future__ import annotations

import json
import uuid

import pytest
from sqlalchemy import select

from intake_desktop.db.models import Note, OutboxEntry
from intake_desktop.services.beheer import accounts
from intake_desktop.services.core.store import Store
from intake_desktop.services.dossier import notes
from intake_desktop.services.laptop import checkout, sync, sync_guard
from tests.beheer.server.conftest import PASSWORD
from tests.support.laptop import a_laptop, add_clients

pytest.importorskip("sqlcipher3", reason="the laptop extra (sqlcipher3) is not installed")


@pytest.fixture
def visit(server_db, tmp_path, memory_keyring):
    db = server_db
    karin_name = db.add("karin", {"klantmanager"}, team="werk")
    piet_name = db.add("piet", {"klantmanager"}, team="inkomen")
    store, karin = db.sign_in(karin_name)
    _, piet = db.sign_in(piet_name)
    dba = Store.open(db.dba_url, db.config, migrate=False)
    db.stores.append(dba)
    mine = add_clients(dba, karin, ["Aalders"])[0]
    other = add_clients(dba, piet, ["Bakker"], seed=8)[0]
    laptop = a_laptop(tmp_path, db.config, karin_name)
    db.stores.append(laptop)
    checkout.check_out(store, laptop, karin, [mine])
    return db, store, laptop, karin, mine, other


def test_offline_sign_in_and_a_push_in_her_own_name(visit):
    db, store, laptop, karin, mine, _other = visit
    offline = accounts.sign_in(laptop, karin.username, PASSWORD)
    assert offline.staff_id == karin.staff_id
    with pytest.raises(accounts.SignInFailed):
        accounts.sign_in(laptop, karin.username, "fout-wachtwoord")
    notes.add_note(laptop, offline, mine, "Huisbezoek: keukentafelgesprek.", at_home=True)
    result = sync.synchronise(store, laptop, karin, keep=False)
    assert result.push.refused == 0 and result.returned == 1
    with db.dba() as c:
        who = c.execute(
            "SELECT username FROM audit_event WHERE action = 'rij_insert' AND entity = 'note' "
            "AND client_id = %s",
            (mine,),
        ).fetchall()
        hashes = {r[0] for r in c.execute("SELECT password_hash FROM staff")}
    assert who == [(karin.username,)]
    assert hashes == {"!postgresql"}, "the server still keeps no password material"


def _forge_delete_of_an_audit_row(db, laptop) -> uuid.UUID:
    with db.dba() as c:
        audit_id = c.execute("SELECT id FROM audit_event LIMIT 1").fetchone()[0]
    with laptop.transaction() as session:
        sample = session.scalar(select(OutboxEntry).limit(1))
        form = audit_id.hex if len(sample.row_id) == 32 else str(audit_id)
        session.add(
            OutboxEntry(
                change_id=uuid.uuid4().hex,
                table_name="audit_event",
                row_id=form,
                op="D",
                old_values=json.dumps({"id": form}),
                recorded_at=sample.recorded_at,
            )
        )
    return audit_id


def test_the_database_refuses_what_a_fooled_program_would_push(visit, monkeypatch):
    db, store, laptop, karin, mine, other = visit
    notes.add_note(laptop, karin, mine, "Huisbezoek.", at_home=True)
    audit_id = _forge_delete_of_an_audit_row(db, laptop)
    # The program's guard switched off: PostgreSQL is the second line.
    monkeypatch.setattr(sync_guard, "screen", lambda *args: (args[-1], []))
    sync.synchronise(store, laptop, karin, keep=False)
    with db.dba() as c:
        assert c.execute("SELECT 1 FROM audit_event WHERE id = %s", (audit_id,)).fetchone()
    with store.reading() as s:
        assert s.scalar(select(Note.body).where(Note.client_id == mine)) == "Huisbezoek."


def test_offline_the_server_needs_her_own_sign_in_before_a_sync(visit, tmp_path):
    from intake_desktop.services.laptop.errors import ServerSignInNeeded
    from intake_desktop.services.laptop.workplace import Workplace

    db, store, laptop, karin, mine, _other = visit
    offline = Workplace.offline_on(laptop, db.workstation_url, tmp_path)
    assert offline.needs_server_sign_in()
    with pytest.raises(ServerSignInNeeded, match="Meld u eerst aan bij de server"):
        offline.server()
    with pytest.raises(accounts.SignInFailed):
        offline.sign_in_to_server(karin, "fout-wachtwoord")
    notes.add_note(laptop, karin, mine, "Huisbezoek, offline.", at_home=True)
    server = offline.sign_in_to_server(karin, PASSWORD)
    assert server.signed_in_as == karin.username and not offline.needs_server_sign_in()
    result = sync.synchronise(offline.server(), laptop, karin, keep=False)
    assert result.push.refused == 0
    with store.reading() as s:
        assert s.scalar(select(Note.body).where(Note.client_id == mine)) == "Huisbezoek, offline."
