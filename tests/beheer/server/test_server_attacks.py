"""Connected directly with psycopg as a staff member, with nothing but her own password:
what the program would not let her do, PostgreSQL refuses too."""

from __future__ import annotations

import psycopg
import pytest
from psycopg import errors

from intake_desktop.db.server.names import NO_HASH
from intake_desktop.services.dossier import notes, toegang
from tests.support.journey import new_aanmelding, scan, screen


@pytest.fixture
def office(server_db):
    """A counter, an intaker, two klantmanagers of different teams, a teamleider of team
    A, a beheerder and a beleidsmedewerker; one client in klantmanager A's caseload,
    with a note of hers."""
    db = server_db
    names = {
        "balie": db.add("balie", {"baliemedewerker"}),
        "wissel": db.add("wissel", {"wisselwachter"}),
        "km_a": db.add("kma", {"klantmanager"}, team="a"),
        "km_b": db.add("kmb", {"klantmanager"}, team="b"),
        "tl_a": db.add("tla", {"teamleider"}, team="a"),
        "beheer": db.add("beheer", {"beheerder"}),
        "beleid": db.add("beleid", {"beleidsmedewerker"}),
    }
    balie_store, balie = db.sign_in(names["balie"])
    wissel_store, wissel = db.sign_in(names["wissel"])
    km_store, km_a = db.sign_in(names["km_a"])
    aanmelding_id = new_aanmelding(balie_store, balie)
    screen(wissel_store, wissel, aanmelding_id)
    scan(wissel_store, wissel, aanmelding_id, km_a.staff_id)
    with db.dba() as c:
        client_id = c.execute(
            "SELECT client_id FROM aanmelding WHERE id = %s", (aanmelding_id,)
        ).fetchone()[0]
    notes.add_note(km_store, km_a, client_id, "Vertelt over schulden bij de energieleverancier.")
    db.names, db.client_id = names, client_id
    return db


def count(connection, sql, *params) -> int:
    return connection.execute(sql, params).fetchone()[0]


def test_the_counter_sees_identities_but_no_notes_talks_or_plans(office):
    with office.connect(office.names["balie"]) as c:
        assert count(c, "SELECT count(*) FROM client") == 1
        assert count(c, "SELECT count(*) FROM note") == 0
        assert count(c, "SELECT count(*) FROM intake_record") == 0
        assert count(c, "SELECT count(*) FROM intake_domain_answer") == 0
        assert count(c, "SELECT count(*) FROM klantgroep_keuze") == 0


def test_a_klantmanager_of_another_team_reads_nothing_until_she_gives_a_reason(office):
    with office.connect(office.names["km_b"]) as c:
        # Not even the row itself (full BSN, address, phone): the search function gives
        # what a result list shows, with the BSN masked.
        assert count(c, "SELECT count(*) FROM client") == 0
        hits = c.execute(
            "SELECT bsn, surname FROM intake_security.search_clients('naam', 'mae', 'maf', 10)"
        ).fetchall()
        assert hits == [("******019", "Maës")]
        assert count(c, "SELECT count(*) FROM note") == 0
        assert count(c, "SELECT count(*) FROM intake_record") == 0
        store, km_b = office.sign_in(office.names["km_b"])
        toegang.ask_with_reason(store, km_b, office.client_id, "Klant aan de balie, collega ziek.")
        assert count(c, "SELECT count(*) FROM note") == 1


def test_a_task_on_her_name_opens_the_rows_to_her_and_closing_it_shuts_them(office):
    with office.dba() as c:
        task_id = c.execute(
            "INSERT INTO task (id, version, client_id, kind, title, due_at, assigned_to,"
            " urgent, status, created_at, updated_at) SELECT gen_random_uuid(), 1, %s,"
            " 'overdracht', 'Schuldenvraag overnemen', now() + interval '2 days', s.id,"
            " false, 'open', now(), now() FROM staff s WHERE s.username = %s RETURNING id",
            (office.client_id, office.names["km_b"]),
        ).fetchone()[0]
    with office.connect(office.names["km_b"]) as c:
        assert count(c, "SELECT count(*) FROM note") == 1
        c.execute("UPDATE task SET status = 'afgehandeld' WHERE id = %s", (task_id,))
        c.commit()
        assert count(c, "SELECT count(*) FROM note") == 0
        assert count(c, "SELECT count(*) FROM client") == 0


