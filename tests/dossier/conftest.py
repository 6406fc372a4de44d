"""Fixtures of the dossier tests: Karin and a registered client in her caseload."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from intake_desktop.db.models import Client
from tests.support.journey import new_aanmelding


@pytest.fixture
def km(staff_member):
    return staff_member("karin", {"klantmanager"}, name="Karin Jansen")


@pytest.fixture
def client_id(store, balie, km):
    new_aanmelding(store, balie)  # "Noël Maës", BSN 999990019
    with store.transaction() as s:
        client = s.scalar(select(Client))
        client.klantmanager_id = km.staff_id
        return client.id


@pytest.fixture
def world(store, beheerder, balie, staff_member):
    """The small Werkplein of the role × service matrices (tests/support/access_world)."""
    from tests.support.access_world import build

    return build(store, beheerder, balie, staff_member)
