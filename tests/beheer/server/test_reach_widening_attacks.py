"""Attacks on the back-office server policies (commits fc16849..27b24d0), with psycopg and
nothing but the staff member's own password.

Each test states what must hold: a staff member cannot widen her own reach by writing
the rows the need to know looks at (a task or appointment on her own name, her team's
task, a hand-over), nor move such rows onto another client or team. A refusal is
either no row changed or InsufficientPrivilege (db/server/work_guards.py)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from psycopg import errors

from intake_desktop.domain.clock import utcnow
from intake_desktop.services.balie import aanmelding
from intake_desktop.services.dossier import notes
from tests.support.journey import new_aanmelding, scan, screen


def changed(connection, sql, *params) -> int:
    """Rows an UPDATE changed; a refusal by the server changes none."""
    try:
        return connection.execute(sql, params).rowcount
    except errors.InsufficientPrivilege:
        return 0


@pytest.fixture
def offices(server_db):
    """Two clients of klantmanager A (team werk), both screened and quick-scanned; the
    first has a debts-only aanmelding (a hand-over to schuldhulpverlening), the second a
    note of her klantmanager. Back-office members of schuldhulp and inburgering, a
    klantmanager of team inkomen and a teamleider of inkomen (who leads schuldhulp, bbz
    and backoffice_inkomen)."""
    db = server_db
    names = {
        "balie": db.add("balie", {"baliemedewerker"}),
        "wissel": db.add("wissel", {"wisselwachter"}),
        "km_a": db.add("kma", {"klantmanager"}, team="werk"),
        "km_b": db.add("kmb", {"klantmanager"}, team="inkomen"),
        "tl_ink": db.add("tlink", {"teamleider"}, team="inkomen"),
        "shv": db.add("shv", {"backoffice"}, team="schuldhulpverlening"),
        "shv2": db.add("shvtwee", {"backoffice"}, team="schuldhulpverlening"),
        "inb": db.add("inb", {"backoffice"}, team="inburgering"),
    }
    balie_store, balie = db.sign_in(names["balie"])
    wissel_store, wissel = db.sign_in(names["wissel"])
    km_store, km_a = db.sign_in(names["km_a"])
    clients = []
    for day, (surname, bsn) in enumerate((("Maës", "999990019"), ("Bos", "999900018"))):
        item = new_aanmelding(balie_store, balie, surname, bsn)
        screen(wissel_store, wissel, item)
        scan(wissel_store, wissel, item, km_a.staff_id, when=utcnow() + timedelta(days=1 + day))
        with db.dba() as c:
            clients.append(
                c.execute("SELECT client_id FROM aanmelding WHERE id = %s", (item,)).fetchone()[0]
            )
    aanmelding.register_aanmelding(
        balie_store, balie,
        aanmelding.AanmeldingRequest(
            channel="balie", route="schuldhulpverlening", question="Schulden",
            existing_client_id=clients[0],
        ),
    )  # fmt: skip
    notes.add_note(km_store, km_a, clients[1], "Vertelt over een verslaving.")
    db.names, db.clients = names, clients
    return db


def one(c, sql, *params):
    return c.execute(sql, params).fetchone()[0]


def dossier(c, client) -> dict:
    """What of this client's dossier she reads."""
    return {
        "client": one(c, "SELECT count(*) FROM client WHERE id = %s", client),
        "note": one(c, "SELECT count(*) FROM note WHERE client_id = %s", client),
        "intake_record": one(c, "SELECT count(*) FROM intake_record WHERE client_id = %s", client),
        "answers": one(
            c,
            "SELECT count(*) FROM intake_domain_answer a JOIN intake_record i "
            "ON i.id = a.intake_id WHERE i.client_id = %s",
            client,
        ),
    }


NOTHING = {"client": 0, "note": 0, "intake_record": 0, "answers": 0}
TASK = (
    "INSERT INTO task (id, version, client_id, kind, title, urgent, status, created_at,"
    " updated_at{cols}) VALUES (gen_random_uuid(), 1, %s, 'x', 'x', false, {status},"
    " now(), now(){vals})"
)


def try_to_widen(offices, who: str, sql: str, client) -> dict | str:
    """Run ``sql`` as ``who`` (one transaction, rolled back) and return what she then
    reads of ``client``, or the name of the error that refused it."""
    with offices.connect(offices.names[who]) as c:
        assert dossier(c, client) == NOTHING, "already in reach: the attack proves nothing"
        c.autocommit = False
        try:
            c.execute(sql, (client,))
            return dossier(c, client)
        except errors.Error as error:
            return type(error).__name__
        finally:
            c.rollback()


