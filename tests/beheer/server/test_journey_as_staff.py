"""The program's own services in server mode, each called with the store of the staff
member who does it in real life (signed in to PostgreSQL as herself, never the DBA):
the counter, the queue, the klantmanager's work and the teamleider's. PostgreSQL enforces
grants, row-level security and the audit triggers; this shows the legitimate flow gets
through them. The DBA only sets what Beheer would (a functie) and what time does (an
appointment's hour coming), and reads the audit rows the database wrote."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest

from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.agenda import agenda, brieven, kickoff
from intake_desktop.services.balie import ambitiegesprek, queue, search
from intake_desktop.services.caseload import (
    caseloads,
    herverdeling,
    mijn_caseload,
    toewijzing,
    werkvoorraad,
    werkvoorraad_tasks,
)
from intake_desktop.services.core.access import NoAccess
from intake_desktop.services.dossier import dossier, notes, toegang
from intake_desktop.services.traject import (
    trajectplan,
    trajectplan_document,
    trajectplan_status,
    voortgang,
)
from tests.support.journey import a_plan, growing_client, new_aanmelding, scan, screen
from tests.support.laptop import as_input
from tests.support.voortgang import talk

REASON = "De klant staat aan de balie en de eigen klantmanager is ziek."
TOMORROW_NINE = datetime.combine(
    (utcnow() + timedelta(days=1)).astimezone().date(), time(9, 0)
).astimezone()


@pytest.fixture
def office(server_db):
    """Everyone signed in on a workstation of her own: ``office.as_[who]`` is
    (store, actor). Klantmanager ``km`` and teamleider ``tl`` are in team werk, ``km_b``
    is a klantmanager of team inkomen; both klantmanagers are werkcoach."""
    db = server_db
    people = {
        "balie": ({"baliemedewerker"}, None),
        "wissel": ({"wisselwachter"}, None),
        "km": ({"klantmanager"}, "werk"),
        "km_b": ({"klantmanager"}, "inkomen"),
        "tl": ({"teamleider"}, "werk"),
    }
    db.names = {
        who: db.add(who.replace("_", ""), roles, team) for who, (roles, team) in people.items()
    }
    with db.dba() as c:
        c.execute(
            "UPDATE staff SET functie = 'werkcoach' WHERE username = ANY(%s)",
            ([db.names["km"], db.names["km_b"]],),
        )
    db.as_ = {who: db.sign_in(name) for who, name in db.names.items()}
    return db


def through_the_counter(office, km="km", surname="Maës", bsn="999990019", hour=0):
    """Aanmelding at the counter, screening and quickscan by the wisselwachter, who
    gives the client to ``km``: (aanmelding id, client id, quickscan result)."""
    balie_store, balie = office.as_["balie"]
    wissel_store, wissel = office.as_["wissel"]
    aanmelding_id = new_aanmelding(balie_store, balie, surname, bsn)
    screen(wissel_store, wissel, aanmelding_id)
    done = scan(
        wissel_store,
        wissel,
        aanmelding_id,
        office.as_[km][1].staff_id,
        when=TOMORROW_NINE + timedelta(hours=hour),
    )
    context = queue.aanmelding_context(wissel_store, wissel, aanmelding_id)
    return aanmelding_id, context.client_id, done


def row_audit(office, client_id) -> set[tuple[str, str, str]]:
    """What the database's own triggers wrote about this client: (table, action, who)."""
    with office.dba() as c:
        return set(
            c.execute(
                "SELECT entity, action, username FROM audit_event "
                "WHERE action LIKE 'rij_%%' AND client_id = %s",
                (client_id,),
            ).fetchall()
        )


def time_passes(office, sql, *params):
    with office.dba() as c:
        c.execute(sql, params)


