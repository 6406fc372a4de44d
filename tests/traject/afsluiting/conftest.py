"""Fixtures of the closure tests: Karin (werkcoach) with a client in traject, a plan,
appointments and a task; a teamleider; an income consultant."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from intake_desktop.db.models import (
    Appointment,
    Client,
    Task,
)
from intake_desktop.domain.clock import utcnow
from intake_desktop.services.traject import (
    trajectplan,
)
from tests.support.journey import a_plan, new_aanmelding


@pytest.fixture
def km(staff_member):
    return staff_member("karin", {"klantmanager"}, name="Karin Jansen", functie="werkcoach")


@pytest.fixture
def teamleider(staff_member):
    return staff_member("tl", {"teamleider"}, name="Tineke Leider")


@pytest.fixture
def consultant(staff_member):
    return staff_member(
        "sandra", {"klantmanager"}, name="Sandra Bakker", functie="inkomensconsulent"
    )


@pytest.fixture
def client_id(store, balie, km):
    """A client in traject with Karin, a plan with two goals, a future and a past planned
    appointment, a held one, and an open task (besides the route task of the aanmelding)."""
    new_aanmelding(store, balie)  # "Noël Maës"
    with store.transaction() as s:
        c = s.scalar(select(Client))
        c.klantmanager_id, c.klantgroep, c.status = km.staff_id, "groeien", "in_traject"
        cid = c.id
        now = utcnow()
        for days, status in ((20, "gepland"), (-3, "gepland"), (40, "gehouden")):
            s.add(
                Appointment(
                    client_id=cid,
                    kind="voortgangsgesprek",
                    starts_at=now + timedelta(days=days),
                    staff_id=km.staff_id,
                    status=status,
                )
            )
        s.add(
            Task(
                client_id=cid,
                kind="bellen",
                title="Klant bellen over de stage",
                due_at=now + timedelta(days=2),
                assigned_to=km.staff_id,
            )
        )
    plan = trajectplan.open_plan(store, km, cid)
    trajectplan.save_plan(store, km, plan.id, a_plan(goals=2, activities=1), plan.row_version)
    return cid
