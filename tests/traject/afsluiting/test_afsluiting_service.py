"""Closing a traject (beëindigingsonderzoek) and reopening it: the closure row, aftercare
tasks on outflow to work, the hand-over to the income consultants, the plan finished,
what was planned stopped, the caseload count, roles, stale versions and the audit."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from intake_desktop.db.models import (
    Afsluiting,
    Appointment,
    AuditEvent,
    CaseloadCount,
    Client,
    Note,
    Task,
    Trajectplan,
)
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.beheer import accounts
from intake_desktop.services.caseload import werkvoorraad
from intake_desktop.services.core.errors import StaleVersion
from intake_desktop.services.traject import (
    afsluiting,
    afsluiting_effects,
    afsluiting_heropenen,
    trajectplan,
)
from intake_desktop.services.traject.errors import (
    AlreadyClosed,
    ClosureNotAllowed,
    HandOutNotAllowed,
    NoOpenHandover,
    NotClosed,
)
from tests.support.afsluiting import to_work
from tests.support.journey import a_plan, new_aanmelding
from tests.support.staff import DEMO_PASSWORD, make_staff
from tests.support.store import count

pytestmark = pytest.mark.both_stores  # every test here runs on SQLite and PostgreSQL

TODAY = date.today()
NOTE = "Klant begint bij Transport Noord als heftruckchauffeur; café-werk stopt."


def caseload(store, staff) -> int:
    with store.reading() as s:
        return (
            s.scalar(
                select(func.sum(CaseloadCount.clients)).where(
                    CaseloadCount.klantmanager_id == staff.staff_id
                )
            )
            or 0
        )


def audit_rows(store, entity):
    with store.reading() as s:
        return list(
            s.scalars(
                select(AuditEvent)
                .where(AuditEvent.entity == entity)
                .order_by(AuditEvent.occurred_at, AuditEvent.id)
            )
        )


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


def test_reopen_brings_the_client_back_with_a_new_plan(store, km, client_id):
    context = afsluiting.prepare(store, km, client_id)
    afsluiting.close_traject(store, km, client_id, to_work(context), context.client_version)
    assert caseload(store, km) == 0
    closed = afsluiting.prepare(store, km, client_id)
    assert closed.status == "afgesloten" and closed.last_closure.reason_name.endswith("werk")

    with pytest.raises(ValidationFailed) as info:
        afsluiting_heropenen.reopen_traject(store, km, client_id, "  ", closed.client_version)
    assert set(info.value.errors) == {"reason"}
    result = afsluiting_heropenen.reopen_traject(
        store,
        km,
        client_id,
        "Proeftijd niet doorgekomen; zoekt opnieuw werk.",
        closed.client_version,
    )

    assert result.tasks_closed == 3  # the aftercare is about a job that ended
    assert caseload(store, km) == 1
    with store.reading() as s:
        row = s.scalar(select(Afsluiting))
        assert row.reopened_by == km.staff_id and row.reopened_at is not None
        assert row.reopen_reason.startswith("Proeftijd")
        assert s.get(Client, client_id).status == "in_traject"
        plans = s.scalars(select(Trajectplan).order_by(Trajectplan.created_at)).all()
        assert [p.status for p in plans] == ["afgerond", "concept"]
        assert result.plan_id == plans[1].id
    assert count(store, Task, Task.status == "open") == 0  # groeien: no lawfulness task
    assert count(store, Task, Task.status == "vervallen", Task.kind == "nazorg") == 3
    event = audit_rows(store, "beeindiging")[-1]
    assert event.action == "wijzigen" and event.details["taken_vervallen"] == 3
    assert "Proeftijd" not in json.dumps(event.details)

    # Reopening an open traject is refused; it can be closed again.
    again = afsluiting.prepare(store, km, client_id)
    with pytest.raises(NotClosed, match="niet afgesloten"):
        afsluiting_heropenen.reopen_traject(store, km, client_id, "Nog eens", again.client_version)
    afsluiting.close_traject(
        store, km, client_id, to_work(again, reason="verhuisd"), again.client_version
    )
    assert count(store, Afsluiting) == 2 and caseload(store, km) == 0


def test_a_closed_traject_is_not_closed_twice(store, km, client_id):
    context = afsluiting.prepare(store, km, client_id)
    afsluiting.close_traject(store, km, client_id, to_work(context), None)
    with pytest.raises(AlreadyClosed) as info:
        afsluiting.close_traject(store, km, client_id, to_work(context), None)
    assert "al afgesloten" in str(info.value)


def test_roles_the_own_klantmanager_and_the_teamleider(
    store, beheerder, staff_member, km, teamleider, client_id
):
    other = staff_member("ahmed", {"klantmanager"}, name="Ahmed El Amrani")
    make_staff(store, "bram", {"baliemedewerker"}, actor=beheerder)
    balie = accounts.sign_in(store, "bram", DEMO_PASSWORD)
    context = afsluiting.prepare(store, km, client_id)
    for actor in (other, balie):
        with pytest.raises(ClosureNotAllowed, match="sluit de klantmanager van de klant af"):
            afsluiting.prepare(store, actor, client_id)
        with pytest.raises(
            ClosureNotAllowed, match="Een traject sluit de klantmanager van de klant af of"
        ):
            afsluiting.close_traject(store, actor, client_id, to_work(context), None)
    result = afsluiting.close_traject(
        store, teamleider, client_id, to_work(context), context.client_version
    )
    # The aftercare is for the client's klantmanager, not for the teamleider who closed.
    with store.reading() as s:
        owners = set(s.scalars(select(Task.assigned_to).where(Task.kind == "nazorg")))
    assert owners == {km.staff_id} and len(result.nazorg_tasks) == 3
    with pytest.raises(
        ClosureNotAllowed, match="Een traject sluit de klantmanager van de klant af of"
    ):
        afsluiting_heropenen.reopen_traject(store, other, client_id, "Terug", None)


def test_a_stale_version_is_refused_and_nothing_changes(store, km, teamleider, client_id):
    context = afsluiting.prepare(store, km, client_id)
    with store.transaction() as s:  # a colleague changes the client meanwhile
        s.get(Client, client_id).phone = "0612345678"
    with pytest.raises(StaleVersion, match="Deze gegevens zijn intussen gewijzigd door Bram Balie"):
        afsluiting.close_traject(store, km, client_id, to_work(context), context.client_version)
    assert count(store, Afsluiting) == 0 and caseload(store, km) == 1
    fresh = afsluiting.prepare(store, km, client_id)
    afsluiting.close_traject(store, km, client_id, to_work(fresh), fresh.client_version)
    with pytest.raises(
        StaleVersion, match="Deze gegevens zijn intussen gewijzigd door Karin Jansen"
    ):
        afsluiting_heropenen.reopen_traject(
            store, teamleider, client_id, "Terug", fresh.client_version
        )


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


def test_nazorg_dates_for_the_summary(store):
    assert afsluiting_effects.nazorg_dates(store, "verhuisd", TODAY) == []
    dates = afsluiting_effects.nazorg_dates(store, "werk", date(2026, 1, 5))
    assert [d for _t, d in dates] == [date(2026, 1, 12), date(2026, 2, 4), date(2026, 4, 6)]


def _faciliteren_with_checks(store, km, client_id) -> None:
    """The client in a group with two talks a year and a lawfulness check every two years,
    with the open lawfulness and "keuze wijkt af" tasks such a client has."""
    with store.transaction() as s:
        s.get(Client, client_id).klantgroep = "faciliteren"
        for kind, title in (
            ("rechtmatigheid", "Rechtmatigheidstoets"),
            ("keuze_wijkt_af", "Keuze wijkt af: bespreken"),
        ):
            s.add(
                Task(
                    client_id=client_id,
                    kind=kind,
                    title=title,
                    due_at=utcnow() + timedelta(days=300),
                    assigned_to=km.staff_id,
                )
            )


def test_closing_lapses_tasks_and_reopening_plans_talks_and_lawfulness(store, km, client_id):
    _faciliteren_with_checks(store, km, client_id)
    context = afsluiting.prepare(store, km, client_id)
    data = to_work(context, reason="verhuisd", sector="", hours_per_week=None)
    afsluiting.close_traject(store, km, client_id, data, context.client_version)
    with store.reading() as s:
        checks = s.scalars(
            select(Task).where(Task.kind.in_(["rechtmatigheid", "keuze_wijkt_af"]))
        ).all()
        # Not done: nobody checked lawfulness; the tasks lapsed.
        assert {(t.status, t.done_by) for t in checks} == {("vervallen", None)}
        assert s.scalar(select(func.count()).where(Appointment.status == "gepland")) == 0
    # One audit row per cancelled appointment, field names and status only.
    cancelled = [e for e in audit_rows(store, "afspraak") if e.action == "wijzigen"]
    assert len(cancelled) == 2
    assert all(e.details == {"velden": ["status"], "status": "geannuleerd"} for e in cancelled)

    closed = afsluiting.prepare(store, km, client_id)
    result = afsluiting_heropenen.reopen_traject(
        store, km, client_id, "Verhuizing ging niet door.", closed.client_version
    )
    with store.reading() as s:
        talks = s.scalars(
            select(Appointment).where(
                Appointment.kind == "voortgangsgesprek", Appointment.status == "gepland"
            )
        ).all()
        # Faciliteren: two talks a year, the next one in about six months, with Karin.
        assert len(talks) == 1 and talks[0].staff_id == km.staff_id
        assert 150 < (talks[0].starts_at - utcnow()).days < 215
        assert result.next_talk == talks[0].starts_at
        lawfulness = s.scalars(
            select(Task).where(Task.kind == "rechtmatigheid", Task.status == "open")
        ).all()
        assert len(lawfulness) == 1 and lawfulness[0].assigned_to == km.staff_id
        plan = s.get(Trajectplan, result.plan_id)
        assert plan.status == "concept"
        assert plan.next_progress_talk_on == talks[0].starts_at.astimezone().date()
    assert [e.action for e in audit_rows(store, "trajectplan")][-1] == "aanmaken"


def test_a_failing_reopen_changes_nothing(store, km, client_id, monkeypatch):
    """Reopening is one transaction: when starting the new plan fails, the client is still
    closed and a retry works (it was reopened already, and refused, before)."""
    context = afsluiting.prepare(store, km, client_id)
    afsluiting.close_traject(store, km, client_id, to_work(context), context.client_version)
    closed = afsluiting.prepare(store, km, client_id)
    real = afsluiting.audit.record

    def failing(session, actor, action, **kw):
        if kw.get("entity") == "trajectplan" and action == "aanmaken":
            raise RuntimeError("schijf vol")
        return real(session, actor, action, **kw)

    monkeypatch.setattr(afsluiting.audit, "record", failing)
    with pytest.raises(RuntimeError, match="schijf vol"):
        afsluiting_heropenen.reopen_traject(store, km, client_id, "Terug", closed.client_version)
    with store.reading() as s:
        assert s.get(Client, client_id).status == "afgesloten"
        assert s.scalar(select(Afsluiting.reopened_at)) is None
        assert s.scalar(select(func.count()).select_from(Trajectplan)) == 1
    monkeypatch.setattr(afsluiting.audit, "record", real)
    result = afsluiting_heropenen.reopen_traject(
        store, km, client_id, "Terug", closed.client_version
    )
    assert result.plan_id is not None


def test_a_plan_saved_while_the_closure_screen_is_open_is_stale(store, km, client_id):
    context = afsluiting.prepare(store, km, client_id)
    plan = trajectplan.open_plan(store, km, client_id)
    trajectplan.save_plan(store, km, plan.id, a_plan(goals=3, activities=1), plan.row_version)
    with pytest.raises(StaleVersion) as info:
        afsluiting.close_traject(store, km, client_id, to_work(context), context.client_version)
    assert "Karin Jansen" in str(info.value)
    assert count(store, Afsluiting) == 0
    fresh = afsluiting.prepare(store, km, client_id)
    assert len(fresh.goals) == 3
    result = afsluiting.close_traject(store, km, client_id, to_work(fresh), fresh.client_version)
    assert result.plan_finished


def test_the_teamleider_hands_the_handover_to_a_consultant(
    store, km, teamleider, consultant, client_id
):
    context = afsluiting.prepare(store, km, client_id)
    data = to_work(context, reason="overdracht_inkomen", sector="", hours_per_week=None)
    afsluiting.close_traject(store, km, client_id, data, context.client_version)
    notes = audit_rows(store, "note")
    assert [(e.action, e.details["bron"]) for e in notes] == [("aanmaken", "afsluiting")]
    with pytest.raises(HandOutNotAllowed, match="wijst de teamleider toe"):
        afsluiting_heropenen.hand_over(store, km, client_id, consultant.staff_id)
    with pytest.raises(
        ValidationFailed, match="handover_to: Kies een inkomensconsulent uit de lijst, of"
    ):
        afsluiting_heropenen.hand_over(store, teamleider, client_id, km.staff_id)
    assert afsluiting_heropenen.hand_over(store, teamleider, client_id, consultant.staff_id) == (
        "Sandra Bakker"
    )
    kinds = [i.kind for i in werkvoorraad.items(store, consultant)]
    assert "overdracht_inkomen" in kinds
    assert "overdracht_inkomen" not in [i.kind for i in werkvoorraad.items(store, teamleider)]
    assert audit_rows(store, "taak")[-1].details == {"velden": ["assigned_to", "assigned_role"]}
    again = afsluiting.prepare(store, km, client_id)
    afsluiting_heropenen.reopen_traject(
        store, km, client_id, "Toch werk in zicht", again.client_version
    )
    with pytest.raises(
        NoOpenHandover, match="Deze klant heeft geen open overdracht \\(meer\\) aan de"
    ):  # the hand-over lapsed with the reopen
        afsluiting_heropenen.hand_over(store, teamleider, client_id, consultant.staff_id)


def test_reopening_a_client_closed_before_closures_were_recorded(store, km, client_id):
    """No closure row is made up: it would count as outflow on today's date."""
    with store.transaction() as s:
        s.get(Client, client_id).status = "afgesloten"
    context = afsluiting.prepare(store, km, client_id)
    result = afsluiting_heropenen.reopen_traject(
        store, km, client_id, "Terug na een verhuizing", context.client_version
    )
    assert result.afsluiting_id is None
    assert count(store, Afsluiting) == 0
    with store.reading() as s:
        assert s.get(Client, client_id).status == "in_traject"
        # The unfinished plan stays the plan; no second open plan.
        assert s.scalar(select(func.count()).select_from(Trajectplan)) == 1
