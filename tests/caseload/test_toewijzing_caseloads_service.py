"""Many clients at once and the caseloads themselves: the teamleider's bulk reassignment
(a preview that spreads the load, keeps a household together and lists a leaver, and
leaves alone what a colleague moved meanwhile), and a klantmanager's own caseload with
what is next."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from intake_desktop.db.models import (
    Appointment,
    AuditEvent,
    Household,
    KlantmanagerToewijzing,
    Staff,
    Task,
)
from intake_desktop.domain.clock import utcnow
from intake_desktop.services.beheer import accounts, medewerkers
from intake_desktop.services.caseload import caseloads, herverdeling, mijn_caseload, toewijzing
from intake_desktop.services.caseload.errors import NotTeamleider, OthersCaseload
from intake_desktop.services.core.errors import ValidationFailed
from tests.support.caseload import client, fill_caseload, klantmanager
from tests.support.staff import DEMO_PASSWORD, make_staff

pytestmark = pytest.mark.both_stores  # every test here runs on SQLite and PostgreSQL


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
        herverdeling.Move(p.client_id, p.candidate.staff.id, p.candidate.staff.id, leaving)
        for p in preview
    ]
    with pytest.raises(ValidationFailed, match="reason: Schrijf op waarom de klanten verhuizen\\."):
        herverdeling.reassign_many(store, teamleider, moves, reason=" ")
    with pytest.raises(NotTeamleider, match="Alleen een teamleider verdeelt caseloads opnieuw\\."):
        herverdeling.reassign_many(store, wisselwachter_only(store, beheerder), moves, "Ziek")
    # A colleague moved one client after the preview: it is left alone.
    toewijzing.assign(
        store, teamleider, clients[0], anna, suggested_id=anna, expected_current=leaving
    )
    done = herverdeling.reassign_many(store, teamleider, moves, "Lotte langdurig ziek")
    assert done == herverdeling.Moved(moved=6, skipped=1)
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