def test_the_counter_searches_and_registers(office):
    store, balie = office.as_["balie"]
    assert search.search_clients(store, balie, "maes").hits == []
    aanmelding_id = new_aanmelding(store, balie)
    [hit] = search.search_clients(store, balie, "maes").hits
    assert hit.surname == "Maës" and hit.bsn_masked == "******019"
    assert len(search.search_clients(store, balie, "999990019").hits) == 1
    d = dossier.open_dossier(store, balie, hit.id)
    assert d.access.read == {"identiteit", "contact", "aanmeldingen"}
    assert [a.id for a in d.aanmeldingen] == [aanmelding_id]
    assert dossier.reveal_bsn(store, balie, hit.id) == "999990019"
    typed, version = as_input(store, hit.id, phone="0612345678")
    dossier.update_client(store, balie, hit.id, version, typed, reason="test: gegevens bijgewerkt")
    with pytest.raises(NoAccess):
        notes.list_notes(store, balie, hit.id)


def test_the_wisselwachter_takes_the_queue_to_a_klantmanager(office):
    balie_store, balie = office.as_["balie"]
    store, wissel = office.as_["wissel"]
    km = office.as_["km"][1]
    aanmelding_id = new_aanmelding(balie_store, balie)
    assert [i.aanmelding_id for i in queue.today_queue(store, wissel)] == [aanmelding_id]
    assert queue.pick_up(store, wissel, aanmelding_id) == "screening"
    client_id = queue.aanmelding_context(store, wissel, aanmelding_id).client_id
    screen(store, wissel, aanmelding_id)
    assert queue.pick_up(store, wissel, aanmelding_id) == "quickscan"
    ranked = toewijzing.suggest(store, wissel, client_id)
    assert km.staff_id in {c.staff.id for c in ranked}
    scan(store, wissel, aanmelding_id, km.staff_id, when=TOMORROW_NINE)
    assert toewijzing.current_klantmanager(store, wissel, client_id).staff_id == km.staff_id
    d = dossier.open_dossier(store, wissel, client_id)
    assert {"gesprekken", "afspraken", "notities"} <= d.access.read
    assert len(d.conversations) == 2 and d.appointments
    notes.add_note(store, wissel, client_id, "Heeft de loonstroken van maart meegenomen.")
    assert [n.text for n in notes.list_notes(store, wissel, client_id)] == [
        "Heeft de loonstroken van maart meegenomen."
    ]
    kickoff.plan_session(
        store, wissel, "groeien", utcnow() + timedelta(days=14), "Zaal 2", "Tom Trainer", 12
    )


def test_the_klantmanager_from_caseload_to_progress_talk(office):
    _, client_id, done = through_the_counter(office)
    wissel_store, wissel = office.as_["wissel"]
    session_id = kickoff.plan_session(
        wissel_store, wissel, "groeien", utcnow() + timedelta(days=14), "Zaal 2", "Tom", 12
    )
    store, km = office.as_["km"]
    [mine] = mijn_caseload.clients_of(store, km, km.staff_id)
    assert mine.client_id == client_id

    # The agenda: tomorrow's work-first talk, its letter, and (once begun) held.
    [row] = agenda.day_agenda(store, km, TOMORROW_NINE.date(), km.staff_id)
    assert row.client_name == "Noël Maës"
    assert brieven.afspraak_bevestiging(store, km, row.id)[:4] == b"%PDF"
    time_passes(
        office,
        "UPDATE appointment SET starts_at = now() - interval '10 minutes' WHERE id = %s",
        done.appointment_ids[0],
    )
    agenda.record_held(store, km, done.appointment_ids[0])

    # The ambitiegesprek.
    ambitiegesprek.context(store, km, client_id)
    data = growing_client(store, store.config, chosen="groeien", kickoff_session_id=session_id)
    result = ambitiegesprek.complete_ambitiegesprek(store, km, client_id, data)
    assert result.klantgroep == "groeien" and result.progress_talks

    # The trajectplan: saved, discussed, signed, printed.
    plan = trajectplan.open_plan(store, km, client_id)
    plan = trajectplan.save_plan(store, km, plan.id, a_plan(), plan.row_version)
    trajectplan_status.mark_discussed(store, km, plan.id, plan.row_version)
    plan = trajectplan.open_plan(store, km, client_id)
    version_id = trajectplan_status.sign(store, km, plan.id, plan.row_version, "Voorbeeld")
    assert trajectplan_document.version_pdf(store, km, version_id)[:4] == b"%PDF"
    assert trajectplan_document.current_pdf(store, km, plan.id)[:4] == b"%PDF"

    # The first progress talk, its day come.
    time_passes(
        office,
        "UPDATE appointment SET starts_at = now() - interval '1 hour', "
        "ends_at = now() - interval '15 minutes' WHERE id = (SELECT id FROM appointment "
        "WHERE client_id = %s AND kind = 'voortgangsgesprek' ORDER BY starts_at LIMIT 1)",
        client_id,
    )
    prev = voortgang.previous(store, km, client_id)
    assert prev.planned is not None and prev.planned.due
    held = voortgang.hold_talk(store, km, client_id, talk(prev, ladder_rung=4))
    assert held.appointment_held == prev.planned.id

    # A note, new contact data, and the dossier with all of it.
    notes.add_note(store, km, client_id, "Heeft een sollicitatie bij Transport Noord.")
    typed, version = as_input(store, client_id, phone="0687654321", city="Zierikzee")
    dossier.update_client(store, km, client_id, version, typed, reason="test: gegevens bijgewerkt")
    d = dossier.open_dossier(store, km, client_id)
    assert (d.phone, d.city) == ("0687654321", "Zierikzee")
    assert len(d.notes) == 1 and not d.access.with_reason
    karin = office.names["km"]
    assert {
        ("client", "rij_update", karin),
        ("appointment", "rij_update", karin),
        ("intake_record", "rij_insert", karin),
        ("klantgroep_keuze", "rij_insert", karin),
        ("trajectplan", "rij_insert", karin),
        ("trajectplan_goal", "rij_insert", karin),
        ("trajectplan_versie", "rij_insert", karin),
        ("note", "rij_insert", karin),
    } <= row_audit(office, client_id)


