"""Notes on a client's dossier: append-only, checked, audited without their text, newest
first, and never in the log."""

from __future__ import annotations

import logging
import uuid

import pytest
from sqlalchemy import select

from intake_desktop.db.models import AuditEvent, Client, Note
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.beheer import accounts
from intake_desktop.services.core import audit
from intake_desktop.services.core.access import NoAccess
from intake_desktop.services.dossier import notes
from intake_desktop.services.dossier.dossier import open_dossier
from intake_desktop.services.dossier.errors import ClientNotFound, MayNotWriteNotes
from tests.support.staff import DEMO_PASSWORD, make_staff
from tests.support.store import count

pytestmark = pytest.mark.both_stores  # every test here runs on SQLite and PostgreSQL

SECRET = "Klant vertelde over schulden bij de buurman en een ziekenhuisopname."


def test_a_note_is_written_and_read_back_with_author_and_local_time(store, km, client_id):
    saved = notes.add_note(store, km, client_id, "  Klant gebeld:\n  komt   dinsdag langs.  \n")
    assert saved.text == "Klant gebeld:\nkomt dinsdag langs."
    assert (saved.author, saved.at_home) == ("Karin Jansen", False)

    found = notes.list_notes(store, km, client_id)
    assert [(n.id, n.text, n.author) for n in found] == [
        (saved.id, "Klant gebeld:\nkomt dinsdag langs.", "Karin Jansen")
    ]
    assert found[0].at.utcoffset() is not None  # aware, in local time
    assert found[0].at == saved.at

    with store.reading() as s:
        row = s.scalar(select(Note))
        assert (row.author_id, row.created_by, row.client_id) == (
            km.staff_id,
            km.staff_id,
            client_id,
        )


def test_the_dossier_brings_the_notes_and_audits_one_view(store, km, client_id):
    notes.add_note(store, km, client_id, "Huisbezoek: woning is op orde.", at_home=True)
    views_before = count(store, AuditEvent, AuditEvent.action == audit.VIEW)
    dossier = open_dossier(store, km, client_id)
    assert [(n.text, n.at_home) for n in dossier.notes] == [
        ("Huisbezoek: woning is op orde.", True)
    ]
    assert any(e.title == "Notitie (huisbezoek)" for e in dossier.timeline)
    assert count(store, AuditEvent, AuditEvent.action == audit.VIEW) == views_before + 1


def test_newest_note_comes_first(store, km, intaker, client_id):
    first = notes.add_note(store, km, client_id, "Eerste notitie")
    second = notes.add_note(store, intaker, client_id, "Tweede notitie")
    third = notes.add_note(store, km, client_id, "Correctie op de eerste notitie")
    found = notes.list_notes(store, km, client_id)
    assert [n.id for n in found] == [third.id, second.id, first.id]
    assert [n.author for n in found] == ["Karin Jansen", "Ilse Intaker", "Karin Jansen"]
    assert [n.id for n in open_dossier(store, km, client_id).notes] == [
        third.id,
        second.id,
        first.id,
    ]


@pytest.mark.parametrize("text", ["", "   ", "\n \n\t", None])
def test_an_empty_note_is_refused_under_its_field(store, km, client_id, text):
    with pytest.raises(ValidationFailed) as refused:
        notes.add_note(store, km, client_id, text)
    assert refused.value.errors == {"text": "Schrijf eerst de notitie."}
    assert count(store, Note) == 0


def test_a_note_longer_than_the_limit_is_refused(store, km, client_id):
    with pytest.raises(ValidationFailed) as refused:
        notes.add_note(store, km, client_id, "x" * (notes.MAX_NOTE_LENGTH + 1))
    assert set(refused.value.errors) == {"text"}
    assert str(notes.MAX_NOTE_LENGTH) in refused.value.errors["text"]
    assert count(store, Note) == 0
    # Exactly at the limit is fine; white space around it does not count.
    notes.add_note(store, km, client_id, "  " + "x" * notes.MAX_NOTE_LENGTH + "\n")
    assert count(store, Note) == 1


def test_the_counter_does_not_write_notes(store, balie, client_id):
    assert not notes.may_write(balie)
    with pytest.raises(
        MayNotWriteNotes, match="Notities schrijven de klantmanager, de wisselwachter of"
    ):
        notes.add_note(store, balie, client_id, "Klant was boos aan de balie")
    assert count(store, Note) == 0
    assert count(store, AuditEvent, AuditEvent.entity == "note") == 0


