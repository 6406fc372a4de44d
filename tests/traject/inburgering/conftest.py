"""Fixtures of the inburgering tests: Karin with a client, a teamleider, and the client's
duty registered with a term that ran out."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from intake_desktop.db.models import Client
from intake_desktop.services.traject import inburgering
from tests.support.inburgering import SINCE
from tests.support.journey import new_aanmelding

TODAY = date.today()


@pytest.fixture
def km(staff_member):
    return staff_member("karin", {"klantmanager"}, name="Karin Jansen")


@pytest.fixture
def teamleider(staff_member):
    return staff_member("teun", {"teamleider"}, name="Teun Leider")


@pytest.fixture
def client_id(store, balie, km):
    new_aanmelding(store, balie)  # "Noël Maës", BSN 999990019
    with store.transaction() as s:
        c = s.scalar(select(Client))
        c.klantmanager_id = km.staff_id
        c.street, c.house_number, c.postcode, c.city = "Kerkstraat", "7", "1234AB", "Voorbeeld"
        return c.id


@pytest.fixture
def duty(store, km, client_id):
    return inburgering.register_duty(store, km, client_id, SINCE)