def test_own_klantmanager_and_her_teamleider_read_the_note(office):
    for who in ("km_a", "tl_a"):
        with office.connect(office.names[who]) as c:
            assert count(c, "SELECT count(*) FROM note") == 1, who


def test_policy_staff_and_the_beheerder_read_no_client_rows_only_counts(office):
    for who in ("beleid", "beheer"):
        with office.connect(office.names[who]) as c:
            for table in ("client", "note", "aanmelding", "intake_record", "appointment"):
                assert count(c, f"SELECT count(*) FROM {table}") == 0, (who, table)
            assert count(c, "SELECT count(*) FROM caseload_count") >= 1
            c.execute("SELECT count(*) FROM monitoring_tally")
            with pytest.raises(errors.InsufficientPrivilege, match="zoekt u geen klanten"):
                c.execute("SELECT * FROM intake_security.search_clients('naam', 'a', 'b', 5)")


@pytest.mark.parametrize("who", ["balie", "km_a", "tl_a", "beheer"])
def test_no_password_material_for_anyone(office, who):
    with office.connect(office.names[who]) as c:
        with pytest.raises(errors.InsufficientPrivilege):
            c.execute("SELECT password_hash FROM staff")
        with pytest.raises(errors.InsufficientPrivilege):
            c.execute("SELECT rolpassword FROM pg_authid")
    with office.dba() as c:
        hashes = {row[0] for row in c.execute("SELECT password_hash FROM staff")}
    assert hashes == {NO_HASH}


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE audit_event SET action = 'bekijken'",
        "DELETE FROM audit_event",
        "TRUNCATE audit_event",
    ],
)
@pytest.mark.parametrize("who", ["km_a", "beheer"])
def test_the_audit_cannot_be_rewritten(office, who, sql):
    with office.connect(office.names[who]) as c:
        with pytest.raises(errors.InsufficientPrivilege):
            c.execute(sql)
    with office.dba() as c:
        assert count(c, "SELECT count(*) FROM audit_event") > 0


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE audit_chain SET row_hash = repeat('a', 64)",
        "DELETE FROM audit_chain",
        "INSERT INTO audit_chain VALUES (999999, gen_random_uuid(), repeat('0', 64), "
        "repeat('0', 64))",
        "ALTER TABLE audit_event DISABLE TRIGGER trg_audit_chain",
    ],
)
@pytest.mark.parametrize("who", ["km_a", "beheer"])
def test_the_audit_chain_is_written_by_the_database_only(office, who, sql):
    with office.connect(office.names[who]) as c:
        with pytest.raises(errors.InsufficientPrivilege):
            c.execute(sql)


def test_a_row_she_adds_herself_joins_the_chain_and_only_a_beheerder_reads_it(office):
    with office.connect(office.names["km_a"]) as c:
        c.execute(
            "INSERT INTO audit_event (id, occurred_at, username, roles, action, details, "
            "workstation) VALUES (gen_random_uuid(), now(), %s, '', 'afdrukken', '{}', '')",
            (office.names["km_a"],),
        )
        c.commit()
        with pytest.raises(errors.InsufficientPrivilege):
            c.execute("SELECT count(*) FROM audit_chain")
    with office.connect(office.names["beheer"]) as c:
        links = count(c, "SELECT count(*) FROM audit_chain")
        assert links == count(c, "SELECT count(*) FROM audit_event") > 0


