"""What a closure refuses: a traject closed twice, anyone but the client's klantmanager or
a teamleider (whose closure leaves the aftercare with the klantmanager), a stale version
of the client or of its plan; nothing changes."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from intake_desktop.db.models import Afsluiting, Client, Task
from intake_desktop.services.beheer import accounts
from intake_desktop.services.core.errors import StaleVersion
from intake_desktop.services.traject import afsluiting, afsluiting_heropenen, trajectplan
from intake_desktop.services.traject.errors import AlreadyClosed, ClosureNotAllowed
from tests.support.afsluiting import caseload, to_work
from tests.support.journey import a_plan
from tests.support.staff import DEMO_PASSWORD, make_staff
from tests.support.store import count

pytestmark = pytest.mark.both_stores  # every test here runs on SQLite and PostgreSQL


def test_a_closed_traject_is_not_closed_twice(store, km, client_id):
    context = afsluiting.prepare(store, km, client_id)
    afsluiting.close_traject(store, km, client_id, to_work(context), None)
    with pytest.raises(AlreadyClosed) as info:
        afsluiting.close_traject(store, km, client_id, to_work(context), None)
    assert "al afgesloten" in str(info.value)


def test_roles_the_own_klantmanager_and_the_teamleider(
    store, beheerder, staff_member, km, teamleider, client_id
):
    other = staff_member("ahmed", {"klantmanager"}, name="Ahmed El Amrani")
    make_staff(store, "bram", {"baliemedewerker"}, actor=beheerder)
    balie = accounts.sign_in(store, "bram", DEMO_PASSWORD)
    context = afsluiting.prepare(store, km, client_id)
    for actor in (other, balie):
        with pytest.raises(ClosureNotAllowed, match="sluit de klantmanager van de klant af"):
            afsluiting.prepare(store, actor, client_id)
        with pytest.raises(
            ClosureNotAllowed, match="Een traject sluit de klantmanager van de klant af of"
        ):
            afsluiting.close_traject(store, actor, client_id, to_work(context), None)
    result = afsluiting.close_traject(
        store, teamleider, client_id, to_work(context), context.client_version
    )
    # The aftercare is for the client's klantmanager, not for the teamleider who closed.
    with store.reading() as s:
        owners = set(s.scalars(select(Task.assigned_to).where(Task.kind == "nazorg")))
    assert owners == {km.staff_id} and len(result.nazorg_tasks) == 3
    with pytest.raises(
        ClosureNotAllowed, match="Een traject sluit de klantmanager van de klant af of"
    ):
        afsluiting_heropenen.reopen_traject(store, other, client_id, "Terug", None)


def test_a_stale_version_is_refused_and_nothing_changes(store, km, teamleider, client_id):
    context = afsluiting.prepare(store, km, client_id)
    with store.transaction() as s:  # a colleague changes the client meanwhile
        s.get(Client, client_id).phone = "0612345678"
    with pytest.raises(StaleVersion, match="Deze gegevens zijn intussen gewijzigd door Bram Balie"):
        afsluiting.close_traject(store, km, client_id, to_work(context), context.client_version)
    assert count(store, Afsluiting) == 0 and caseload(store, km) == 1
    fresh = afsluiting.prepare(store, km, client_id)
    afsluiting.close_traject(store, km, client_id, to_work(fresh), fresh.client_version)
    with pytest.raises(
        StaleVersion, match="Deze gegevens zijn intussen gewijzigd door Karin Jansen"
    ):
        afsluiting_heropenen.reopen_traject(
            store, teamleider, client_id, "Terug", fresh.client_version
        )


def test_a_plan_saved_while_the_closure_screen_is_open_is_stale(store, km, client_id):
    context = afsluiting.prepare(store, km, client_id)
    plan = trajectplan.open_plan(store, km, client_id)
    trajectplan.save_plan(store, km, plan.id, a_plan(goals=3, activities=1), plan.row_version)
    with pytest.raises(StaleVersion) as info:
        afsluiting.close_traject(store, km, client_id, to_work(context), context.client_version)
    assert "Karin Jansen" in str(info.value)
    assert count(store, Afsluiting) == 0
    fresh = afsluiting.prepare(store, km, client_id)
    assert len(fresh.goals) == 3
    result = afsluiting.close_traject(store, km, client_id, to_work(fresh), fresh.client_version)
    assert result.plan_finished