def refused_or_nothing(result) -> bool:
    return isinstance(result, str) or result == NOTHING


# 1. Widening her own reach by writing the row may() looks for -----------------------------


def test_a_back_office_cannot_open_any_client_with_a_task_for_her_team(offices):
    _debts, other = offices.clients
    sql = TASK.format(cols=", assigned_team", status="'open'", vals=", 'inburgering'")
    result = try_to_widen(offices, "inb", sql, other)
    assert refused_or_nothing(result), result


def test_a_back_office_cannot_open_any_client_with_a_task_she_says_she_handled(offices):
    _debts, other = offices.clients
    sql = TASK.format(
        cols=", done_by, done_at", status="'afgehandeld'",
        vals=", intake_security.me(), now() + interval '50 years'",
    )  # fmt: skip
    result = try_to_widen(offices, "inb", sql, other)
    assert refused_or_nothing(result), result


@pytest.mark.parametrize("who", ["inb", "km_b", "tl_ink"])
def test_nobody_opens_a_client_with_a_task_on_her_own_name(offices, who):
    _debts, other = offices.clients
    sql = TASK.format(cols=", assigned_to", status="'open'", vals=", intake_security.me()")
    result = try_to_widen(offices, who, sql, other)
    assert refused_or_nothing(result), result


def test_a_teamleider_cannot_open_any_client_with_a_task_for_a_team_she_leads(offices):
    _debts, other = offices.clients
    sql = TASK.format(cols=", assigned_team", status="'open'", vals=", 'bbz'")
    result = try_to_widen(offices, "tl_ink", sql, other)
    assert refused_or_nothing(result), result


@pytest.mark.parametrize("who", ["inb", "km_b"])
def test_nobody_opens_a_client_with_an_appointment_on_her_own_name(offices, who):
    _debts, other = offices.clients
    sql = (
        "INSERT INTO appointment (id, version, client_id, kind, starts_at, location, staff_id,"
        " documents_to_bring, status, at_home, created_at, updated_at) VALUES"
        " (gen_random_uuid(), 1, %s, 'x', now() - interval '1 year', '',"
        " intake_security.me(), '', 'geannuleerd', false, now(), now())"
    )
    result = try_to_widen(offices, who, sql, other)
    assert refused_or_nothing(result), result


def test_a_team_task_cannot_be_moved_onto_another_client(offices):
    debts, other = offices.clients
    sql = (
        "UPDATE task SET client_id = %s WHERE assigned_team = 'schuldhulpverlening'"
        " AND status = 'open'"
    )
    result = try_to_widen(offices, "shv", sql, other)
    assert refused_or_nothing(result), result


def test_the_counter_cannot_give_a_colleague_reach_with_an_appointment(offices):
    _debts, other = offices.clients
    with offices.connect(offices.names["balie"]) as c:
        try:
            c.execute(
                "INSERT INTO appointment (id, version, client_id, kind, starts_at, location,"
                " staff_id, documents_to_bring, status, at_home, created_at, updated_at,"
                " created_by) SELECT gen_random_uuid(), 1, %s, 'x', now(), '', s.id, '',"
                " 'geannuleerd', false, now(), now(), intake_security.me() FROM staff s"
                " WHERE s.username = %s",
                (other, offices.names["inb"]),
            )
        except errors.InsufficientPrivilege:
            return
    with offices.connect(offices.names["inb"]) as c:
        assert dossier(c, other) == NOTHING


# 2. created_by = me -------------------------------------------------------------------------


def test_stamping_created_by_does_not_keep_a_task_readable(offices):
    with offices.connect(offices.names["shv"]) as c:
        stamped = changed(
            c,
            "UPDATE task SET created_by = intake_security.me() WHERE assigned_team ="
            " 'schuldhulpverlening'",
        )
    with offices.dba() as c:  # the hand-over is done (by shv2, say), the team task closed
        c.execute(
            "UPDATE task SET status = 'afgehandeld', done_at = now(), done_by = s.id"
            " FROM staff s WHERE s.username = %s AND task.assigned_team ="
            " 'schuldhulpverlening'",
            (offices.names["shv2"],),
        )
        c.execute(
            "UPDATE task SET done_at = now() - interval '30 days'"
            " WHERE assigned_team = 'schuldhulpverlening'"
        )  # ... and a month ago
    with offices.connect(offices.names["shv"]) as c:
        assert stamped == 0 or one(c, "SELECT count(*) FROM task") == 0


