"""The password policy: by length and a list of common passwords, not by composition."""

from __future__ import annotations

import pytest

from intake_desktop.domain.roles import ALL_ROLES
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.beheer import accounts, password_policy
from intake_desktop.services.beheer.password_policy import (
    MSG_COMMON,
    MSG_MONOTONOUS,
    MSG_NAME,
    MSG_TOO_SHORT,
)


@pytest.mark.parametrize(
    "password, message",
    [
        ("12345678", MSG_TOO_SHORT),
        (" " * 12, MSG_TOO_SHORT),
        ("kort", MSG_TOO_SHORT),
        ("aaaaaaaaaaaa", MSG_MONOTONOUS),
        ("abababababab", MSG_MONOTONOUS),
        ("1234567890", MSG_COMMON),
        ("Wachtwoord123!", MSG_COMMON),
        ("Welkom2026!", MSG_COMMON),
        ("!!QWERTYUIOP!!", MSG_COMMON),
        ("99887766554433", MSG_COMMON),  # digits only
        ("bea.beheer2026", MSG_NAME),
        ("Beheerder-van-dienst", MSG_NAME),
    ],
)
def test_weak_passwords_are_refused_with_the_reason(password, message):
    assert password_policy.problem(password, "bea.beheer", "Bea Beheerder") == message


@pytest.mark.parametrize(
    "password", ["paars konijn fietst", "geheim-wachtwoord", "Tulp&Molen&Dijk", "x7#Lq9!mZ2"]
)
def test_long_or_uncommon_passwords_are_accepted(password):
    assert password_policy.problem(password, "bea.beheer", "Bea Beheerder") is None


def test_the_list_is_a_resource_a_municipality_can_extend():
    common = password_policy.common_passwords()
    assert {"123456", "wachtwoord", "welkom", "qwerty"} <= common
    assert all(word == word.lower() and not word.startswith("#") for word in common)


@pytest.mark.both_stores
def test_an_account_with_a_weak_password_is_not_made(store, beheerder):
    new = accounts.NewStaff(
        username="nieuw",
        display_name="Nina Nieuw",
        password="12345678",
        roles={"baliemedewerker"},
        gemeente_code=store.config.default_gemeente.code,
    )
    with pytest.raises(ValidationFailed) as failed:
        accounts.create_staff(store, beheerder, new)
    assert failed.value.errors["password"] == MSG_TOO_SHORT
    assert ALL_ROLES  # the roles module stays importable for the fixture
