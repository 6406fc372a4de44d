"""Clients ready for a progress talk: a klantmanager, an ambitiegesprek with its planned
talks, a signed trajectplan; a complete talk to hold, and the talks in the agenda."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from intake_desktop.db.models import Appointment, Client, Staff
from intake_desktop.domain.clock import utcnow
from intake_desktop.services.balie import ambitiegesprek
from intake_desktop.services.beheer import accounts
from intake_desktop.services.traject import trajectplan, trajectplan_status, voortgang
from intake_desktop.services.traject.trajectplan_input import GoalInput, PlanInput
from intake_desktop.services.traject.voortgang_record import GoalProgress, VoortgangInput
from tests.support.journey import a_client, growing_client, session_for
from tests.support.staff import DEMO_PASSWORD, make_staff


def klantmanager(store, beheerder, functie="inkomensconsulent", username="karin"):
    make_staff(store, username, {"klantmanager"}, actor=beheerder, name="Karin Jansen")
    with store.transaction() as s:
        s.scalar(select(Staff).where(Staff.username == username)).functie = functie
    return accounts.sign_in(store, username, DEMO_PASSWORD)


def client_in_group(store, balie, beheerder, intaker, km, group="zorgen", **kw):
    """A client of ``km`` after an ambitiegesprek (werk 3, financiën 2, rung 3 → 6)."""
    client_id = a_client(store, balie, **kw)
    with store.transaction() as s:
        s.get(Client, client_id).klantmanager_id = km.staff_id
    data = growing_client(
        store,
        store.config,
        chosen=group,
        motivation="Eigen keuze van de klant",
        progress_at_home=True,
        kickoff_session_id=session_for(store, beheerder, group),
    )
    ambitiegesprek.complete_ambitiegesprek(store, intaker, client_id, data)
    return client_id


def first_talk_due_now(store, client_id) -> None:
    """The first planned progress talk starts an hour ago (its day has come)."""
    with store.transaction() as s:
        talk = s.scalar(
            select(Appointment)
            .where(Appointment.client_id == client_id, Appointment.kind == "voortgangsgesprek")
            .order_by(Appointment.starts_at)
            .limit(1)
        )
        talk.starts_at = utcnow() - timedelta(hours=1)
        talk.ends_at = talk.starts_at + timedelta(minutes=45)


def signed_plan(store, km, client_id):
    plan = trajectplan.open_plan(store, km, client_id)
    plan = trajectplan.save_plan(
        store,
        km,
        plan.id,
        PlanInput(
            doelperspectief="Meedoen in de buurt; later vrijwilligerswerk.",
            goals=[
                GoalInput("financien", "Schulden op een rij met de budgetcoach", None, "bezig"),
                GoalInput("sociaal_netwerk", "Eens per week naar het buurthuis", None, "open"),
            ],
            next_progress_talk_on=date.today() + timedelta(days=180),
        ),
        plan.row_version,
    )
    trajectplan_status.sign(store, km, plan.id, plan.row_version, "Voorbeeld")
    return trajectplan.open_plan(store, km, client_id)


def talk(prev: voortgang.Previous, **changes) -> VoortgangInput:
    """A complete, valid talk in which nothing changes."""
    data = VoortgangInput(
        klantgroep_before=prev.klantgroep,
        stress=3,
        summary="Het gaat redelijk; de schulden geven zorgen.",
        life_changes="Dochter is uit huis gegaan.",
        income_changes="",
        at_home=True,
        appointment_id=prev.planned.id if prev.planned and prev.planned.due else None,
        scores=dict(prev.scores),
        ladder_rung=prev.ladder_rung,
        goals=[GoalProgress(g.position, g.status) for g in prev.goals],
        plan_row_version=prev.plan_row_version,
        lawfulness_checked=False,
        right_group=True,
        next_at_home=True,
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def talks_of(s, client_id) -> list[Appointment]:
    """The client's progress talks in the agenda (any status), earliest first."""
    return list(
        s.scalars(
            select(Appointment)
            .where(Appointment.client_id == client_id, Appointment.kind == "voortgangsgesprek")
            .order_by(Appointment.starts_at)
        )
    )
