"""Need to know (toegang.toml) in the dossier services, and "toegang met reden": who
reads which parts, refusals that are audited, a grant until the end of the day that a
teamleider reviews. On SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from intake_desktop.db.models import AuditEvent, ToegangMetReden
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.caseload import werkvoorraad, werkvoorraad_tasks
from intake_desktop.services.core.access import NoAccess, end_of_day
from intake_desktop.services.dossier import dossier, notes, toegang
from tests.support.laptop import as_input
from tests.support.store import count

pytestmark = pytest.mark.both_stores  # every test here runs on SQLite and PostgreSQL

REASON = "De klant staat aan de balie en de eigen klantmanager is ziek."


def refusals(store) -> list[tuple[str, str, str]]:
    with store.reading() as s:
        rows = s.scalars(
            select(AuditEvent)
            .where(AuditEvent.action == "geweigerd")
            .order_by(AuditEvent.occurred_at)
        )
        return [(r.username, r.details["deel"], r.details["handeling"]) for r in rows]


def test_the_own_klantmanager_reads_everything(store, km, client_id):
    notes.add_note(store, km, client_id, "Klant gebeld")
    d = dossier.open_dossier(store, km, client_id)
    assert d.access.read >= {"identiteit", "contact", "gesprekken", "notities", "plannen"}
    assert [n.text for n in d.notes] == ["Klant gebeld"]
    assert not d.access.with_reason
    assert dossier.reveal_bsn(store, km, client_id) == "999990019"


def test_the_counter_reads_identity_contact_and_aanmeldingen_only(store, km, balie, client_id):
    notes.add_note(store, km, client_id, "Klant gebeld")
    d = dossier.open_dossier(store, balie, client_id)
    assert d.access.read == {"identiteit", "contact", "aanmeldingen"}
    assert (d.notes, d.conversations, d.open_tasks, d.appointments) == ([], [], [], [])
    assert len(d.aanmeldingen) == 1
    assert all(e.title not in ("Notitie", "Taak") for e in d.timeline)
    with pytest.raises(NoAccess, match="Met uw rol mag u de notities van deze klant niet"):
        notes.list_notes(store, balie, client_id)
    assert refusals(store) == [("balie", "notities", "lezen")]


def test_policy_staff_and_a_beheerder_alone_read_no_client(store, staff_member, client_id):
    for username, role in (("beleid", "beleidsmedewerker"), ("admin", "beheerder")):
        actor = staff_member(username, {role})
        with pytest.raises(NoAccess, match="Met uw rol mag u de identiteit") as refused:
            dossier.open_dossier(store, actor, client_id)
        assert not refused.value.may_ask
        with pytest.raises(NoAccess):
            dossier.reveal_bsn(store, actor, client_id)
        with pytest.raises(NoAccess):
            toegang.ask_with_reason(store, actor, client_id, REASON)
    assert [r[0] for r in refusals(store)] == ["beleid"] * 3 + ["admin"] * 3
    assert count(store, ToegangMetReden) == 0


def test_changing_personal_data_needs_the_part(store, staff_member, balie, client_id):
    typed, version = as_input(store, client_id, phone="0612345678")
    dossier.update_client(
        store, balie, client_id, version, typed, reason="test: gegevens bijgewerkt"
    )  # the counter: contact
    beleid = staff_member("beleid", {"beleidsmedewerker"})
    typed, version = as_input(store, client_id, phone="0687654321")
    with pytest.raises(NoAccess, match="identiteit|contactgegevens"):
        dossier.update_client(
            store, beleid, client_id, version, typed, reason="test: gegevens bijgewerkt"
        )
    assert refusals(store)[-1][0] == "beleid"


def test_toegang_met_reden_until_the_end_of_the_day_reviewed_by_the_teamleider(
    store, staff_member, teamleider, client_id
):
    ahmed = staff_member("ahmed", {"klantmanager"}, name="Ahmed El Amrani")
    with pytest.raises(NoAccess, match="Deze klant valt buiten uw werk") as refused:
        dossier.open_dossier(store, ahmed, client_id)
    assert refused.value.may_ask
    with pytest.raises(ValidationFailed) as too_short:
        toegang.ask_with_reason(store, ahmed, client_id, "  even  ")
    assert "minstens 10 tekens" in too_short.value.errors["reason"]
    grant = toegang.ask_with_reason(store, ahmed, client_id, REASON)
    assert grant.valid_until == end_of_day()
    d = dossier.open_dossier(store, ahmed, client_id)
    assert d.access.with_reason and "notities" in d.access.read
    with store.reading() as s:
        view = s.scalars(
            select(AuditEvent).where(
                AuditEvent.action == "bekijken", AuditEvent.username == "ahmed"
            )
        ).one()
        assert view.details == {"met_reden": True}
        asked = s.scalars(select(AuditEvent).where(AuditEvent.action == "toegang_met_reden")).one()
        assert asked.client_id == client_id and REASON not in str(asked.details)

    review = [i for i in werkvoorraad.items(store, teamleider) if i.kind == "toegang_met_reden"]
    assert [(i.title, i.client_id) for i in review] == [
        ("Toegang met reden controleren: Ahmed El Amrani", client_id)
    ]
    werkvoorraad_tasks.complete_task(store, teamleider, review[0].task_id)
    with store.reading() as s:
        row = s.scalars(select(ToegangMetReden)).one()
        assert row.reviewed_by == teamleider.staff_id and row.reviewed_at is not None
        assert row.reason == REASON

    with store.transaction() as s:  # the next day
        s.scalars(select(ToegangMetReden)).one().valid_until = utcnow() - timedelta(minutes=1)
    with pytest.raises(NoAccess, match="Deze klant valt buiten uw werk"):
        dossier.open_dossier(store, ahmed, client_id)


def test_a_deactivated_account_is_cut_off_at_its_next_call(store, km, beheerder, client_id):
    from intake_desktop.db.models import Staff
    from intake_desktop.services.core.access import AccountInactive

    dossier.open_dossier(store, km, client_id)  # the window is open
    with store.transaction() as s:  # Beheer deactivates her meanwhile
        s.get(Staff, km.staff_id).active = False
    with pytest.raises(AccountInactive, match="Uw account is niet meer actief"):
        dossier.open_dossier(store, km, client_id)
    with pytest.raises(AccountInactive):
        notes.add_note(store, km, client_id, "Nog snel een notitie")


def test_an_open_task_on_her_name_brings_a_client_in_the_wisselwachters_reach(
    store, staff_member, client_id
):
    from datetime import timedelta

    from intake_desktop.db.models import Aanmelding, Task

    wissel = staff_member("wissel", {"wisselwachter"}, name="Willem Wissel")
    with store.transaction() as s:  # the aanmelding is long done: not in today's queue
        for item in s.scalars(select(Aanmelding)):
            item.status, item.registered_at = "afgerond", utcnow() - timedelta(days=40)
    with pytest.raises(NoAccess):
        dossier.open_dossier(store, wissel, client_id)
    with store.transaction() as s:
        s.add(
            Task(
                client_id=client_id,
                kind="uitkeringsintake",
                title="Uitkeringsintake plannen",
                due_at=utcnow() + timedelta(days=1),
                assigned_to=wissel.staff_id,
            )
        )
    assert dossier.open_dossier(store, wissel, client_id).access.may_read("gesprekken")


def test_a_task_handed_to_a_klantmanager_of_another_team_opens_the_dossier_until_done(
    store, staff_member, client_id
):
    from intake_desktop.db.models import Task

    other = staff_member("kmb", {"klantmanager"}, team="b", name="Karin Anders")
    with pytest.raises(NoAccess):
        dossier.open_dossier(store, other, client_id)
    with store.transaction() as s:  # a colleague hands the client's debts question over
        task = Task(
            client_id=client_id,
            kind="overdracht",
            title="Schuldenvraag overnemen",
            due_at=utcnow() + timedelta(days=2),
            assigned_to=other.staff_id,
        )
        s.add(task)
        s.flush()
        task_id = task.id
    assert dossier.open_dossier(store, other, client_id).access.may_read("notities")
    with store.transaction() as s:  # done: the client leaves her reach again
        s.get(Task, task_id).status = "afgehandeld"
    with pytest.raises(NoAccess):
        dossier.open_dossier(store, other, client_id)


def test_an_appointment_with_her_brings_the_client_in_reach(store, staff_member, client_id):
    from intake_desktop.db.models import Appointment

    coach = staff_member("wim", {"klantmanager"}, name="Wim Werkcoach")
    with pytest.raises(NoAccess):
        dossier.open_dossier(store, coach, client_id)
    with store.transaction() as s:  # the work-first intake is with him
        s.add(
            Appointment(
                client_id=client_id,
                kind="work_first_intake",
                starts_at=utcnow() + timedelta(days=1),
                staff_id=coach.staff_id,
            )
        )
    assert dossier.open_dossier(store, coach, client_id).access.may_read("afspraken")


def test_roles_the_caller_makes_up_or_that_were_taken_away_do_not_count(
    store, balie, km, client_id
):
    import dataclasses

    from intake_desktop.db.models import StaffRole

    forged = dataclasses.replace(balie, roles=frozenset({"baliemedewerker", "teamleider"}))
    d = dossier.open_dossier(store, forged, client_id)  # only what the counter may read
    assert "notities" not in d.access.read
    with pytest.raises(NoAccess):
        notes.list_notes(store, forged, client_id)
    dossier.open_dossier(store, km, client_id)  # her window is open
    with store.transaction() as s:
        s.delete(s.get(StaffRole, (km.staff_id, "klantmanager")))
    with pytest.raises(NoAccess):
        dossier.open_dossier(store, km, client_id)
