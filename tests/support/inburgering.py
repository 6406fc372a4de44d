"""Recording inburgering steps in tests, as the dialog does; a duty whose term ran out."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from intake_desktop.db.models import InburgeringStap
from intake_desktop.domain.inburgering import StepInput
from intake_desktop.services.traject import inburgering

TODAY = date.today()
SINCE = TODAY - timedelta(days=1200)  # the three years ran out some 100 days ago


def days(n: int) -> date:
    return TODAY - timedelta(days=n)


def step(store, actor, client_id, procedure, code, on=None, **fields):
    """Record a step against the duty's current version."""
    version = inburgering.overview(store, actor, client_id).duty.version
    return inburgering.record_step(
        store,
        actor,
        client_id,
        procedure,
        code,
        StepInput(occurred_on=on or TODAY, **fields),
        version,
    )


def handhaven_to_fine(store, km, client_id):
    step(store, km, client_id, "handhaven", "signaal", days(60))
    step(store, km, client_id, "handhaven", "aanschrijving", days(50))
    step(store, km, client_id, "handhaven", "gesprek", days(40))
    return step(store, km, client_id, "handhaven", "besluit", days(30), decision="Naar beboeten")


def stored_steps(store, client_id) -> list[InburgeringStap]:
    with store.reading() as s:
        return list(
            s.scalars(
                select(InburgeringStap)
                .where(InburgeringStap.client_id == client_id)
                .order_by(InburgeringStap.created_at)
            )
        )
