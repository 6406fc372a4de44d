"""Every hand-over reaches a person and comes back: a debts-only aanmelding lands in the
schuldhulp team's werkvoorraad, a member takes it, sees what was discussed, records the
result, and the klantmanager gets the report-back (werkvoorraad and timeline). No task is
ever for nobody: the service and the database refuse it. SQLite, PostgreSQL, and
PostgreSQL as each staff member (row-level security)."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from intake_desktop.db.models import Aanmelding, AuditEvent, Overdracht, Task
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.validation import ClientInput, ValidationFailed
from intake_desktop.services.balie import aanmelding
from intake_desktop.services.beheer import medewerkers
from intake_desktop.services.beheer.accounts import NewStaff
from intake_desktop.services.caseload import werkvoorraad, werkvoorraad_tasks
from intake_desktop.services.caseload.errors import ResultNeeded
from intake_desktop.services.caseload.werkvoorraad_team import team_items
from intake_desktop.services.core.errors import TaskForNobody
from intake_desktop.services.dossier.dossier import open_dossier
from intake_desktop.services.overdracht import backoffice
from intake_desktop.services.overdracht.errors import AlreadyClaimed, NotYourTeam
from intake_desktop.services.overdracht.handover_view import handover
from tests.support.journey import new_aanmelding, scan, screen

pytestmark = pytest.mark.both_stores

DEBTS = "Alleen schulden: schuldhulpverlening"


@pytest.fixture
def people(staff_member, staff):
    wissel, km = staff
    return {
        "wissel": wissel,
        "km": km,
        "balie": staff_member("balie", {"baliemedewerker"}, name="Bram Balie"),
        "sanne": staff_member(
            "sanne", {"backoffice"}, name="Sanne Schuld", team="schuldhulpverlening"
        ),
        "sem": staff_member("sem", {"backoffice"}, name="Sem Schuld", team="schuldhulpverlening"),
        "ingrid": staff_member("ingrid", {"backoffice"}, name="Ingrid Inburg", team="inburgering"),
        "tl": staff_member("tl", {"teamleider"}, name="Tineke Teamleider", team="inkomen"),
        "tl_werk": staff_member("tlw", {"teamleider"}, name="Wim Werkleider", team="werk"),
    }


def _client_in_traject(store, people):
    item_id = new_aanmelding(store, people["balie"])
    screen(store, people["wissel"], item_id)
    scan(store, people["wissel"], item_id, people["km"].staff_id)
    with store.reading() as s:
        return s.get(Aanmelding, item_id).client_id


def _debts_only(store, actor, client_id):
    return aanmelding.register_aanmelding(
        store,
        actor,
        aanmelding.AanmeldingRequest(
            channel="balie",
            route="schuldhulpverlening",
            question="Schulden bij de energieleverancier",
            existing_client_id=client_id,
        ),
    )


def test_a_debts_only_aanmelding_reaches_the_team_and_its_result_the_klantmanager(store, people):
    client_id = _client_in_traject(store, people)
    result = _debts_only(store, people["balie"], client_id)
    assert result.client_id == client_id

    # In the werkvoorraad of every member of the schuldhulp team, not taken yet; not in
    # that of the inburgering back office, nor the klantmanager's.
    for member in ("sanne", "sem"):
        found = [i for i in werkvoorraad.items(store, people[member]) if i.team]
        assert [(i.title, i.client_name, i.where, i.claimed_by) for i in found] == [
            ("Afspraak schuldhulpverlening inplannen", "Noël Maës", werkvoorraad.HANDOVER, "")
        ]
    assert not [i for i in werkvoorraad.items(store, people["ingrid"]) if i.team]
    assert not [i for i in werkvoorraad.items(store, people["km"]) if i.team]
    # The teamleider of inkomen leads schuldhulpverlening (onder = "inkomen"): unclaimed.
    led = team_items(store, people["tl"])
    assert [(i.title, i.team) for i in led] == [
        ("Afspraak schuldhulpverlening inplannen", "schuldhulpverlening")
    ]
    assert team_items(store, people["tl_werk"]) == []
    task_id = led[0].task_id

    # Sanne takes it; Sem no longer sees it; Ingrid (another back office) may not.
    with pytest.raises(NotYourTeam):
        backoffice.claim(store, people["ingrid"], task_id)
    backoffice.claim(store, people["sanne"], task_id)
    with pytest.raises(AlreadyClaimed, match="Sanne Schuld heeft deze taak al opgepakt"):
        backoffice.claim(store, people["sem"], task_id)
    assert not [i for i in werkvoorraad.items(store, people["sem"]) if i.team]
    mine = [i for i in werkvoorraad.items(store, people["sanne"]) if i.team]
    assert [i.claimed_by for i in mine] == ["Sanne Schuld"]

    # What was discussed, without asking again.
    view = handover(store, people["sanne"], task_id)
    assert view.vraag == "Schulden bij de energieleverancier"
    assert view.report_to == "Karin Klant"
    assert [q for _at, q in view.questions] == [
        "Schulden bij de energieleverancier",
        "Werk en inkomen",
    ]
    assert {c.kind for c in view.conversations} == {"screening", "quickscan"}
    assert view.uitkomsten[0].startswith("Eerste gesprek gevoerd")

    # Closing it as a plain task is not enough: the result goes back.
    with pytest.raises(ResultNeeded):
        werkvoorraad_tasks.complete_task(store, people["sanne"], task_id)
    with pytest.raises(ValidationFailed) as bad:
        backoffice.record_result(store, people["sanne"], task_id, "Iets anders")
    assert set(bad.value.errors) == {"uitkomst"}
    done = backoffice.record_result(
        store, people["sanne"], task_id, view.uitkomsten[0], "Budgetbeheer aangevraagd."
    )
    assert done.to == "Karin Klant"

    report = [i for i in werkvoorraad.items(store, people["km"]) if i.kind == "terugmelding"]
    assert [i.title for i in report] == [
        "Terugmelding Schuldhulpverlening: Eerste gesprek gevoerd, traject schuldhulp gestart"
    ]
    assert not [i for i in werkvoorraad.items(store, people["sanne"]) if i.team]
    timeline = open_dossier(store, people["km"], client_id).timeline
    entries = {e.title: e.detail for e in timeline}
    assert entries["Overgedragen aan back office"] == (
        "Schuldhulpverlening · Schulden bij de energieleverancier"
    )
    assert entries["Terugmelding back office"] == (
        "Schuldhulpverlening · Eerste gesprek gevoerd, traject schuldhulp gestart · "
        "Budgetbeheer aangevraagd."
    )
    with store.reading() as s:
        item = s.scalar(select(Overdracht))
        assert (item.status, item.closed_by, item.report_to) == (
            "afgerond",
            people["sanne"].staff_id,
            people["km"].staff_id,
        )
        assert s.get(Task, task_id).status == "afgehandeld"
        actions = {
            (e.action, e.entity)
            for e in s.scalars(select(AuditEvent).where(AuditEvent.entity == "overdracht"))
        }
        assert actions >= {("aanmaken", "overdracht"), ("bekijken", "overdracht")}
        assert ("wijzigen", "overdracht") in actions


def test_a_quickscan_route_for_a_back_office_lands_in_its_werkvoorraad(store, people):
    item_id = new_aanmelding(store, people["balie"])
    screen(store, people["wissel"], item_id)
    scan(store, people["wissel"], item_id, people["km"].staff_id, routes=("inburgering",))
    found = [i for i in werkvoorraad.items(store, people["ingrid"]) if i.team]
    assert [(i.title, i.team) for i in found] == [
        ("Regulier inburgeringstraject starten", "inburgering")
    ]
    # The back office reaches that client (an open task for her team) but no other.
    view = handover(store, people["ingrid"], found[0].task_id)
    assert view.client_name == "Noël Maës" and view.report_to == "Karin Klant"


def test_a_teamleider_hands_a_team_task_to_a_member(store, people):
    client_id = _client_in_traject(store, people)
    _debts_only(store, people["balie"], client_id)
    task_id = team_items(store, people["tl"])[0].task_id
    with pytest.raises(Exception, match="hoort niet bij dit team"):
        backoffice.give_to(store, people["tl"], task_id, people["ingrid"].staff_id)
    backoffice.give_to(store, people["tl"], task_id, people["sem"].staff_id)
    assert [i.claimed_by for i in werkvoorraad.items(store, people["sem"]) if i.team] == [
        "Sem Schuld"
    ]
    # Taken and not yet late: no longer on the teamleider's list of loose ends.
    assert team_items(store, people["tl"]) == []


def test_no_task_is_for_nobody(store, people):
    client_id = _client_in_traject(store, people)
    with pytest.raises(TaskForNobody), store.transaction() as s:
        s.add(
            Task(
                client_id=client_id,
                kind="x",
                title="Voor niemand",
                assigned_role="schuldhulpverlening",
            )
        )
    if store.staff_login:
        return  # the database check itself is tried as the DBA below, on the other stores
    # Past the program (Core, no ORM check): the database itself refuses it.
    with pytest.raises(Exception, match="ck_task_addressed"), store.engine.begin() as c:
        c.execute(
            Task.__table__.insert().values(
                id=uuid.uuid4(),
                version=1,
                created_at=utcnow(),
                updated_at=utcnow(),
                client_id=client_id,
                kind="x",
                title="Voor niemand",
                assigned_role="schuldhulpverlening",
                status="open",
                urgent=False,
            )
        )


def _profile(team):
    return NewStaff(
        username="bo",
        display_name="Bo Back",
        password="geheim-wachtwoord",
        roles={"backoffice"},
        gemeente_code="GM9999",
        team=team,
    )


def test_a_back_office_member_needs_a_back_office(store):
    """Her werkvoorraad is her team's: a back-office role in a caseload team is nobody's."""
    errors = medewerkers.check_profile(store, _profile("werk"))
    assert errors == {"team": "Kies de back office waar deze medewerker bij hoort."}
    assert medewerkers.check_profile(store, _profile("bbz")) == {}


def test_a_new_client_with_only_debts_has_no_klantmanager_to_report_to(store, people):
    result = aanmelding.register_aanmelding(
        store,
        people["balie"],
        aanmelding.AanmeldingRequest(
            channel="telefoon",
            route="schuldhulpverlening",
            question="Schulden",
            client=ClientInput(
                first_names="Anaïs", surname="Maës", bsn="999900031", birth_date="05-03-1980"
            ),
        ),
    )
    task_id = next(i for i in werkvoorraad.items(store, people["sanne"]) if i.team).task_id
    backoffice.claim(store, people["sanne"], task_id)
    view = handover(store, people["sanne"], task_id)
    assert view.report_to == "" and view.client_id == result.client_id
    done = backoffice.record_result(store, people["sanne"], task_id, "Klant niet verschenen")
    assert done.to == ""
