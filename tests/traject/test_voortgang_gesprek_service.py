"""The voortgangsgesprek service, the talk itself: the movement against last time, what
the previous talk shows, the talk stored by the shared conventions (the planned talk held,
early or at the office), the trajectplan's next version, the lawfulness check, the preview
of what saving sets in motion; and what is refused: invalid fields, a talk held twice, the
wrong role, a closed traject."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from intake_desktop.db.models import (
    Appointment,
    Assessment,
    AuditEvent,
    Client,
    IntakeRecord,
    Task,
    Trajectplan,
    TrajectplanVersie,
)
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.core.errors import StaleVersion
from intake_desktop.services.traject import voortgang
from intake_desktop.services.traject.errors import AlreadyRecorded, TalkNotAllowed, TrajectClosed
from intake_desktop.services.traject.voortgang import movement
from intake_desktop.services.traject.voortgang_record import GoalProgress, VoortgangInput
from tests.support.voortgang import client_in_group, first_talk_due_now, signed_plan, talk
from tests.support.voortgang import talks_of as _talks

pytestmark = pytest.mark.both_stores  # every test here runs on SQLite and PostgreSQL


def test_movement_arrows():
    assert [movement(2, 3), movement(3, 2), movement(3, 3), movement(None, 3)] == [
        "↑",
        "↓",
        "=",
        "",
    ]


def test_previous_shows_the_ambitiegesprek_the_plan_and_the_planned_talk(store, km, zorgen):
    plan = signed_plan(store, km, zorgen)
    prev = voortgang.previous(store, km, zorgen)
    assert prev.klantgroep == "zorgen"
    assert prev.scores == {"werk": 3, "financien": 2}
    assert (prev.ladder_rung, prev.ladder_target, prev.stress) == (3, 6, None)
    assert [g.description for g in prev.goals] == [g.description for g in plan.data.goals]
    assert (prev.plan_version_no, prev.plan_status) == (1, "ondertekend")
    assert prev.planned is not None and not prev.planned.due  # six months ahead
    first_talk_due_now(store, zorgen)
    assert voortgang.previous(store, km, zorgen).planned.due


def test_a_talk_is_stored_with_the_movement_and_the_planned_talk_held(store, km, zorgen):
    first_talk_due_now(store, zorgen)
    prev = voortgang.previous(store, km, zorgen)
    data = talk(prev, stress=2, scores={"werk": 4, "financien": 2, "wonen": 3}, ladder_rung=4)
    result = voortgang.hold_talk(store, km, zorgen, data)
    assert result.appointment_held == prev.planned.id and not result.group_changed
    with store.reading() as s:
        record = s.get(IntakeRecord, result.record_id)
        assert (record.kind, record.status, record.conducted_by) == (
            "voortgangsgesprek",
            "afgerond",
            km.staff_id,
        )
        assert record.details["at_home"] is True
        assert record.details["life_changes"] == "Dochter is uit huis gegaan."
        assert record.details["appointment_id"] == str(prev.planned.id)
        assert {a.domain_code: a.score for a in record.domain_answers} == {
            "werk": 4,
            "financien": 2,
            "wonen": 3,
        }
        assessment = s.scalar(select(Assessment).where(Assessment.intake_id == record.id))
        assert (assessment.ladder_rung, assessment.ladder_target) == (4, 6)
        assert assessment.details == {"stress": 2}
        talks = _talks(s, zorgen)
        assert [t.status for t in talks] == ["gehouden", "gepland"]
        # The second talk of the year stays; no third one is planned.
        assert result.next_talk == talks[1].starts_at
        # "Keuze wijkt af" was to be discussed in the first progress talk.
        assert s.scalar(select(Task.status).where(Task.kind == "keuze_wijkt_af")) == "afgehandeld"
    again = voortgang.previous(store, km, zorgen)
    assert again.scores == {"werk": 4, "financien": 2, "wonen": 3}
    assert (again.ladder_rung, again.stress, again.planned.id) == (4, 2, talks[1].id)
    moves = {c: movement(prev.scores.get(c), again.scores[c]) for c in again.scores}
    assert moves == {"werk": "↑", "financien": "=", "wonen": ""}


def test_a_talk_held_early_moves_to_today(store, km, zorgen):
    prev = voortgang.previous(store, km, zorgen)
    assert not prev.planned.due
    result = voortgang.hold_talk(store, km, zorgen, talk(prev, appointment_id=prev.planned.id))
    with store.reading() as s:
        held = s.get(Appointment, result.appointment_held)
        assert held.status == "gehouden" and abs(held.starts_at - utcnow()) < timedelta(minutes=5)


def test_an_at_home_talk_held_at_the_office_moves_in_the_agenda(store, km, zorgen):
    first_talk_due_now(store, zorgen)
    prev = voortgang.previous(store, km, zorgen)
    assert prev.planned.at_home  # planned as a home visit in the ambitiegesprek
    result = voortgang.hold_talk(store, km, zorgen, talk(prev, at_home=False))
    office = store.config.appointment_type("voortgangsgesprek").locatie
    with store.reading() as s:
        held = s.get(Appointment, result.appointment_held)
        assert (held.status, held.at_home, held.location) == ("gehouden", False, office)
        event = s.scalar(
            select(AuditEvent).where(
                AuditEvent.entity == "afspraak", AuditEvent.entity_id == held.id
            )
        )
        assert event.details == {
            "velden": ["status", "at_home", "location"],
            "status": "gehouden",
        }


def test_the_trajectplan_starts_its_next_version(store, km, zorgen):
    plan = signed_plan(store, km, zorgen)
    prev = voortgang.previous(store, km, zorgen)
    goals = [
        GoalProgress(prev.goals[0].position, "behaald", "Schuldregeling loopt"),
        GoalProgress(prev.goals[1].position, "bezig"),
    ]
    result = voortgang.hold_talk(store, km, zorgen, talk(prev, goals=goals))
    assert result.plan_version_no == 2
    with store.reading() as s:
        stored = s.get(Trajectplan, plan.id)
        assert (stored.status, stored.version_no) == ("concept", 2)
        assert [g.status for g in stored.goals] == ["behaald", "bezig"]
        signed = s.scalar(select(TrajectplanVersie).where(TrajectplanVersie.plan_id == plan.id))
        assert [g["status_label"] for g in signed.snapshot["goals"]] == ["Bezig", "Open"]
        record = s.get(IntakeRecord, result.record_id)
        assert record.details["goal_progress"][0] == {
            "position": prev.goals[0].position,
            "status": "behaald",
            "note": "Schuldregeling loopt",
        }
    # A screen opened before that change is refused, and stores nothing.
    with pytest.raises(
        StaleVersion, match="Deze gegevens zijn intussen gewijzigd door Karin Jansen"
    ):
        voortgang.hold_talk(store, km, zorgen, talk(prev))  # still shows goal 1 as bezig
    with store.reading() as s:
        assert (
            s.scalar(
                select(func.count())
                .select_from(IntakeRecord)
                .where(IntakeRecord.kind == "voortgangsgesprek")
            )
            == 1
        )


def test_unchanged_goals_leave_a_signed_plan_alone(store, km, zorgen):
    signed_plan(store, km, zorgen)
    prev = voortgang.previous(store, km, zorgen)
    assert voortgang.hold_talk(store, km, zorgen, talk(prev)).plan_version_no is None
    assert voortgang.previous(store, km, zorgen).plan_status == "ondertekend"


def test_a_lawfulness_check_closes_the_open_task_and_plans_the_next(
    store, balie, beheerder, intaker, km
):
    client_id = client_in_group(store, balie, beheerder, intaker, km, "faciliteren")
    prev = voortgang.previous(store, km, client_id)
    assert prev.rechtmatigheid_task_due is not None
    voortgang.hold_talk(store, km, client_id, talk(prev, lawfulness_checked=True))
    with store.reading() as s:
        tasks = list(
            s.scalars(
                select(Task)
                .where(Task.client_id == client_id, Task.kind == "rechtmatigheid")
                .order_by(Task.created_at)
            )
        )
    assert [t.status for t in tasks] == ["afgehandeld", "open"]
    assert tasks[0].done_by == km.staff_id
    assert tasks[1].due_at > tasks[0].due_at


def test_the_preview_tells_what_saving_sets_in_motion(store, km, zorgen):
    signed_plan(store, km, zorgen)
    prev = voortgang.previous(store, km, zorgen)
    stay = voortgang.preview(store, prev, talk(prev, appointment_id=None))
    assert (stay.klantgroep, stay.group_changes, stay.next_is_planned) == ("zorgen", False, True)
    assert stay.next_talk == prev.planned.starts_at and not stay.plan_changes
    held = voortgang.preview(store, prev, talk(prev, appointment_id=prev.planned.id))
    assert held.next_talk == prev.later_talk
    goals = [GoalProgress(prev.goals[0].position, "behaald")]
    move = voortgang.preview(
        store, prev, talk(prev, right_group=False, new_group="faciliteren", goals=goals)
    )
    assert (move.klantgroep, move.group_changes, move.next_is_planned) == (
        "faciliteren",
        True,
        False,
    )
    assert timedelta(days=170) < move.next_talk - utcnow() < timedelta(days=195)
    assert move.reassign_functie == "Participatiemakelaar"
    assert (move.plan_changes, move.plan_version_no) == (True, 2)
    matchen = voortgang.preview(store, prev, talk(prev, right_group=False, new_group="matchen"))
    assert matchen.next_talk is None and matchen.reassign_functie == "Werkcoach"


def test_validation_messages_per_field(store, km, zorgen):
    prev = voortgang.previous(store, km, zorgen)
    with pytest.raises(ValidationFailed) as err:
        voortgang.hold_talk(
            store, km, zorgen, talk(prev, stress=None, ladder_rung=7, right_group=None)
        )
    assert set(err.value.errors) == {"stress", "ladder_rung", "right_group"}
    assert "1 tot en met 5" in err.value.errors["stress"]
    with pytest.raises(ValidationFailed) as err:
        voortgang.hold_talk(
            store,
            km,
            zorgen,
            talk(prev, right_group=False, new_group="zorgen", scores={"werk": 9}),
        )
    assert set(err.value.errors) == {"new_group", "reason", "scores"}
    assert err.value.errors["new_group"] == "Kies een andere klantgroep dan de huidige."
    with pytest.raises(ValidationFailed) as err:
        voortgang.hold_talk(store, km, zorgen, talk(prev, goals=[GoalProgress(0, "klaar")]))
    assert set(err.value.errors) == {"goals"}


def test_a_held_appointment_is_not_held_twice(store, km, zorgen):
    first_talk_due_now(store, zorgen)
    prev = voortgang.previous(store, km, zorgen)
    voortgang.hold_talk(store, km, zorgen, talk(prev))
    with pytest.raises(AlreadyRecorded, match="al vastgelegd"):
        voortgang.hold_talk(store, km, zorgen, talk(prev))


def test_roles(store, balie, intaker, zorgen, km):
    for actor in (balie, intaker):
        with pytest.raises(TalkNotAllowed, match="voert de klantmanager"):
            voortgang.previous(store, actor, zorgen)
        with pytest.raises(
            TalkNotAllowed, match="Het voortgangsgesprek voert de klantmanager \\(of de"
        ):
            voortgang.hold_talk(store, actor, zorgen, VoortgangInput("zorgen"))


def test_a_closed_traject_has_no_progress_talks(store, km, zorgen):
    prev = voortgang.previous(store, km, zorgen)
    with store.transaction() as s:
        s.get(Client, zorgen).status = "afgesloten"
    with pytest.raises(TrajectClosed, match="afgesloten"):
        voortgang.hold_talk(store, km, zorgen, talk(prev))
    # Said before the dialog opens, not only at "Afronden".
    with pytest.raises(TrajectClosed, match="heropen het eerst"):
        voortgang.previous(store, km, zorgen)
