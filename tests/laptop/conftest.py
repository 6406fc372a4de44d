"""Fixtures of the laptop tests: two klantmanagers, Karin and Piet, signed in."""

from __future__ import annotations

import pytest


@pytest.fixture
def karin(staff_member):
    return staff_member("karin", {"klantmanager"}, name="Karin Jansen", team="werk")


@pytest.fixture
def piet(staff_member):
    return staff_member("piet", {"klantmanager"}, name="Piet de Vries", team="werk")
