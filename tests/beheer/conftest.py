"""Fixtures of the staff maintenance tests: Kees, a klantmanager (his staff id), and
Tineke, a teamleider, signed in."""

from __future__ import annotations

import pytest

from tests.support.staff import make_staff


@pytest.fixture
def kees(store, beheerder):
    return make_staff(store, "k.jansen", {"klantmanager"}, actor=beheerder, name="Kees Jansen")


@pytest.fixture
def teamleider(staff_member):
    return staff_member("tl", {"teamleider"}, name="Tineke Leider")
