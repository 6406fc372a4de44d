"""A small Werkplein for the role × service matrices (tests/dossier/test_access_matrix_*):
Karin (klantmanager, team werk) and her client Noël Maës, registered today and in a
traject, with an appointment tomorrow, a kick-off booking, an open task and an absence
of Karin's; a second client without a klantmanager, registered today too; an intaker to
book with; and the monitoring's figures. The actors are one per role, as the matrices
name them (the klantmanagers of the client's own team and of another team)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import func, select

from intake_desktop.db.models import Appointment, AuditEvent, Client, KickoffBooking, Task
from intake_desktop.domain.roles import Actor
from intake_desktop.services.beheer import afwezigheid
from intake_desktop.services.core.access import NoAccess
from intake_desktop.services.core.errors import NotAllowed
from intake_desktop.services.monitoring import overview as monitoring
from tests.support.journey import a_client, session_for
from tests.support.staff import make_staff

ACTORS = {  # the matrices' column of roles: (roles, team)
    "baliemedewerker": ({"baliemedewerker"}, None),
    "poortwachter": ({"poortwachter"}, None),
    "wisselwachter": ({"wisselwachter"}, None),
    "klantmanager team": ({"klantmanager"}, "werk"),
    "klantmanager ander team": ({"klantmanager"}, "inkomen"),
    "teamleider": ({"teamleider"}, "werk"),
    "beheerder": ({"beheerder"}, None),
    "beleidsmedewerker": ({"beleidsmedewerker"}, None),
}
# What a cell of a matrix says: J works (and shows the client), L works without the
# client (a list outside the reach), R the role's own refusal of that call, D refused
# for the part of the dossier ("Met uw rol mag u de ..."), B refused outside the reach
# ("buiten uw werk", toegang met reden possible).
PART_REFUSED = (NoAccess, r"Met uw rol mag u de .+ van deze klant niet zien of wijzigen\.")
OUTSIDE = (NoAccess, r"Deze klant valt buiten uw werk: u mag de .+ niet zien of wijzigen\.")


@dataclass(frozen=True)
class World:
    karin: Actor
    client_id: uuid.UUID
    unassigned_id: uuid.UUID
    appointment_id: uuid.UUID
    tomorrow: date
    kickoff_id: uuid.UUID
    task_id: uuid.UUID
    absence_id: uuid.UUID
    figures: object  # the monitoring's Overview


def build(store, beheerder, balie, staff_member) -> World:
    karin = staff_member("karin", {"klantmanager"}, name="Karin Jansen", team="werk")
    make_staff(store, "ilse", {"wisselwachter"}, actor=beheerder, name="Ilse Intaker")
    client_id = a_client(store, balie)  # Noël Maës, registered today
    unassigned_id = a_client(store, balie, "Jansen", "999990020")
    tomorrow = date.today() + timedelta(days=1)
    at = datetime.combine(tomorrow, time(10, 0)).astimezone()
    kickoff_id = session_for(store, beheerder, "groeien")
    with store.transaction() as s:
        for cid in (client_id, unassigned_id):
            c = s.get(Client, cid)
            c.status, c.klantgroep = "in_traject", "groeien"
        s.get(Client, client_id).klantmanager_id = karin.staff_id
        appointment = Appointment(
            client_id=client_id,
            kind=store.config.ambitie.progress_appointment_type,
            starts_at=at,
            ends_at=at + timedelta(minutes=45),
            location="Werkplein",
            staff_id=karin.staff_id,
        )
        task = Task(client_id=client_id, kind="x", title="Bellen", assigned_to=karin.staff_id)
        s.add_all([appointment, task])
        s.add(KickoffBooking(session_id=kickoff_id, client_id=client_id))
        s.flush()
        appointment_id, task_id = appointment.id, task.id
    later = date.today() + timedelta(days=40)
    absence_id = afwezigheid.add_absence(store, beheerder, karin.staff_id, later, later, "Cursus")
    return World(
        karin,
        client_id,
        unassigned_id,
        appointment_id,
        tomorrow,
        kickoff_id,
        task_id,
        absence_id,
        monitoring.overview(store, beheerder),
    )


def actor_for(staff_member, role_name: str) -> Actor:
    roles, team = ACTORS[role_name]
    return staff_member("iemand", roles, name="Iemand Anders", team=team)


def refusals(store) -> int:
    """How many refusals the audit log holds."""
    with store.reading() as s:
        return s.scalar(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "geweigerd")
        )


@dataclass(frozen=True)
class Call:
    run: object  # (store, actor, world, tmp_path) -> result
    refused: tuple | None = None  # the role's refusal: (error class, message pattern)
    shows: object = None  # (result, world) -> whether the client is in it


def check_matrix(store, actor, world, calls: dict, row: str, tmp_path) -> None:
    """Each call as ``actor``, against the cell of ``row`` (see the codes above)."""
    assert len(row.split()) == len(calls), row
    for (name, call), cell in zip(calls.items(), row.split(), strict=True):
        if cell in "JL":
            assert cell == "J" or call.shows is not None, (name, "L needs shows")
            result = call.run(store, actor, world, tmp_path)
            if call.shows is not None:
                assert call.shows(result, world) == (cell == "J"), (name, cell)
            continue
        error, message = {"R": call.refused, "D": PART_REFUSED, "B": OUTSIDE}[cell]
        before = refusals(store)
        with pytest.raises(error, match=message) as refused:
            call.run(store, actor, world, tmp_path)
        assert type(refused.value) is not NotAllowed, name  # a typed refusal
        assert refusals(store) == before + 1, (name, "no geweigerd row")
