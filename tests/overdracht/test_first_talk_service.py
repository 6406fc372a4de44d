"""The first talk of a debts-only aanmelding, booked at the counter: the proposed time
is free for the client and the member; a clash says whose agenda it is; booking closes
"afspraak inplannen" and gives the hand-over to that member. Three stores."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from intake_desktop.db.models import Appointment, Overdracht, Task
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.validation import ClientInput, ValidationFailed
from intake_desktop.services.balie import aanmelding
from intake_desktop.services.caseload import werkvoorraad
from intake_desktop.services.overdracht import afspraak

pytestmark = pytest.mark.both_stores


@pytest.fixture
def counter(staff_member, balie):
    sanne = staff_member("sanne", {"backoffice"}, name="Sanne Schuld", team="schuldhulpverlening")
    sem = staff_member("sem", {"backoffice"}, name="Sem Schuld", team="schuldhulpverlening")
    return {"balie": balie, "sanne": sanne, "sem": sem}


def _debts_only(store, balie):
    return aanmelding.register_aanmelding(
        store,
        balie,
        aanmelding.AanmeldingRequest(
            channel="balie",
            route="schuldhulpverlening",
            question="Schulden",
            client=ClientInput(
                first_names="Anaïs", surname="Maës", bsn="999990019", birth_date="05-03-1980"
            ),
        ),
    )


def test_the_proposed_time_is_free_and_booking_hands_the_work_on(store, counter):
    balie, sanne, sem = counter["balie"], counter["sanne"], counter["sem"]
    result = _debts_only(store, balie)
    first = afspraak.propose(store, balie, result.aanmelding_id)
    assert first.team_name == "Schuldhulpverlening"
    assert [name for _id, name in first.members] == ["Sanne Schuld", "Sem Schuld"]
    assert first.starts_at > utcnow() and first.staff_id == sanne.staff_id

    # Sanne has an appointment then: the proposal moves to Sem (or a later slot).
    with store.transaction() as s:
        s.add(
            Appointment(
                kind="gesprek_klantmanager",
                starts_at=first.starts_at,
                ends_at=first.starts_at + timedelta(hours=1),
                staff_id=sanne.staff_id,
            )
        )
    again = afspraak.propose(store, balie, result.aanmelding_id)
    assert (again.starts_at, again.staff_id) == (first.starts_at, sem.staff_id)

    # Booking Sanne anyway at that time: refused next to the member, nothing written.
    with pytest.raises(ValidationFailed) as clash:
        afspraak.book(store, balie, result.aanmelding_id, first.starts_at, sanne.staff_id)
    assert clash.value.errors == {
        "staff_id": "Deze medewerker heeft op dit tijdstip al een afspraak of is afwezig."
    }
    with pytest.raises(ValidationFailed) as past:
        afspraak.book(
            store, balie, result.aanmelding_id, utcnow() - timedelta(hours=1), sem.staff_id
        )
    assert set(past.value.errors) == {"starts_at"}

    booked = afspraak.book(store, balie, result.aanmelding_id, again.starts_at, sem.staff_id)
    assert (booked.staff_name, booked.location) == ("Sem Schuld", "Werkplein, schuldhulpverlening")
    with store.reading() as s:
        appointment = s.scalar(select(Appointment).where(Appointment.kind == "schuldhulpverlening"))
        assert appointment.staff_id == sem.staff_id
        assert "Bankafschriften" in appointment.documents_to_bring
        planning = s.scalar(select(Task).where(Task.kind == "schuldhulp_afspraak"))
        assert planning.status == "afgehandeld"
        handover = s.scalar(select(Overdracht))
        follow = s.get(Task, handover.task_id)
        assert (follow.assigned_to, follow.assigned_team, follow.status) == (
            sem.staff_id,
            "schuldhulpverlening",
            "open",
        )
    mine = [i for i in werkvoorraad.items(store, sem) if i.team]
    assert [i.title.split(":")[-1].strip() for i in mine] == [
        "resultaat terugmelden aan de klantmanager"
    ]


def test_the_client_busy_is_named(store, counter):
    balie, sanne = counter["balie"], counter["sanne"]
    result = _debts_only(store, balie)
    first = afspraak.propose(store, balie, result.aanmelding_id)
    with store.transaction() as s:
        s.add(
            Appointment(
                client_id=result.client_id,
                kind="gesprek_klantmanager",
                starts_at=first.starts_at,
                ends_at=first.starts_at + timedelta(hours=1),
            )
        )
    later = afspraak.propose(store, balie, result.aanmelding_id)
    assert later.starts_at > first.starts_at  # the client is not free then
    with pytest.raises(ValidationFailed) as clash:
        afspraak.book(store, balie, result.aanmelding_id, first.starts_at, sanne.staff_id)
    assert clash.value.errors == {"starts_at": "Op dit tijdstip heeft de klant al een afspraak."}
