"""Fixtures of the trajectplan tests: Karin with a client in klantgroep groeien."""

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
        c = s.scalar(select(Client))
        c.klantmanager_id, c.klantgroep = km.staff_id, "groeien"
        c.street, c.house_number, c.postcode, c.city = "Kerkstraat", "7", "1234AB", "Voorbeeld"
        return c.id