def test_toegang_met_reden_and_the_teamleiders_review(office):
    _, other, _ = through_the_counter(office, "km_b", "Jansen", "999990020")
    store, km = office.as_["km"]
    with pytest.raises(NoAccess, match="buiten uw werk"):
        dossier.open_dossier(store, km, other)
    toegang.ask_with_reason(store, km, other, REASON)
    d = dossier.open_dossier(store, km, other)
    assert d.access.with_reason and "notities" in d.access.read
    notes.add_note(store, km, other, "Klant aan de balie geholpen; collega is ziek.")

    tl_store, tl = office.as_["tl"]
    review = [i for i in werkvoorraad.items(tl_store, tl) if i.kind == "toegang_met_reden"]
    assert [i.client_id for i in review] == [other]
    assert werkvoorraad.counts(tl_store, tl).due >= 1
    werkvoorraad_tasks.complete_task(tl_store, tl, review[0].task_id)
    with office.dba() as c:
        reviewed_by = c.execute("SELECT reviewed_by FROM toegang_met_reden").fetchone()[0]
    assert reviewed_by == tl.staff_id
    assert {
        ("toegang_met_reden", "rij_insert", office.names["km"]),
        ("toegang_met_reden", "rij_update", office.names["tl"]),
        ("note", "rij_insert", office.names["km"]),
        ("task", "rij_update", office.names["tl"]),
    } <= row_audit(office, other)