@pytest.mark.parametrize("who", ["balie", "km_a", "tl_a"])
def test_client_names_of_the_audit_are_for_a_beheerder_only(office, who):
    with office.connect(office.names[who]) as c:
        assert (
            count(
                c,
                "SELECT count(*) FROM intake_security.audit_client_names(ARRAY[%s]::uuid[])",
                office.client_id,
            )
            == 0
        )
    with office.connect(office.names["beheer"]) as c:
        assert (
            count(
                c,
                "SELECT count(*) FROM intake_security.audit_client_names(ARRAY[%s]::uuid[])",
                office.client_id,
            )
            == 1
        )


def test_the_owner_cannot_update_the_audit_either(office):
    with office.dba() as c:
        c.execute("SET ROLE intake_eigenaar")
        with pytest.raises(errors.InsufficientPrivilege, match="alleen aangevuld"):
            c.execute("DELETE FROM audit_event")


def test_no_audit_row_in_a_colleagues_name(office):
    with office.dba() as c:
        other = c.execute(
            "SELECT id FROM staff WHERE username = %s", (office.names["km_b"],)
        ).fetchone()[0]
    with office.connect(office.names["km_a"]) as c:
        with pytest.raises(errors.InsufficientPrivilege, match="naam van een ander"):
            c.execute(
                "INSERT INTO audit_event (id, occurred_at, staff_id, username, roles, action, "
                "details, workstation) VALUES (gen_random_uuid(), now(), %s, %s, '', "
                "'bekijken', '{}', '')",
                (other, office.names["km_b"]),
            )
        # Her own row gets her name and the server's clock, whatever she writes.
        c.execute(
            "INSERT INTO audit_event (id, occurred_at, username, roles, action, details, "
            "workstation) VALUES (gen_random_uuid(), '2001-01-01', %s, 'beheerder', 'x', "
            "'{}', '')",
            (office.names["km_a"],),
        )
    with office.dba() as c:
        roles, year, details = c.execute(
            "SELECT roles, extract(year FROM occurred_at), details::text FROM audit_event "
            "WHERE action = 'x'"
        ).fetchone()
    assert roles == "klantmanager" and year >= 2026 and "tijd_werkplek" in details


def test_nobody_grants_themselves_a_role(office):
    with office.dba() as c:
        me = c.execute(
            "SELECT id FROM staff WHERE username = %s", (office.names["tl_a"],)
        ).fetchone()[0]
        km_b = c.execute(
            "SELECT id FROM staff WHERE username = %s", (office.names["km_b"],)
        ).fetchone()[0]
    with office.connect(office.names["tl_a"]) as c:
        with pytest.raises(errors.InsufficientPrivilege):
            c.execute("GRANT intake_beheerder TO current_user")
        with pytest.raises(errors.InsufficientPrivilege, match="zichzelf een rol"):
            c.execute("INSERT INTO staff_role VALUES (%s, 'klantmanager')", (me,))
        with pytest.raises(errors.InsufficientPrivilege):  # no UPDATE grant at all
            c.execute("UPDATE staff_role SET role = 'beheerder' WHERE staff_id = %s", (me,))
        with pytest.raises(errors.InsufficientPrivilege, match="alleen een beheerder"):
            c.execute("INSERT INTO staff_role VALUES (%s, 'beheerder')", (km_b,))
        with pytest.raises(errors.InsufficientPrivilege):
            c.execute(f"ALTER ROLE \"{office.names['km_b']}\" PASSWORD 'overgenomen'")
    with office.connect(office.names["km_a"]) as c:
        with pytest.raises(errors.InsufficientPrivilege):
            c.execute("INSERT INTO staff_role VALUES (%s, 'teamleider')", (km_b,))
        with pytest.raises(errors.InsufficientPrivilege):
            c.execute("UPDATE staff SET display_name = 'x' WHERE id = %s", (km_b,))


