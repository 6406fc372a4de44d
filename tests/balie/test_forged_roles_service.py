"""The counter's steps take the roles the store holds, not the ones the caller names:
a role made up in the window, or taken away while it was open, opens no screening,
quickscan or pick-up, and the refusal is audited. On SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import select

from intake_desktop.db.models import AuditEvent, Client, IntakeRecord, StaffRole
from intake_desktop.services.balie import queue
from intake_desktop.services.balie.errors import MayNotQuickscan, MayNotScreen
from tests.support.journey import new_aanmelding, scan, screen
from tests.support.store import count

pytestmark = pytest.mark.both_stores


def forged(actor, *roles):
    return dataclasses.replace(actor, roles=actor.roles | frozenset(roles))


def refused(store, username) -> list[str]:
    with store.reading() as s:
        return list(
            s.scalars(
                select(AuditEvent.details["handeling"].as_string()).where(
                    AuditEvent.action == "geweigerd", AuditEvent.username == username
                )
            )
        )


def test_the_counter_naming_herself_poortwachter_screens_nobody(store, balie):
    aanmelding_id = new_aanmelding(store, balie)
    with pytest.raises(MayNotScreen):
        queue.pick_up(store, forged(balie, "poortwachter"), aanmelding_id)
    with pytest.raises(MayNotScreen):
        screen(store, forged(balie, "poortwachter"), aanmelding_id)
    assert count(store, IntakeRecord) == 0
    assert refused(store, "balie") == ["MayNotScreen", "MayNotScreen"]


def test_a_poortwachter_naming_herself_wisselwachter_does_no_quickscan(store, staff_member, balie):
    poort = staff_member("poort", {"poortwachter"}, name="Petra Poort")
    km = staff_member("km", {"klantmanager"}, name="Karin Klant")
    aanmelding_id = new_aanmelding(store, balie)
    screen(store, poort, aanmelding_id)
    with pytest.raises(MayNotQuickscan):
        queue.pick_up(store, forged(poort, "wisselwachter"), aanmelding_id)
    with pytest.raises(MayNotQuickscan):
        scan(store, forged(poort, "wisselwachter"), aanmelding_id, km.staff_id)
    assert count(store, IntakeRecord) == 1  # the screening only
    assert count(store, Client, Client.klantmanager_id.is_not(None)) == 0
    assert refused(store, "poort") == ["MayNotQuickscan", "MayNotQuickscan"]


def test_a_role_taken_away_while_the_window_was_open_no_longer_scans(store, staff, balie):
    wissel, km = staff
    aanmelding_id = new_aanmelding(store, balie)
    screen(store, wissel, aanmelding_id)
    with store.transaction() as s:
        s.delete(s.get(StaffRole, (wissel.staff_id, "wisselwachter")))
    with pytest.raises(MayNotQuickscan):
        scan(store, wissel, aanmelding_id, km.staff_id)
    assert count(store, IntakeRecord) == 1
