"""Signing in to the server as oneself, the schema check a workstation makes, Beheer
making and deactivating login roles, and the ``server`` commands."""

from __future__ import annotations

import psycopg
import pytest
from psycopg import errors
from sqlalchemy import text

from intake_desktop import cli
from intake_desktop.db.migrate import HEAD_REVISION
from intake_desktop.services.balie.search import search_clients
from intake_desktop.services.beheer import accounts, medewerkers, passwords
from intake_desktop.services.core.access import AccountInactive
from intake_desktop.services.core.errors import (
    ServerNotSetUp,
    ServerSchemaAhead,
    ServerSchemaBehind,
    SignInFailed,
)
from intake_desktop.services.core.store import Store
from tests.beheer.server.conftest import PASSWORD
from tests.support.pg_server import admin


def test_sign_in_as_oneself_and_a_wrong_password_is_the_same_message(server_db):
    username = server_db.add("karin", {"klantmanager"})
    store, actor = server_db.sign_in(username)
    assert actor.username == username and actor.roles == {"klantmanager"}
    assert store.signed_in_as == username
    with store.reading() as session:
        assert session.execute(text("SELECT session_user")).scalar() == username
    for name, password in ((username, "fout-wachtwoord"), ("niemand", PASSWORD)):
        other = Store.open(server_db.workstation_url, server_db.config)
        server_db.stores.append(other)
        with pytest.raises(SignInFailed, match="Gebruikersnaam of wachtwoord klopt niet"):
            accounts.sign_in(other, name, password)


def test_the_one_time_password_must_be_replaced(server_db):
    from intake_desktop.db.engine import make_engine
    from intake_desktop.db.server import setup
    from intake_desktop.db.server.names import OWNER

    engine = make_engine(server_db.dba_url)
    once = setup.add_staff(
        engine,
        OWNER,
        setup.NewLogin(f"nieuw-{server_db.suffix}", "Nieuw", {"baliemedewerker"}, "0000"),
    )
    engine.dispose()
    username = f"nieuw-{server_db.suffix}"
    store, actor = server_db.sign_in(username, once)
    assert passwords.must_change_password(store, actor)
    passwords.change_own_password(store, actor, once, "Mijn-eigen-wachtwoord")
    assert not passwords.must_change_password(store, actor)
    with pytest.raises(SignInFailed):
        server_db.sign_in(username, once)
    server_db.sign_in(username, "Mijn-eigen-wachtwoord")


def test_a_workstation_never_migrates_and_says_why(server_db):
    username = server_db.add("karin", {"klantmanager"})
    with server_db.dba() as c:
        c.execute("UPDATE alembic_version SET version_num = '0010_monitoring_tally'")
    with pytest.raises(ServerSchemaBehind, match="server migrate"):
        server_db.sign_in(username)
    with server_db.dba() as c:
        assert c.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            "0010_monitoring_tally"
        )
        c.execute("UPDATE alembic_version SET version_num = '0099_later'")
    with pytest.raises(ServerSchemaAhead, match="nieuwere versie"):
        server_db.sign_in(username)


def test_a_database_without_server_mode_says_so(pg_server, app_config):
    server, base = pg_server
    admin(server, "CREATE DATABASE kaal TEMPLATE intake_template")
    try:
        admin(server, "CREATE ROLE kale LOGIN PASSWORD 'Werkplein-2026!'")
        url = f"postgresql+psycopg://localhost:{server.port}/kaal?sslrootcert={server.ca_file}"
        store = Store.open(url, app_config)
        with pytest.raises(ServerNotSetUp, match="server init"):
            accounts.sign_in(store, "kale", "Werkplein-2026!")
        store.close()
    finally:
        admin(server, "DROP DATABASE kaal WITH (FORCE)")
        admin(server, "DROP ROLE kale")


def _new_colleague(store, actor, username):
    return accounts.create_staff(
        store,
        actor,
        accounts.NewStaff(
            username=username,
            display_name="Nieuwe Collega",
            password="Een-goed-wachtwoord",
            roles={"klantmanager"},
            gemeente_code=store.config.default_gemeente.code,
        ),
    )


