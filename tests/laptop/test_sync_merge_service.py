"""Laptops on a home visit, the synchronisation of client data: two laptops with
overlapping clients merge per field and lose nothing, a push broken off and repeated
applies everything once, and a row the server refuses (a taken BSN, a full kick-off, a
missing parent) becomes a conflict to resolve, not a crash. The server is SQLite and
PostgreSQL in turn."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from intake_desktop.db.models import (
    AuditChain,
    AuditEvent,
    Checkout,
    Client,
    Note,
    OutboxEntry,
    SyncReceipt,
)
from intake_desktop.services.core import audit_verify
from intake_desktop.services.core.errors import UniqueClash
from intake_desktop.services.dossier import dossier, notes
from intake_desktop.services.laptop import checkout, sync
from intake_desktop.services.laptop.errors import KickoffStillFull
from intake_desktop.services.laptop.sync_conflicts import MINE, THEIRS, open_conflicts, resolve
from tests.support.laptop import a_laptop, add_clients, as_input, phone_of
from tests.support.store import count

pytestmark = pytest.mark.both_stores  # every test here runs on SQLite and PostgreSQL


def test_two_laptops_with_overlapping_clients_lose_nothing(
    store, karin, piet, beheerder, tmp_path, app_config, memory_keyring
):
    one, both, two = add_clients(store, karin, ["Aalders", "Bakker", "Claes"])
    laptop_a = a_laptop(tmp_path, app_config, "karin")
    laptop_b = a_laptop(tmp_path, app_config, "piet")
    first = checkout.check_out(store, laptop_a, karin, [one, both])
    second = checkout.check_out(store, laptop_b, piet, [both, two])
    assert (first.clients, second.clients) == (2, 2)
    assert second.also_elsewhere == [("Test Bakker", "Karin Jansen")]
    assert count(store, Checkout, Checkout.returned_at.is_(None)) == 4
    assert count(store, AuditEvent, AuditEvent.action == checkout.CHECK_OUT) == 4

    # Offline on laptop A: the same field as B (phone) and different ones.
    typed, version = as_input(laptop_a, both, phone="0611111111")
    dossier.update_client(laptop_a, karin, both, version, typed, reason="test: gegevens bijgewerkt")
    typed, version = as_input(laptop_a, one, city="Ergenshuizen")
    dossier.update_client(laptop_a, karin, one, version, typed, reason="test: gegevens bijgewerkt")
    notes.add_note(laptop_a, karin, both, "Huisbezoek: gaat goed.", at_home=True)
    # Offline on laptop B.
    typed, version = as_input(laptop_b, both, phone="0622222222", email="b@example.org")
    dossier.update_client(laptop_b, piet, both, version, typed, reason="test: gegevens bijgewerkt")
    notes.add_note(laptop_b, piet, both, "Telefonisch contact.")
    # Meanwhile at the counter, online: another field of client one.
    typed, version = as_input(store, one, street="Dorpsstraat")
    dossier.update_client(store, karin, one, version, typed, reason="test: gegevens bijgewerkt")

    assert checkout.laptop_status(laptop_a).unsynced > 0
    result_a = sync.synchronise(store, laptop_a, karin, keep=False)
    assert result_a.push.conflicts == 0 and result_a.returned == 2
    with store.reading() as s:
        c1 = s.get(Client, one)
        assert (c1.city, c1.street) == ("Ergenshuizen", "Dorpsstraat")  # both kept
    assert phone_of(store, both) == "0611111111"
    # Laptop A holds nothing any more.
    status = checkout.laptop_status(laptop_a)
    assert (status.checked_out, status.unsynced, status.conflicts) == (0, 0, 0)
    assert count(laptop_a, Note) == 0 and count(laptop_a, AuditEvent) == 0

    result_b = sync.synchronise(store, laptop_b, piet, keep=True)
    assert result_b.push.conflicts == 1 and result_b.kept == 2
    with store.reading() as s:
        c2 = s.get(Client, both)
        assert (c2.phone, c2.email) == ("0611111111", "b@example.org")
    [conflict] = open_conflicts(laptop_b)
    assert (conflict.client_name, conflict.field) == ("Test Bakker", "Telefoon")
    assert (conflict.base, conflict.mine, conflict.theirs) == (
        "0101234567",
        "0622222222",
        "0611111111",
    )
    # Both notes arrived; notes never conflict.
    assert count(store, Note, Note.client_id == both) == 2
    # The audit events made offline are on the server, with the laptop's user.
    with store.reading() as s:
        offline = s.scalars(
            select(AuditEvent.username).where(
                AuditEvent.client_id == both, AuditEvent.action == "wijzigen"
            )
        ).all()
    assert sorted(offline) == ["karin", "piet"]
    # They joined the server's audit chain; the laptops' own chains start again.
    assert audit_verify.verify(store, beheerder).intact
    assert count(laptop_b, AuditChain) == count(laptop_b, AuditEvent)
    assert audit_verify._walk(laptop_b, None, None).intact

    resolve(store, laptop_b, piet, conflict.id, MINE)
    assert phone_of(store, both) == "0622222222"
    assert phone_of(laptop_b, both) == "0622222222"  # the laptop shows the outcome
    assert open_conflicts(laptop_b) == []
    assert checkout.laptop_status(laptop_b).checked_out == 2


def test_a_push_broken_off_halfway_and_repeated_applies_everything_once(
    store, karin, tmp_path, app_config, memory_keyring
):
    ids = add_clients(store, karin, [f"Klant{chr(97 + n)}" for n in range(6)])
    laptop = a_laptop(tmp_path, app_config, "karin")
    checkout.check_out(store, laptop, karin, ids)
    for n, client_id in enumerate(ids):
        for m in range(3):
            notes.add_note(laptop, karin, client_id, f"Notitie {m} bij klant {n}")
        typed, version = as_input(laptop, client_id, phone=f"061{n:07d}")
        dossier.update_client(
            laptop, karin, client_id, version, typed, reason="test: gegevens bijgewerkt"
        )
    offline_events = count(laptop, AuditEvent)
    # What the program records; in server mode the database adds its own row per change.
    program = ~AuditEvent.action.startswith("rij_")
    before = count(store, AuditEvent, program)

    def break_off(number):
        if number == 2:
            raise sync.SyncInterrupted()

    with pytest.raises(sync.SyncInterrupted):
        sync.push(store, laptop, karin, chunk_size=5, after_chunk=break_off)
    # Chunks 0-2 reached the server; the laptop forgot only chunks 0 and 1.
    assert count(store, SyncReceipt) > 0
    left = count(laptop, OutboxEntry)
    assert left > 0

    again = sync.push(store, laptop, karin, chunk_size=5)
    assert again.already_applied == 5  # chunk 2, receipted before the break
    assert count(laptop, OutboxEntry) == 0
    assert count(store, Note) == 18
    with store.reading() as s:
        bodies = s.scalars(select(Note.body)).all()
        assert len(set(bodies)) == 18
        phones = {c.id: c.phone for c in s.scalars(select(Client))}
    assert phones == {c: f"061{n:07d}" for n, c in enumerate(ids)}
    # Every offline audit event arrived once, plus one for the finished push.
    assert count(store, AuditEvent, program) == before + offline_events + 1
    with store.reading() as s:
        assert s.scalar(select(func.count(func.distinct(AuditEvent.id)))) == count(
            store, AuditEvent
        )


def test_a_repeat_after_a_break_with_a_new_change_of_the_same_row_is_applied(
    store, karin, tmp_path, app_config, memory_keyring
):
    [one] = add_clients(store, karin, ["Aalders"])
    laptop = a_laptop(tmp_path, app_config, "karin")
    checkout.check_out(store, laptop, karin, [one])
    typed, version = as_input(laptop, one, phone="0611111111")
    dossier.update_client(laptop, karin, one, version, typed, reason="test: gegevens bijgewerkt")

    def break_off(number):
        raise sync.SyncInterrupted()  # the server committed; the laptop never heard

    with pytest.raises(sync.SyncInterrupted):
        sync.push(store, laptop, karin, after_chunk=break_off)
    typed, version = as_input(laptop, one, phone="0622222222", city="Elders")
    dossier.update_client(laptop, karin, one, version, typed, reason="test: gegevens bijgewerkt")
    result = sync.push(store, laptop, karin)
    assert result.conflicts == 0
    with store.reading() as s:
        c = s.get(Client, one)
        assert (c.phone, c.city) == ("0622222222", "Elders")
    assert count(laptop, OutboxEntry) == 0


def test_a_refused_update_brings_the_other_fields_and_asks_about_the_refused_one(
    store, karin, tmp_path, app_config, memory_keyring
):
    one, other = add_clients(store, karin, ["Aalders", "Bakker"])
    laptop = a_laptop(tmp_path, app_config, "karin")
    checkout.check_out(store, laptop, karin, [one])
    with store.reading() as s:
        taken = s.get(Client, other).bsn
    with laptop.transaction() as s:  # on the laptop the other client is not there
        c = s.get(Client, one)
        c.bsn, c.phone, c.city = taken, "0644444444", "Elders"
    result = sync.push(store, laptop, karin)
    assert result.conflicts == 1
    with store.reading() as s:
        c = s.get(Client, one)
        assert (c.phone, c.city) == ("0644444444", "Elders")
        assert c.bsn != taken
    [conflict] = open_conflicts(laptop)
    assert conflict.field == "BSN"
    assert taken not in (conflict.base, conflict.mine, conflict.theirs)  # masked
    with pytest.raises(
        UniqueClash, match="Dit kon niet worden opgeslagen: op een andere werkplek werd"
    ):
        resolve(store, laptop, karin, conflict.id, MINE)  # still taken: stays open
    assert len(open_conflicts(laptop)) == 1
    resolve(store, laptop, karin, conflict.id, THEIRS)
    assert open_conflicts(laptop) == []


def test_a_kickoff_booked_offline_into_a_session_that_filled_up_is_a_conflict(
    store, karin, beheerder, tmp_path, app_config, memory_keyring
):
    from datetime import UTC, datetime

    from intake_desktop.db.models import KickoffBooking
    from intake_desktop.services.agenda import kickoff

    one, other = add_clients(store, karin, ["Aalders", "Bakker"])
    session_id = kickoff.plan_session(
        store, beheerder, "groeien", datetime.now(UTC) + timedelta(days=14), "Zaal 1", "Tom", 1
    )
    laptop = a_laptop(tmp_path, app_config, "karin")
    checkout.check_out(store, laptop, karin, [one])
    with laptop.transaction() as s:
        kickoff.book(s, karin, session_id, one, "groeien")
    with store.transaction() as s:
        kickoff.book(s, karin, session_id, other, "groeien")  # the last place, online
    result = sync.push(store, laptop, karin)
    assert result.conflicts == 1
    assert count(store, KickoffBooking) == 1
    [conflict] = open_conflicts(laptop)
    assert conflict.mine.startswith("aangemeld voor de kick-off op de laptop")
    with pytest.raises(
        KickoffStillFull, match="Deze kick\\-off is nog steeds vol\\. Kies de serverversie en"
    ):
        resolve(store, laptop, karin, conflict.id, MINE)


def test_a_row_the_server_refuses_for_a_missing_parent_is_a_conflict_not_a_crash(
    store, karin, beheerder, tmp_path, app_config, memory_keyring
):
    from datetime import UTC, datetime

    from sqlalchemy import delete

    from intake_desktop.db.models import KickoffBooking, KickoffSession
    from intake_desktop.services.agenda import kickoff

    one, two = add_clients(store, karin, ["Aalders", "Bakker"])
    session_id = kickoff.plan_session(
        store, beheerder, "groeien", datetime.now(UTC) + timedelta(days=14), "Zaal 1", "Tom", 9
    )
    laptop = a_laptop(tmp_path, app_config, "karin")
    checkout.check_out(store, laptop, karin, [one, two])
    with laptop.transaction() as s:
        kickoff.book(s, karin, session_id, one, "groeien")
    typed, version = as_input(laptop, two, city="Elders")
    dossier.update_client(laptop, karin, two, version, typed, reason="test: gegevens bijgewerkt")
    with store.transaction() as s:  # the session is gone from the server meanwhile
        s.execute(delete(KickoffSession).where(KickoffSession.id == session_id))
    result = sync.push(store, laptop, karin)
    assert result.conflicts == 1  # the booking, kept on the laptop
    assert count(store, KickoffBooking) == 0
    with store.reading() as s:
        assert s.get(Client, two).city == "Elders"  # the rest of the chunk arrived