def test_the_teamleider_sees_the_caseloads_and_moves_clients(office):
    _, first, _ = through_the_counter(office)
    _, second, _ = through_the_counter(office, surname="Jansen", bsn="999990020", hour=4)
    store, tl = office.as_["tl"]
    km, km_b = office.as_["km"][1], office.as_["km_b"][1]
    rows = {r.name: r for r in caseloads.caseload_overview(store, tl)}
    assert rows[km.display_name].total == 2
    assert set(caseloads.client_ids_of(store, tl, km.staff_id)) == {first, second}
    assert [c.client_id for c in mijn_caseload.clients_of(store, tl, km.staff_id)] != []
    proposals = caseloads.propose_reassignment(store, tl, [first, second], leaving=[km.staff_id])
    assert {p.client_name for p in proposals} == {"Noël Maës", "Noël Jansen"}
    toewijzing.assign(
        store,
        tl,
        first,
        km_b.staff_id,
        suggested_id=None,
        reason="Karin gaat met zwangerschapsverlof",
        expected_current=km.staff_id,
    )
    moves = [herverdeling.Move(second, km_b.staff_id, None, km.staff_id)]
    assert herverdeling.reassign_many(store, tl, moves, "Verlof") == herverdeling.Moved(1, 0)
    with office.dba() as c:
        moved = c.execute(
            "SELECT count(*) FROM client WHERE klantmanager_id = %s", (km_b.staff_id,)
        ).fetchone()[0]
        work = c.execute(
            "SELECT count(*) FROM appointment WHERE staff_id = %s AND status = 'gepland'",
            (km_b.staff_id,),
        ).fetchone()[0]
    assert (moved, work) == (2, 2)  # the future appointments moved along
    rows = {r.name: r for r in caseloads.caseload_overview(store, tl)}
    assert rows[km_b.display_name].total == 2 and rows[km.display_name].total == 0
    # Team inkomen's clients are outside her reach now (toegang.toml: klanten = "team").
    with pytest.raises(NoAccess, match="buiten uw werk"):
        dossier.open_dossier(store, tl, first)
    tineke = office.names["tl"]
    for client_id in (first, second):
        assert {
            ("client", "rij_update", tineke),
            ("klantmanager_toewijzing", "rij_update", tineke),
            ("klantmanager_toewijzing", "rij_insert", tineke),
            ("appointment", "rij_update", tineke),
        } <= row_audit(office, client_id)


def test_the_database_audits_each_change_in_the_name_of_who_made_it(office):
    _, client_id, _ = through_the_counter(office)
    store, km = office.as_["km"]
    notes.add_note(store, km, client_id, "Gebeld over de afspraak van morgen.")
    with office.dba() as c:
        rows = set(
            c.execute(
                "SELECT entity, action, username FROM audit_event WHERE action LIKE 'rij_%%' "
                "AND entity NOT IN ('staff', 'staff_role')"
            ).fetchall()
        )
    names = office.names
    assert ("client", "rij_insert", names["balie"]) in rows
    assert ("aanmelding", "rij_insert", names["balie"]) in rows
    assert ("aanmelding", "rij_update", names["wissel"]) in rows
    assert ("intake_record", "rij_insert", names["wissel"]) in rows
    assert ("client", "rij_update", names["wissel"]) in rows  # the klantmanager given
    assert ("note", "rij_insert", names["km"]) in rows
    assert not {u for _e, _a, u in rows} - set(names.values())


def test_the_quickscan_sees_the_klantmanager_is_booked_for_a_client_out_of_its_reach(office):
    """Row-level security hides that appointment from the wisselwachter; the server's
    free/busy (intake_security.busy_times) still tells her Karin is booked then."""
    _, earlier, _ = through_the_counter(office)
    for table, column in (("aanmelding", "registered_at"), ("intake_record", "conducted_at")):
        time_passes(  # three weeks ago; the work-first talk is still tomorrow at nine
            office,
            f"UPDATE {table} SET {column} = now() - interval '21 days' WHERE client_id = %s",
            earlier,
        )
    store, wissel = office.as_["wissel"]
    for item in werkvoorraad.items(store, wissel):
        if item.client_id == earlier and item.task_id:
            werkvoorraad_tasks.complete_task(store, wissel, item.task_id)  # her part is done
    with pytest.raises(NoAccess):
        dossier.open_dossier(store, wissel, earlier)
    balie_store, balie = office.as_["balie"]
    aanmelding_id = new_aanmelding(balie_store, balie, "Jansen", "999990020")
    screen(store, wissel, aanmelding_id)
    km = office.as_["km"][1]
    with pytest.raises(ValidationFailed, match="al een afspraak"):
        scan(store, wissel, aanmelding_id, km.staff_id, when=TOMORROW_NINE + timedelta(minutes=30))
    scan(store, wissel, aanmelding_id, km.staff_id, when=TOMORROW_NINE + timedelta(hours=2))