def test_beheer_makes_a_login_role_without_keeping_a_hash(server_db):
    store, beheerder = server_db.sign_in(server_db.add("beheer", {"beheerder"}))
    username = f"collega-{server_db.suffix}"
    _new_colleague(store, beheerder, username)
    _, colleague = server_db.sign_in(username, "Een-goed-wachtwoord")
    assert colleague.roles == {"klantmanager"}
    with server_db.dba() as c:
        assert (
            c.execute(
                "SELECT password_hash FROM staff WHERE username = %s", (username,)
            ).fetchone()[0]
            == "!postgresql"
        )
        assert c.execute(
            "SELECT pg_has_role(%s, 'intake_klantmanager', 'MEMBER')", (username,)
        ).fetchone()[0]


def test_a_deactivated_account_is_cut_off_in_its_open_window(server_db):
    beheer_store, beheerder = server_db.sign_in(server_db.add("beheer", {"beheerder"}))
    username = server_db.add("karin", {"klantmanager"})
    karin_store, karin = server_db.sign_in(username)
    raw = server_db.connect(username)
    detail = next(s for s in medewerkers.list_staff(beheer_store) if s.username == username)
    change = medewerkers.staff_detail(beheer_store, beheerder, detail.id)
    edited = change.as_change()
    edited.active = False
    medewerkers.update_staff(beheer_store, beheerder, detail.id, edited, change.version)
    with pytest.raises(psycopg.OperationalError):
        raw.execute("SELECT 1")
    with pytest.raises(AccountInactive, match="niet meer actief"):
        search_clients(karin_store, karin, "Maës")
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        server_db.connect(username)


def test_a_teamleider_cannot_reset_a_beheerders_password(server_db):
    store, teamleider = server_db.sign_in(server_db.add("tl", {"teamleider"}))
    beheer = server_db.add("beheer", {"beheerder"})
    with server_db.dba() as c:
        staff_id = c.execute("SELECT id FROM staff WHERE username = %s", (beheer,)).fetchone()[0]
    from intake_desktop.db.server import scram

    with pytest.raises(Exception, match="wachtwoord van een beheerder"):
        with store.engine.begin() as connection:
            connection.execute(
                text("UPDATE staff SET password_hash = :h WHERE id = :id"),
                {"h": scram.verifier("overgenomen!"), "id": staff_id},
            )
    server_db.sign_in(beheer)


def test_server_commands_set_up_an_empty_database(pg_server, capsys, tmp_path):
    server, base = pg_server
    admin(server, "CREATE DATABASE leeg")
    url = f"{base}/leeg"
    try:
        assert cli.main(["server", "init", "--url", url]) == 0
        assert "Server klaargezet" in capsys.readouterr().out
        assert cli.main(
            ["server", "add-staff", "--url", url, "eerste-beheerder", "--naam", "Eerste",
             "--rol", "beheerder"]
        ) == 0  # fmt: skip
        out = capsys.readouterr().out
        password = out.split("Eenmalig wachtwoord: ")[1].strip()
        with psycopg.connect(
            host="localhost", port=server.port, user="eerste-beheerder", password=password,
            dbname="leeg", sslmode="verify-full", sslrootcert=str(server.ca_file),
        ) as c:  # fmt: skip
            assert c.execute("SELECT intake_security.must_change_password()").fetchone()[0]
            assert c.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
                HEAD_REVISION
            )
            with pytest.raises(errors.InsufficientPrivilege):
                c.execute("CREATE TABLE x (y int)")
        assert cli.main(["server", "migrate", "--url", url]) == 0
        assert "rechten opnieuw gezet" in capsys.readouterr().out
        assert cli.main(["server", "add-staff", "--url", url, "pg_x", "--naam", "X",
                         "--rol", "beheerder"]) == 2  # fmt: skip
        assert "kan geen databaserol" in capsys.readouterr().err
    finally:
        admin(server, "DROP DATABASE leeg WITH (FORCE)")
        admin(server, 'DROP ROLE IF EXISTS "eerste-beheerder"')


