"""Kick-off attendance and call-ups: absent without notice is a missed appointment
(a call-up, the first without sanction); a second miss proposes a measure to the
klantmanager, whose decision is recorded; the dossier's timeline tells it. Three
stores."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from intake_desktop.db.models import KickoffBooking, KickoffSession, Maatregel, Task
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.agenda import agenda, kickoff_presence, maatregel
from intake_desktop.services.caseload import werkvoorraad
from intake_desktop.services.dossier.dossier import open_dossier
from tests.support.journey import a_client

pytestmark = pytest.mark.both_stores


@pytest.fixture
def booked(store, balie, staff, teamleider):
    """A client of Karin booked for a kick-off that began an hour ago."""
    wissel, km = staff
    client_id = a_client(store, balie)
    with store.transaction() as s:
        from intake_desktop.db.models import Client

        s.get(Client, client_id).klantmanager_id = km.staff_id
        session = KickoffSession(
            klantgroep="matchen",
            starts_at=utcnow() - timedelta(hours=1),
            location="Werkplein, zaal 2",
            trainer="Tom Trainer",
            capacity=12,
        )
        s.add(session)
        s.flush()
        booking = KickoffBooking(session_id=session.id, client_id=client_id)
        s.add(booking)
        s.flush()
        return session.id, booking.id, client_id


def test_absent_without_notice_calls_up_and_a_second_miss_proposes_a_measure(store, staff, booked):
    wissel, km = staff
    session_id, booking_id, client_id = booked
    assert [
        (a.client_name, a.presence) for a in kickoff_presence.attendees(store, km, session_id)
    ] == [("Noël Maës", "uitgenodigd")]
    missed = kickoff_presence.record_presence(store, km, session_id, {booking_id: "afwezig"})
    assert [(m.first, m.count, m.measure_id) for m in missed] == [(True, 1, None)]
    titles = [i.title for i in werkvoorraad.items(store, km) if i.kind == "oproep"]
    assert titles == ["Klant oproepen na gemiste kick-off (eerste keer: geen sanctie)"]

    # A second miss: an appointment not attended. The klantmanager gets a proposal.
    with store.transaction() as s:
        from intake_desktop.db.models import Appointment

        appointment = Appointment(
            client_id=client_id,
            kind="gesprek_klantmanager",
            starts_at=utcnow() - timedelta(hours=2),
            ends_at=utcnow() - timedelta(hours=1),
            staff_id=km.staff_id,
        )
        s.add(appointment)
        s.flush()
        appointment_id = appointment.id
    result = agenda.record_missed(store, km, appointment_id)
    assert (result.first_miss, result.count) == (False, 2)
    review = [i for i in werkvoorraad.items(store, km) if i.kind == "maatregel_beoordelen"]
    assert [(i.title, i.where) for i in review] == [
        ("Maatregel beoordelen: 2e keer niet verschenen (afspraak)", werkvoorraad.MEASURE)
    ]
    view = maatregel.for_task(store, km, review[0].task_id)
    assert (view.status, view.reason) == ("voorgesteld", "2e keer niet verschenen (afspraak)")
    with pytest.raises(ValidationFailed) as bad:
        maatregel.decide(store, km, view.id, "afgezien", "")
    assert set(bad.value.errors) == {"reason"}
    maatregel.decide(store, km, view.id, "afgezien", "Was ziek en kon niet bellen.")
    with store.reading() as s:
        measure = s.scalar(select(Maatregel))
        assert (measure.status, measure.decided_by) == ("afgezien", km.staff_id)
        assert s.get(Task, measure.task_id).status == "afgehandeld"
        assert s.get(KickoffBooking, booking_id).status == "afwezig"
    entries = {e.title: e.detail for e in open_dossier(store, km, client_id).timeline}
    assert entries["Kick-off geboekt"].endswith("Werkplein, zaal 2 · afwezig zonder bericht")
    assert entries["Maatregel voorgesteld"] == "2e keer niet verschenen (afspraak)"
    assert entries["Besluit over maatregel"] == "afgezien · Was ziek en kon niet bellen."


def test_presence_waits_for_the_kick_off_to_begin(store, staff, booked):
    km = staff[1]
    session_id, booking_id, _client_id = booked
    with store.transaction() as s:
        s.get(KickoffSession, session_id).starts_at = utcnow() + timedelta(days=1)
    with pytest.raises(kickoff_presence.KickoffNotStarted):
        kickoff_presence.record_presence(store, km, session_id, {booking_id: "aanwezig"})
