"""Eenmalig aanmelden: in server mode a staff member signs in with the ticket of her
Windows account (Kerberos here, SSPI on Windows), no password typed or kept. A real KDC
and a PostgreSQL server with a keytab and a ``gss`` line in pg_hba.conf, as a DBA sets
it up (docs/server.md). The channel stays TLS with the server's name checked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from sqlalchemy import text

from intake_desktop.services.beheer import accounts, passwords
from intake_desktop.services.core import audit
from intake_desktop.services.core.errors import SignInFailed
from intake_desktop.services.core.store import Store
from tests.beheer.server.conftest import PASSWORD, drop_server_db, new_server_db
from tests.support import kerberos
from tests.support.pg_server import PgServer, admin, bindir

SSO_GROUP = "intake_eenmalig"  # who the DBA lets in by ticket (pg_hba.conf)
TICKET_PASSWORD = "Windows-wachtwoord-1"


@pytest.fixture(scope="module")
def realm():
    if not kerberos.available():
        pytest.skip("Kerberos is not installed here (scripts/test.sh installs it)")
    if bindir() is None:
        pytest.skip("PostgreSQL is not installed here (scripts/test.sh installs it)")
    kdc = kerberos.Kdc()
    server = None
    with pytest.MonkeyPatch.context() as mp:
        for key, value in kdc.env.items():
            mp.setenv(key, value)
        kdc.start()
        try:
            server = PgServer(
                hba_lines=(f"hostssl all +{SSO_GROUP} 127.0.0.1/32 gss include_realm=0",),
                options=f"-c krb_server_keyfile={kdc.keytab}",
            )
            base = server.start()
            admin(server, f"CREATE ROLE {SSO_GROUP} NOLOGIN")
            admin(server, "CREATE DATABASE intake_template")
            from intake_desktop.config import load_config

            Store.open(f"{base}/intake_template", load_config()).close()
            yield kdc, server
        finally:
            if server is not None:
                server.stop()
            kdc.stop()


@pytest.fixture
def office(realm, app_config, tmp_path, monkeypatch):
    """A database in server mode; ``office.person(who)`` makes a staff member with a
    domain account and a ticket, and says who is signed in to the computer."""
    kdc, server = realm
    for key, value in kdc.env.items():
        monkeypatch.setenv(key, value)
    db = new_server_db(server, app_config)

    def person(who: str, roles=frozenset({"klantmanager"}), ticket=True, sso=True):
        username = db.add(who, set(roles))
        if sso:
            with db.dba() as c:
                c.execute(f'GRANT {SSO_GROUP} TO "{username}"')
        kdc.add_person(username, TICKET_PASSWORD)
        cache = tmp_path / f"{who}.cc"
        if ticket:
            kdc.ticket_for(username, TICKET_PASSWORD, cache)
        return username, cache

    def at_the_computer(username: str, cache) -> None:
        monkeypatch.setenv("LOGNAME", f"GEMEENTE\\{username.upper()}")
        monkeypatch.setenv("KRB5CCNAME", f"FILE:{cache}")

    db.person, db.at_the_computer = person, at_the_computer
    db.kdc = kdc
    yield db
    drop_server_db(db)


def workstation(office) -> Store:
    store = Store.open(office.workstation_url, office.config)
    office.stores.append(store)
    return store


def test_she_signs_in_with_her_windows_ticket_and_no_password(office):
    username, cache = office.person("anna")
    office.at_the_computer(username, cache)
    store = workstation(office)
    actor = accounts.sign_in_with_ticket(store)
    assert actor.username == username
    assert store.by_ticket and not passwords.must_change_password(store, actor)
    with store.reading() as s:
        user, tls, gss = s.execute(
            text(
                "SELECT session_user, (SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()),"
                " (SELECT gss_authenticated FROM pg_stat_gssapi WHERE pid = pg_backend_pid())"
            )
        ).one()
    assert (user, tls, gss) == (username, True, True)  # Kerberos over TLS
    with office.dba() as c:
        row = c.execute(
            "SELECT username, details->>'wijze' FROM audit_event WHERE action = %s",
            (audit.SIGN_IN,),
        ).fetchall()
    assert row == [(username, "windows-account")]
    assert accounts.verify_again(store, actor, "")  # the idle lock: her ticket unlocks


def test_without_a_ticket_or_without_the_dba_allowing_it_she_types_her_password(office):
    username, cache = office.person("bea", ticket=False)
    office.at_the_computer(username, cache)
    with pytest.raises(SignInFailed, match="Windows-account lukte niet"):
        accounts.sign_in_with_ticket(workstation(office))
    other, other_cache = office.person("cor", sso=False)  # not in the gss line
    office.at_the_computer(other, other_cache)
    with pytest.raises(SignInFailed, match="Windows-account lukte niet"):
        accounts.sign_in_with_ticket(workstation(office))
    assert accounts.sign_in(workstation(office), other, PASSWORD).username == other


def test_a_ticket_opens_only_its_own_account(office):
    anna, anna_cache = office.person("anna")
    boss, _ = office.person("baas", roles={"teamleider", "beheerder"}, ticket=False)
    # Someone at Anna's computer says she is the teamleider: the server checks the ticket.
    office.at_the_computer(boss, anna_cache)
    with pytest.raises(SignInFailed):
        accounts.sign_in_with_ticket(workstation(office))
    with office.dba() as c:
        signed_in = c.execute(
            "SELECT count(*) FROM audit_event WHERE action = %s", (audit.SIGN_IN,)
        ).fetchone()
    assert signed_in == (0,)


def test_an_expired_ticket_no_longer_unlocks_the_idle_window(office):
    username, cache = office.person("anna")
    office.at_the_computer(username, cache)
    store = workstation(office)
    actor = accounts.sign_in_with_ticket(store)
    cache.unlink()  # signed out of Windows, ticket gone
    assert not accounts.verify_again(store, actor, "")
    with office.dba() as c:
        failed = c.execute(
            "SELECT username FROM audit_event WHERE action = %s", (audit.UNLOCK_FAILED,)
        ).fetchall()
    assert failed == [(username,)]


def test_the_sign_in_window_offers_the_windows_account(office, qtbot):
    from intake_desktop.ui.sign_in_dialog import SignInDialog

    username, cache = office.person("anna", ticket=False)
    office.at_the_computer(username, cache)
    dialog = SignInDialog(workstation(office), single_sign_on=True)
    qtbot.addWidget(dialog)
    dialog.show()
    button = dialog.findChild(QPushButton, "signInWithTicket")
    assert button.text() == "Met &Windows-account" and username in button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # no ticket yet: a message
    error = dialog.findChild(QLabel, "signInError")
    assert error.isVisible() and "Windows-account lukte niet" in error.text()
    office.kdc.ticket_for(username, TICKET_PASSWORD, cache)  # signed in to Windows
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.actor.username == username
