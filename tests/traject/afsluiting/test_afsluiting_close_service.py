"""Closing a traject (beëindigingsonderzoek): what the screen is prepared with, the closure
row, aftercare tasks on outflow to work (and none for the other reasons), the hand-over
to the income consultants (or the teamleiders), the plan finished, what was planned
stopped, the caseload count, each field checked in Dutch, and the audit."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from intake_desktop.db.models import Afsluiting, Appointment, Client, Note, Task, Trajectplan
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.caseload import werkvoorraad
from intake_desktop.services.traject import afsluiting, afsluiting_effects
from tests.support.afsluiting import NOTE, TODAY, audit_rows, caseload, to_work
from tests.support.journey import new_aanmelding
from tests.support.store import count

pytestmark = pytest.mark.both_stores  # every test here runs on SQLite and PostgreSQL


def test_prepare_shows_goals_reasons_and_what_will_stop(store, km, consultant, client_id):
    context = afsluiting.prepare(store, km, client_id)
    assert context.client_name == "Noël Maës"
    assert (context.status, context.klantgroep, context.klantmanager) == (
        "in_traject",
        "groeien",
        "Karin Jansen",
    )
    assert [g.description[:6] for g in context.goals] == ["Doel 1", "Doel 2"]
    assert [r.code for r in context.redenen][:2] == ["werk", "opleiding"]
    assert "Logistiek" in context.sectoren and context.doeluitkomsten[0] == "Bereikt"
    assert [t.dagen for t in context.nazorg] == [7, 30, 91]
    # The future planned one, and the overdue planned progress talk (the rhythm ends).
    assert len(context.appointments) == 2
    assert context.plan_id is not None and context.plan_version is not None
    assert {t.title for t in context.open_tasks} >= {"Klant bellen over de stage"}
    assert [name for _id, name in context.inkomensconsulenten] == ["Sandra Bakker"]
    assert context.last_closure is None
    assert [e.action for e in audit_rows(store, "beeindiging")] == ["bekijken"]


def test_a_closure_to_work_with_aftercare_tasks(store, km, client_id):
    assert caseload(store, km) == 1
    context = afsluiting.prepare(store, km, client_id)
    open_before = len(context.open_tasks)
    start = TODAY + timedelta(days=3)  # the first working day
    result = afsluiting.close_traject(
        store, km, client_id, to_work(context, closed_on=start), context.client_version
    )

    # The nazorg tasks: one per configured entry, for the klantmanager, on the dates.
    assert [(t.title, t.at.astimezone().date()) for t in result.nazorg_tasks] == [
        ("Nazorg: eerste week op het werk nabellen", start + timedelta(days=7)),
        ("Nazorg: gesprek met klant en werkgever na een maand", start + timedelta(days=30)),
        ("Nazorg: afsluitend contact na drie maanden", start + timedelta(days=91)),
    ]
    assert (result.appointments_cancelled, result.tasks_closed) == (2, open_before)
    assert result.plan_finished and result.handover_task is None
    with store.reading() as s:
        row = s.scalar(select(Afsluiting))
        assert (row.reason, row.closed_on, row.klantgroep) == ("werk", start, "groeien")
        assert (row.sector, row.hours_per_week, row.closed_by) == ("Logistiek", 32, km.staff_id)
        assert row.note == NOTE and row.reopened_at is None
        assert [o["outcome"] for o in row.goal_outcomes] == ["Bereikt", "Bereikt"]
        assert row.goal_outcomes[0]["description"].startswith("Doel 1")
        client = s.get(Client, client_id)
        assert client.status == "afgesloten"
        tasks = s.scalars(select(Task).where(Task.status == "open")).all()
        assert {(t.kind, t.assigned_to) for t in tasks} == {("nazorg", km.staff_id)}
        assert len(tasks) == 3
        assert sorted(t.due_at.astimezone().date() for t in tasks) == [
            start + timedelta(days=d) for d in (7, 30, 91)
        ]
        # Nobody did the open tasks: they lapse, they are not "done by" the closer.
        assert s.scalar(select(func.count()).where(Task.status == "afgehandeld")) == 0
        lapsed = s.scalars(select(Task).where(Task.status == "vervallen")).all()
        assert len(lapsed) == open_before
        assert all(t.done_by is None and t.done_at is None for t in lapsed)
        statuses = sorted(
            (a.starts_at > utcnow(), a.status) for a in s.scalars(select(Appointment))
        )
        assert statuses == [(False, "geannuleerd"), (True, "geannuleerd"), (True, "gehouden")]
        plan = s.scalar(select(Trajectplan))
        assert plan.status == "afgerond"
    # The client left Karin's caseload; the tasks are in her werkvoorraad.
    assert caseload(store, km) == 0
    items = [i for i in werkvoorraad.items(store, km) if i.kind == "nazorg"]
    assert len(items) == 3 and items[0].client_name == "Noël Maës"
    # Audit: reason code and counts, no free text.
    event = audit_rows(store, "beeindiging")[-1]
    assert (event.action, event.client_id) == ("aanmaken", client_id)
    assert event.details["reden"] == "werk" and event.details["nazorgtaken"] == 3
    assert event.details["afspraken_geannuleerd"] == 2 and event.details["doelen"] == 2
    assert "heftruck" not in json.dumps(event.details) and "Logistiek" not in json.dumps(
        event.details
    )


def test_nazorg_dates_for_the_summary(store):
    assert afsluiting_effects.nazorg_dates(store, "verhuisd", TODAY) == []
    dates = afsluiting_effects.nazorg_dates(store, "werk", date(2026, 1, 5))
    assert [d for _t, d in dates] == [date(2026, 1, 12), date(2026, 2, 4), date(2026, 4, 6)]


@pytest.mark.parametrize("reason", ["opleiding", "verhuisd", "geen_recht", "anders"])
def test_each_other_reason_closes_without_aftercare(store, km, client_id, reason):
    context = afsluiting.prepare(store, km, client_id)
    data = to_work(context, reason=reason, sector="", hours_per_week=None)
    result = afsluiting.close_traject(store, km, client_id, data, context.client_version)
    assert result.nazorg_tasks == () and result.handover_task is None
    with store.reading() as s:
        row = s.scalar(select(Afsluiting))
        assert (row.reason, row.sector, row.hours_per_week) == (reason, None, None)
        assert s.get(Client, client_id).status == "afgesloten"
    assert count(store, Task, Task.status == "open") == 0
    assert caseload(store, km) == 0


def test_sector_and_hours_are_not_kept_for_a_reason_without_work(store, km, client_id):
    context = afsluiting.prepare(store, km, client_id)
    afsluiting.close_traject(
        store, km, client_id, to_work(context, reason="opleiding"), context.client_version
    )
    with store.reading() as s:
        assert s.scalar(select(Afsluiting.sector)) is None


def test_handover_to_a_chosen_income_consultant(store, km, consultant, client_id):
    context = afsluiting.prepare(store, km, client_id)
    data = to_work(
        context,
        reason="overdracht_inkomen",
        sector="",
        hours_per_week=None,
        handover_to=consultant.staff_id,
        note="Geen werk in zicht door gezondheid.",
    )
    result = afsluiting.close_traject(store, km, client_id, data, context.client_version)
    assert result.handover_to == "Sandra Bakker" and result.nazorg_tasks == ()
    items = [i for i in werkvoorraad.items(store, consultant) if i.kind == "overdracht_inkomen"]
    assert len(items) == 1 and items[0].client_name == "Noël Maës"
    with store.reading() as s:
        task = s.scalar(select(Task).where(Task.status == "open"))
        assert (task.assigned_to, task.assigned_role) == (consultant.staff_id, None)
        note = s.scalar(select(Note))
        assert "overgedragen aan de inkomensconsulenten" in note.body
        assert "Geen werk in zicht door gezondheid." in note.body


def test_handover_without_a_consultant_goes_to_the_teamleiders(store, km, teamleider, client_id):
    context = afsluiting.prepare(store, km, client_id)
    data = to_work(context, reason="overdracht_inkomen", sector="", hours_per_week=None)
    result = afsluiting.close_traject(store, km, client_id, data, context.client_version)
    assert result.handover_to == ""
    items = [i for i in werkvoorraad.items(store, teamleider) if i.kind == "overdracht_inkomen"]
    assert len(items) == 1


def test_handover_to_someone_who_is_no_consultant_is_refused(store, km, client_id):
    context = afsluiting.prepare(store, km, client_id)
    data = to_work(context, reason="overdracht_inkomen", handover_to=km.staff_id)
    with pytest.raises(ValidationFailed) as info:
        afsluiting.close_traject(store, km, client_id, data, context.client_version)
    assert set(info.value.errors) == {"handover_to"}


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"reason": ""}, "reason", "Kies de reden"),
        ({"reason": "onbekend"}, "reason", "Kies de reden"),
        ({"closed_on": None}, "closed_on", "dd-mm-jjjj"),
        ({"closed_on": TODAY + timedelta(days=40)}, "closed_on", "een maand vooruit"),
        ({"closed_on": TODAY - timedelta(days=400)}, "closed_on", "een jaar terug"),
        ({"sector": ""}, "sector", "sector"),
        ({"sector": "Ruimtevaart"}, "sector", "sector"),
        ({"hours_per_week": None}, "hours_per_week", "1 tot en met 60"),
        ({"hours_per_week": 0}, "hours_per_week", "1 tot en met 60"),
        ({"hours_per_week": 61}, "hours_per_week", "1 tot en met 60"),
        ({"goal_outcomes": {}}, "goal_1", "doel"),
        ({"note": "x" * 4001}, "note", "4000 tekens"),
    ],
)
def test_each_field_is_checked_in_dutch(store, km, client_id, changes, field, message):
    context = afsluiting.prepare(store, km, client_id)
    with pytest.raises(ValidationFailed) as info:
        afsluiting.close_traject(
            store, km, client_id, to_work(context, **changes), context.client_version
        )
    assert field in info.value.errors and message in info.value.errors[field]
    assert count(store, Afsluiting) == 0
    with store.reading() as s:
        assert s.get(Client, client_id).status == "in_traject"


def test_one_goal_without_outcome_is_named(store, km, client_id):
    context = afsluiting.prepare(store, km, client_id)
    outcomes = {str(context.goals[0].goal_id): "Deels bereikt"}
    with pytest.raises(ValidationFailed) as info:
        afsluiting.close_traject(
            store, km, client_id, to_work(context, goal_outcomes=outcomes), context.client_version
        )
    assert set(info.value.errors) == {"goal_2"}


def test_a_client_without_plan_or_klantmanager_is_closed_by_the_teamleider(
    store, balie, teamleider
):
    new_aanmelding(store, balie)
    with store.transaction() as s:
        c = s.scalar(select(Client))
        c.status = "in_intake"
        cid = c.id
    context = afsluiting.prepare(store, teamleider, cid)
    assert context.goals == () and context.plan_id is None
    result = afsluiting.close_traject(
        store, teamleider, cid, to_work(context), context.client_version
    )
    assert not result.plan_finished and len(result.nazorg_tasks) == 3
    with store.reading() as s:
        owners = set(s.scalars(select(Task.assigned_to).where(Task.kind == "nazorg")))
    assert owners == {teamleider.staff_id}
