"""Suggesting and assigning a klantmanager: role, expertise, capacity, absence,
continuity in the client's and the household's history; one and many at once."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from intake_desktop.db.models import (
    Appointment,
    AuditEvent,
    Client,
    Household,
    IntakeDomainAnswer,
    IntakeRecord,
    KlantmanagerToewijzing,
    Staff,
    StaffAbsence,
    Task,
)
from intake_desktop.domain.clock import utcnow
from intake_desktop.services.beheer import accounts, medewerkers
from intake_desktop.services.caseload import caseloads, mijn_caseload, toewijzing
from intake_desktop.services.caseload.errors import (
    AssignmentTaken,
    NotAssigner,
    NotTeamleider,
    OthersCaseload,
)
from intake_desktop.services.core import audit
from intake_desktop.services.core.errors import ValidationFailed
from tests.support.caseload import client, fill_caseload, klantmanager
from tests.support.staff import DEMO_PASSWORD, make_staff

pytestmark = pytest.mark.both_stores  # every test here runs on SQLite and PostgreSQL

TODAY = date.today()


def names(ranked):
    return [c.staff.name for c in ranked]


def test_the_function_that_guides_the_klantgroep_comes_first(store, beheerder):
    klantmanager(store, beheerder, "wim", functie="werkcoach", max_caseload=50)
    klantmanager(store, beheerder, "ilse", functie="inkomensconsulent", max_caseload=50)
    klantmanager(store, beheerder, "paul", functie="participatiemakelaar", max_caseload=50)
    for group, first in (("zorgen", "Ilse"), ("faciliteren", "Paul"), ("matchen", "Wim")):
        ranked = toewijzing.suggest(
            store, beheerder, client(store, klantgroep=group), exclude=[beheerder.staff_id]
        )
        assert names(ranked)[0] == first
        why = [r.text for r in ranked[0].reasons]
        assert "Begeleidt de klantgroep {groep}" in why


def test_expertise_matching_the_quickscan_needs_counts(store, beheerder):
    klantmanager(store, beheerder, "anna", functie="werkcoach", max_caseload=50)
    klantmanager(
        store, beheerder, "bert", functie="werkcoach", max_caseload=50, expertise=["inburgering"]
    )
    client_id = client(store, klantgroep="groeien")
    # Without needs, the names decide a tie: Anna first.
    assert (
        names(toewijzing.suggest(store, beheerder, client_id, exclude=[beheerder.staff_id]))[0]
        == "Anna"
    )
    with store.transaction() as s:
        s.add(
            IntakeRecord(
                client_id=client_id,
                kind="quickscan",
                status="afgerond",
                conducted_at=utcnow(),
                details={"routes": []},
                domain_answers=[IntakeDomainAnswer(domain_code="inburgering", need="ja")],
            )
        )
    ranked = toewijzing.suggest(store, beheerder, client_id, exclude=[beheerder.staff_id])
    assert names(ranked)[0] == "Bert"
    assert any(r.values.get("naam") == "inburgering" for r in ranked[0].reasons)
    # What the quickscan form says before it is saved counts too (route "schulden").
    klantmanager(
        store,
        beheerder,
        "carla",
        functie="werkcoach",
        max_caseload=50,
        expertise=["schulden", "inburgering"],
    )
    ranked = toewijzing.suggest(
        store, beheerder, client_id, routes=["schuldhulpverlening"], exclude=[beheerder.staff_id]
    )
    assert names(ranked)[0] == "Carla"


def test_free_capacity_and_the_over_maximum_warning(store, beheerder):
    full = klantmanager(store, beheerder, "vera", functie="werkcoach", max_caseload=3)
    half = klantmanager(store, beheerder, "henk", functie="werkcoach", max_caseload=4)
    fill_caseload(store, full, 3)
    fill_caseload(store, half, 2)
    # Someone without the right function but with room comes before the full one.
    klantmanager(store, beheerder, "ilse", functie="inkomensconsulent", max_caseload=10)
    client_id = client(store, klantgroep="groeien")
    ranked = toewijzing.suggest(store, beheerder, client_id, exclude=[beheerder.staff_id])
    assert names(ranked) == ["Henk", "Ilse", "Vera"]
    assert ranked[-1].over_max and ranked[-1].warning
    assert any(
        r.text == "Vol ({n} van {max})" and r.values == {"n": 3, "max": 3}
        for r in ranked[-1].reasons
    )
    # When everyone is full, the full one is proposed, with the warning.
    only_full = toewijzing.suggest(
        store, beheerder, client_id, exclude=[beheerder.staff_id, half, ranked[1].staff.id]
    )
    assert names(only_full) == ["Vera"] and only_full[0].warning


def test_absence_in_the_coming_days_lowers_the_rank(store, beheerder):
    away = klantmanager(store, beheerder, "anna", functie="werkcoach", max_caseload=50)
    klantmanager(store, beheerder, "bert", functie="werkcoach", max_caseload=50)
    with store.transaction() as s:
        s.add(StaffAbsence(staff_id=away, starts_on=TODAY, ends_on=TODAY + timedelta(days=20)))
        # Absence long gone or far ahead does not count.
        s.add(
            StaffAbsence(
                staff_id=away,
                starts_on=TODAY - timedelta(days=60),
                ends_on=TODAY - timedelta(days=50),
            )
        )
    ranked = toewijzing.suggest(
        store, beheerder, client(store, klantgroep="groeien"), exclude=[beheerder.staff_id]
    )
    assert names(ranked) == ["Bert", "Anna"]
    assert ranked[1].absent and ranked[1].warning
    absent = next(r for r in ranked[1].reasons if r.warning)
    assert absent.text == "Afwezig tot en met {tot}"
    assert absent.values["tot"] == (TODAY + timedelta(days=20)).strftime("%d-%m-%Y")


def test_household_and_earlier_klantmanager_give_continuity(store, beheerder):
    anna = klantmanager(store, beheerder, "anna", functie="werkcoach", max_caseload=50)
    bert = klantmanager(store, beheerder, "bert", functie="werkcoach", max_caseload=50)
    with store.transaction() as s:
        home = Household(label="Fam. Bakker")
        s.add(home)
        s.flush()
        home_id = home.id
    client(store, klantgroep="groeien", km=bert, household=home_id, surname="Bakker")
    partner = client(store, klantgroep="groeien", household=home_id, surname="Bakker")
    ranked = toewijzing.suggest(store, beheerder, partner, exclude=[beheerder.staff_id])
    assert names(ranked)[0] == "Bert"
    assert "Klantmanager van iemand uit hetzelfde huishouden" in [r.text for r in ranked[0].reasons]

    returning = client(store, klantgroep="groeien", surname="Terug")
    with store.transaction() as s:
        s.add(
            KlantmanagerToewijzing(
                client_id=returning,
                klantmanager_id=anna,
                assigned_at=utcnow() - timedelta(days=900),
                ended_at=utcnow() - timedelta(days=400),
            )
        )
    fill_caseload(store, anna, 5)  # fuller, still first through continuity
    ranked = toewijzing.suggest(store, beheerder, returning, exclude=[beheerder.staff_id])
    assert names(ranked)[0] == "Anna"
    assert "Was eerder de klantmanager van deze klant" in [r.text for r in ranked[0].reasons]


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


def test_bulk_reassignment_preview_spreads_the_load(store, beheerder, teamleider):
    leaving = klantmanager(store, beheerder, "lotte", functie="werkcoach", max_caseload=10)
    anna = klantmanager(store, beheerder, "anna", functie="werkcoach", max_caseload=10)
    bert = klantmanager(store, beheerder, "bert", functie="werkcoach", max_caseload=10)
    ilse = klantmanager(store, beheerder, "ilse", functie="inkomensconsulent", max_caseload=10)
    fill_caseload(store, anna, 4)
    clients = [client(store, klantgroep="groeien", km=leaving, surname=f"K{i}") for i in range(6)]
    zorg = client(store, klantgroep="zorgen", km=leaving, surname="Zorg")
    preview = caseloads.propose_reassignment(
        store, teamleider, [*clients, zorg], leaving=[leaving, beheerder.staff_id]
    )
    targets = [p.candidate.staff.id for p in preview]
    assert leaving not in targets
    # Bert (empty) takes the first ones until he is as full as Anna, then they alternate.
    assert targets[:4] == [bert] * 4
    assert targets.count(anna) + targets.count(bert) == 6
    assert abs((4 + targets.count(anna)) - targets.count(bert)) <= 1
    assert targets[-1] == ilse  # the Zorgen client goes to the inkomensconsulent
    assert preview[-1].client_name == "Test Zorg"

    moves = [
        toewijzing.Move(p.client_id, p.candidate.staff.id, p.candidate.staff.id, leaving)
        for p in preview
    ]
    with pytest.raises(ValidationFailed, match="reason: Schrijf op waarom de klanten verhuizen\\."):
        toewijzing.reassign_many(store, teamleider, moves, reason=" ")
    with pytest.raises(NotTeamleider, match="Alleen een teamleider verdeelt caseloads opnieuw\\."):
        toewijzing.reassign_many(store, wisselwachter_only(store, beheerder), moves, "Ziek")
    # A colleague moved one client after the preview: it is left alone.
    toewijzing.assign(
        store, teamleider, clients[0], anna, suggested_id=anna, expected_current=leaving
    )
    done = toewijzing.reassign_many(store, teamleider, moves, "Lotte langdurig ziek")
    assert done == toewijzing.Moved(moved=6, skipped=1)
    overview = {r.name: r for r in caseloads.caseload_overview(store, teamleider)}
    assert overview["Lotte"].total == 0
    assert overview["Ilse"].per_group == {"zorgen": 1}
    assert overview["Anna"].total + overview["Bert"].total == 10
    with pytest.raises(NotTeamleider, match="Alleen een teamleider verdeelt caseloads opnieuw\\."):
        caseloads.caseload_overview(store, wisselwachter_only(store, beheerder))
    with store.reading() as s:
        reasons = set(
            s.scalars(
                select(KlantmanagerToewijzing.reason).where(
                    KlantmanagerToewijzing.client_id.in_(clients[1:]),
                    KlantmanagerToewijzing.ended_at.is_(None),
                )
            )
        )
        assert reasons == {"Lotte langdurig ziek"}


def wisselwachter_only(store, beheerder):
    if not medewerkers.list_staff(store, "wisselwachter") or all(
        s.username != "wissel2" for s in medewerkers.list_staff(store)
    ):
        make_staff(store, "wissel2", {"wisselwachter"}, actor=beheerder)
    return accounts.sign_in(store, "wissel2", DEMO_PASSWORD)


def test_my_caseload_lists_what_is_next(store, beheerder, teamleider):
    anna = klantmanager(store, beheerder, "anna", functie="werkcoach")
    first = client(store, klantgroep="zorgen", km=anna, surname="Aalders")
    client(store, klantgroep="groeien", km=anna, surname="Bos")
    client(store, klantgroep="groeien", surname="Niet van Anna")
    soon = utcnow() + timedelta(days=2)
    with store.transaction() as s:
        s.add(Appointment(client_id=first, kind="voortgangsgesprek", starts_at=soon, staff_id=anna))
        s.add(Task(client_id=first, kind="acuut", title="Acuut", urgent=True, assigned_to=anna))
        s.add(
            Task(
                client_id=first,
                kind="x",
                title="Te laat",
                assigned_to=anna,
                due_at=utcnow() - timedelta(days=1),
            )
        )
    with pytest.raises(
        OthersCaseload, match="Alleen een teamleider bekijkt de caseload van een ander\\."
    ):
        mijn_caseload.clients_of(
            store, accounts.sign_in(store, "anna", DEMO_PASSWORD), beheerder.staff_id
        )
    rows = mijn_caseload.clients_of(store, accounts.sign_in(store, "anna", DEMO_PASSWORD), anna)
    assert [r.name for r in rows] == ["Test Aalders", "Test Bos"]
    assert rows[0].next_progress_talk == soon and rows[0].next_appointment == soon
    assert (rows[0].open_tasks, rows[0].overdue_tasks, rows[0].acute) == (2, 1, True)
    assert (rows[1].open_tasks, rows[1].acute, rows[1].next_appointment) == (0, False, None)
    assert len(mijn_caseload.clients_of(store, teamleider, anna)) == 2
    with store.reading() as s:
        views = s.scalars(select(AuditEvent).where(AuditEvent.entity == "caseload")).all()
        assert [(v.entity_id, v.details) for v in views] == [(anna, {"klanten": 2})] * 2


def test_bulk_keeps_a_household_together_and_lists_a_leaver(store, beheerder, teamleider):
    leaving = klantmanager(store, beheerder, "lotte", functie="werkcoach", max_caseload=20)
    anna = klantmanager(store, beheerder, "anna", functie="werkcoach", max_caseload=20)
    bert = klantmanager(store, beheerder, "bert", functie="werkcoach", max_caseload=20)
    with store.transaction() as s:
        home = Household(label="Fam. Bakker")
        s.add(home)
        s.flush()
        home_id = home.id
    first = client(store, klantgroep="groeien", km=leaving, household=home_id, surname="Bakker")
    second = client(store, klantgroep="groeien", km=leaving, household=home_id, surname="Bakker")
    with store.transaction() as s:
        s.get(Staff, leaving).active = False  # Lotte has left
    overview = {r.name: r for r in caseloads.caseload_overview(store, teamleider)}
    assert overview["Lotte"].gone and overview["Lotte"].total == 2
    assert not overview["Anna"].gone
    ids = caseloads.client_ids_of(store, teamleider, leaving)
    assert set(ids) == {first, second}
    preview = caseloads.propose_reassignment(store, teamleider, ids, leaving=[leaving])
    targets = {p.candidate.staff.id for p in preview}
    assert len(targets) == 1 and targets <= {anna, bert}  # one household, one klantmanager
    assert "Klantmanager van iemand uit hetzelfde huishouden" in [
        r.text for r in preview[1].candidate.reasons
    ]


def test_the_quickscan_routes_point_to_a_function_before_there_is_a_klantgroep(store, beheerder):
    klantmanager(store, beheerder, "wim", functie="werkcoach", max_caseload=50)
    klantmanager(store, beheerder, "paul", functie="participatiemakelaar", max_caseload=50)
    klantmanager(store, beheerder, "ilse", functie="inkomensconsulent", max_caseload=50)
    new_client = client(store)  # no klantgroep yet
    for routes, first in (
        (["work_first", "uitkeringsintake"], "Wim"),
        (["participatie"], "Paul"),
        (["schuldhulpverlening"], "Ilse"),
    ):
        ranked = toewijzing.suggest(store, beheerder, new_client, routes=routes)
        assert names(ranked)[0] == first, routes
        assert ranked[0].reasons[0].text == "{functie}: past bij de vervolgstappen"
        assert ranked[1].wanted and not ranked[1].fits_functie


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
    assert toewijzing.needs_other_klantmanager(store, client_id) == "Inkomensconsulent"
    with store.reading() as s:
        task = s.scalar(select(Task).where(Task.kind == toewijzing.REASSIGN_TASK))
    assert task.assigned_role == "wisselwachter" and task.status == "open"
    ilse = klantmanager(store, beheerder, "ilse", functie="inkomensconsulent", max_caseload=50)
    ranked = toewijzing.suggest(store, intaker, client_id, exclude=[coach])
    assert names(ranked)[0] == "Ilse"
    toewijzing.assign(store, intaker, client_id, ilse, suggested_id=ilse, expected_current=coach)
    assert toewijzing.needs_other_klantmanager(store, client_id) is None
    with store.reading() as s:
        assert s.get(Task, task.id).status == "afgehandeld"
