"""Fixtures of the laptop tests: two klantmanagers, Karin and Piet, signed in."""

from __future__ import annotations

import pytest

from intake_desktop.services.beheer import accounts
from tests.support.staff import DEMO_PASSWORD, make_staff


@pytest.fixture
def karin(store, beheerder):
    make_staff(store, "karin", {"klantmanager"}, actor=beheerder, name="Karin Jansen")
    return accounts.sign_in(store, "karin", DEMO_PASSWORD)


@pytest.fixture
def piet(store, beheerder):
    make_staff(store, "piet", {"klantmanager"}, actor=beheerder, name="Piet de Vries")
    return accounts.sign_in(store, "piet", DEMO_PASSWORD)
