"""The werkvoorraad: what is due and overdue per person, and counts that go down when
items are handled."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from intake_desktop.db.models import Appointment, AuditEvent, Client, Staff, Task
from intake_desktop.domain.clock import utcnow
from intake_desktop.services.agenda import agenda
from intake_desktop.services.caseload import caseloads, toewijzing, werkvoorraad, werkvoorraad_tasks
from intake_desktop.services.caseload.errors import ColleaguesTask
from tests.support.journey import new_aanmelding, scan, screen

pytestmark = pytest.mark.both_stores  # every test here runs on SQLite and PostgreSQL


def titles(found):
    return [(i.title, i.state) for i in found]


def test_work_first_deadlines_and_the_poortwachterstoets(store, balie, staff):  # noqa: F811
    wissel, km = staff
    item_id = new_aanmelding(store, balie)
    screen(store, wissel, item_id)
    scan(store, wissel, item_id, km.staff_id)
    now = utcnow()

    mine = werkvoorraad.items(store, wissel, now)
    check = "Uitkeringsintake plannen als de klant niet binnen 48 uur aan het werk is"
    assert [(i.title, i.client_name) for i in mine] == [(check, "Noël Maës")]
    assert mine[0].state in (werkvoorraad.TODAY, werkvoorraad.SOON)
    assert werkvoorraad.counts(store, wissel, now) == werkvoorraad.Counts(0, 1)

    # The klantmanager: Work First contact in two weeks and the poortwachterstoets in
    # three months are on the list but not yet due.
    theirs = werkvoorraad.items(store, km, now)
    assert {i.title for i in theirs} == {
        "Contact opnemen met Work First",
        "Poortwachterstoets: uiterlijk na 3 maanden intensieve persoonlijke dienstverlening",
    }
    assert {i.state for i in theirs} == {werkvoorraad.LATER}
    assert werkvoorraad.counts(store, km, now) == werkvoorraad.Counts(0, 0)

    # Fifteen days later the contact is overdue, and so is recording tomorrow's Work
    # First intake on the klantmanager's agenda; three months later the toets too.
    later = now + timedelta(days=15)
    assert werkvoorraad.counts(store, km, later) == werkvoorraad.Counts(2, 2)
    assert werkvoorraad.counts(store, wissel, later) == werkvoorraad.Counts(1, 1)
    assert werkvoorraad.counts(store, km, now + timedelta(days=95)) == werkvoorraad.Counts(3, 3)

    # Handling closes it; someone else cannot close the klantmanager's task.
    contact = next(i for i in theirs if i.title.startswith("Contact"))
    with pytest.raises(ColleaguesTask, match="Deze taak staat op naam van een collega\\."):
        werkvoorraad_tasks.complete_task(store, wissel, contact.task_id)
    werkvoorraad_tasks.complete_task(store, km, contact.task_id)
    assert werkvoorraad.counts(store, km, later) == werkvoorraad.Counts(1, 1)
    werkvoorraad_tasks.complete_task(store, wissel, mine[0].task_id)
    assert werkvoorraad.counts(store, wissel, later) == werkvoorraad.Counts(0, 0)
    with store.reading() as s:
        task = s.get(Task, contact.task_id)
        assert (task.status, task.done_by) == ("afgehandeld", km.staff_id)
        assert s.scalar(select(AuditEvent).where(AuditEvent.entity == "taak")) is not None


def test_appointments_to_record_and_progress_talks_due(store, balie, staff):  # noqa: F811
    wissel, km = staff
    item_id = new_aanmelding(store, balie)
    screen(store, wissel, item_id)
    scan(store, wissel, item_id, km.staff_id)
    with store.reading() as s:
        client_id = s.scalar(select(Client.id))
    now = utcnow()
    with store.transaction() as s:
        s.add(
            Appointment(
                client_id=client_id,
                kind=store.config.ambitie.progress_appointment_type,
                starts_at=now + timedelta(days=3),
                staff_id=km.staff_id,
            )
        )
        past = Appointment(
            client_id=client_id,
            kind="werkcoach",
            starts_at=now - timedelta(hours=2),
            staff_id=km.staff_id,
        )
        s.add(past)
        s.flush()
        past_id = past.id
    found = titles(werkvoorraad.items(store, km, now))
    assert ("Afspraak afmelden: gehouden of niet verschenen?", werkvoorraad.OVERDUE) in found
    assert ("Voortgangsgesprek", werkvoorraad.SOON) in found
    assert werkvoorraad.counts(store, km, now) == werkvoorraad.Counts(1, 2)
    # Recorded in the agenda: gone from the list; the call-up task takes its place.
    agenda.record_missed(store, km, past_id)
    after = werkvoorraad.items(store, km, now)
    assert "Afspraak afmelden: gehouden of niet verschenen?" not in [i.title for i in after]
    call_up = [i for i in after if i.kind == "oproep"]
    assert len(call_up) == 1 and call_up[0].where == werkvoorraad.IN_DOSSIER


def test_unassigned_clients_for_wisselwachters(store, balie, beheerder, staff):  # noqa: F811
    wissel, km = staff
    item_id = new_aanmelding(store, balie)
    screen(store, wissel, item_id)
    scan(store, wissel, item_id, km.staff_id)
    now = utcnow()
    assert werkvoorraad.counts(store, wissel, now).due == 1  # only the 48-hour check
    assert werkvoorraad.counts(store, km, now).due == 0  # not for klantmanagers
    # The klantmanager leaves: the client shows up as without klantmanager.
    with store.transaction() as s:
        s.get(Staff, km.staff_id).active = False
        client_id = s.scalar(select(Client.id))
    found = werkvoorraad.items(store, wissel, now)
    unassigned = [i for i in found if i.kind == "zonder_klantmanager"]
    assert [(i.client_id, i.where) for i in unassigned] == [(client_id, werkvoorraad.ASSIGN)]
    # Due some days after the klantmanager left (toewijzing.toml), not late at once.
    days = store.config.toewijzing.toewijzen_dagen
    assert unassigned[0].state == werkvoorraad.SOON
    assert now + timedelta(days=days) <= unassigned[0].due_at <= utcnow() + timedelta(days=days)
    assert werkvoorraad.counts(store, wissel, now) == werkvoorraad.Counts(0, 2)
    later = now + timedelta(days=days, hours=1)
    assert werkvoorraad.counts(store, wissel, later).overdue >= 1
    assert [i.state for i in werkvoorraad.items(store, wissel, later) if i.client_id][0] == (
        werkvoorraad.OVERDUE
    )
    other = toewijzing.suggest(store, wissel, client_id)
    toewijzing.assign(
        store,
        wissel,
        client_id,
        other[0].staff.id,
        suggested_id=other[0].staff.id,
        expected_current=km.staff_id,
    )
    assert werkvoorraad.counts(store, wissel, now) == werkvoorraad.Counts(0, 1)


def test_an_imported_caseload_without_klantmanagers_is_one_line_not_thousands(
    store,
    beheerder,
    teamleider,
    staff,  # noqa: F811
):
    from datetime import date

    from intake_desktop.db.models import Client as ClientRow

    wissel, _km = staff
    with store.transaction() as s:
        s.add_all(
            ClientRow(
                first_names="Import",
                surname=f"Klant{n:03}",
                search_name=f"klant{n:03}",
                birth_date=date(1980, 1, 1),
                gemeente_code=store.config.default_gemeente.code,
                status="in_traject",
            )
            for n in range(werkvoorraad.UNASSIGNED_SHOWN + 20)
        )
    # The teamleider (of the whole Werkplein) reaches clients without a klantmanager.
    found = werkvoorraad.items(store, teamleider)
    one_by_one = [i for i in found if i.kind == "zonder_klantmanager"]
    assert len(one_by_one) == werkvoorraad.UNASSIGNED_SHOWN
    rest = [i for i in found if i.kind == "zonder_klantmanager_meer"]
    assert len(rest) == 1 and rest[0].where == werkvoorraad.IN_CASELOADS
    # Imported today: to be assigned in the coming days, not a flood of "te laat".
    assert {i.state for i in one_by_one + rest} == {werkvoorraad.SOON}
    counted = werkvoorraad.counts(store, teamleider)
    assert counted == werkvoorraad.Counts(0, werkvoorraad.UNASSIGNED_SHOWN + 1)
    days_on = utcnow() + timedelta(days=store.config.toewijzing.toewijzen_dagen, hours=1)
    assert werkvoorraad.counts(store, teamleider, days_on).overdue == (
        werkvoorraad.UNASSIGNED_SHOWN + 1
    )
    assert {i.state for i in werkvoorraad.items(store, teamleider, days_on)} == {
        werkvoorraad.OVERDUE
    }
    # The wisselwachter never met them (need to know: the queue, her own talks).
    assert not [i for i in werkvoorraad.items(store, wissel) if i.kind.startswith("zonder")]
    assert werkvoorraad.counts(store, wissel).due == 0
    # The teamleider hands them out in batches from the team view.
    overview = caseloads.caseload_overview(store, beheerder)
    nobody = [r for r in overview if r.staff_id is None]
    assert [(r.name, r.total) for r in nobody] == [("Zonder klantmanager", 120)]
    batch = caseloads.client_ids_of(store, beheerder, None)
    assert len(batch) == 120