@pytest.mark.parametrize(
    "sql",
    [
        "CREATE TABLE buit (x text)",
        "DROP TABLE note",
        "ALTER TABLE client ADD COLUMN x text",
        "ALTER TABLE client DISABLE TRIGGER ALL",
        "ALTER TABLE note DISABLE ROW LEVEL SECURITY",
        "SET session_replication_role = replica",
        "CREATE SCHEMA buit",
    ],
)
def test_no_ddl_and_no_switching_triggers_off(office, sql):
    with office.connect(office.names["beheer"]) as c:
        with pytest.raises((errors.InsufficientPrivilege, errors.UndefinedTable)):
            c.execute(sql)


def test_a_change_made_with_psql_is_audited_in_her_name(office):
    with office.connect(office.names["km_a"]) as c:
        changed = c.execute(
            "UPDATE client SET city = 'Zierikzee' WHERE id = %s", (office.client_id,)
        ).rowcount
    assert changed == 1
    with office.dba() as c:
        rows = c.execute(
            "SELECT username, entity, details::text FROM audit_event "
            "WHERE action = 'rij_update' AND client_id = %s",
            (office.client_id,),
        ).fetchall()
    assert (office.names["km_a"], "client", '{"velden" : ["city"]}') in rows


def test_changes_outside_her_reach_match_no_rows(office):
    with office.connect(office.names["km_b"]) as c:
        assert (
            c.execute("UPDATE client SET city = 'X' WHERE id = %s", (office.client_id,)).rowcount
            == 0
        )
        with pytest.raises(errors.InsufficientPrivilege):
            c.execute(
                "INSERT INTO note (id, version, created_at, updated_at, client_id, body, "
                "author_id) VALUES (gen_random_uuid(), 1, now(), now(), %s, 'x', NULL)",
                (office.client_id,),
            )


def test_a_plain_connection_is_refused(office):
    with pytest.raises(psycopg.OperationalError, match="no encryption|reject"):
        office.connect(office.names["km_a"], sslmode="disable")


def test_a_server_with_the_wrong_name_is_refused(office):
    with pytest.raises(psycopg.OperationalError, match="does not match|certificate"):
        psycopg.connect(
            host="intake.example", hostaddr="127.0.0.1", port=office.server.port, user=office.names["km_a"],
            password="x", dbname=office.name, sslmode="verify-full",
            sslrootcert=str(office.server.ca_file),
        )  # fmt: skip


@pytest.mark.parametrize("who", ["balie", "wissel", "km_b", "beheer", "beleid"])
def test_who_looked_at_a_client_is_for_her_klantmanager_or_teamleider_only(office, who):
    """The inzage's narrow function gives the audit of one client to the klantmanager
    or teamleider who may see that client, and refuses everyone else."""
    sql = "SELECT count(*) FROM intake_security.inzage_audit(%s)"
    with office.connect(office.names[who]) as c:
        with pytest.raises(errors.InsufficientPrivilege):
            c.execute(sql, (office.client_id,))
    for allowed in ("km_a", "tl_a"):
        with office.connect(office.names[allowed]) as c:
            assert count(c, sql, office.client_id) > 0
            c.commit()
    with office.dba() as c:  # each read of who looked is itself recorded
        assert count(c, "SELECT count(*) FROM audit_event WHERE entity = 'inzage_audit'") == 2


def test_a_second_role_that_reaches_every_client_makes_no_inzage_of_anothers(office):
    both = office.add("kmbalie", {"klantmanager", "baliemedewerker"}, team="b")
    with office.connect(both) as c:
        with pytest.raises(errors.InsufficientPrivilege):
            c.execute("SELECT count(*) FROM intake_security.inzage_audit(%s)", (office.client_id,))


def test_a_correction_cannot_be_altered_or_removed_afterwards(office):
    with office.dba() as c:
        c.execute(
            "INSERT INTO correctie (id, client_id, occurred_at, field, old_value, new_value, "
            "reason, version, created_at, updated_at) VALUES (gen_random_uuid(), %s, now(), "
            "'city', 'Oudstad', 'Nieuwstad', 'verhuisd', 1, now(), now())",
            (office.client_id,),
        )
        c.commit()
    with office.connect(office.names["km_a"]) as c:
        assert count(c, "SELECT count(*) FROM correctie") == 1
        for sql in (
            "UPDATE correctie SET old_value = 'X', reason = 'vervalst'",
            "DELETE FROM correctie",
        ):
            with pytest.raises(errors.InsufficientPrivilege):
                c.execute(sql)
            c.rollback()


