"""Guessing passwords (BIO, NCSC): after a few wrong passwords each try waits longer,
after ten the account is closed for a while, the right password included; the same for
the idle-lock unlock; an unknown name costs the same work as a known one; two counters
signing in with one account at the same moment both get in. Time passes in these tests
by moving the audit rows back (the count is read from the audit log)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from sqlalchemy import select

from intake_desktop.db.models import AuditEvent
from intake_desktop.services.beheer import accounts, sign_in_guard
from intake_desktop.services.core.errors import SignInFailed
from tests.support.staff import DEMO_PASSWORD, make_staff

pytestmark = pytest.mark.both_stores


@pytest.fixture
def karin(store, beheerder):
    if store.staff_login:
        pytest.skip("in server mode PostgreSQL checks the password (tests/beheer/server)")
    make_staff(store, "karin", {"klantmanager"}, actor=beheerder)
    return "karin"


def wrong(store, name, times):
    for _ in range(times):
        with pytest.raises(SignInFailed, match="klopt niet"):
            accounts.sign_in(store, name, "verkeerd-wachtwoord")


def time_passes(store, delta: timedelta) -> None:
    with store.transaction() as s:
        for event in s.scalars(select(AuditEvent)):
            event.occurred_at -= delta


def test_after_three_wrong_passwords_each_next_try_waits_longer(store, karin):
    wrong(store, karin, sign_in_guard.FREE_TRIES)
    with pytest.raises(sign_in_guard.SignInWait, match="over 1 s opnieuw"):
        accounts.sign_in(store, karin, DEMO_PASSWORD)  # even the right one, now
    time_passes(store, timedelta(seconds=5))
    wrong(store, karin, 1)  # the wait is over: one more try
    with pytest.raises(sign_in_guard.SignInWait, match="over 4 s opnieuw"):
        accounts.sign_in(store, karin, DEMO_PASSWORD)  # five failures, the refused one too
    time_passes(store, timedelta(seconds=10))  # six now: 8 seconds
    assert accounts.sign_in(store, karin, DEMO_PASSWORD).username == karin
    wrong(store, karin, 1)  # a success starts the count again
    assert accounts.sign_in(store, karin, DEMO_PASSWORD).username == karin


def test_ten_wrong_passwords_close_the_account_for_a_quarter(store, karin):
    for _ in range(sign_in_guard.LOCK_AFTER):
        with pytest.raises(SignInFailed):
            accounts.sign_in(store, karin, "verkeerd-wachtwoord")
        time_passes(store, timedelta(minutes=1))  # slowly, past every wait
    with pytest.raises(sign_in_guard.SignInWait, match="even geblokkeerd: probeer het over 5 min"):
        accounts.sign_in(store, karin, DEMO_PASSWORD)
    time_passes(store, sign_in_guard.WINDOW)
    assert accounts.sign_in(store, karin, DEMO_PASSWORD).username == karin


def test_one_workstation_trying_many_names_waits_too(store, karin):
    for number in range(sign_in_guard.WORKSTATION_FREE_TRIES):
        with pytest.raises(SignInFailed):
            accounts.sign_in(store, f"gok{number}", "verkeerd-wachtwoord")
    with pytest.raises(sign_in_guard.SignInWait):
        accounts.sign_in(store, karin, DEMO_PASSWORD)


def test_an_unknown_name_costs_the_same_work_as_a_known_one(store, karin, monkeypatch):
    checked = []
    real = accounts._verify
    monkeypatch.setattr(accounts, "_verify", lambda h, p: checked.append(h) or real(h, p))
    for name in (karin, "bestaat-niet"):
        with pytest.raises(SignInFailed, match="klopt niet"):
            accounts.sign_in(store, name, "verkeerd-wachtwoord")
    assert len(checked) == 2 and all(h.startswith("$argon2") for h in checked)


def test_the_idle_lock_is_guarded_like_the_sign_in(store, karin):
    actor = accounts.sign_in(store, karin, DEMO_PASSWORD)
    for _ in range(sign_in_guard.FREE_TRIES):
        assert not accounts.verify_again(store, actor, "verkeerd-wachtwoord")
    with pytest.raises(sign_in_guard.SignInWait):
        accounts.verify_again(store, actor, DEMO_PASSWORD)
    time_passes(store, timedelta(seconds=3))
    assert accounts.verify_again(store, actor, DEMO_PASSWORD)


def test_two_counters_signing_in_with_one_account_at_once_both_get_in(store, karin):
    with ThreadPoolExecutor(max_workers=4) as pool:
        actors = list(pool.map(lambda _: accounts.sign_in(store, karin, DEMO_PASSWORD), range(8)))
    assert {a.username for a in actors} == {karin}
