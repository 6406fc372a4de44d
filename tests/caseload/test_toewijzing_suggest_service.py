"""Suggesting a klantmanager: the function that guides the klantgroep (or, before there is
one, the quickscan's routes) comes first, then expertise matching the needs, free
capacity with a warning over the maximum, absence in the coming days, and continuity in
the client's and the household's history."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from intake_desktop.db.models import (
    Household,
    IntakeDomainAnswer,
    IntakeRecord,
    KlantmanagerToewijzing,
    StaffAbsence,
)
from intake_desktop.domain.clock import utcnow
from intake_desktop.services.caseload import toewijzing
from tests.support.caseload import client, fill_caseload, klantmanager, names

pytestmark = pytest.mark.both_stores  # every test here runs on SQLite and PostgreSQL

TODAY = date.today()


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