def test_corrections_of_a_client_outside_her_caseload_are_neither_read_nor_forged(office):
    with office.connect(office.names["km_b"]) as c:
        assert count(c, "SELECT count(*) FROM correctie") == 0
        with pytest.raises(errors.InsufficientPrivilege):
            c.execute(
                "INSERT INTO correctie (id, client_id, occurred_at, field, old_value, "
                "new_value, reason, version, created_at, updated_at) VALUES "
                "(gen_random_uuid(), %s, now(), 'city', 'A', 'B', 'ondergeschoven', 1, now(), "
                "now())",
                (office.client_id,),
            )


@pytest.mark.parametrize("who", ["balie", "km_a", "tl_a", "beleid"])
def test_the_audit_client_filter_finds_ids_for_a_beheerder_only(office, who):
    sql = "SELECT count(*) FROM intake_security.audit_client_ids(%s, %s)"
    with office.connect(office.names[who]) as c:
        assert count(c, sql, "ma", "ma") == 0
    with office.connect(office.names["beheer"]) as c:
        assert count(c, sql, "ma", "ma") == 1


@pytest.mark.parametrize("who", ["balie", "km_a", "tl_a", "beleid"])
def test_retention_candidates_are_for_a_beheerder_only(office, who):
    with office.connect(office.names[who]) as c:
        with pytest.raises(errors.InsufficientPrivilege):
            c.execute("SELECT count(*) FROM intake_security.retention_candidates()")
    with office.connect(office.names["beheer"]) as c:
        assert count(c, "SELECT count(*) FROM intake_security.retention_candidates()") == 0


def test_the_database_keeps_four_eyes_on_the_destruction_list(office):
    both = office.add("beidetl", {"beheerder", "teamleider"}, team="a")
    insert = (
        "INSERT INTO vernietigingslijst (id, peildatum, made_by, status, entries, "
        "decision_note, version, created_at, updated_at) SELECT gen_random_uuid(), "
        "current_date, s.id, 'opgesteld', '[]', '', 1, now(), now() FROM staff s "
        "WHERE s.username = current_user RETURNING id"
    )
    approve = (
        "UPDATE vernietigingslijst SET status = 'goedgekeurd', decided_by = s.id, "
        "decided_at = now() FROM staff s WHERE s.username = current_user"
    )
    with office.connect(both) as c:
        c.execute(insert).fetchone()
        c.commit()
        assert c.execute(approve).rowcount == 0  # her own list: not for her to decide
        c.commit()
    with office.connect(office.names["tl_a"]) as c:
        with pytest.raises(errors.InsufficientPrivilege):
            c.execute(insert)
        c.rollback()
        with pytest.raises(errors.InsufficientPrivilege):  # in another's name
            c.execute("UPDATE vernietigingslijst SET status = 'goedgekeurd', decided_by = made_by")
        c.rollback()
        assert c.execute(approve).rowcount == 1  # the second person
        c.commit()
    with office.connect(office.names["km_a"]) as c:
        with pytest.raises(errors.InsufficientPrivilege):
            c.execute("SELECT count(*) FROM vernietigingslijst")


