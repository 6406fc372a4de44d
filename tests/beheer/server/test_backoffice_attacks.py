"""A back office connected directly with psycopg, with nothing but her own password:
she reads the clients and tasks of her team's hand-overs and nothing else, cannot take
another team's task, and nobody can write a task for nobody."""

from __future__ import annotations

from datetime import timedelta

import pytest
from psycopg import errors

from intake_desktop.domain.clock import utcnow
from intake_desktop.services.balie import aanmelding
from tests.support.journey import new_aanmelding, scan, screen


@pytest.fixture
def offices(server_db):
    """Two clients of klantmanager A; one has a debts-only aanmelding (a hand-over to
    schuldhulpverlening). Members of schuldhulp and of inburgering."""
    db = server_db
    names = {
        "balie": db.add("balie", {"baliemedewerker"}),
        "wissel": db.add("wissel", {"wisselwachter"}),
        "km_a": db.add("kma", {"klantmanager"}, team="werk"),
        "shv": db.add("shv", {"backoffice"}, team="schuldhulpverlening"),
        "inb": db.add("inb", {"backoffice"}, team="inburgering"),
    }
    balie_store, balie = db.sign_in(names["balie"])
    wissel_store, wissel = db.sign_in(names["wissel"])
    _store, km_a = db.sign_in(names["km_a"])
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
        balie_store,
        balie,
        aanmelding.AanmeldingRequest(
            channel="balie",
            route="schuldhulpverlening",
            question="Schulden",
            existing_client_id=clients[0],
        ),
    )
    db.names, db.clients = names, clients
    return db


def one(connection, sql, *params):
    return connection.execute(sql, params).fetchone()[0]


def test_a_back_office_reads_only_its_hand_overs(offices):
    debts, other = offices.clients
    with offices.connect(offices.names["shv"]) as c:
        assert one(c, "SELECT count(*) FROM client") == 1
        assert one(c, "SELECT id FROM client") == debts
        assert one(c, "SELECT count(*) FROM client WHERE id = %s", other) == 0
        assert one(c, "SELECT count(*) FROM intake_record WHERE client_id = %s", debts) == 2
        assert one(c, "SELECT count(*) FROM overdracht") == 1
        # No trajectplannen (toegang.toml gives a back office none).
        assert one(c, "SELECT count(*) FROM trajectplan") == 0
    with offices.connect(offices.names["inb"]) as c:
        assert one(c, "SELECT count(*) FROM client") == 0
        assert one(c, "SELECT count(*) FROM overdracht") == 0
        assert one(c, "SELECT count(*) FROM task WHERE assigned_team IS NOT NULL") == 0
        # Taking schuldhulp's task: the row is not even there for her.
        updated = c.execute(
            "UPDATE task SET assigned_to = intake_security.me() WHERE assigned_team = "
            "'schuldhulpverlening'"
        ).rowcount
        assert updated == 0
    with offices.dba() as c:
        assert one(c, "SELECT count(*) FROM task WHERE assigned_to IS NOT NULL "
                      "AND assigned_team IS NOT NULL") == 0  # fmt: skip


def test_nobody_writes_a_task_for_nobody(offices):
    debts, _other = offices.clients
    with offices.connect(offices.names["km_a"]) as c, pytest.raises(errors.CheckViolation):
        c.execute(
            "INSERT INTO task (id, version, client_id, kind, title, assigned_role, urgent,"
            " status, created_at, updated_at) VALUES (gen_random_uuid(), 1, %s, 'x',"
            " 'Voor niemand', 'schuldhulpverlening', false, 'open', now(), now())",
            (debts,),
        )
    refused = (errors.CheckViolation, errors.InsufficientPrivilege)  # the CHECK, the guard
    with offices.connect(offices.names["shv"]) as c, pytest.raises(refused):
        # Emptying the task's addressee afterwards: refused as well.
        c.execute(
            "UPDATE task SET assigned_team = NULL WHERE assigned_team = 'schuldhulpverlening'"
        )


def test_a_task_or_appointment_on_her_own_name_opens_no_other_client(offices):
    """Work with her brings a client in reach; writing such work herself for a client
    outside her reach is refused, so it cannot widen her reach."""
    debts, other = offices.clients
    with offices.connect(offices.names["inb"]) as c:
        assert one(c, "SELECT count(*) FROM client WHERE id = %s", other) == 0
        for sql in (
            "INSERT INTO task (id, version, client_id, kind, title, assigned_to, urgent, status,"
            " created_at, updated_at) VALUES (gen_random_uuid(), 1, %s, 'x', 'Mijn taak',"
            " intake_security.me(), false, 'open', now(), now())",
            "INSERT INTO task (id, version, client_id, kind, title, assigned_team, urgent,"
            " status, created_at, updated_at) VALUES (gen_random_uuid(), 1, %s, 'x', 'Team',"
            " 'inburgering', false, 'open', now(), now())",
            "INSERT INTO appointment (id, version, client_id, kind, starts_at, location,"
            " staff_id, documents_to_bring, status, at_home, created_at, updated_at) VALUES"
            " (gen_random_uuid(), 1, %s, 'x', now(), '', intake_security.me(), '', 'gepland',"
            " false, now(), now())",
        ):
            with pytest.raises(errors.InsufficientPrivilege):
                c.execute(sql, (other,))
        assert one(c, "SELECT count(*) FROM client WHERE id = %s", other) == 0
        assert one(c, "SELECT count(*) FROM intake_record WHERE client_id = %s", other) == 0


def test_taking_a_task_she_sees_onto_her_name_needs_the_client_in_reach(offices):
    """A teamleider handles role tasks for clients outside her reach; moving such a task
    onto her own name (which would open the client to her) is refused."""
    debts, other = offices.clients
    tl = offices.add("tl", {"teamleider"}, team="werk2")
    with offices.dba() as c:
        c.execute(
            "INSERT INTO task (id, version, client_id, kind, title, assigned_role, urgent,"
            " status, created_at, updated_at) VALUES (gen_random_uuid(), 1, %s, 'x',"
            " 'Beoordelen', 'teamleider', false, 'open', now(), now())",
            (other,),
        )
    with offices.connect(tl) as c:
        assert one(c, "SELECT count(*) FROM client WHERE id = %s", other) == 0
        with pytest.raises(errors.InsufficientPrivilege):
            c.execute(
                "UPDATE task SET assigned_to = intake_security.me() WHERE client_id = %s",
                (other,),
            )
        c.execute(  # handling it stays possible
            "UPDATE task SET status = 'afgehandeld' WHERE client_id = %s AND "
            "assigned_role = 'teamleider'",
            (other,),
        )
        assert one(c, "SELECT count(*) FROM client WHERE id = %s", other) == 0
