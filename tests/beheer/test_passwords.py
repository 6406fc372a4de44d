"""Changing one's own password with the current one, a temporary password from a
beheerder that must be replaced at its first use, and demo accounts with the published
password that must choose their own outside demo mode."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from intake_desktop.db.models import AuditEvent, Staff
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.beheer import accounts, passwords, sign_in_guard
from intake_desktop.services.beheer.errors import (
    MaintainNotAllowed,
    ResetBeheerderNotAllowed,
    ResetOwnPassword,
)
from intake_desktop.services.core import audit
from intake_desktop.services.core.errors import SignInFailed
from tests.support.staff import DEMO_PASSWORD, make_staff, sign_in

pytestmark = pytest.mark.both_stores


def audited(store, action) -> int:
    with store.reading() as s:
        return s.scalar(select(func.count()).where(AuditEvent.action == action))


def local_only(store):
    if store.staff_login:
        pytest.skip("in server mode PostgreSQL keeps the password (tests/beheer/server)")


def test_a_reset_gives_a_temporary_password_that_must_be_replaced(store, beheerder):
    make_staff(store, "karin", {"klantmanager"}, actor=beheerder)
    with store.reading() as s:
        karin_id = s.scalar(select(Staff.id).where(Staff.username == "karin"))
    temporary = passwords.reset_password(store, beheerder, karin_id)
    assert len(temporary) == 19 and passwords.password_policy.problem(temporary) is None
    assert audited(store, audit.PASSWORD_RESET) == 1
    if store.staff_login:  # the database set the login role's password and the flag
        import psycopg
        from sqlalchemy.engine import make_url

        url = make_url(store.server_url)
        with psycopg.connect(
            host=url.host, port=url.port, dbname=url.database, user="karin",
            password=temporary, sslmode="verify-full", sslrootcert=url.query["sslrootcert"],
        ) as c:  # fmt: skip
            assert c.execute("SELECT intake_security.must_change_password()").fetchone()[0]
        return
    with pytest.raises(SignInFailed):
        sign_in(store, "karin")  # the old password no longer works
    karin = sign_in(store, "karin", temporary)
    assert passwords.must_change_password(store, karin)
    with pytest.raises(ValidationFailed) as same:
        passwords.change_own_password(store, karin, temporary, temporary)
    assert "ander wachtwoord" in same.value.errors["password"]
    passwords.change_own_password(store, karin, temporary, "Koffie met karnemelk 7")
    assert not passwords.must_change_password(store, karin)
    with pytest.raises(SignInFailed):
        sign_in(store, "karin", temporary)
    assert sign_in(store, "karin", "Koffie met karnemelk 7").username == "karin"
    assert audited(store, audit.PASSWORD_CHANGED) == 1


def test_changing_ones_own_password_asks_the_current_one(store, beheerder):
    local_only(store)
    make_staff(store, "karin", {"klantmanager"}, actor=beheerder)
    karin = sign_in(store, "karin")
    with pytest.raises(ValidationFailed) as weak:
        passwords.change_own_password(store, karin, DEMO_PASSWORD, "12345678901")
    assert "te bekend" in weak.value.errors["password"]
    assert audited(store, audit.PASSWORD_CHANGE_FAILED) == 0  # refused before the check
    with pytest.raises(ValidationFailed) as wrong:
        passwords.change_own_password(store, karin, "niet-mijn-wachtwoord", "Fietsbel op zolder")
    assert wrong.value.errors == {"current": passwords.MSG_CURRENT_WRONG}
    assert audited(store, audit.PASSWORD_CHANGE_FAILED) == 1
    assert sign_in(store, "karin").username == "karin"  # nothing changed
    passwords.change_own_password(store, karin, DEMO_PASSWORD, "Fietsbel op zolder")
    assert sign_in(store, "karin", "Fietsbel op zolder").username == "karin"


def test_guessing_the_current_password_is_stopped_like_an_unlock(store, beheerder):
    """Wrong passwords at the lock and in Wachtwoord wijzigen count together."""
    local_only(store)
    make_staff(store, "karin", {"klantmanager"}, actor=beheerder)
    karin = sign_in(store, "karin")
    for _ in range(sign_in_guard.FREE_TRIES - 1):
        assert not accounts.verify_again(store, karin, "fout-een")
    with pytest.raises(ValidationFailed):
        passwords.change_own_password(store, karin, "fout-twee", "Fietsbel op zolder")
    with pytest.raises(sign_in_guard.SignInWait):
        passwords.change_own_password(store, karin, DEMO_PASSWORD, "Fietsbel op zolder")


def test_who_may_reset_whom(store, beheerder, staff_member):
    teamleider = staff_member("tineke", {"teamleider"})
    karin = staff_member("karin", {"klantmanager"})
    with store.reading() as s:
        ids = dict(s.execute(select(Staff.username, Staff.id)).all())
    refused_before = audited(store, audit.REFUSED)
    with pytest.raises(ResetBeheerderNotAllowed):
        passwords.reset_password(store, teamleider, ids["beheer"])
    with pytest.raises(ResetOwnPassword):
        passwords.reset_password(store, beheerder, ids["beheer"])
    with pytest.raises(MaintainNotAllowed):
        passwords.reset_password(store, karin, ids["tineke"])
    assert audited(store, audit.REFUSED) == refused_before + 3
    assert passwords.reset_password(store, teamleider, ids["karin"])  # no beheerder: fine
    assert audited(store, audit.PASSWORD_RESET) == 1


def test_demo_accounts_must_choose_their_own_password_outside_demo_mode(store):
    """Demo mode: one PC's own SQLite file. On a database others reach, the published
    password must go at the first sign-in."""
    if store.staff_login:
        pytest.skip("server init gives every account a one-time password already")
    from intake_desktop.demo.demo_data import DEMO_PASSWORD as PUBLISHED
    from intake_desktop.demo.demo_data import seed_demo

    seed_demo(store, clients=100)
    balie = accounts.sign_in(store, "balie", PUBLISHED)
    on_a_server = store.engine.dialect.name == "postgresql"
    assert passwords.must_change_password(store, balie) is on_a_server
