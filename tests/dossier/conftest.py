"""Fixtures of the dossier tests: Karin and a registered client."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from intake_desktop.db.models import Client
from intake_desktop.services.beheer import accounts
from tests.support.journey import new_aanmelding
from tests.support.staff import DEMO_PASSWORD, make_staff


@pytest.fixture
def km(store, beheerder):
    make_staff(store, "karin", {"klantmanager"}, actor=beheerder, name="Karin Jansen")
    return accounts.sign_in(store, "karin", DEMO_PASSWORD)


@pytest.fixture
def client_id(store, balie):
    new_aanmelding(store, balie)  # "Noël Maës", BSN 999990019
    with store.reading() as s:
        return s.scalar(select(Client.id))
