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
from intake_desktop.services.core.access import NoAccess
from intake_desktop.services.core.errors import AccountInactive, NotSignedIn
from intake_desktop.services.dossier import dossier, notes
from tests.support.journey import a_client

pytestmark = pytest.mark.both_stores


def test_a_made_up_actor_is_refused_and_audited(store, balie, staff_member):
    karin = staff_member("karin", {"klantmanager"}, name="Karin Jansen")
    client_id = a_client(store, balie)
    store.bind(karin)
    # Another person's actor handed to Karin's store (her own name with a role she
    # lacks is the need-to-know check's: it reads the roles the store holds).
    with pytest.raises(NotSignedIn, match="namens wie nu is aangemeld"):
        dossier.open_dossier(store, balie, client_id)
    with pytest.raises(NotSignedIn):
        search_clients(store, balie, "Maës")
    with pytest.raises(NotSignedIn):
        notes.add_note(store, balie, client_id, "Niet van mij.")
    forged = dataclasses.replace(karin, roles=frozenset({"teamleider"}))
    with pytest.raises(NoAccess):  # a teamleider would see it; Karin is none
        dossier.open_dossier(store, forged, client_id)
    with store.reading() as s:
        assert not s.scalars(select(Note)).all()
        refused = s.scalars(
            select(AuditEvent).where(
                AuditEvent.action == "geweigerd", AuditEvent.username == "karin"
            )
        ).all()
    assert len(refused) >= 3


def test_a_deactivated_account_is_cut_off_in_its_open_window(store, balie, beheerder, staff_member):
    karin = staff_member("karin", {"klantmanager"}, name="Karin Jansen")
    client_id = a_client(store, balie)
    with store.transaction() as s:
        from intake_desktop.db.models import Client

        s.get(Client, client_id).klantmanager_id = karin.staff_id
    window = type(store)(store.engine, store.sessions, store.config, store.workstation)
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
