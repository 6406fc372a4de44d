"""The voortgangsgesprek service when the klantgroep changes: the new group's rhythm of
talks (none for Matchen), the reassignment it asks for, the cancelled talks and their
audit, a lawfulness task that lapses, and a group that changed meanwhile."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from intake_desktop.db.models import AuditEvent, Client, IntakeRecord, KlantgroepKeuze, Task
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.toewijzing import REASSIGN_TASK
from intake_desktop.services.traject import voortgang
from intake_desktop.services.traject.errors import GroupChangedMeanwhile
from tests.support.voortgang import first_talk_due_now, talk
from tests.support.voortgang import talks_of as _talks

pytestmark = pytest.mark.both_stores  # every test here runs on SQLite and PostgreSQL


def test_zorgen_to_faciliteren_changes_group_plans_twice_a_year_and_asks_reassignment(
    store, km, zorgen
):
    first_talk_due_now(store, zorgen)
    prev = voortgang.previous(store, km, zorgen)
    reason = "Klant wil vrijwilligerswerk doen in het buurthuis"
    result = voortgang.hold_talk(
        store,
        km,
        zorgen,
        talk(prev, right_group=False, new_group="faciliteren", reason=reason, next_at_home=False),
    )
    assert result.group_changed and result.klantgroep == "faciliteren"
    assert result.reassignment_task
    with store.reading() as s:
        assert s.get(Client, zorgen).klantgroep == "faciliteren"
        history = list(
            s.scalars(
                select(KlantgroepKeuze)
                .where(KlantgroepKeuze.client_id == zorgen)
                .order_by(KlantgroepKeuze.decided_at)
            )
        )
        assert [h.klantgroep for h in history] == ["zorgen", "faciliteren"]
        assert (history[1].reason, history[1].intake_id) == (reason, result.record_id)
        talks = _talks(s, zorgen)
        assert [t.status for t in talks] == ["gehouden", "gepland", "geannuleerd"]
        new = talks[1]
        # Faciliteren: twice a year, so the next talk in about six months.
        assert timedelta(days=170) < new.starts_at - utcnow() < timedelta(days=195)
        assert new.starts_at == result.next_talk and not new.at_home
        assert new.staff_id == km.staff_id
        tasks = {t.kind: t for t in s.scalars(select(Task).where(Task.client_id == zorgen))}
        assert "participatiemakelaar" in tasks[REASSIGN_TASK].title
        # Faciliteren checks lawfulness every two years.
        assert timedelta(days=725) < tasks["rechtmatigheid"].due_at - utcnow() < timedelta(days=735)
        event = s.scalar(select(AuditEvent).where(AuditEvent.entity == "voortgangsgesprek"))
        assert event.details["klantgroep"] == "faciliteren"
        assert event.details["vorige_klantgroep"] == "zorgen"
        text = json.dumps(event.details, ensure_ascii=False)
        assert "vrijwilligerswerk" not in text and "Dochter" not in text and "schulden" not in text


def test_matchen_has_no_periodic_talk(store, km, zorgen):
    prev = voortgang.previous(store, km, zorgen)
    result = voortgang.hold_talk(
        store,
        km,
        zorgen,
        talk(prev, right_group=False, new_group="matchen", reason="Heeft een baanaanbod"),
    )
    assert result.next_talk is None
    with store.reading() as s:
        assert {t.status for t in _talks(s, zorgen)} == {"geannuleerd"}


def test_a_group_change_audits_each_cancelled_talk(store, km, zorgen):
    prev = voortgang.previous(store, km, zorgen)
    voortgang.hold_talk(
        store,
        km,
        zorgen,
        talk(prev, appointment_id=None, right_group=False, new_group="matchen", reason="Baan"),
    )
    with store.reading() as s:
        cancelled = [t.id for t in _talks(s, zorgen) if t.status == "geannuleerd"]
        events = s.scalars(
            select(AuditEvent).where(
                AuditEvent.entity == "afspraak", AuditEvent.action == "wijzigen"
            )
        ).all()
    assert len(cancelled) == 2
    assert sorted(e.entity_id for e in events) == sorted(cancelled)
    assert {json.dumps(e.details) for e in events} == {
        json.dumps({"velden": ["status"], "status": "geannuleerd"})
    }


def test_a_lawfulness_task_that_lapses_is_not_done_by_anyone(store, km, zorgen):
    prev = voortgang.previous(store, km, zorgen)
    voortgang.hold_talk(
        store,
        km,
        zorgen,
        talk(prev, right_group=False, new_group="faciliteren", reason="Vrijwilligerswerk"),
    )
    prev = voortgang.previous(store, km, zorgen)
    assert prev.rechtmatigheid_task_due is not None
    voortgang.hold_talk(
        store, km, zorgen, talk(prev, right_group=False, new_group="matchen", reason="Baan")
    )
    with store.reading() as s:
        task = s.scalar(select(Task).where(Task.kind == "rechtmatigheid"))
        assert (task.status, task.done_by, task.done_at) == ("vervallen", None, None)


def test_a_group_changed_meanwhile_is_refused(store, km, zorgen):
    prev = voortgang.previous(store, km, zorgen)
    voortgang.hold_talk(
        store, km, zorgen, talk(prev, right_group=False, new_group="groeien", reason="Wil werken")
    )
    with pytest.raises(GroupChangedMeanwhile, match="intussen gewijzigd"):
        voortgang.hold_talk(store, km, zorgen, talk(prev))
    with store.reading() as s:
        assert (
            s.scalar(
                select(func.count())
                .select_from(IntakeRecord)
                .where(IntakeRecord.kind == "voortgangsgesprek")
            )
            == 1
        )
