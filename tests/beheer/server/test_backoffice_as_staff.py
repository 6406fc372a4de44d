"""The rooms around the journey in server mode, each with the store of the staff member
who works there (signed in to PostgreSQL as herself, never the DBA): Beheer (staff,
absences, the audit log), the monitoring and its exports, inburgering, closing and
reopening a traject."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from psycopg import errors

from intake_desktop.domain.clock import utcnow
from intake_desktop.services.agenda import kickoff
from intake_desktop.services.balie import ambitiegesprek, queue
from intake_desktop.services.beheer import accounts, afwezigheid, medewerkers
from intake_desktop.services.caseload import werkvoorraad
from intake_desktop.services.core import audit
from intake_desktop.services.core.errors import SignInFailed
from intake_desktop.services.monitoring import exports
from intake_desktop.services.monitoring import overview as monitoring
from intake_desktop.services.traject import (
    afsluiting,
    afsluiting_heropenen,
    inburgering,
    inburgering_brieven,
    trajectplan,
)
from tests.support.afsluiting import to_work
from tests.support.inburgering import SINCE, days, step
from tests.support.journey import a_plan, growing_client, new_aanmelding, scan, screen
from tests.support.medewerkers import update


@pytest.fixture
def office(server_db):
    """Everyone signed in on a workstation of her own: ``office.as_[who]`` is
    (store, actor). Klantmanager ``km`` (werkcoach) and teamleider ``tl`` are in team
    werk; ``sandra`` is an inkomensconsulent of team inkomen."""
    db = server_db
    people = {
        "balie": ({"baliemedewerker"}, None),
        "wissel": ({"wisselwachter"}, None),
        "km": ({"klantmanager"}, "werk"),
        "sandra": ({"klantmanager"}, "inkomen"),
        "tl": ({"teamleider"}, "werk"),
        "beheer": ({"beheerder"}, None),
        "beleid": ({"beleidsmedewerker"}, None),
    }
    db.names = {who: db.add(who, roles, team) for who, (roles, team) in people.items()}
    with db.dba() as c:
        for who, functie in (("km", "werkcoach"), ("sandra", "inkomensconsulent")):
            c.execute("UPDATE staff SET functie = %s WHERE username = %s", (functie, db.names[who]))
    db.as_ = {who: db.sign_in(name) for who, name in db.names.items()}
    return db


def client_in_traject(office):
    """Through the counter and the queue to Karin, an ambitiegesprek (groeien) and a
    saved trajectplan, each by the staff member who does it: the client's id."""
    balie_store, balie = office.as_["balie"]
    wissel_store, wissel = office.as_["wissel"]
    store, km = office.as_["km"]
    aanmelding_id = new_aanmelding(balie_store, balie)
    screen(wissel_store, wissel, aanmelding_id)
    scan(wissel_store, wissel, aanmelding_id, km.staff_id)
    client_id = queue.aanmelding_context(wissel_store, wissel, aanmelding_id).client_id
    session_id = kickoff.plan_session(
        wissel_store, wissel, "groeien", utcnow() + timedelta(days=14), "Zaal 2", "Tom", 12
    )
    data = growing_client(store, store.config, chosen="groeien", kickoff_session_id=session_id)
    ambitiegesprek.complete_ambitiegesprek(store, km, client_id, data)
    plan = trajectplan.open_plan(store, km, client_id)
    trajectplan.save_plan(store, km, plan.id, a_plan(goals=2, activities=1), plan.row_version)
    return client_id


def test_beheer_maintains_staff_and_reads_the_audit_log(office):
    store, beheer = office.as_["beheer"]
    listed = {r.username: r for r in medewerkers.list_staff(store)}
    assert set(office.names.values()) <= set(listed)
    assert listed[office.names["km"]].team == "werk"
    username = f"kees-{office.suffix}"
    kees = accounts.create_staff(
        store,
        beheer,
        accounts.NewStaff(
            username=username,
            display_name="Kees Jansen",
            password="Een-goed-wachtwoord",
            roles={"klantmanager"},
            gemeente_code=store.config.default_gemeente.code,
        ),
    )
    update(
        store,
        beheer,
        kees,
        roles={"klantmanager", "wisselwachter"},
        team="werk",
        functie="werkcoach",
        max_caseload=40,
    )
    detail = medewerkers.staff_detail(store, beheer, kees)
    assert (detail.roles, detail.team, detail.max_caseload) == (
        ("wisselwachter", "klantmanager"),
        "werk",
        40,
    )
    absence = afwezigheid.add_absence(store, beheer, kees, date.today(), date.today(), "Cursus")
    absent = {r.username: r.absent_today for r in medewerkers.list_staff(store, "klantmanager")}
    assert absent[username] and not absent[office.names["km"]]
    afwezigheid.remove_absence(store, beheer, absence)
    _, signed_in = office.sign_in(username, "Een-goed-wachtwoord")
    assert signed_in.roles == {"klantmanager", "wisselwachter"}

    # The teamleider maintains her people too (medewerkers.may_maintain).
    tl_store, tl = office.as_["tl"]
    update(tl_store, tl, kees, max_caseload=35)
    update(store, beheer, kees, active=False)

    events = audit.list_events(store, beheer, audit.AuditFilter(username=office.names["tl"]))
    assert {"aanmelden", "wijzigen"} <= {e.action for e in events}
    rows = audit.list_events(store, beheer, audit.AuditFilter(action="rij_update"))
    assert (office.names["tl"], "staff") in {(e.username, e.entity) for e in rows}
    with pytest.raises(SignInFailed):  # deactivated: her login role is NOLOGIN
        office.sign_in(username, "Een-goed-wachtwoord")