def test_created_by_of_a_row_she_cannot_see_cannot_be_set(offices):
    _debts, other = offices.clients
    with offices.connect(offices.names["inb"]) as c:
        for table in ("task", "appointment", "overdracht", "note"):
            assert (
                c.execute(
                    f"UPDATE {table} SET created_by = intake_security.me() WHERE client_id = %s",
                    (other,),
                ).rowcount
                == 0
            ), table


# 3. Taking or dropping a team task; widening an overdracht -------------------------------


def test_a_team_task_cannot_be_sent_to_a_team_that_does_not_exist(offices):
    with offices.connect(offices.names["shv"]) as c:
        with pytest.raises(errors.Error):
            c.execute(
                "UPDATE task SET assigned_team = 'niemand' WHERE assigned_team ="
                " 'schuldhulpverlening'"
            )


def test_a_member_cannot_pass_her_teams_task_to_another_team(offices):
    debts, _other = offices.clients
    with offices.connect(offices.names["shv"]) as c:
        moved = changed(
            c,
            "UPDATE task SET assigned_team = 'inburgering' WHERE assigned_team ="
            " 'schuldhulpverlening'",
        )
    with offices.connect(offices.names["inb"]) as c:
        assert moved == 0 or dossier(c, debts) == NOTHING


def test_a_member_takes_a_claimed_task_as_the_program_lets_her(offices):
    """Not a leak: backoffice.give_to lets a member hand a claimed team task to any
    member, herself included; the database allows the same, no more."""
    with offices.dba() as c:
        c.execute(
            "UPDATE task SET assigned_to = s.id FROM staff s WHERE s.username = %s"
            " AND task.assigned_team = 'schuldhulpverlening'",
            (offices.names["shv2"],),
        )
    with offices.connect(offices.names["shv"]) as c:
        taken = c.execute(
            "UPDATE task SET assigned_to = intake_security.me() WHERE assigned_team ="
            " 'schuldhulpverlening'"
        ).rowcount
    assert taken == 1


def test_nobody_writes_an_open_task_for_nobody(offices):
    refused = (errors.CheckViolation, errors.InsufficientPrivilege)
    with offices.connect(offices.names["shv"]) as c, pytest.raises(refused):
        c.execute(
            "UPDATE task SET assigned_team = NULL, assigned_to = NULL, assigned_role = NULL"
            " WHERE assigned_team = 'schuldhulpverlening'"
        )


def test_no_hand_over_is_written_on_a_client_outside_her_reach(offices):
    _debts, other = offices.clients
    with offices.connect(offices.names["inb"]) as c, pytest.raises(errors.InsufficientPrivilege):
        c.execute(
            "INSERT INTO overdracht (id, version, created_at, updated_at, client_id, soort,"
            " team, vraag, origin, status, sent_at, sent_by, uitkomst, toelichting) VALUES"
            " (gen_random_uuid(), 1, now(), now(), %s, 'backoffice', 'schuldhulpverlening',"
            " 'Neppe vraag', 'dossier', 'verstuurd', now(), intake_security.me(), '', '')",
            (other,),
        )


def test_a_hand_over_cannot_be_moved_onto_another_client(offices):
    _debts, other = offices.clients
    with offices.connect(offices.names["shv"]) as c:
        moved = changed(
            c,
            "UPDATE overdracht SET client_id = %s, sent_by = intake_security.me()"
            " WHERE team = 'schuldhulpverlening'",
            other,
        )
    assert moved == 0


def test_another_teams_hand_overs_are_not_hers(offices):
    with offices.connect(offices.names["inb"]) as c:
        assert one(c, "SELECT count(*) FROM overdracht") == 0
        assert c.execute("UPDATE overdracht SET team = 'inburgering'").rowcount == 0
        assert c.execute("UPDATE task SET assigned_team = 'inburgering'").rowcount == 0


# Reading a part and writing it are not the same ---------------------------------------


def test_client_busy_is_refused_outside_her_reach(offices):
    _debts, other = offices.clients
    for who in ("inb", "km_b"):
        with offices.connect(offices.names[who]) as c, pytest.raises(errors.InsufficientPrivilege):
            c.execute(
                "SELECT intake_security.client_busy(%s, now(), now() + interval '1 year')",
                (other,),
            )


