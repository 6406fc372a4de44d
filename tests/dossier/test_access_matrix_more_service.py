"""Role × service, the agenda, letters, planning, Beheer and the monitoring: every role
alone (the klantmanager once of the client's own team, once of another), against Karin's
client Noël Maës, registered today (tests/support/access_world.py). Allowed calls work
and show the client, or leave it out of a list outside the reach; the others raise a
typed refusal with a Dutch message and leave a "geweigerd" row in the audit log. The
table is the specification (toegang.toml and the services' role checks). The caseload
stage has its own table (test_access_matrix_caseload_service.py). On SQLite and
PostgreSQL."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from intake_desktop.db.models import Appointment, Client
from intake_desktop.services.agenda import agenda, brieven, planning
from intake_desktop.services.agenda.errors import MayNotInvite, MayNotPlan
from intake_desktop.services.beheer import afwezigheid, medewerkers
from intake_desktop.services.beheer.errors import MaintainNotAllowed, StaffDetailNotAllowed
from intake_desktop.services.monitoring import exports
from intake_desktop.services.monitoring.errors import MonitoringNotAllowed
from tests.support.access_world import ACTORS, Call, actor_for, check_matrix, refusals

pytestmark = pytest.mark.both_stores  # every test here runs on SQLite and PostgreSQL

INVITE = (MayNotInvite, r"Uitnodigingen voor een kick-off maakt een intaker, klantmanager")
PLAN = (MayNotPlan, r"Inplannen doet een teamleider\.")
DETAIL = (StaffDetailNotAllowed, r"Alleen een beheerder of teamleider bekijkt de gegevens")
MAINTAIN = (MaintainNotAllowed, r"Alleen een beheerder of teamleider beheert medewerkers\.")
MONITOR = (MonitoringNotAllowed, r"Alleen een teamleider, beleidsmedewerker of beheerder ziet")
NEXT_MONDAY = date.today() + timedelta(days=7 - date.today().weekday())


def pages(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def folder(tmp_path, name):
    path = tmp_path / name
    path.mkdir(exist_ok=True)
    return path


CALLS = {
    "agenda": Call(
        lambda st, a, w, t: agenda.day_agenda(st, a, w.tomorrow),
        shows=lambda rows, w: w.appointment_id in {r.id for r in rows},
    ),
    "bevestiging": Call(lambda st, a, w, t: brieven.afspraak_bevestiging(st, a, w.appointment_id)),
    "afgedrukt": Call(
        lambda st, a, w, t: brieven.bevestiging_uitgevoerd(st, a, w.appointment_id, "afdrukken")
    ),
    "uitnodigen": Call(
        lambda st, a, w, t: brieven.kickoff_uitnodigingen(st, a, w.kickoff_id, folder(t, "u")),
        INVITE,
        lambda result, w: result.written == 1,
    ),
    "als pdf": Call(
        lambda st, a, w, t: brieven.kickoff_uitnodigingen_pdf(st, a, w.kickoff_id),
        INVITE,
        lambda data, w: pages(data) == 1,
    ),
    "kickoff gedrukt": Call(
        lambda st, a, w, t: brieven.kickoff_afgedrukt(st, a, w.kickoff_id, "afdrukken"),
        INVITE,
        lambda n, w: n == 1,
    ),
    "planning": Call(
        lambda st, a, w, t: planning.candidates(st, a),
        PLAN,
        lambda found, w: w.client_id in {r.client_id for r in found[0]},
    ),
    "medewerker": Call(
        lambda st, a, w, t: medewerkers.staff_detail(st, a, w.karin.staff_id), DETAIL
    ),
    "afwezig": Call(
        lambda st, a, w, t: afwezigheid.add_absence(
            st, a, w.karin.staff_id, NEXT_MONDAY, NEXT_MONDAY, ""
        ),
        MAINTAIN,
    ),
    "weghalen": Call(lambda st, a, w, t: afwezigheid.remove_absence(st, a, w.absence_id), MAINTAIN),
    "csv": Call(
        lambda st, a, w, t: exports.export_csv(st, a, w.figures.tables()[0], t / "tabel.csv"),
        MONITOR,
    ),
    "excel": Call(
        lambda st, a, w, t: exports.export_xlsx(st, a, w.figures, t / "monitoring.xlsx"), MONITOR
    ),
    # Last: it books the client (the calls above want her still without one).
    "inplannen": Call(
        lambda st, a, w, t: planning.book_in_bulk(st, a, [w.client_id], NEXT_MONDAY),
        PLAN,
        lambda booked, w: [b.client_id for b in booked] == [w.client_id],
    ),
}

# J works (with the client), L works without the client, R the call's role refusal,
# D refused for the part of the dossier, B refused outside the reach (see access_world).
ALLOWED = {
    #                          agenda bevest gedrukt uitnod pdf kgedr plan mdw afw weg csv xls inpl
    "baliemedewerker":         "L      D      D       R      R   R     R    R   R   R   R   R   R",
    "poortwachter":            "J      J      J       R      R   R     R    R   R   R   R   R   R",
    "wisselwachter":           "J      J      J       J      J   J     J    R   R   R   R   R   J",
    "klantmanager team":       "J      J      J       J      J   J     R    R   R   R   R   R   R",
    "klantmanager ander team": "L      B      B       L      L   L     R    R   R   R   R   R   R",
    "teamleider":              "J      J      J       J      J   J     J    J   J   J   J   J   J",
    "beheerder":               "L      D      D       L      L   L     L    J   J   J   J   J   D",
    "beleidsmedewerker":       "L      D      D       R      R   R     R    R   R   R   J   J   R",
}  # fmt: skip


@pytest.mark.parametrize("role", ACTORS)
def test_each_role_may_do_what_the_table_says_and_no_more(
    store, staff_member, world, tmp_path, role
):
    check_matrix(store, actor_for(staff_member, role), world, CALLS, ALLOWED[role], tmp_path)


def test_a_colleagues_agenda_shows_her_clients_in_reach_and_her_own_appointments(
    store, staff_member, world
):
    """Whose agenda one looks at does not widen the reach: Karin's day, seen by a
    klantmanager of another team, is empty; her own appointment with that client she
    sees (and so the client is in her reach)."""
    other = actor_for(staff_member, "klantmanager ander team")
    assert agenda.day_agenda(store, other, world.tomorrow, world.karin.staff_id) == []
    assert [r.id for r in agenda.day_agenda(store, world.karin, world.tomorrow)] == [
        world.appointment_id
    ]
    with store.transaction() as s:
        s.get(Appointment, world.appointment_id).staff_id = other.staff_id
    [row] = agenda.day_agenda(store, other, world.tomorrow)
    assert row.client_name == "Noël Maës"


def test_a_bulk_booking_with_one_client_outside_the_reach_books_nobody(store, staff_member, world):
    """The wisselwachter's reach is the queue: a client she never met (registered weeks
    ago, not hers) refuses the whole booking before anything is booked."""
    from intake_desktop.db.models import Aanmelding
    from intake_desktop.services.core.access import NoAccess
    from tests.support.journey import a_client

    wissel = actor_for(staff_member, "wisselwachter")
    balie = staff_member("bram2", {"baliemedewerker"})
    old = a_client(store, balie, "Bakker", "999990032")
    with store.transaction() as s:
        row = s.scalar(select(Aanmelding).where(Aanmelding.client_id == old))
        row.registered_at -= timedelta(days=30)
        row.status = "afgerond"
        s.get(Client, old).status = "in_traject"
    before = refusals(store)
    with pytest.raises(NoAccess, match="buiten uw werk"):
        planning.book_in_bulk(store, wissel, [world.client_id, old], NEXT_MONDAY)
    assert refusals(store) == before + 1
    with store.reading() as s:
        assert not s.scalars(select(Appointment).where(Appointment.kind == "ambitiegesprek")).all()
    rows, total = planning.candidates(store, wissel)
    assert old not in {r.client_id for r in rows} and total == 2  # hers and the unassigned


def test_her_own_details_a_staff_member_may_see(store, world):
    detail = medewerkers.staff_detail(store, world.karin, world.karin.staff_id)
    assert detail.team == "werk" and [a.reason for a in detail.absences] == ["Cursus"]
