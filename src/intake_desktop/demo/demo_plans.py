"""Two trajectplannen for the demo, of Karin Jansen's clients in "groeien": one signed,
one still a concept."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from intake_desktop.db.models import Client, Staff
from intake_desktop.services.beheer import accounts
from intake_desktop.services.core.store import Store


def demo_plans(store: Store) -> None:
    """Two trajectplannen of Karin Jansen's clients: one signed, one in concept."""
    from intake_desktop.services.traject import trajectplan, trajectplan_status

    with store.reading() as session:
        karin = session.scalar(select(Staff).where(Staff.username == "km.jansen"))
        actor = accounts.actor_of(karin)
        clients = session.scalars(
            select(Client.id)
            .where(Client.klantmanager_id == karin.id, Client.klantgroep == "groeien")
            .order_by(Client.search_name)
            .limit(2)
        ).all()
    today = date.today()
    for n, client_id in enumerate(clients):
        plan = trajectplan.open_plan(store, actor, client_id)
        plan = trajectplan.save_plan(store, actor, plan.id, _plan_input(today), plan.row_version)
        if n == 0:
            trajectplan_status.sign(
                store, actor, plan.id, plan.row_version, store.config.huisstijl.plaats
            )


def _plan_input(today: date):
    """The plan's content: a data literal (work, finances, language), dated from today."""
    from intake_desktop.services.traject.trajectplan_input import (
        ActivityInput,
        GoalInput,
        PlanInput,
    )

    return PlanInput(
        doelperspectief=(
            "Binnen een jaar betaald werk in de logistiek, met een stabiele financiële "
            "situatie; daarnaast Nederlands op B1-niveau."
        ),
        goals=[
            GoalInput(
                "werk",
                "Heftruckcertificaat halen en solliciteren bij drie logistieke bedrijven",
                today + timedelta(days=120),
                "bezig",
                [
                    ActivityInput(
                        "werkfit",
                        "Twee dagdelen per week",
                        "extern",
                        "Re-integratiebedrijf Noord",
                        today,
                        today + timedelta(days=90),
                        "lopend",
                    ),
                    ActivityInput(
                        "stage",
                        "Stage in een magazijn",
                        "extern",
                        "Werkgever in de regio",
                        today + timedelta(days=60),
                        today + timedelta(days=150),
                    ),
                ],
            ),
            GoalInput(
                "financien",
                "Betalingsachterstanden geregeld en een sluitend budget",
                today + timedelta(days=180),
                "open",
                [
                    ActivityInput(
                        "schuldhulp",
                        "",
                        "intern",
                        "Back office schuldhulpverlening",
                        today,
                        None,
                    )
                ],
            ),
            GoalInput(
                "educatie",
                "Nederlands op B1-niveau",
                today + timedelta(days=365),
                "open",
                [
                    ActivityInput(
                        "taalcursus",
                        "Avondcursus, twee keer per week",
                        "extern",
                        "ROC",
                        today + timedelta(days=14),
                        today + timedelta(days=300),
                    )
                ],
            ),
        ],
        afspraken_klant=(
            "Ik kom op tijd naar afspraken en meld het als ik verhinderd ben.\n"
            "Ik solliciteer vier keer per maand en houd dat bij."
        ),
        afspraken_gemeente=(
            "De klantmanager meldt de klant binnen twee weken aan bij het ROC.\n"
            "De gemeente vergoedt de reiskosten naar de stage (€ 25 per maand)."
        ),
        next_progress_talk_on=today + timedelta(days=90),
    )
