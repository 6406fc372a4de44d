"""Laptops on a home visit, the synchronisation of trajectplans: the goals merge as a whole
and a conflict can be resolved, a plan made offline while the server got one is kept as
a conflict, merged goals raise the plan's version, and a plan finished and a new one
started offline arrive without a conflict. The server is SQLite and PostgreSQL in
turn."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from intake_desktop.db.models import Trajectplan, TrajectplanGoal
from intake_desktop.services.core.errors import StaleVersion
from intake_desktop.services.laptop import checkout, sync
from intake_desktop.services.laptop.sync_conflicts import MINE, open_conflicts, resolve
from intake_desktop.services.traject import trajectplan
from intake_desktop.services.traject.trajectplan_input import GoalInput, PlanInput
from tests.support.laptop import a_laptop, add_clients

pytestmark = pytest.mark.both_stores  # every test here runs on SQLite and PostgreSQL


def test_plan_goals_merge_as_a_whole_and_a_conflict_can_be_resolved(
    store, karin, piet, tmp_path, app_config, memory_keyring
):
    [one] = add_clients(store, karin, ["Aalders"])
    plan = trajectplan.open_plan(store, karin, one)
    goal = GoalInput("werk", "Solliciteren", date.today() + timedelta(days=60), "open", [])
    plan = trajectplan.save_plan(
        store, karin, plan.id, PlanInput("Werk", [goal], "", "", None), plan.row_version
    )
    laptop = a_laptop(tmp_path, app_config, "karin")
    checkout.check_out(store, laptop, karin, [one])
    offline = trajectplan.open_plan(laptop, karin, one)
    two_goals = [goal, GoalInput("educatie", "Taalcursus", None, "open", [])]
    trajectplan.save_plan(
        laptop,
        karin,
        offline.id,
        PlanInput("Werk binnen een jaar", two_goals, "", "", None),
        offline.row_version,
    )
    result = sync.push(store, laptop, karin)
    assert result.conflicts == 0
    with store.reading() as s:
        saved = s.get(Trajectplan, plan.id)
        assert saved.doelperspectief == "Werk binnen een jaar"
        goals = s.scalars(
            select(TrajectplanGoal.description).where(TrajectplanGoal.plan_id == plan.id)
        ).all()
    assert sorted(goals) == ["Solliciteren", "Taalcursus"]

    # Now both sides change the goals: one conflict "Doelen en activiteiten".
    sync.refresh(store, laptop, karin, [one])
    offline = trajectplan.open_plan(laptop, karin, one)
    trajectplan.save_plan(
        laptop,
        karin,
        offline.id,
        PlanInput("Werk binnen een jaar", [goal], "", "", None),
        offline.row_version,
    )
    online = trajectplan.open_plan(store, karin, one)
    trajectplan.save_plan(
        store,
        karin,
        online.id,
        PlanInput(
            "Werk binnen een jaar",
            [*two_goals, GoalInput("wonen", "Huis", None, "open", [])],
            "",
            "",
            None,
        ),
        online.row_version,
    )
    result = sync.push(store, laptop, karin)
    assert result.conflicts == 1
    [conflict] = open_conflicts(laptop)
    assert conflict.field == "Doelen en activiteiten"
    assert "Solliciteren" in conflict.mine and "Huis" not in conflict.mine
    assert "Huis" in conflict.theirs
    resolve(store, laptop, karin, conflict.id, MINE)
    with store.reading() as s:
        goals = s.scalars(
            select(TrajectplanGoal.description).where(TrajectplanGoal.plan_id == plan.id)
        ).all()
    assert goals == ["Solliciteren"]


def test_a_plan_made_offline_while_the_server_got_one_is_kept_as_a_conflict(
    store, karin, tmp_path, app_config, memory_keyring
):
    [one] = add_clients(store, karin, ["Aalders"])
    laptop = a_laptop(tmp_path, app_config, "karin")
    checkout.check_out(store, laptop, karin, [one])
    offline = trajectplan.open_plan(laptop, karin, one)
    goal = GoalInput("werk", "Solliciteren", None, "open", [])
    trajectplan.save_plan(
        laptop, karin, offline.id, PlanInput("Werk", [goal], "", "", None), offline.row_version
    )
    online = trajectplan.open_plan(store, karin, one)  # meanwhile at the office
    result = sync.push(store, laptop, karin)
    assert result.conflicts == 1
    [conflict] = open_conflicts(laptop)
    assert "Solliciteren" in conflict.mine and "Werk" in conflict.mine
    resolve(store, laptop, karin, conflict.id, MINE)
    with store.reading() as s:
        plan = s.get(Trajectplan, online.id)
        assert plan.doelperspectief == "Werk"
        goals = s.scalars(
            select(TrajectplanGoal.description).where(TrajectplanGoal.plan_id == online.id)
        ).all()
    assert goals == ["Solliciteren"]


def test_merged_goals_raise_the_plan_version_so_an_old_screen_is_refused(
    store, karin, tmp_path, app_config, memory_keyring
):
    [one] = add_clients(store, karin, ["Aalders"])
    plan = trajectplan.open_plan(store, karin, one)
    laptop = a_laptop(tmp_path, app_config, "karin")
    checkout.check_out(store, laptop, karin, [one])
    offline = trajectplan.open_plan(laptop, karin, one)
    goal = GoalInput("werk", "Solliciteren", None, "open", [])
    trajectplan.save_plan(
        laptop, karin, offline.id, PlanInput("", [goal], "", "", None), offline.row_version
    )
    sync.push(store, laptop, karin)
    with pytest.raises(
        StaleVersion, match="Deze gegevens zijn intussen gewijzigd door Karin Jansen"
    ):  # a screen opened on the plan before the sync
        trajectplan.save_plan(
            store, karin, plan.id, PlanInput("Oud scherm", [], "", "", None), plan.row_version
        )


def test_a_plan_finished_and_a_new_one_started_offline_arrive_without_a_conflict(
    store, karin, tmp_path, app_config, memory_keyring
):
    [one] = add_clients(store, karin, ["Aalders"])
    old = trajectplan.open_plan(store, karin, one)
    laptop = a_laptop(tmp_path, app_config, "karin")
    checkout.check_out(store, laptop, karin, [one])
    with laptop.transaction() as s:  # as a closure and a reopening on the laptop do
        s.get(Trajectplan, old.id).status = "afgerond"
    new = trajectplan.open_plan(laptop, karin, one, start_new=True)
    assert new.id != old.id
    assert sync.push(store, laptop, karin).conflicts == 0
    with store.reading() as s:
        assert s.get(Trajectplan, old.id).status == "afgerond"
        assert s.get(Trajectplan, new.id) is not None
