"""Assigning a klantmanager to one client: another than the suggestion needs a reason, only
a wisselwachter or teamleider assigns, a colleague who was quicker wins; open work moves
along (a clashing appointment leaves a task), and a klantgroep that needs another
function asks for a new klantmanager."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from intake_desktop.db.models import Appointment, AuditEvent, Client, KlantmanagerToewijzing, Task
from intake_desktop.domain.clock import utcnow
from intake_desktop.services.beheer import accounts
from intake_desktop.services.caseload import toewijzing
from intake_desktop.services.caseload.errors import AssignmentTaken, NotAssigner
from intake_desktop.services.core import audit
from intake_desktop.services.core.errors import ValidationFailed
from tests.support.caseload import client, klantmanager, names
from tests.support.staff import DEMO_PASSWORD, make_staff

pytestmark = pytest.mark.both_stores  # every test here runs on SQLite and PostgreSQL


def test_assigning_another_than_the_suggestion_needs_a_reason_and_moves_open_work(
    store, beheerder, teamleider
):
    anna = klantmanager(store, beheerder, "anna", functie="werkcoach", max_caseload=50)
    bert = klantmanager(store, beheerder, "bert", functie="werkcoach", max_caseload=50)
    client_id = client(store, klantgroep="groeien", km=anna)
    with store.transaction() as s:
        s.add(Task(client_id=client_id, kind="x", title="Bellen", assigned_to=anna))
        s.add(
            Appointment(
                client_id=client_id,
                kind="voortgangsgesprek",
                starts_at=utcnow() + timedelta(days=3),
                staff_id=anna,
            )
        )
    ranked = toewijzing.suggest(store, beheerder, client_id, exclude=[anna])
    assert names(ranked)[0] == "Bert"
    with pytest.raises(ValidationFailed) as err:
        toewijzing.assign(
            store,
            teamleider,
            client_id,
            beheerder.staff_id,
            suggested_id=bert,
            expected_current=anna,
        )
    assert set(err.value.errors) == {"assign_reason"}
    balie = make_staff(store, "bb", {"baliemedewerker"}, actor=beheerder)
    with pytest.raises(ValidationFailed) as err:
        toewijzing.assign(
            store, teamleider, client_id, balie, suggested_id=balie, expected_current=anna
        )
    assert err.value.errors == {"klantmanager": toewijzing.MSG_NOT_KM}
    balie_actor = accounts.sign_in(store, "bb", DEMO_PASSWORD)
    with pytest.raises(
        NotAssigner, match="Alleen een wisselwachter of teamleider wijst klantmanagers"
    ):
        toewijzing.assign(store, balie_actor, client_id, bert, suggested_id=bert)
    # A screen that still shows no klantmanager (a colleague was quicker): nothing changes.
    with pytest.raises(AssignmentTaken) as err:
        toewijzing.assign(store, teamleider, client_id, bert, suggested_id=bert)
    assert "intussen een andere klantmanager gekregen (Anna)" in str(err.value)

    toewijzing.assign(store, teamleider, client_id, bert, suggested_id=bert, expected_current=anna)
    with store.reading() as s:
        assert s.get(Client, client_id).klantmanager_id == bert
        assert (
            s.scalar(select(Task.assigned_to).where(Task.client_id == client_id, Task.kind == "x"))
            == bert
        )
        assert (
            s.scalar(select(Appointment.staff_id).where(Appointment.client_id == client_id)) == bert
        )
        history = s.scalars(
            select(KlantmanagerToewijzing).where(KlantmanagerToewijzing.client_id == client_id)
        ).all()
        assert [(h.klantmanager_id, h.suggested_id, h.assigned_by, h.reason) for h in history] == [
            (bert, bert, teamleider.staff_id, "Voorstel gevolgd")
        ]
        event = s.scalar(
            select(AuditEvent).where(
                AuditEvent.entity == "toewijzing", AuditEvent.action == audit.UPDATE
            )
        )
        assert event.details["voorstel_gevolgd"] is True
        assert event.details["taken_mee"] == 1 and event.details["afspraken_mee"] == 1

    toewijzing.assign(
        store,
        teamleider,
        client_id,
        anna,
        suggested_id=bert,
        reason="Klant vraagt om Anna",
        expected_current=bert,
    )
    with store.reading() as s:
        history = s.scalars(
            select(KlantmanagerToewijzing)
            .where(KlantmanagerToewijzing.client_id == client_id)
            .order_by(KlantmanagerToewijzing.assigned_at)
        ).all()
        assert [h.ended_at is None for h in history] == [False, True]
        assert (history[1].klantmanager_id, history[1].suggested_id, history[1].reason) == (
            anna,
            bert,
            "Klant vraagt om Anna",
        )


def test_moved_appointments_that_clash_leave_a_task_to_move_them(store, beheerder, teamleider):
    anna = klantmanager(store, beheerder, "anna", functie="werkcoach", max_caseload=50)
    bert = klantmanager(store, beheerder, "bert", functie="werkcoach", max_caseload=50)
    mine = client(store, klantgroep="groeien", km=anna)
    other = client(store, klantgroep="groeien", km=bert, surname="Ander")
    at = utcnow() + timedelta(days=7)
    with store.transaction() as s:
        for client_id, staff_id in ((mine, anna), (other, bert)):
            s.add(
                Appointment(
                    client_id=client_id,
                    kind="voortgangsgesprek",
                    starts_at=at,
                    ends_at=at + timedelta(minutes=45),
                    staff_id=staff_id,
                )
            )
    toewijzing.assign(store, teamleider, mine, bert, suggested_id=bert, expected_current=anna)
    with store.reading() as s:
        task = s.scalar(select(Task).where(Task.kind == "afspraak_verzetten"))
    assert task is not None and task.assigned_to == bert and task.client_id == mine
    assert task.title.startswith("Afspraak van ")


def test_a_klantgroep_that_needs_another_function_asks_for_a_new_klantmanager(
    store, balie, beheerder
):
    from intake_desktop.services.balie import ambitiegesprek
    from tests.support.journey import growing_client, new_aanmelding, session_for

    coach = klantmanager(store, beheerder, "wim", functie="werkcoach", max_caseload=50)
    new_aanmelding(store, balie)
    with store.transaction() as s:
        c = s.scalar(select(Client))
        c.klantmanager_id, client_id = coach, c.id
    make_staff(store, "intaker", {"wisselwachter"}, actor=beheerder)
    intaker = accounts.sign_in(store, "intaker", DEMO_PASSWORD)
    data = growing_client(
        store,
        store.config,
        chosen="zorgen",
        motivation="Klant kiest voor rust",
        kickoff_session_id=session_for(store, beheerder, "zorgen"),
    )
    ambitiegesprek.complete_ambitiegesprek(store, intaker, client_id, data)
    assert toewijzing.needs_other_klantmanager(store, intaker, client_id) == "Inkomensconsulent"
    with store.reading() as s:
        task = s.scalar(select(Task).where(Task.kind == toewijzing.REASSIGN_TASK))
    assert task.assigned_role == "wisselwachter" and task.status == "open"
    ilse = klantmanager(store, beheerder, "ilse", functie="inkomensconsulent", max_caseload=50)
    ranked = toewijzing.suggest(store, intaker, client_id, exclude=[coach])
    assert names(ranked)[0] == "Ilse"
    toewijzing.assign(store, intaker, client_id, ilse, suggested_id=ilse, expected_current=coach)
    assert toewijzing.needs_other_klantmanager(store, intaker, client_id) is None
    with store.reading() as s:
        assert s.get(Task, task.id).status == "afgehandeld"
