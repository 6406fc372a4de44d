"""Once the program signed someone in, the store works for her alone (Store.bind): a
service called in another name is refused and audited, and a deactivated account is
cut off at its next call, also in a window that is already open. Both stores."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import select

from intake_desktop.db.models import AuditEvent, Note
from intake_desktop.services.balie.search import search_clients
from intake_desktop.services.beheer import medewerkers
from intake_desktop.services.core.errors import AccountInactive, NotSignedIn, RolesChanged
from intake_desktop.services.dossier import dossier, notes
from tests.support.journey import a_client

pytestmark = pytest.mark.both_stores


def test_a_made_up_actor_is_refused_and_audited(store, balie, staff_member):
    karin = staff_member("karin", {"klantmanager"}, name="Karin Jansen")
    client_id = a_client(store, balie)
    store.bind(karin)
    # Another person's actor handed to Karin's store.
    with pytest.raises(NotSignedIn, match="namens wie nu is aangemeld"):
        dossier.open_dossier(store, balie, client_id)
    with pytest.raises(NotSignedIn):
        search_clients(store, balie, "Maës")
    with pytest.raises(NotSignedIn):
        notes.add_note(store, balie, client_id, "Niet van mij.")
    # Her own name with a role she lacks: refused before anything is read or stored.
    forged = dataclasses.replace(karin, roles=frozenset({"klantmanager", "teamleider"}))
    with pytest.raises(RolesChanged, match="rollen zijn gewijzigd"):
        dossier.open_dossier(store, forged, client_id)
    with pytest.raises(RolesChanged):
        search_clients(store, forged, "Maës")
    with pytest.raises(RolesChanged):
        notes.add_note(store, forged, client_id, "Als teamleider.")
    store.bound_to = None  # signed out: what follows is the test's look, as the DBA
    with store.reading() as s:
        assert not s.scalars(select(Note)).all()
        refused = s.scalars(
            select(AuditEvent).where(
                AuditEvent.action == "geweigerd", AuditEvent.username == "karin"
            )
        ).all()
    assert len(refused) >= 6
    assert {r.details["handeling"] for r in refused} >= {"NotSignedIn", "RolesChanged"}


def test_a_deactivated_account_is_cut_off_in_its_open_window(store, balie, beheerder, staff_member):
    karin = staff_member("karin", {"klantmanager"}, name="Karin Jansen")
    client_id = a_client(store, balie)
    with store.transaction() as s:
        from intake_desktop.db.models import Client

        s.get(Client, client_id).klantmanager_id = karin.staff_id
    window = dataclasses.replace(store, _quick={})  # her window: the same database
    window.bind(karin)  # her window, still open
    notes.add_note(window, karin, client_id, "Voor de deactivering.")
    detail = medewerkers.staff_detail(store, beheerder, karin.staff_id)
    change = detail.as_change()
    change.active = False
    medewerkers.update_staff(store, beheerder, karin.staff_id, change, detail.version)
    with pytest.raises(AccountInactive, match="niet meer actief"):
        notes.add_note(window, karin, client_id, "Na de deactivering.")
    with pytest.raises(AccountInactive):
        search_clients(window, karin, "Maës")


def test_a_role_taken_away_stops_her_open_window_at_its_next_call(
    store, balie, beheerder, staff_member
):
    wissel = staff_member("wissel", {"wisselwachter", "klantmanager"}, name="Willem Wissel")
    client_id = a_client(store, balie)
    window = dataclasses.replace(store, _quick={})  # her window: the same database
    window.bind(wissel)  # his window, still open
    search_clients(window, wissel, "Maës")
    detail = medewerkers.staff_detail(store, beheerder, wissel.staff_id)
    change = detail.as_change()
    change.roles = {"klantmanager"}
    medewerkers.update_staff(store, beheerder, wissel.staff_id, change, detail.version)
    with pytest.raises(RolesChanged):
        search_clients(window, wissel, "Maës")
    with pytest.raises(RolesChanged):
        notes.add_note(window, wissel, client_id, "Na de wijziging.")
    with store.reading() as s:
        assert not s.scalars(select(Note)).all()