def test_the_counter_cannot_probe_a_clients_agenda(offices):
    """The counter reads no appointment row (no 'afspraken'); client_busy answers her
    only for a client she just handed over (the first talk of a debts-only aanmelding),
    so she cannot bisect any client's appointment times."""
    debts, other = offices.clients
    with offices.connect(offices.names["balie"]) as c:
        with pytest.raises(errors.InsufficientPrivilege):
            c.execute(
                "SELECT intake_security.client_busy(%s, now(), now() + interval '60 days')",
                (other,),
            )
        c.execute(  # her own hand-over: she books its first talk
            "SELECT intake_security.client_busy(%s, now(), now() + interval '1 hour')",
            (debts,),
        )


# 5. Destruction of a dossier and the new tables -----------------------------------------

NEW_TABLES = ("overdracht", "voortgangsrapportage", "work_first_resultaat", "maatregel")


def _due_for_destruction(offices, client) -> None:
    """As the owner: the client closed 30 years ago, with a row in each new table."""
    with offices.dba() as c:
        c.execute("UPDATE client SET status = 'afgesloten' WHERE id = %s", (client,))
        c.execute(
            "INSERT INTO beeindiging (id, version, client_id, closed_on, reason, goal_outcomes,"
            " note, reopen_reason, created_at, updated_at) VALUES (gen_random_uuid(), 1, %s,"
            " current_date - interval '30 years', 'werk', '[]', '', '', now(), now())",
            (client,),
        )
        plan = c.execute(
            "INSERT INTO trajectplan (id, version, client_id, status, doelperspectief,"
            " afspraken_klant, afspraken_gemeente, version_no, created_at, updated_at) VALUES"
            " (gen_random_uuid(), 1, %s, 'concept', '', '', '', 1, now(), now()) RETURNING id",
            (client,),
        ).fetchone()[0]
        c.execute(
            "INSERT INTO voortgangsrapportage (id, version, created_at, updated_at, client_id,"
            " plan_id, service_code, activity_label, reported_on, provider, attendance, text)"
            " VALUES (gen_random_uuid(), 1, now(), now(), %s, %s, 'x', 'x', current_date,"
            " 'Aanbieder', 'goed', 'Komt goed mee')",
            (client, plan),
        )
        c.execute(
            "INSERT INTO work_first_resultaat (id, version, created_at, updated_at, client_id,"
            " at_work, next_step, toelichting, recorded_at) VALUES (gen_random_uuid(), 1,"
            " now(), now(), %s, false, 'uitkeringsintake', '', now())",
            (client,),
        )
        c.execute(
            "INSERT INTO maatregel (id, version, created_at, updated_at, client_id, reason,"
            " status, proposed_at, toelichting) VALUES (gen_random_uuid(), 1, now(), now(), %s,"
            " 'Niet verschenen', 'voorgesteld', now(), '')",
            (client,),
        )
        for table in NEW_TABLES:
            assert one(c, f"SELECT count(*) FROM {table} WHERE client_id = %s", client) >= 1


def _destroy(offices, client):
    beheer = offices.add("beheer", {"beheerder"})
    with offices.connect(beheer) as c:
        list_id = one(
            c,
            "INSERT INTO vernietigingslijst (id, peildatum, made_by, status, entries,"
            " decision_note, version, created_at, updated_at) SELECT gen_random_uuid(),"
            " current_date, s.id, 'opgesteld', json_build_array(json_build_object("
            "'client_id', %s::text, 'klantnummer', left(%s::text, 8))), '', 1, now(), now()"
            " FROM staff s WHERE s.username = current_user RETURNING id",
            client,
            client,
        )
    with offices.connect(offices.names["tl_ink"]) as c:
        c.autocommit = False
        c.execute(
            "UPDATE vernietigingslijst SET status = 'goedgekeurd', decided_by = s.id,"
            " decided_at = now() FROM staff s WHERE s.username = current_user"
        )
        done = one(c, "SELECT intake_security.vernietig(%s)", list_id)
        c.commit()
        return done


def test_destruction_removes_the_new_tables_rows(offices):
    debts, other = offices.clients
    _due_for_destruction(offices, debts)
    assert _destroy(offices, debts) == 1
    with offices.dba() as c:
        for table in ("client", "task", *NEW_TABLES):
            key = "id" if table == "client" else "client_id"
            assert one(c, f"SELECT count(*) FROM {table} WHERE {key} = %s", debts) == 0, table
        assert one(c, "SELECT count(*) FROM client WHERE id = %s", other) == 1
