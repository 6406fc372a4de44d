"""Fixtures of the staff maintenance tests: Kees, a klantmanager (his staff id), and
Tineke, a teamleider, signed in."""

from __future__ import annotations

import pytest

from intake_desktop.services.beheer import accounts
from tests.support.staff import DEMO_PASSWORD, make_staff


@pytest.fixture
def kees(store, beheerder):
    return make_staff(store, "k.jansen", {"klantmanager"}, actor=beheerder, name="Kees Jansen")


@pytest.fixture
def teamleider(store, beheerder):
    make_staff(store, "tl", {"teamleider"}, actor=beheerder, name="Tineke Leider")
    return accounts.sign_in(store, "tl", DEMO_PASSWORD)