def test_init_converts_a_shared_account_database_with_one_time_passwords(pg_server, app_config):
    """The template was made by one account (the test cluster's) with a program-made
    beheerder: after init the tables belong to the owner and she signs in as herself."""
    from intake_desktop.db.engine import make_engine
    from intake_desktop.db.server import setup
    from tests.support.staff import make_staff

    server, base = pg_server
    admin(server, "CREATE DATABASE gedeeld TEMPLATE intake_template")
    try:
        shared = Store.open(f"{base}/gedeeld", app_config)
        make_staff(shared, "oud-beheer", {"beheerder"})
        shared.close()
        engine = make_engine(f"{base}/gedeeld")
        report = setup.init(engine, app_config)
        engine.dispose()
        assert report.converted and set(report.one_time_passwords) == {"oud-beheer"}
        url = f"postgresql+psycopg://localhost:{server.port}/gedeeld?sslrootcert={server.ca_file}"
        store = Store.open(url, app_config)
        actor = accounts.sign_in(store, "oud-beheer", report.one_time_passwords["oud-beheer"])
        assert actor.roles == {"beheerder"} and passwords.must_change_password(store, actor)
        store.close()
        with psycopg.connect(
            host="127.0.0.1", port=server.port, user="intake", dbname="gedeeld"
        ) as c:
            owners = {r[0] for r in c.execute(
                "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'"
            )}  # fmt: skip
        assert owners == {"intake_eigenaar"}
    finally:
        admin(server, "DROP DATABASE gedeeld WITH (FORCE)")
        admin(server, 'DROP ROLE IF EXISTS "oud-beheer"')


def test_reads_outside_the_program_are_logged_by_pgaudit(server_db):
    if not server_db.server.has_pgaudit:
        pytest.skip("postgresql-15-pgaudit is not installed (scripts/test.sh installs it)")
    username = server_db.add("karin", {"klantmanager"})
    with server_db.connect(username) as c:
        c.execute("SELECT count(*) FROM note")
    log = (server_db.server.folder / "log").read_text(errors="replace")
    assert "AUDIT: OBJECT" in log and "public.note" in log


def test_two_counters_sign_in_with_one_account_at_the_same_moment(server_db):
    """Each counter PC signs in on its own connection; recording the moment of signing
    in must not clash (it did, through the row's version: "Er ging iets mis")."""
    from concurrent.futures import ThreadPoolExecutor

    username = server_db.add("balie", {"baliemedewerker"})

    def counter(_):
        store = Store.open(server_db.workstation_url, server_db.config)
        try:
            return accounts.sign_in(store, username, PASSWORD).username
        finally:
            store.close()

    with ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(counter, range(8))) == [username] * 8


def test_a_colleague_made_or_reset_in_beheer_gets_a_temporary_password(server_db):
    """The database marks a password someone else set as temporary; only the person
    herself clears the mark by choosing her own."""
    from sqlalchemy import select

    from intake_desktop.db.models import Staff

    beheer_name = server_db.add("bea", {"beheerder"})
    karin_name = server_db.add("karin", {"klantmanager"})
    store, beheerder = server_db.sign_in(beheer_name)
    with store.reading() as s:
        karin_id = s.scalar(select(Staff.id).where(Staff.username == karin_name))
    temporary = passwords.reset_password(store, beheerder, karin_id)
    with pytest.raises(SignInFailed):
        server_db.sign_in(karin_name)  # the old password is gone
    karin_store, karin = server_db.sign_in(karin_name, temporary)
    assert passwords.must_change_password(karin_store, karin)
    passwords.change_own_password(karin_store, karin, temporary, "Zonnebloem in de vensterbank")
    assert not passwords.must_change_password(karin_store, karin)
    with server_db.dba() as c:  # nobody else can clear her mark or set her password
        c.execute(f'SET ROLE "{beheer_name}"')
        with pytest.raises(errors.InsufficientPrivilege):
            c.execute("UPDATE intake_security.password_change SET must_change = false")
