"""One agenda for the counter: the quickscan's proposed times are free for the client
and the person; a clash says whose agenda it is; the uitkeringsintake is with an
inkomensconsulent, booked once, and booking it closes the task that asked for it.
Three stores."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from intake_desktop.db.models import Aanmelding, Appointment, Task
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.balie import ambitiegesprek, quickscan_agenda
from tests.support.journey import growing_client, new_aanmelding, scan, screen, session_for

pytestmark = pytest.mark.both_stores


@pytest.fixture
def people(staff_member, staff):
    wissel, _km = staff
    coach = staff_member("coach", {"klantmanager"}, name="Wim Werkcoach", functie="werkcoach")
    ink = staff_member("ink", {"klantmanager"}, name="Ilse Inkomen", functie="inkomensconsulent")
    return wissel, coach, ink


def _screened(store, balie, wissel):
    item = new_aanmelding(store, balie)
    screen(store, wissel, item)
    return item


def test_the_proposed_time_is_free_and_a_clash_names_whose_agenda(store, balie, people):
    wissel, coach, _ink = people
    item = _screened(store, balie, wissel)
    first = quickscan_agenda.propose(store, wissel, item, coach.staff_id, ["work_first"])
    at = first["work_first"]
    with store.transaction() as s:  # the werkcoach is busy then after all
        s.add(
            Appointment(
                kind="gesprek_klantmanager",
                starts_at=at,
                ends_at=at + timedelta(hours=1),
                staff_id=coach.staff_id,
            )
        )
    moved = quickscan_agenda.propose(store, wissel, item, coach.staff_id, ["work_first"])
    assert moved["work_first"] > at
    with pytest.raises(ValidationFailed) as clash:
        scan(store, wissel, item, coach.staff_id, when=at)
    assert clash.value.errors == {
        "afspraak_work_first": "Op dit tijdstip heeft de klantmanager al een afspraak."
    }
    scan(store, wissel, item, coach.staff_id, when=moved["work_first"])


def test_one_uitkeringsintake_with_an_inkomensconsulent(store, balie, beheerder, people):
    wissel, coach, ink = people
    item = _screened(store, balie, wissel)
    times = quickscan_agenda.propose(
        store, wissel, item, coach.staff_id, ["work_first", "uitkeringsintake"]
    )
    first_end = times["work_first"] + timedelta(minutes=45)
    assert times["uitkeringsintake"] >= first_end or (
        times["uitkeringsintake"] + timedelta(minutes=60) <= times["work_first"]
    )  # one after the other, not at the same time
    from intake_desktop.services.balie import quickscan

    data_routes = ("work_first", "uitkeringsintake")
    quickscan.complete_quickscan(
        store,
        wissel,
        item,
        quickscan.QuickscanInput(
            domains=[quickscan.DomainNote("werk", "Heftruck", "Werk", "ja")],
            summary="Wil snel aan het werk",
            benefit_may_be_due="ja",
            routes=list(data_routes),
            appointments=dict(times),
            klantmanager_id=coach.staff_id,
        ),
    )
    with store.reading() as s:
        client_id = s.get(Aanmelding, item).client_id
        intake = s.scalars(select(Appointment).where(Appointment.kind == "uitkeringsintake")).all()
        assert [a.staff_id for a in intake] == [ink.staff_id]  # not the werkcoach
        planning = s.scalar(select(Task).where(Task.kind == "plan:uitkeringsintake"))
        assert planning.status == "afgehandeld"  # booked at once: nothing left to plan
    data = growing_client(store, store.config, chosen="groeien")
    data.kickoff_session_id = session_for(store, beheerder, "groeien")
    ambitiegesprek.complete_ambitiegesprek(store, wissel, client_id, data)
    with store.reading() as s:
        intake = s.scalars(select(Appointment).where(Appointment.kind == "uitkeringsintake")).all()
        assert len(intake) == 1  # the ambitiegesprek books no second one
