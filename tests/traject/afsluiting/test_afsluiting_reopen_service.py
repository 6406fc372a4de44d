"""After a closure: reopening brings the client back with a new plan, the lapsed aftercare
and the group's talks and lawfulness check planned again, in one transaction (also for a
client closed before closures were recorded); and the teamleider hands an open hand-over
to a consultant."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from intake_desktop.db.models import Afsluiting, Appointment, Client, Task, Trajectplan
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.caseload import werkvoorraad
from intake_desktop.services.traject import afsluiting, afsluiting_heropenen
from intake_desktop.services.traject.errors import HandOutNotAllowed, NoOpenHandover, NotClosed
from tests.support.afsluiting import audit_rows, caseload, to_work
from tests.support.store import count

pytestmark = pytest.mark.both_stores  # every test here runs on SQLite and PostgreSQL


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
    # (the plan's "eerstvolgend voortgangsgesprek" moved one of them when it was saved)
    cancelled = [
        e
        for e in audit_rows(store, "afspraak")
        if e.action == "wijzigen" and e.details.get("uit") != "trajectplan"
    ]
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