def test_destruction_is_the_approving_teamleiders_and_the_database_decides_what_is_due(
    office,
):
    # A forged list naming a client in care: approved, yet nothing is destroyed, as the
    # database itself looks at the closure and the term.
    forged = (
        "INSERT INTO vernietigingslijst (id, peildatum, made_by, status, entries, "
        "decision_note, version, created_at, updated_at) SELECT gen_random_uuid(), "
        "current_date, s.id, 'opgesteld', json_build_array(json_build_object("
        "'client_id', %s::text, 'klantnummer', left(%s::text, 8))), '', 1, now(), now() "
        "FROM staff s WHERE s.username = current_user RETURNING id"
    )
    with office.connect(office.names["beheer"]) as c:
        list_id = c.execute(forged, (office.client_id, office.client_id)).fetchone()[0]
        c.commit()
        with pytest.raises(errors.InsufficientPrivilege):  # not approved, not hers
            c.execute("SELECT intake_security.vernietig(%s)", (list_id,))
        c.rollback()
    for who in ("km_a", "balie"):
        with office.connect(office.names[who]) as c:
            with pytest.raises(errors.InsufficientPrivilege):
                c.execute("SELECT intake_security.vernietig(%s)", (list_id,))
    with office.connect(office.names["tl_a"]) as c:
        with pytest.raises(errors.InsufficientPrivilege):  # approve it first
            c.execute("SELECT intake_security.vernietig(%s)", (list_id,))
        c.rollback()
        with pytest.raises(errors.InsufficientPrivilege):  # the guard's flag is the owner's
            c.execute(
                "INSERT INTO intake_security.vernietiging_bezig VALUES (txid_current(), %s)",
                (list_id,),
            )
        c.rollback()
        c.execute(
            "UPDATE vernietigingslijst SET status = 'goedgekeurd', decided_by = s.id, "
            "decided_at = now() FROM staff s WHERE s.username = current_user"
        )
        assert c.execute("SELECT intake_security.vernietig(%s)", (list_id,)).fetchone()[0] == 0
        c.commit()
        with pytest.raises(errors.InsufficientPrivilege):  # done once, not again
            c.execute("SELECT intake_security.vernietig(%s)", (list_id,))
    with office.dba() as c:
        assert count(c, "SELECT count(*) FROM client WHERE id = %s", office.client_id) == 1
        assert count(c, "SELECT count(*) FROM note WHERE client_id = %s", office.client_id) == 1
        entries = c.execute(
            "SELECT entries FROM vernietigingslijst WHERE id = %s", (list_id,)
        ).fetchone()[0]
        assert entries == [{"klantnummer": str(office.client_id)[:8], "uitkomst": "overgeslagen"}]


def test_outside_a_destruction_the_audit_keeps_its_ids(office):
    with office.dba() as c:
        audit_id = c.execute(
            "SELECT id FROM audit_event WHERE client_id = %s LIMIT 1", (office.client_id,)
        ).fetchone()[0]
        owner = c.execute(
            "SELECT tableowner FROM pg_tables WHERE tablename = 'audit_event'"
        ).fetchone()[0]
        c.execute(f'SET ROLE "{owner}"')
        with pytest.raises(errors.InsufficientPrivilege):
            c.execute(
                "UPDATE audit_event SET client_ref = encode(sha256(convert_to(client_id::text,"
                " 'UTF8')), 'hex'), client_id = NULL WHERE id = %s",
                (audit_id,),
            )


@pytest.mark.parametrize("who", ["balie", "km_a", "tl_a", "beheer", "beleid"])
def test_the_logboek_key_is_the_owners_and_the_records_are_the_databases(office, who):
    with office.connect(office.names[who]) as c:
        with pytest.raises(errors.InsufficientPrivilege):
            c.execute("SELECT ipad FROM logboek_sleutel")
        c.rollback()
        for sql in (
            "UPDATE logboek_regel SET line = '{}'",
            "DELETE FROM logboek_regel",
            "INSERT INTO logboek_regel (audit_id, line) VALUES (gen_random_uuid(), '{}')",
            "UPDATE logboek_activiteit SET activity_uri = 'urn:x'",
        ):
            with pytest.raises(errors.InsufficientPrivilege):
                c.execute(sql)
            c.rollback()
        if who == "beheer":  # she exports them
            assert count(c, "SELECT count(*) FROM logboek_regel") > 0
        else:
            with pytest.raises(errors.InsufficientPrivilege):
                c.execute("SELECT count(*) FROM logboek_regel")
