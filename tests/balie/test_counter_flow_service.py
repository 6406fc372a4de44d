"""Queue, screening, quickscan and agenda services, without Qt."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from sqlalchemy import select

from intake_desktop.db.models import Aanmelding, Appointment, AuditEvent, Client, Task
from intake_desktop.domain.clock import utcnow
from intake_desktop.services.agenda import agenda
from intake_desktop.services.agenda.errors import NotStartedYet
from intake_desktop.services.balie import queue, quickscan, screening
from intake_desktop.services.balie.errors import (
    AlreadyCompleted,
    MayNotQuickscan,
    MayNotScreen,
    PickedUpByColleague,
)
from intake_desktop.services.caseload import toewijzing
from intake_desktop.services.core.errors import ValidationFailed
from tests.support.journey import new_aanmelding, scan, screen, started_a_while_ago
from tests.support.store import count

pytestmark = pytest.mark.both_stores  # every test here runs on SQLite and PostgreSQL


def test_whole_counter_flow(store, balie, beheerder, staff):
    wissel, km = staff
    item_id = new_aanmelding(store, balie)
    other_id = new_aanmelding(store, balie, "Jansen", "999990020")
    assert [i.status for i in queue.today_queue(store, wissel)] == ["wacht_op_poortwachter"] * 2

    queue.pick_up(store, wissel, item_id)
    with pytest.raises(MayNotScreen, match="Screenen doet de poortwachter"):
        queue.pick_up(store, km, item_id)
    with pytest.raises(PickedUpByColleague, match="Willem Wissel heeft deze aanmelding al"):
        queue.pick_up(store, beheerder, item_id)
    result = screen(store, wissel, item_id, acute=True)
    assert result.acute and result.next_status == "wacht_op_quickscan"
    first = queue.today_queue(store, wissel)[0]
    assert first.aanmelding_id == item_id and first.urgent  # acute stands on top
    with store.reading() as s:
        acute_task = s.get(Task, result.acute_task_id)
        assert acute_task.urgent and "Geen geld voor eten" in acute_task.title
        assert acute_task.due_at.astimezone().date() == utcnow().astimezone().date()

    scanned = scan(store, wissel, item_id, km.staff_id)
    with store.reading() as s:
        item = s.get(Aanmelding, item_id)
        registered = item.registered_at
        assert item.status == "afgerond"
        client = s.get(Client, item.client_id)
        assert client.klantmanager_id == km.staff_id and client.status == "in_intake"
        tasks = {t.title: t for t in s.scalars(select(Task).where(Task.id.in_(scanned.task_ids)))}
        deadline = tasks["Uitkeringsintake plannen als de klant niet binnen 48 uur aan het werk is"]
        assert deadline.due_at == registered + timedelta(hours=48)
        assert deadline.assigned_to == wissel.staff_id
        contact = tasks["Contact opnemen met Work First"]
        assert contact.assigned_to == km.staff_id
        assert timedelta(days=13, hours=23) < contact.due_at - utcnow() <= timedelta(days=14)
        appointment = s.get(Appointment, scanned.appointment_ids[0])
        assert appointment.kind == "work_first_intake" and "Cv" in appointment.documents_to_bring
        actions = [
            e.entity
            for e in s.scalars(
                select(AuditEvent).where(
                    AuditEvent.client_id == client.id, AuditEvent.action == "aanmaken"
                )
            )
        ]
        assert {"screening", "quickscan"} <= set(actions)
    with pytest.raises(MayNotQuickscan, match="De quickscan doet de wisselwachter"):
        scan(store, km, item_id, km.staff_id)
    with pytest.raises(AlreadyCompleted, match="al afgerond door Willem Wissel"):
        scan(store, wissel, item_id, km.staff_id)
    assert [i.aanmelding_id for i in queue.today_queue(store, wissel)][:1] == [other_id]


def test_screening_needs_reasons_and_can_end_the_aanmelding(store, balie, staff):
    wissel, _ = staff
    item_id = new_aanmelding(store, balie)
    with pytest.raises(ValidationFailed) as err:
        screening.complete_screening(store, wissel, item_id, screening.ScreeningInput(go_on=False))
    assert set(err.value.errors) == {"eligibility", "eligibility_reason", "end_reason"}
    assert screen(store, wissel, item_id, go_on=False).next_status == "afgerond"
    with pytest.raises(AlreadyCompleted, match="Deze aanmelding is al afgerond door Willem Wissel"):
        screen(store, wissel, item_id)


def test_quickscan_rules(store, balie, staff):
    wissel, km = staff
    item_id = new_aanmelding(store, balie)
    screen(store, wissel, item_id)
    with pytest.raises(ValidationFailed) as err:
        quickscan.complete_quickscan(
            store,
            wissel,
            item_id,
            quickscan.QuickscanInput(
                routes=["work_first"],
                klantmanager_id=wissel.staff_id,
                appointments={"work_first": utcnow() - timedelta(hours=1)},
            ),
        )
    assert set(err.value.errors) == {"summary", "benefit", "klantmanager", "afspraak_work_first"}
    assert "geen eigen caseload" in err.value.errors["klantmanager"]
    same_time = utcnow() + timedelta(days=1)
    with pytest.raises(ValidationFailed) as err:
        quickscan.complete_quickscan(
            store,
            wissel,
            item_id,
            quickscan.QuickscanInput(
                summary="Werk",
                benefit_may_be_due="ja",
                routes=["work_first", "uitkeringsintake"],
                klantmanager_id=km.staff_id,
                appointments={"work_first": same_time, "uitkeringsintake": same_time},
            ),
        )
    assert "valt samen" in err.value.errors["afspraak_uitkeringsintake"]
    client_id = store_client_of(store, item_id)
    ranked = toewijzing.suggest(store, wissel, client_id)
    assert sorted(c.staff.name for c in ranked) == ["Bea Beheer", "Karin Klant"]


def store_client_of(store, item_id):
    with store.reading() as s:
        return s.get(Aanmelding, item_id).client_id


def test_missed_appointment_first_call_up_has_no_sanction(store, balie, staff):
    wissel, km = staff
    item_id = new_aanmelding(store, balie)
    screen(store, wissel, item_id)
    tomorrow = (utcnow() + timedelta(days=1)).astimezone().date()
    when = datetime.combine(tomorrow, time(9, 0)).astimezone()
    done = scan(
        store, wissel, item_id, km.staff_id, routes=("work_first", "uitkeringsintake"), when=when
    )
    rows = agenda.day_agenda(store, km, when.astimezone().date(), km.staff_id)
    assert len(rows) == 2 and rows[0].client_name == "Noël Maës"
    with pytest.raises(NotStartedYet, match="nog niet begonnen"):
        agenda.record_missed(store, wissel, done.appointment_ids[0])
    started_a_while_ago(store, done.appointment_ids)
    first = agenda.record_missed(store, wissel, done.appointment_ids[0])
    assert first.first_miss and "geen sanctie" in first.message
    again = agenda.record_missed(store, wissel, done.appointment_ids[1])
    assert not again.first_miss and again.count == 2
    assert count(store, Task, Task.kind == "oproep") == 2


def test_open_aanmelding_from_yesterday_stays_in_the_queue(store, balie, staff):
    wissel, _ = staff
    item_id = new_aanmelding(store, balie)
    done_id = new_aanmelding(store, balie, "Jansen", "999990020")
    screen(store, wissel, done_id, go_on=False)
    with store.transaction() as s:
        for aanmelding_id in (item_id, done_id):
            s.get(Aanmelding, aanmelding_id).registered_at = utcnow() - timedelta(days=1)
    assert [i.aanmelding_id for i in queue.today_queue(store, wissel)] == [item_id]
    assert queue.today_queue(store, wissel)[0].waiting_minutes >= 24 * 60 - 1


def test_quickscan_refuses_a_time_the_klantmanager_is_already_booked(store, balie, staff):
    wissel, km = staff
    first = new_aanmelding(store, balie)
    second = new_aanmelding(store, balie, "Jansen", "999990020")
    for item_id in (first, second):
        screen(store, wissel, item_id)
    tomorrow_nine = datetime.combine(
        (utcnow() + timedelta(days=1)).astimezone().date(), time(9, 0)
    ).astimezone()
    scan(store, wissel, first, km.staff_id, when=tomorrow_nine)
    with pytest.raises(ValidationFailed) as err:
        scan(store, wissel, second, km.staff_id, when=tomorrow_nine + timedelta(minutes=30))
    assert "al een afspraak" in err.value.errors["afspraak_work_first"]
    scan(store, wissel, second, km.staff_id, when=tomorrow_nine + timedelta(hours=1))


def test_a_client_in_traject_comes_back_through_the_counter(store, balie, staff):
    # A second aanmelding (same BSN) goes through screening and quickscan again: the
    # screening straight from the queue, and the client is in intake once more.
    wissel, km = staff
    first = new_aanmelding(store, balie)
    screen(store, wissel, first)
    scan(store, wissel, first, km.staff_id)
    client_id = store_client_of(store, first)
    with store.transaction() as s:
        s.get(Client, client_id).status = "in_traject"
    again = new_aanmelding(store, balie)
    assert store_client_of(store, again) == client_id
    assert screen(store, wissel, again).next_status == "wacht_op_quickscan"
    scan(store, wissel, again, km.staff_id, when=utcnow() + timedelta(days=2))
    with store.reading() as s:
        assert s.get(Client, client_id).status == "in_intake"
        assert s.get(Aanmelding, again).status == "afgerond"
