"""The plan's "eerstvolgend voortgangsgesprek" is an appointment: saving a date books
one with the klantmanager (or moves the next one to that day), and Mijn caseload shows
it; a booked kick-off shows there as the next appointment. Three stores."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from intake_desktop.db.models import Appointment, KickoffBooking, KickoffSession
from intake_desktop.domain.clock import utcnow
from intake_desktop.services.caseload import mijn_caseload
from intake_desktop.services.traject import trajectplan
from intake_desktop.services.traject.trajectplan_input import PlanInput

pytestmark = pytest.mark.both_stores


def _talks(store, client_id):
    with store.reading() as s:
        return [
            a.starts_at.astimezone().date()
            for a in s.scalars(
                select(Appointment).where(
                    Appointment.client_id == client_id,
                    Appointment.kind == "voortgangsgesprek",
                    Appointment.status == "gepland",
                )
            )
        ]


def test_the_plans_next_talk_is_booked_and_moved(store, km, client_id):
    day = date.today() + timedelta(days=30)
    while day.weekday() > 4:
        day += timedelta(days=1)
    plan = trajectplan.open_plan(store, km, client_id)
    data = PlanInput(doelperspectief="Aan het werk.", next_progress_talk_on=day)
    plan = trajectplan.save_plan(store, km, plan.id, data, plan.row_version)
    assert _talks(store, client_id) == [day]
    later = day + timedelta(days=7)
    data.next_progress_talk_on = later
    trajectplan.save_plan(store, km, plan.id, data, plan.row_version)
    assert _talks(store, client_id) == [later]  # moved, not a second one
    rows = mijn_caseload.clients_of(store, km, km.staff_id)
    assert [r.next_progress_talk.astimezone().date() for r in rows] == [later]


def test_a_booked_kick_off_is_the_next_appointment_in_mijn_caseload(store, km, client_id):
    at = utcnow() + timedelta(days=3)
    with store.transaction() as s:
        session = KickoffSession(
            klantgroep="groeien", starts_at=at, location="Zaal 2", trainer="Tom", capacity=9
        )
        s.add(session)
        s.flush()
        s.add(KickoffBooking(session_id=session.id, client_id=client_id))
    rows = mijn_caseload.clients_of(store, km, km.staff_id)
    assert [abs((r.next_appointment - at).total_seconds()) < 1 for r in rows] == [True]