@pytest.mark.parametrize("role", ["klantmanager", "wisselwachter", "poortwachter", "teamleider"])
def test_the_roles_that_work_with_the_client_write_notes(store, beheerder, client_id, role):
    make_staff(store, "iemand", {role}, actor=beheerder)
    actor = accounts.sign_in(store, "iemand", DEMO_PASSWORD)
    if role == "klantmanager":  # her own client (the queue of today reaches the others)
        with store.transaction() as s:
            s.get(Client, client_id).klantmanager_id = actor.staff_id
    assert notes.may_write(actor)
    notes.add_note(store, actor, client_id, "Afspraak gemaakt")
    assert count(store, Note) == 1


def test_a_klantmanager_of_another_caseload_is_refused_and_that_is_audited(
    store, staff_member, client_id
):
    other = staff_member("ahmed", {"klantmanager"}, name="Ahmed El Amrani")
    with pytest.raises(NoAccess, match="Deze klant valt buiten uw werk: u mag de notities"):
        notes.add_note(store, other, client_id, "Even kijken")
    with pytest.raises(NoAccess, match="toegang met reden"):
        notes.list_notes(store, other, client_id)
    assert count(store, Note) == 0
    with store.reading() as s:
        refusals = s.scalars(
            select(AuditEvent)
            .where(AuditEvent.action == "geweigerd")
            .order_by(AuditEvent.occurred_at)
        ).all()
        assert [(r.username, r.details["deel"], r.details["handeling"]) for r in refusals] == [
            ("ahmed", "notities", "wijzigen"),
            ("ahmed", "notities", "lezen"),
        ]
        assert all(r.client_id == client_id for r in refusals)


def test_a_beheerder_alone_does_not_write_notes(store, beheerder, client_id):
    make_staff(store, "admin", {"beheerder"}, actor=beheerder)
    admin = accounts.sign_in(store, "admin", DEMO_PASSWORD)
    with pytest.raises(
        MayNotWriteNotes, match="Notities schrijven de klantmanager, de wisselwachter of"
    ):
        notes.add_note(store, admin, client_id, "Test")


def test_a_note_on_an_unknown_client_is_refused(store, km):
    with pytest.raises(ClientNotFound, match="Deze klant bestaat niet \\(meer\\)\\."):
        notes.add_note(store, km, uuid.uuid4(), "Klant gebeld")
    with pytest.raises(ClientNotFound, match="Deze klant bestaat niet \\(meer\\)\\."):
        notes.list_notes(store, km, uuid.uuid4())


def test_the_audit_row_holds_counts_and_flags_never_the_text(store, km, client_id):
    saved = notes.add_note(store, km, client_id, SECRET + "\nTweede regel", at_home=True)
    with store.reading() as s:
        # The program's row (in server mode the database adds its own, "rij_insert").
        event = s.scalar(
            select(AuditEvent).where(
                AuditEvent.entity == "note", ~AuditEvent.action.startswith("rij_")
            )
        )
        assert (event.action, event.client_id, event.entity_id, event.username) == (
            audit.CREATE,
            client_id,
            saved.id,
            "karin",
        )
        assert event.details == {
            "tekens": len(SECRET + "\nTweede regel"),
            "regels": 2,
            "huisbezoek": True,
        }
        every_row = " ".join(
            f"{e.details} {e.entity} {e.action} {e.username}" for e in s.scalars(select(AuditEvent))
        )
    assert "schulden" not in every_row and "Tweede regel" not in every_row
    assert "notitie" == audit.ENTITY_LABELS["note"]


def test_reading_notes_outside_the_dossier_is_audited_as_a_view(store, km, client_id):
    notes.add_note(store, km, client_id, "Klant gebeld")
    notes.list_notes(store, km, client_id)
    with store.reading() as s:
        event = s.scalar(
            select(AuditEvent).where(AuditEvent.entity == "note", AuditEvent.action == audit.VIEW)
        )
        assert (event.client_id, event.details) == (client_id, {"notities": 1})


def test_the_text_of_a_note_never_reaches_the_log(store, km, client_id, caplog):
    caplog.set_level(logging.DEBUG)
    notes.add_note(store, km, client_id, SECRET)
    notes.list_notes(store, km, client_id)
    open_dossier(store, km, client_id)
    assert "schulden" not in caplog.text


def test_a_role_refusal_is_audited_too(store, balie, client_id):
    with pytest.raises(MayNotWriteNotes):
        notes.add_note(store, balie, client_id, "Klant was boos aan de balie")
    with store.reading() as s:
        refused = s.scalars(select(AuditEvent).where(AuditEvent.action == "geweigerd")).one()
    assert (refused.username, refused.details) == ("balie", {"handeling": "MayNotWriteNotes"})