def test_monitoring_and_its_exports_for_policy_staff(office, tmp_path):
    client_in_traject(office)
    store, beleid = office.as_["beleid"]  # she reads no client row (toegang.toml: "geen")
    figures = monitoring.overview(store, beleid)
    tl_figures = monitoring.overview(*office.as_["tl"])
    assert sum(tl_figures.caseload_now.values()) == 1
    assert figures.caseload_now == tl_figures.caseload_now
    assert figures.tables()
    table = figures.tables()[0]
    exports.export_csv(store, beleid, table, tmp_path / "tabel.csv")
    exports.export_xlsx(store, beleid, figures, tmp_path / "monitoring.xlsx")
    assert (tmp_path / "tabel.csv").stat().st_size and (tmp_path / "monitoring.xlsx").exists()
    with office.dba() as c:
        done = c.execute(
            "SELECT count(*) FROM audit_event WHERE action = 'exporteren' AND username = %s",
            (office.names["beleid"],),
        ).fetchone()[0]
    assert done == 2


def test_the_klantmanager_records_an_inburgering(office):
    client_id = client_in_traject(office)
    store, km = office.as_["km"]
    inburgering.register_duty(store, km, client_id, SINCE)
    step(store, km, client_id, "handhaven", "signaal", days(60))
    view = step(store, km, client_id, "handhaven", "aanschrijving", days(50))
    letter = view.procedure("handhaven").steps[-1]
    assert letter.has_letter
    assert inburgering_brieven.letter_pdf(store, km, letter.id)[:4] == b"%PDF"
    inburgering_brieven.letter_output(store, km, letter.id, "afdrukken")
    view = inburgering.overview(store, km, client_id)
    assert view.procedure("handhaven").next_step.code == "gesprek"
    # The teamleider of her team reads it.
    tl_store, tl = office.as_["tl"]
    assert len(inburgering.overview(tl_store, tl, client_id).procedure("handhaven").steps) == 2


def test_a_traject_is_closed_handed_over_and_reopened(office):
    client_id = client_in_traject(office)
    store, km = office.as_["km"]
    context = afsluiting.prepare(store, km, client_id)
    data = to_work(context, reason="overdracht_inkomen", sector="", hours_per_week=None)
    afsluiting.close_traject(store, km, client_id, data, context.client_version)

    tl_store, tl = office.as_["tl"]
    sandra_store, sandra = office.as_["sandra"]
    assert afsluiting_heropenen.hand_over(tl_store, tl, client_id, sandra.staff_id) == "Sandra"
    kinds = [i.kind for i in werkvoorraad.items(sandra_store, sandra)]
    assert "overdracht_inkomen" in kinds

    again = afsluiting.prepare(store, km, client_id)
    assert again.status == "afgesloten"
    result = afsluiting_heropenen.reopen_traject(
        store, km, client_id, "Toch werk in zicht", again.client_version
    )
    assert result.plan_id is not None
    assert afsluiting.prepare(store, km, client_id).status == "in_traject"


@pytest.mark.parametrize(
    ("who", "counts", "free_busy"),
    [
        ("balie", False, True),  # books a debts-only aanmelding's first talk
        ("km", False, True),
        ("tl", True, True),
        ("beleid", True, False),
        ("beheer", True, True),
    ],
)
def test_counts_and_free_busy_only_for_the_roles_that_need_them(office, who, counts, free_busy):
    """What the server answers beside the rows (db/server/functions.py): the caseload
    count for the monitoring roles, colleagues' busy times for the roles that plan."""
    me = office.as_[who][1].staff_id
    for sql, allowed in (
        ("SELECT * FROM intake_security.caseload_now()", counts),
        ("SELECT * FROM intake_security.busy_times(ARRAY[%s]::uuid[], now())", free_busy),
    ):
        params = (me,) if "%s" in sql else ()
        with office.connect(office.names[who]) as c:
            if allowed:
                c.execute(sql, params).fetchall()
            else:
                with pytest.raises(errors.InsufficientPrivilege):
                    c.execute(sql, params)


def test_the_beheerder_imports_in_server_mode_without_reading_a_client(server_db, tmp_path):
    """The import knows which BSNs exist by asking the server for those in its file
    (intake_security.known_bsns), not by reading client rows she may not see."""
    from intake_desktop.services.beheer import importer

    store, beheerder = server_db.sign_in(server_db.add("beheer", {"beheerder"}))
    path = tmp_path / "klanten.csv"
    path.write_text(
        "bsn;voornamen;tussenvoegsel;achternaam;geboortedatum\n"
        "999990019;Anaïs;;Maës;05-03-1980\n"
        "999990020;Jan;de;Vries;01-01-1970\n",
        encoding="utf-8",
    )
    first = importer.import_clients(store, beheerder, path)
    assert (first.imported, first.already_present, first.errors) == (2, 0, [])
    path.write_text(
        path.read_text(encoding="utf-8") + "999990032;José;;Peña;12-12-1990\n", encoding="utf-8"
    )
    again = importer.import_clients(store, beheerder, path)
    assert (again.imported, again.already_present) == (1, 2)
    with server_db.connect(beheerder.username) as c:
        assert c.execute("SELECT count(*) FROM client").fetchone()[0] == 0
    with server_db.dba() as c:
        assert c.execute("SELECT count(*) FROM client").fetchone()[0] == 3
