"""Laptops on a home visit: check-out into an encrypted store, offline changes in the
outbox, and the synchronisation that merges per field, shows every conflict, loses
nothing and applies nothing twice. The server is SQLite and PostgreSQL in turn."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from intake_desktop.db.models import (
    AuditEvent,
    Checkout,
    Client,
    Note,
    OutboxEntry,
    SyncReceipt,
    Trajectplan,
    TrajectplanGoal,
)
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.beheer import accounts
from intake_desktop.services.core.errors import (
    SignInFailed,
    StaleVersion,
    UniqueClash,
)
from intake_desktop.services.dossier import dossier, notes
from intake_desktop.services.laptop import checkout, laptop_key, sync
from intake_desktop.services.laptop.errors import (
    CheckoutCancelled,
    KickoffStillFull,
    OtherUsersLaptop,
)
from intake_desktop.services.laptop.sync_conflicts import MINE, THEIRS, open_conflicts, resolve
from intake_desktop.services.traject import trajectplan
from intake_desktop.services.traject.trajectplan_input import GoalInput, PlanInput
from tests.support.laptop import add_clients, as_input
from tests.support.staff import DEMO_PASSWORD, make_staff
from tests.support.store import count

pytestmark = pytest.mark.both_stores  # every test here runs on SQLite and PostgreSQL


@pytest.fixture
def karin(store, beheerder):
    make_staff(store, "karin", {"klantmanager"}, actor=beheerder, name="Karin Jansen")
    return accounts.sign_in(store, "karin", DEMO_PASSWORD)


@pytest.fixture
def piet(store, beheerder):
    make_staff(store, "piet", {"klantmanager"}, actor=beheerder, name="Piet de Vries")
    return accounts.sign_in(store, "piet", DEMO_PASSWORD)


def a_laptop(tmp_path, app_config, username):
    return laptop_key.open_laptop_store(
        tmp_path / f"{username}.sqlite", username, app_config, create=True
    )


def phone_of(store, client_id):
    with store.reading() as s:
        return s.get(Client, client_id).phone


def test_two_laptops_with_overlapping_clients_lose_nothing(
    store, karin, piet, tmp_path, app_config, memory_keyring
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
    dossier.update_client(laptop_a, karin, both, version, typed)
    typed, version = as_input(laptop_a, one, city="Ergenshuizen")
    dossier.update_client(laptop_a, karin, one, version, typed)
    notes.add_note(laptop_a, karin, both, "Huisbezoek: gaat goed.", at_home=True)
    # Offline on laptop B.
    typed, version = as_input(laptop_b, both, phone="0622222222", email="b@example.org")
    dossier.update_client(laptop_b, piet, both, version, typed)
    notes.add_note(laptop_b, piet, both, "Telefonisch contact.")
    # Meanwhile at the counter, online: another field of client one.
    typed, version = as_input(store, one, street="Dorpsstraat")
    dossier.update_client(store, karin, one, version, typed)

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

    resolve(store, laptop_b, piet, conflict.id, MINE)
    assert phone_of(store, both) == "0622222222"
    assert phone_of(laptop_b, both) == "0622222222"  # the laptop shows the outcome
    assert open_conflicts(laptop_b) == []
    assert checkout.laptop_status(laptop_b).checked_out == 2


def test_the_outbox_is_written_in_the_same_transaction_as_the_change(
    store, karin, tmp_path, app_config, memory_keyring
):
    [one] = add_clients(store, karin, ["Aalders"])
    laptop = a_laptop(tmp_path, app_config, "karin")
    checkout.check_out(store, laptop, karin, [one])
    assert count(laptop, OutboxEntry) == 0  # the copy itself is no change
    typed, version = as_input(laptop, one, postcode="12")
    with pytest.raises(ValidationFailed, match="postcode: Vul een postcode in als 1234 AB\\."):
        dossier.update_client(laptop, karin, one, version, typed)
    assert count(laptop, OutboxEntry) == 0  # refused: nothing recorded
    typed, version = as_input(laptop, one, phone="0633333333")
    dossier.update_client(laptop, karin, one, version, typed)
    with laptop.reading() as s:
        tables = sorted(s.scalars(select(OutboxEntry.table_name)))
    assert tables == ["audit_event", "client"]


def test_a_push_broken_off_halfway_and_repeated_applies_everything_once(
    store, karin, tmp_path, app_config, memory_keyring
):
    ids = add_clients(store, karin, [f"Klant{chr(97 + n)}" for n in range(6)])
    laptop = a_laptop(tmp_path, app_config, "karin")
    checkout.check_out(store, laptop, karin, ids)
    for n, client_id in enumerate(ids):
        for m in range(3):
            notes.add_note(laptop, karin, client_id, f"Notitie {m} bij klant {n}")
        typed, version = as_input(laptop, client_id, phone=f"06{n:08d}")
        dossier.update_client(laptop, karin, client_id, version, typed)
    offline_events = count(laptop, AuditEvent)
    before = count(store, AuditEvent)

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
    assert phones == {c: f"06{n:08d}" for n, c in enumerate(ids)}
    # Every offline audit event arrived once, plus one for the finished push.
    assert count(store, AuditEvent) == before + offline_events + 1
    with store.reading() as s:
        assert s.scalar(select(func.count(func.distinct(AuditEvent.id)))) == count(
            store, AuditEvent
        )


def test_plan_goals_merge_as_a_whole_and_a_conflict_can_be_resolved(
    store, karin, piet, tmp_path, app_config, memory_keyring
):
    [one] = add_clients(store, karin, ["Aalders"])
    plan = trajectplan.open_plan(store, karin, one)
    goal = GoalInput("werk", "Solliciteren", date.today() + timedelta(days=60), "open", [])
    plan = trajectplan.save_plan(
        store, karin, plan.id, PlanInput("Werk", [goal], "", "", None), plan.row_version
    )
    laptop = a_laptop(tmp_path, app_config, "karin")
    checkout.check_out(store, laptop, karin, [one])
    offline = trajectplan.open_plan(laptop, karin, one)
    two_goals = [goal, GoalInput("educatie", "Taalcursus", None, "open", [])]
    trajectplan.save_plan(
        laptop,
        karin,
        offline.id,
        PlanInput("Werk binnen een jaar", two_goals, "", "", None),
        offline.row_version,
    )
    result = sync.push(store, laptop, karin)
    assert result.conflicts == 0
    with store.reading() as s:
        saved = s.get(Trajectplan, plan.id)
        assert saved.doelperspectief == "Werk binnen een jaar"
        goals = s.scalars(
            select(TrajectplanGoal.description).where(TrajectplanGoal.plan_id == plan.id)
        ).all()
    assert sorted(goals) == ["Solliciteren", "Taalcursus"]

    # Now both sides change the goals: one conflict "Doelen en activiteiten".
    sync.refresh(store, laptop, karin, [one])
    offline = trajectplan.open_plan(laptop, karin, one)
    trajectplan.save_plan(
        laptop,
        karin,
        offline.id,
        PlanInput("Werk binnen een jaar", [goal], "", "", None),
        offline.row_version,
    )
    online = trajectplan.open_plan(store, karin, one)
    trajectplan.save_plan(
        store,
        karin,
        online.id,
        PlanInput(
            "Werk binnen een jaar",
            [*two_goals, GoalInput("wonen", "Huis", None, "open", [])],
            "",
            "",
            None,
        ),
        online.row_version,
    )
    result = sync.push(store, laptop, karin)
    assert result.conflicts == 1
    [conflict] = open_conflicts(laptop)
    assert conflict.field == "Doelen en activiteiten"
    assert "Solliciteren" in conflict.mine and "Huis" not in conflict.mine
    assert "Huis" in conflict.theirs
    resolve(store, laptop, karin, conflict.id, MINE)
    with store.reading() as s:
        goals = s.scalars(
            select(TrajectplanGoal.description).where(TrajectplanGoal.plan_id == plan.id)
        ).all()
    assert goals == ["Solliciteren"]


def test_a_laptop_store_belongs_to_one_user_and_returning_closes_checkouts(
    store, karin, piet, tmp_path, app_config, memory_keyring
):
    [one] = add_clients(store, karin, ["Aalders"])
    laptop = a_laptop(tmp_path, app_config, "karin")
    checkout.check_out(store, laptop, karin, [one])
    with pytest.raises(OtherUsersLaptop, match="andere medewerker"):
        checkout.check_out(store, laptop, piet, [one])
    # Offline sign-in works for the laptop's own user only.
    assert accounts.sign_in(laptop, "karin", DEMO_PASSWORD).staff_id == karin.staff_id
    with pytest.raises(SignInFailed, match="Gebruikersnaam of wachtwoord klopt niet\\."):
        accounts.sign_in(laptop, "piet", DEMO_PASSWORD)
    sync.synchronise(store, laptop, karin, keep=False)
    assert count(store, Checkout, Checkout.returned_at.is_(None)) == 0
    assert count(laptop, Client) == 0


def test_a_repeat_after_a_break_with_a_new_change_of_the_same_row_is_applied(
    store, karin, tmp_path, app_config, memory_keyring
):
    [one] = add_clients(store, karin, ["Aalders"])
    laptop = a_laptop(tmp_path, app_config, "karin")
    checkout.check_out(store, laptop, karin, [one])
    typed, version = as_input(laptop, one, phone="0611111111")
    dossier.update_client(laptop, karin, one, version, typed)

    def break_off(number):
        raise sync.SyncInterrupted()  # the server committed; the laptop never heard

    with pytest.raises(sync.SyncInterrupted):
        sync.push(store, laptop, karin, after_chunk=break_off)
    typed, version = as_input(laptop, one, phone="0622222222", city="Elders")
    dossier.update_client(laptop, karin, one, version, typed)
    result = sync.push(store, laptop, karin)
    assert result.conflicts == 0
    with store.reading() as s:
        c = s.get(Client, one)
        assert (c.phone, c.city) == ("0622222222", "Elders")
    assert count(laptop, OutboxEntry) == 0


def test_changes_are_still_captured_after_a_migration_dropped_the_triggers(
    store, karin, tmp_path, app_config, memory_keyring
):
    [one] = add_clients(store, karin, ["Aalders"])
    laptop = a_laptop(tmp_path, app_config, "karin")
    checkout.check_out(store, laptop, karin, [one])
    with laptop.transaction() as s:  # as a batch migration rebuilding "client" would
        for op in "iud":
            s.connection().exec_driver_sql(f"DROP TRIGGER outbox_client_{op}")
    laptop.close()
    laptop = a_laptop(tmp_path, app_config, "karin")  # the next opening
    typed, version = as_input(laptop, one, phone="0633333333")
    dossier.update_client(laptop, karin, one, version, typed)
    sync.push(store, laptop, karin)
    assert phone_of(store, one) == "0633333333"


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


def test_a_plan_made_offline_while_the_server_got_one_is_kept_as_a_conflict(
    store, karin, tmp_path, app_config, memory_keyring
):
    [one] = add_clients(store, karin, ["Aalders"])
    laptop = a_laptop(tmp_path, app_config, "karin")
    checkout.check_out(store, laptop, karin, [one])
    offline = trajectplan.open_plan(laptop, karin, one)
    goal = GoalInput("werk", "Solliciteren", None, "open", [])
    trajectplan.save_plan(
        laptop, karin, offline.id, PlanInput("Werk", [goal], "", "", None), offline.row_version
    )
    online = trajectplan.open_plan(store, karin, one)  # meanwhile at the office
    result = sync.push(store, laptop, karin)
    assert result.conflicts == 1
    [conflict] = open_conflicts(laptop)
    assert "Solliciteren" in conflict.mine and "Werk" in conflict.mine
    resolve(store, laptop, karin, conflict.id, MINE)
    with store.reading() as s:
        plan = s.get(Trajectplan, online.id)
        assert plan.doelperspectief == "Werk"
        goals = s.scalars(
            select(TrajectplanGoal.description).where(TrajectplanGoal.plan_id == online.id)
        ).all()
    assert goals == ["Solliciteren"]


def test_merged_goals_raise_the_plan_version_so_an_old_screen_is_refused(
    store, karin, tmp_path, app_config, memory_keyring
):
    [one] = add_clients(store, karin, ["Aalders"])
    plan = trajectplan.open_plan(store, karin, one)
    laptop = a_laptop(tmp_path, app_config, "karin")
    checkout.check_out(store, laptop, karin, [one])
    offline = trajectplan.open_plan(laptop, karin, one)
    goal = GoalInput("werk", "Solliciteren", None, "open", [])
    trajectplan.save_plan(
        laptop, karin, offline.id, PlanInput("", [goal], "", "", None), offline.row_version
    )
    sync.push(store, laptop, karin)
    with pytest.raises(
        StaleVersion, match="Deze gegevens zijn intussen gewijzigd door Karin Jansen"
    ):  # a screen opened on the plan before the sync
        trajectplan.save_plan(
            store, karin, plan.id, PlanInput("Oud scherm", [], "", "", None), plan.row_version
        )


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
    dossier.update_client(laptop, karin, two, version, typed)
    with store.transaction() as s:  # the session is gone from the server meanwhile
        s.execute(delete(KickoffSession).where(KickoffSession.id == session_id))
    result = sync.push(store, laptop, karin)
    assert result.conflicts == 1  # the booking, kept on the laptop
    assert count(store, KickoffBooking) == 0
    with store.reading() as s:
        assert s.get(Client, two).city == "Elders"  # the rest of the chunk arrived


def test_a_cancelled_check_out_closes_its_check_outs_again(
    store, karin, tmp_path, app_config, memory_keyring
):
    ids = add_clients(store, karin, ["Aalders", "Bakker"])
    laptop = a_laptop(tmp_path, app_config, "karin")
    with pytest.raises(CheckoutCancelled, match="Afgebroken: er is niets op de laptop gezet\\."):
        checkout.check_out(store, laptop, karin, ids, cancelled=lambda: True)
    assert count(store, Checkout, Checkout.returned_at.is_(None)) == 0
    assert count(laptop, Client) == 0


def test_a_plan_finished_and_a_new_one_started_offline_arrive_without_a_conflict(
    store, karin, tmp_path, app_config, memory_keyring
):
    [one] = add_clients(store, karin, ["Aalders"])
    old = trajectplan.open_plan(store, karin, one)
    laptop = a_laptop(tmp_path, app_config, "karin")
    checkout.check_out(store, laptop, karin, [one])
    with laptop.transaction() as s:  # as a closure and a reopening on the laptop do
        s.get(Trajectplan, old.id).status = "afgerond"
    new = trajectplan.open_plan(laptop, karin, one, start_new=True)
    assert new.id != old.id
    assert sync.push(store, laptop, karin).conflicts == 0
    with store.reading() as s:
        assert s.get(Trajectplan, old.id).status == "afgerond"
        assert s.get(Trajectplan, new.id) is not None
