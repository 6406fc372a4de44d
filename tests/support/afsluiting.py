"""Closing a traject in tests: a closure to work, the klantmanager's caseload count, the
audit rows of an entity."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from intake_desktop.db.models import AuditEvent, CaseloadCount
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


def caseload(store, staff) -> int:
    with store.reading() as s:
        return (
            s.scalar(
                select(func.sum(CaseloadCount.clients)).where(
                    CaseloadCount.klantmanager_id == staff.staff_id
                )
            )
            or 0
        )


def audit_rows(store, entity):
    """The program's audit rows of ``entity`` (in server mode the database writes a
    "rij_..." row of its own per changed row besides)."""
    with store.reading() as s:
        return list(
            s.scalars(
                select(AuditEvent)
                .where(AuditEvent.entity == entity, ~AuditEvent.action.startswith("rij_"))
                .order_by(AuditEvent.occurred_at, AuditEvent.id)
            )
        )
