"""The ambitiegesprek service: advice, the client's own choice, and what it sets in motion."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from intake_desktop.db.models import Appointment, Client, KlantgroepKeuze, Task
from intake_desktop.domain.clock import utcnow
from intake_desktop.services.agenda import kickoff
from intake_desktop.services.agenda.errors import KickoffFull, KickoffNotBookable
from intake_desktop.services.balie import ambitiegesprek
from intake_desktop.services.core.errors import ValidationFailed
from tests.support.journey import a_client, growing_client, session_for
from tests.support.staff import make_staff

pytestmark = pytest.mark.both_stores  # every test here runs on SQLite and PostgreSQL


def test_choice_differing_from_advice_needs_a_motivation(store, balie, beheerder, intaker):
    client_id = a_client(store, balie)
    data = growing_client(store, store.config)
    assert ambitiegesprek.suggestion(store, data).klantgroep == "groeien"
    data.chosen = "matchen"
    data.kickoff_session_id = session_for(store, beheerder, "matchen")
    with pytest.raises(ValidationFailed) as err:
        ambitiegesprek.complete_ambitiegesprek(store, intaker, client_id, data)
    assert set(err.value.errors) == {"motivation"}
    data.motivation = "Klant heeft een baanaanbod in het vooruitzicht"
    result = ambitiegesprek.complete_ambitiegesprek(store, intaker, client_id, data)
    assert result.deviates and result.klantgroep == "matchen"
    with store.reading() as s:
        keuze = s.scalar(select(KlantgroepKeuze).where(KlantgroepKeuze.client_id == client_id))
        assert (keuze.suggested, keuze.deviates_from_advice) == ("groeien", True)
        assert s.get(Client, client_id).klantgroep == "matchen"
        assert s.scalar(select(Task).where(Task.kind == "keuze_wijkt_af")) is not None


def test_kickoff_income_werkcoach_and_progress_talks(store, balie, beheerder, intaker):
    client_id = a_client(store, balie)
    full = session_for(store, beheerder, "groeien", capacity=1, days=13)
    later = session_for(store, beheerder, "groeien", capacity=10, days=20)
    other = a_client(store, balie, "Jansen", "999990020")
    ambitiegesprek.complete_ambitiegesprek(
        store,
        intaker,
        other,
        growing_client(store, store.config, chosen="groeien", kickoff_session_id=full),
    )
    assert kickoff.first_with_room(store, "groeien", utcnow()).id == later
    data = growing_client(store, store.config, chosen="groeien", kickoff_session_id=full)
    with pytest.raises(KickoffFull, match="vol"):
        ambitiegesprek.complete_ambitiegesprek(store, intaker, client_id, data)
    data.kickoff_session_id = later
    result = ambitiegesprek.complete_ambitiegesprek(store, intaker, client_id, data)
    assert len(result.progress_talks) == 1  # Groeien: once a year
    assert timedelta(days=360) < result.progress_talks[0] - utcnow() < timedelta(days=370)
    with store.reading() as s:
        kinds = sorted(
            a.kind for a in s.scalars(select(Appointment).where(Appointment.client_id == client_id))
        )
    assert kinds == ["gesprek_klantmanager", "uitkeringsintake", "voortgangsgesprek"]


def test_faciliteren_talks_twice_a_year_at_home_and_a_lawfulness_check(
    store, balie, beheerder, intaker
):
    client_id = a_client(store, balie)
    data = growing_client(
        store,
        store.config,
        chosen="faciliteren",
        motivation="Eigen keuze",
        progress_at_home=True,
        kickoff_session_id=session_for(store, beheerder, "faciliteren"),
    )
    result = ambitiegesprek.complete_ambitiegesprek(store, intaker, client_id, data)
    assert len(result.progress_talks) == 2
    with store.reading() as s:
        talks = list(s.scalars(select(Appointment).where(Appointment.kind == "voortgangsgesprek")))
        assert all(t.at_home and t.location == "Bij de klant thuis" for t in talks)
        check = s.scalar(select(Task).where(Task.kind == "rechtmatigheid"))
        assert timedelta(days=725) < check.due_at - utcnow() < timedelta(days=735)


def test_rights_duties_and_commitment_are_required(store, balie, beheerder, intaker):
    client_id = a_client(store, balie)
    data = growing_client(
        store,
        store.config,
        chosen="groeien",
        rights_duties_ticked=[],
        commitment=False,
        kickoff_session_id=None,
    )
    with pytest.raises(ValidationFailed) as err:
        ambitiegesprek.complete_ambitiegesprek(store, intaker, client_id, data)
    assert {"rights_duties", "commitment", "kickoff"} <= set(err.value.errors)


def test_a_repeat_ambitiegesprek_replaces_the_earlier_plan(store, balie, beheerder, intaker):
    client_id = a_client(store, balie)
    first = growing_client(
        store,
        store.config,
        chosen="faciliteren",
        motivation="Eigen keuze",
        kickoff_session_id=session_for(store, beheerder, "faciliteren"),
    )
    ambitiegesprek.complete_ambitiegesprek(store, intaker, client_id, first)
    again = growing_client(
        store,
        store.config,
        chosen="groeien",
        kickoff_session_id=session_for(store, beheerder, "groeien"),
    )
    ambitiegesprek.complete_ambitiegesprek(store, intaker, client_id, again)
    with store.reading() as s:
        talks = list(
            s.scalars(
                select(Appointment).where(
                    Appointment.client_id == client_id, Appointment.kind == "voortgangsgesprek"
                )
            )
        )
        assert sorted(t.status for t in talks) == ["geannuleerd", "geannuleerd", "gepland"]
        income = list(
            s.scalars(
                select(Appointment).where(
                    Appointment.client_id == client_id, Appointment.kind == "uitkeringsintake"
                )
            )
        )
        assert len(income) == 1  # only after the first one
        assert s.scalar(select(Task.status).where(Task.kind == "rechtmatigheid")) == "vervallen"
        history = [
            k.klantgroep
            for k in s.scalars(
                select(KlantgroepKeuze)
                .where(KlantgroepKeuze.client_id == client_id)
                .order_by(KlantgroepKeuze.decided_at)
            )
        ]
    assert history == ["faciliteren", "groeien"]


def test_werkcoach_appointments_do_not_double_book_the_klantmanager(
    store, balie, beheerder, intaker
):
    make_staff(store, "coach", {"klantmanager"}, actor=beheerder, name="Chris Coach")
    from intake_desktop.db.models import Staff

    with store.transaction() as s:
        coach = s.scalar(select(Staff.id).where(Staff.username == "coach"))
    session_id = session_for(store, beheerder, "groeien")
    times = []
    for surname, bsn in (("Maës", "999990019"), ("Jansen", "999990020")):
        client_id = a_client(store, balie, surname, bsn)
        with store.transaction() as s:
            s.get(Client, client_id).klantmanager_id = coach
        ambitiegesprek.complete_ambitiegesprek(
            store,
            intaker,
            client_id,
            growing_client(store, store.config, chosen="groeien", kickoff_session_id=session_id),
        )
        with store.reading() as s:
            times.append(
                s.scalar(
                    select(Appointment.starts_at).where(
                        Appointment.client_id == client_id,
                        Appointment.kind == "gesprek_klantmanager",
                    )
                )
            )
    assert times[0] != times[1]


def test_a_past_kickoff_cannot_be_booked(store, balie, beheerder, intaker):
    client_id = a_client(store, balie)
    past = session_for(store, beheerder, "groeien", days=1)
    with store.transaction() as s:
        from intake_desktop.db.models import KickoffSession

        s.get(KickoffSession, past).starts_at = utcnow() - timedelta(hours=1)
    with pytest.raises(KickoffNotBookable, match="gekozen klantgroep"):
        ambitiegesprek.complete_ambitiegesprek(
            store,
            intaker,
            client_id,
            growing_client(store, store.config, chosen="groeien", kickoff_session_id=past),
        )


def test_unknown_months_on_benefit_do_not_count_as_zero(qtbot, store, balie, intaker):
    from intake_desktop.ui.balie.ambitiegesprek_dialog import AmbitiegesprekDialog

    client_id = a_client(store, balie)
    dialog = AmbitiegesprekDialog(store, intaker, client_id)
    qtbot.addWidget(dialog)
    assert dialog.strengths_step.months.text() == "Onbekend"
    assert dialog._input().months_on_benefit is None


def test_appointments_skip_the_klantmanagers_absence_and_days_off(store, balie, beheerder, intaker):
    from datetime import date

    from intake_desktop.db.models import Staff, StaffAbsence

    make_staff(store, "coach", {"klantmanager"}, actor=beheerder, name="Chris Coach")
    session_id = session_for(store, beheerder, "groeien")
    with store.transaction() as s:
        coach = s.scalar(select(Staff).where(Staff.username == "coach"))
        coach.working_days = "ma,di,wo,do"  # never on Friday
        coach_id = coach.id
        kickoff_day = s.get(kickoff.KickoffSession, session_id).starts_at.astimezone().date()
        # Away for the three weeks after the kick-off, when the werkcoach meets the client.
        s.add(
            StaffAbsence(
                staff_id=coach_id,
                starts_on=kickoff_day,
                ends_on=kickoff_day + timedelta(days=21),
                reason="Verlof",
            )
        )
    client_id = a_client(store, balie)
    with store.transaction() as s:
        s.get(Client, client_id).klantmanager_id = coach_id
    ambitiegesprek.complete_ambitiegesprek(
        store,
        intaker,
        client_id,
        growing_client(store, store.config, chosen="groeien", kickoff_session_id=session_id),
    )
    with store.reading() as s:
        days = [
            at.astimezone().date()
            for at in s.scalars(
                select(Appointment.starts_at).where(
                    Appointment.client_id == client_id, Appointment.staff_id == coach_id
                )
            )
        ]
    assert days, "the klantmanager has appointments with the client"
    for day in days:
        assert not kickoff_day <= day <= kickoff_day + timedelta(days=21), day
        assert day.weekday() != 4, day  # no Friday
    assert isinstance(days[0], date)
