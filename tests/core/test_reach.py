"""services/core/reach.py, the need to know of lists, says for every client, part and
role (and roles together) what ``access.client_access`` says for that one client: the
clients of a list are exactly those the dossier would open. Clients stand in each
relation the rules know (the queue, her own talk, task, appointment and caseload, her
team, another team, none, a grant with a reason, and those long ago). Both stores."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from intake_desktop.config.toegang import PARTS
from intake_desktop.db.models import (
    Aanmelding,
    Appointment,
    Client,
    IntakeRecord,
    Task,
    ToegangMetReden,
)
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.text import search_key
from intake_desktop.services.core import access, reach
from intake_desktop.services.core.errors import AccountInactive

pytestmark = pytest.mark.both_stores

ACTORS = {  # name: (roles, team)
    **{f"{role}": ({role}, None) for role in ("baliemedewerker", "poortwachter")},
    "wisselwachter": ({"wisselwachter"}, None),
    "klantmanager-werk": ({"klantmanager"}, "werk"),
    "klantmanager-zonder-team": ({"klantmanager"}, None),
    "teamleider-werk": ({"teamleider"}, "werk"),
    "teamleider-zonder-team": ({"teamleider"}, None),
    "beheerder": ({"beheerder"}, None),
    "beleidsmedewerker": ({"beleidsmedewerker"}, None),
    "wissel-en-poort": ({"wisselwachter", "poortwachter"}, None),
    "klantmanager-en-teamleider": ({"klantmanager", "teamleider"}, "inkomen"),
    "balie-en-klantmanager": ({"baliemedewerker", "klantmanager"}, "werk"),
    "backoffice-schuldhulp": ({"backoffice"}, "schuldhulpverlening"),
    "teamleider-inkomen": ({"teamleider"}, "inkomen"),  # leads schuldhulpverlening too
    "backoffice-en-balie": ({"backoffice", "baliemedewerker"}, "bbz"),
}


def new_client(s, store, name, km=None):
    client = Client(
        first_names="Test",
        surname=name,
        search_name=search_key(name),
        birth_date=date(1980, 5, 1),
        gemeente_code=store.config.default_gemeente.code,
        status="in_traject",
        klantmanager_id=km,
    )
    s.add(client)
    s.flush()
    return client.id


def aanmelding(client_id, store, status, days_ago=0, picked_up_by=None):
    return Aanmelding(
        client_id=client_id,
        gemeente_code=store.config.default_gemeente.code,
        channel="balie",
        registered_at=utcnow() - timedelta(days=days_ago),
        route="intake",
        status=status,
        picked_up_by=picked_up_by,
    )


def clients_around(store, me, karin, ines) -> dict:
    """One client per relation to ``me`` (Karin is in team werk, Ines in inkomen)."""
    now = utcnow()
    with store.transaction() as s:
        c = {
            name: new_client(s, store, name, km)
            for name, km in (
                ("eigen", me),
                ("werk", karin),
                ("inkomen", ines),
                ("niemand", None),
                ("wachtrij", ines),
                ("oud_gesprek", ines),
                ("gesprek", ines),
                ("taak", ines),
                ("taak_klaar", ines),
                ("afspraak", ines),
                ("reden", ines),
                ("reden_verlopen", ines),
                ("opgepakt", ines),
                ("team_taak", ines),
                ("team_taak_werk", karin),
                ("team_taak_bbz", None),
                ("team_taak_klaar", ines),
                ("zelf_afgehandeld", ines),
                ("lang_geleden_afgehandeld", ines),
                ("weg", None),
            )
        }
        s.add(aanmelding(c["wachtrij"], store, "wacht_op_poortwachter", days_ago=3))
        s.add(aanmelding(c["opgepakt"], store, "afgerond", days_ago=5, picked_up_by=me))
        for name, days in (("gesprek", 3), ("oud_gesprek", 30)):
            s.add(
                IntakeRecord(
                    client_id=c[name],
                    kind="quickscan",
                    status="afgerond",
                    conducted_by=me,
                    conducted_at=now - timedelta(days=days),
                )
            )
        s.add(Task(client_id=c["taak"], kind="x", title="Bellen", assigned_to=me))
        s.add(
            Task(
                client_id=c["taak_klaar"],
                kind="x",
                title="Klaar",
                assigned_to=me,
                status="afgehandeld",
            )
        )
        s.add(Appointment(client_id=c["afspraak"], kind="werkcoach", starts_at=now, staff_id=me))
        # A back office's relations: an open task for a team, one done; tasks she
        # handled herself lately and long ago.
        for name, team, status in (
            ("team_taak", "schuldhulpverlening", "open"),
            ("team_taak_werk", "schuldhulpverlening", "open"),
            ("team_taak_bbz", "bbz", "open"),
            ("team_taak_klaar", "schuldhulpverlening", "afgehandeld"),
        ):
            s.add(
                Task(client_id=c[name], kind="x", title="Hulp", assigned_team=team, status=status)
            )
        for name, days in (("zelf_afgehandeld", 3), ("lang_geleden_afgehandeld", 30)):
            s.add(
                Task(
                    client_id=c[name],
                    kind="x",
                    title="Gedaan",
                    assigned_team="bbz",
                    status="afgehandeld",
                    done_by=me,
                    done_at=now - timedelta(days=days),
                )
            )
        for name, until in (("reden", now + timedelta(hours=2)), ("reden_verlopen", now)):
            s.add(
                ToegangMetReden(
                    staff_id=me, client_id=c[name], reason="Aan de balie", valid_until=until
                )
            )
        s.get(Client, c["weg"]).deleted_at = now  # removed: in no list
    return c


@pytest.mark.parametrize("who", ACTORS)
def test_a_list_reaches_exactly_the_clients_the_dossier_opens(store, staff_member, who):
    roles, team = ACTORS[who]
    karin = staff_member("karin", {"klantmanager"}, team="werk")
    ines = staff_member("ines", {"klantmanager"}, team="inkomen")
    me = staff_member("ik", roles, team=team)
    clients = clients_around(store, me.staff_id, karin.staff_id, ines.staff_id)
    with store.reading() as s:
        expected = {
            name: access.client_access(s, store, me, s.get(Client, client_id))
            for name, client_id in clients.items()
            if name != "weg"
        }
        by_id = {client_id: name for name, client_id in clients.items()}
        for part in PARTS:
            for change in (False, True):
                found = reach.in_reach(s, store, me, clients.values(), part, change=change)
                want = {
                    name
                    for name, rights in expected.items()
                    if (rights.may_change if change else rights.may_read)(part)
                }
                assert {by_id[c] for c in found} == want, (who, part, change)
        # Several parts at once: every one of them.
        both = reach.in_reach(s, store, me, clients.values(), "identiteit", "plannen")
        assert {by_id[c] for c in both} == {
            n for n, r in expected.items() if r.may_read("identiteit") and r.may_read("plannen")
        }


def test_a_role_taken_away_counts_no_longer_and_an_inactive_account_reaches_nobody(
    store, staff_member, beheerder
):
    from dataclasses import replace

    from intake_desktop.db.models import Staff

    me = staff_member("ik", {"klantmanager"}, team="werk")
    with store.transaction() as s:
        client_id = new_client(s, store, "Bos")
    forged = replace(me, roles=frozenset({"klantmanager", "baliemedewerker"}))
    with store.reading() as s:
        assert reach.in_reach(s, store, forged, [client_id], "identiteit") == set()
    with store.transaction() as s:
        s.get(Staff, me.staff_id).active = False
    with store.reading() as s, pytest.raises(AccountInactive):
        reach.in_reach(s, store, me, [client_id], "identiteit")


def test_a_back_office_reaches_the_clients_of_its_teams_tasks_and_no_others(store, staff_member):
    """Scope "taken": an open task for her team, a task she handled in the last
    dagen_na_gesprek days, and (as every scope) her own tasks, appointments and grants."""
    karin = staff_member("karin", {"klantmanager"}, team="werk")
    ines = staff_member("ines", {"klantmanager"}, team="inkomen")
    me = staff_member("ik", {"backoffice"}, team="schuldhulpverlening")
    clients = clients_around(store, me.staff_id, karin.staff_id, ines.staff_id)
    by_id = {client_id: name for name, client_id in clients.items()}
    with store.reading() as s:
        found = reach.in_reach(s, store, me, clients.values(), "gesprekken")
        assert {by_id[c] for c in found} == {
            "team_taak",
            "team_taak_werk",
            "zelf_afgehandeld",
            "taak",
            "afspraak",
            "reden",
        }
        changed = reach.in_reach(s, store, me, clients.values(), "plannen")
        assert changed == set()  # a back office reads no trajectplannen
    # The teamleider of inkomen leads schuldhulpverlening: its hand-overs are hers to
    # oversee, also of a client in team werk's caseload.
    leader = staff_member("tl", {"teamleider"}, team="inkomen")
    with store.reading() as s:
        found = {by_id[c] for c in reach.in_reach(s, store, leader, clients.values(), "identiteit")}
        assert "team_taak_werk" in found and "werk" not in found
