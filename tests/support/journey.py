"""The client journey in a few calls, as the counter and the intaker go through it:
an aanmelding, its screening and quickscan, an ambitiegesprek, a trajectplan."""

from __future__ import annotations

from datetime import date, timedelta

from intake_desktop.db.models import Aanmelding, Appointment
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.validation import ClientInput
from intake_desktop.services.agenda import kickoff
from intake_desktop.services.balie import aanmelding, quickscan, screening
from intake_desktop.services.balie.ambitiegesprek import AmbitieInput, DomainScore
from intake_desktop.services.traject.trajectplan_input import ActivityInput, GoalInput, PlanInput

TODAY = date.today()


def new_aanmelding(store, actor, surname="Maës", bsn="999990019"):
    return aanmelding.register_aanmelding(
        store,
        actor,
        aanmelding.AanmeldingRequest(
            channel="balie",
            route="intake",
            question="Werk en inkomen",
            client=ClientInput(
                first_names="Noël", surname=surname, bsn=bsn, birth_date="01-01-1990"
            ),
        ),
    ).aanmelding_id


def screen(store, actor, aanmelding_id, acute=False, go_on=True):
    answers = {"inkomen": False, "geen_geld_eten": acute, "woonsituatie": "huur"}
    return screening.complete_screening(
        store,
        actor,
        aanmelding_id,
        screening.ScreeningInput(
            answers=answers,
            eligibility="waarschijnlijk",
            eligibility_reason="Geen inkomen meer",
            referrals=["Voedselbank"] if acute else [],
            consent="mondeling" if acute else "",
            go_on=go_on,
            end_reason="" if go_on else "Heeft al werk gevonden",
        ),
    )


def scan(store, actor, aanmelding_id, km_id, routes=("work_first",), when=None):
    when = when or utcnow() + timedelta(days=1)
    return quickscan.complete_quickscan(
        store,
        actor,
        aanmelding_id,
        quickscan.QuickscanInput(
            domains=[
                quickscan.DomainNote("werk", "Ervaren heftruckchauffeur", "Snel werk", "ja"),
                quickscan.DomainNote("financien", "Huurachterstand", "", "ja"),
            ],
            summary="Wil snel aan het werk; huurachterstand van twee maanden",
            benefit_may_be_due="ja",
            routes=list(routes),
            klantmanager_id=km_id,
            appointments={r: when + timedelta(hours=2 * i) for i, r in enumerate(routes)},
        ),
    )


def started_a_while_ago(store, appointment_ids):
    """Time passes: the appointments began ten minutes ago."""
    with store.transaction() as s:
        for appointment_id in appointment_ids:
            s.get(Appointment, appointment_id).starts_at = utcnow() - timedelta(minutes=10)


def growing_client(store, config, **kw):
    data = AmbitieInput(
        scores=[
            DomainScore("werk", 3, "Magazijnervaring", "Wil graag vrachtwagen rijden"),
            DomainScore("financien", 2, "Huurachterstand", ""),
        ],
        ladder_rung=3,
        ladder_target=6,
        strengths="Betrouwbaar, rijbewijs C",
        obstacles=["Schulden", "Taal"],
        months_on_benefit=20,
        stress_signals="",
        rights_duties_ticked=list(config.ambitie.rights_duties),
        commitment=True,
    )
    for key, value in kw.items():
        setattr(data, key, value)
    return data


def session_for(store, actor, group, capacity=12, days=14):
    return kickoff.plan_session(
        store,
        actor,
        group,
        utcnow() + timedelta(days=days),
        "Werkplein, zaal 2",
        "Tom Trainer",
        capacity,
    )


def a_client(store, actor, surname="Maës", bsn="999990019"):
    item = new_aanmelding(store, actor, surname, bsn)
    with store.reading() as s:
        return s.get(Aanmelding, item).client_id


def a_plan(goals: int = 2, activities: int = 2) -> PlanInput:
    domains = ["werk", "educatie", "financien", "sociaal_netwerk", "wonen", "zorg_welzijn"]
    products = ["werkfit", "taalcursus", "budgetcoaching", "stage"]
    return PlanInput(
        doelperspectief="Binnen een jaar betaald werk als heftruckchauffeur; café-werk als opstap.",
        goals=[
            GoalInput(
                domains[n % len(domains)],
                f"Doel {n + 1}: rijbewijs heftruck halen en solliciteren bij drie bedrijven",
                TODAY + timedelta(days=60 * (n + 1)),
                "open",
                [
                    ActivityInput(
                        products[m % len(products)],
                        "Twee dagdelen per week",
                        "extern",
                        "Re-integratiebedrijf Noord",
                        TODAY,
                        TODAY + timedelta(days=90),
                    )
                    for m in range(activities)
                ],
            )
            for n in range(goals)
        ],
        afspraken_klant="Ik solliciteer vier keer per maand.",
        afspraken_gemeente="De gemeente betaalt de reiskosten (€ 25 per maand).",
        next_progress_talk_on=TODAY + timedelta(days=120),
    )


MAES_INPUT = ClientInput(
    first_names="Anaïs", surname="Maës", bsn="999990019", birth_date="05-03-1980", city="Voorbeeld"
)


def register_client(store, actor, client=MAES_INPUT):
    """A client registered by telephone for the intake route; returns her id."""
    return aanmelding.register_aanmelding(
        store,
        actor,
        aanmelding.AanmeldingRequest(
            channel="telefoon", route="intake", question="Werk", client=client
        ),
    ).client_id
