"""Closing a traject in tests: staff with a function, a closure to work."""

from __future__ import annotations

from datetime import date

from intake_desktop.services.traject.afsluiting import AfsluitingInput

TODAY = date.today()
NOTE = "Klant begint bij Transport Noord als heftruckchauffeur; café-werk stopt."


def to_work(context, **changes) -> AfsluitingInput:
    data = AfsluitingInput(
        reason="werk",
        closed_on=TODAY,
        sector="Logistiek",
        hours_per_week=32,
        goal_outcomes={str(g.goal_id): "Bereikt" for g in context.goals},
        note=NOTE,
        plan_id=context.plan_id,
        plan_version=context.plan_version,
    )
    for name, value in changes.items():
        setattr(data, name, value)
    return data
