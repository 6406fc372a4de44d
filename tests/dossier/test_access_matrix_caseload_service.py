"""Role × service, the caseload stage: caseloads, redistributing, assigning a
klantmanager, the werkvoorraad and Mijn caseload. Every role alone (the klantmanager once
of the client's own team, once of another) against Karin's client Noël Maës and a client
without a klantmanager, both registered today (tests/support/access_world.py). Allowed
calls work and show the client, or leave it out of a list outside the reach; the others
raise a typed refusal with a Dutch message and leave a "geweigerd" row in the audit log.
On SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from intake_desktop.db.models import Client, Task
from intake_desktop.services.caseload import (
    caseloads,
    herverdeling,
    mijn_caseload,
    toewijzing,
    werkvoorraad,
    werkvoorraad_tasks,
)
from intake_desktop.services.caseload.errors import (
    ColleaguesTask,
    NotAssigner,
    NotTeamleider,
    OthersCaseload,
)
from intake_desktop.services.core.access import NoAccess
from tests.support.access_world import ACTORS, Call, actor_for, check_matrix, refusals

pytestmark = pytest.mark.both_stores  # every test here runs on SQLite and PostgreSQL

TEAMLEIDER = (NotTeamleider, r"Alleen een teamleider verdeelt caseloads opnieuw\.")
ASSIGNER = (NotAssigner, r"Alleen een wisselwachter of teamleider wijst klantmanagers toe\.")
OTHERS = (OthersCaseload, r"Alleen een teamleider bekijkt de caseload van een ander\.")
COLLEAGUE = (ColleaguesTask, r"Deze taak staat op naam van een collega\.")


def task_done(store, world) -> bool:
    with store.reading() as s:
        return s.get(Task, world.task_id).status == "afgehandeld"


CALLS = {
    "caseloads": Call(
        lambda st, a, w, t: caseloads.caseload_overview(st, a),
        TEAMLEIDER,
        lambda rows, w: any(r.staff_id == w.karin.staff_id and r.total == 1 for r in rows),
    ),
    "klanten van": Call(
        lambda st, a, w, t: caseloads.client_ids_of(st, a, w.karin.staff_id),
        TEAMLEIDER,
        lambda ids, w: w.client_id in ids,
    ),
    "voorstel": Call(
        lambda st, a, w, t: caseloads.propose_reassignment(
            st, a, [w.client_id], leaving=[w.karin.staff_id]
        ),
        TEAMLEIDER,
        lambda found, w: [p.client_id for p in found] == [w.client_id],
    ),
    "suggestie": Call(lambda st, a, w, t: toewijzing.suggest(st, a, w.client_id), ASSIGNER),
    "andere km": Call(lambda st, a, w, t: toewijzing.needs_other_klantmanager(st, a, w.client_id)),
    "huidige km": Call(
        lambda st, a, w, t: toewijzing.current_klantmanager(st, a, w.client_id),
        shows=lambda current, w: current.staff_id == w.karin.staff_id,
    ),
    "werkvoorraad": Call(
        lambda st, a, w, t: werkvoorraad.items(st, a),
        shows=lambda items, w: w.unassigned_id in {i.client_id for i in items},
    ),
    "tellen": Call(
        lambda st, a, w, t: werkvoorraad.counts(st, a), shows=lambda counts, w: counts.due == 1
    ),
    "caseload": Call(
        lambda st, a, w, t: mijn_caseload.clients_of(st, a, w.karin.staff_id),
        OTHERS,
        lambda rows, w: [r.client_id for r in rows] == [w.client_id],
    ),
    # Changes last, and to what is already so (Karin stays): each still checks.
    "toewijzen": Call(
        lambda st, a, w, t: toewijzing.assign(
            st,
            a,
            w.client_id,
            w.karin.staff_id,
            suggested_id=None,
            expected_current=w.karin.staff_id,
        ),
        ASSIGNER,
    ),
    "verhuizen": Call(
        lambda st, a, w, t: herverdeling.reassign_many(
            st,
            a,
            [herverdeling.Move(w.client_id, w.karin.staff_id, None, w.karin.staff_id)],
            "Verlof",
        ),
        TEAMLEIDER,
    ),
    "taak klaar": Call(
        lambda st, a, w, t: werkvoorraad_tasks.complete_task(st, a, w.task_id) or task_done(st, w),
        COLLEAGUE,
        lambda done, w: done,
    ),
}

# J works (with the client), L works without the client, R the call's role refusal,
# D refused for the part of the dossier, B refused outside the reach (see access_world).
ALLOWED = {
    #                          clds van voor sugg ander huidig wv tel cl toew verh taak
    "baliemedewerker":         "R    R   R    R    D     J      L  L   R  R    R    R",
    "poortwachter":            "R    R   R    R    J     J      L  L   R  R    R    R",
    "wisselwachter":           "R    R   R    J    J     J      J  J   R  J    R    R",
    "klantmanager team":       "R    R   R    R    J     J      L  L   R  R    R    R",
    "klantmanager ander team": "R    R   R    R    B     B      L  L   R  R    R    R",
    "teamleider":              "J    J   J    J    J     J      J  J   J  J    J    J",
    "beheerder":               "R    R   R    R    D     D      L  L   R  R    R    R",
    "beleidsmedewerker":       "R    R   R    R    D     D      L  L   R  R    R    R",
}  # fmt: skip


@pytest.mark.parametrize("role", ACTORS)
def test_each_role_may_do_what_the_table_says_and_no_more(
    store, staff_member, world, tmp_path, role
):
    check_matrix(store, actor_for(staff_member, role), world, CALLS, ALLOWED[role], tmp_path)


def other_teamleider(staff_member):
    return staff_member("tl2", {"teamleider"}, name="Tom Leider", team="inkomen")


def test_a_teamleider_of_another_team_sees_counts_but_no_client(store, staff_member, world):
    """Team inkomen's teamleider: the caseload counts of everyone, not Karin's clients;
    changing them is refused (audited) before anything changes."""
    tl = other_teamleider(staff_member)
    rows = caseloads.caseload_overview(store, tl)
    assert any(r.staff_id == world.karin.staff_id and r.total == 1 for r in rows)
    assert caseloads.client_ids_of(store, tl, world.karin.staff_id) == []
    assert caseloads.propose_reassignment(store, tl, [world.client_id]) == []
    assert mijn_caseload.clients_of(store, tl, world.karin.staff_id) == []
    # Clients without a klantmanager are every team's: hers to hand out too.
    assert world.unassigned_id in caseloads.client_ids_of(store, tl, None)
    karin, client = world.karin.staff_id, world.client_id
    for change in (
        lambda: toewijzing.assign(
            store, tl, client, karin, suggested_id=None, expected_current=karin
        ),
        lambda: herverdeling.reassign_many(
            store, tl, [herverdeling.Move(client, karin, None, karin)], "Verlof"
        ),
        lambda: werkvoorraad_tasks.complete_task(store, tl, world.task_id),
    ):
        before = refusals(store)
        with pytest.raises(NoAccess, match="buiten uw werk"):
            change()
        assert refusals(store) == before + 1
    assert not task_done(store, world)


def test_a_task_for_her_role_is_hers_to_see_and_close_the_client_stays_out_of_reach(
    store, staff_member, world
):
    """A wisselwachter's role task (a klantmanager of the right function to find) about a
    client outside the queue: listed with the client's name and hers to close; the
    assignment itself needs the client in her reach (toegang met reden otherwise)."""
    from intake_desktop.domain.toewijzing import REASSIGN_TASK
    from intake_desktop.services.core.access import NoAccess as Refused
    from tests.support.journey import a_client

    wissel = actor_for(staff_member, "wisselwachter")
    balie = staff_member("bram2", {"baliemedewerker"})
    far = a_client(store, balie, "Bakker", "999990032")
    with store.transaction() as s:
        from intake_desktop.db.models import Aanmelding

        row = s.scalar(select(Aanmelding).where(Aanmelding.client_id == far))
        row.registered_at, row.status = row.registered_at.replace(year=2020), "afgerond"
        s.get(Client, far).klantmanager_id = world.karin.staff_id
        task = Task(
            client_id=far, kind=REASSIGN_TASK, title="Zoeken", assigned_role="wisselwachter"
        )
        s.add(task)
        s.flush()
        task_id = task.id
    [item] = [i for i in werkvoorraad.items(store, wissel) if i.task_id == task_id]
    assert item.client_name == "Noël Bakker" and item.where == werkvoorraad.ASSIGN
    with pytest.raises(Refused, match="buiten uw werk"):
        toewijzing.suggest(store, wissel, far)
    werkvoorraad_tasks.complete_task(store, wissel, task_id)
    with store.reading() as s:
        assert s.get(Task, task_id).status == "afgehandeld"
