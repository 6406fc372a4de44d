"""The civic-integration duty and the rules around its steps: a duty runs three years from
its start, one per client, with a start not in the future; steps come in order, once per
run, on sensible dates; who may see, register and record; a stale version; the audit log
without amounts or text. On SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from intake_desktop.db.models import AuditEvent, Inburgeringsplicht
from intake_desktop.domain import inburgering as rules
from intake_desktop.domain.inburgering import StepInput
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.core.errors import StaleVersion
from intake_desktop.services.traject import inburgering, inburgering_brieven
from intake_desktop.services.traject.errors import (
    DutyExists,
    InburgeringViewNotAllowed,
    RegisterNotAllowed,
    StepNotFound,
    StepsNotAllowed,
    WrongStep,
)
from tests.support.inburgering import SINCE, TODAY, days, handhaven_to_fine, step, stored_steps

pytestmark = pytest.mark.both_stores  # every test here runs on SQLite and PostgreSQL


# --- the duty -------------------------------------------------------------------------


def test_a_duty_runs_three_years_from_its_start_and_there_is_one_per_client(
    store, km, intaker, client_id
):
    view = inburgering.overview(store, km, client_id)
    assert view.duty is None and view.days_left is None and not view.overdue
    assert all(p.next_step is None for p in view.procedures)

    view = inburgering.register_duty(store, intaker, client_id, SINCE)  # a wisselwachter may
    assert view.duty.duty_since == SINCE
    assert view.duty.deadline == rules.add_years(SINCE, 3)
    assert view.days_left == (view.duty.deadline - TODAY).days < 0
    assert view.overdue and view.duty.status == "loopt"
    assert not view.can_edit  # a wisselwachter registers, but records no steps
    assert [p.code for p in view.procedures] == ["handhaven", "beboeten", "ontheffen", "verlengen"]
    assert view.procedure("handhaven").next_step.code == "signaal"
    assert view.procedure("beboeten").next_step is None  # only after "Naar beboeten"

    with pytest.raises(DutyExists, match="al een inburgeringsplicht"):
        inburgering.register_duty(store, km, client_id, TODAY)
    with store.reading() as s:
        assert len(s.scalars(select(Inburgeringsplicht)).all()) == 1


def test_a_duty_has_a_start_not_in_the_future_and_a_deadline_after_it(store, km, client_id):
    with pytest.raises(ValidationFailed) as failed:
        inburgering.register_duty(store, km, client_id, None)
    assert set(failed.value.errors) == {"duty_since"}
    with pytest.raises(ValidationFailed) as failed:
        inburgering.register_duty(store, km, client_id, TODAY + timedelta(days=1))
    assert "toekomst" in failed.value.errors["duty_since"]
    with pytest.raises(ValidationFailed) as failed:
        inburgering.register_duty(store, km, client_id, days(10), deadline=days(20))
    assert set(failed.value.errors) == {"deadline"}
    view = inburgering.register_duty(
        store, km, client_id, date(2024, 2, 29), deadline=None, today=date(2024, 3, 1)
    )
    assert view.duty.deadline == date(2027, 2, 28)


# --- rules ----------------------------------------------------------------------------


def test_steps_come_in_order_once_per_run_with_sensible_dates(store, km, client_id, duty):
    with pytest.raises(WrongStep, match="Signaal"):
        step(store, km, client_id, "handhaven", "aanschrijving")
    step(store, km, client_id, "handhaven", "signaal", days(10))
    with pytest.raises(WrongStep, match="Aanschrijving"):
        step(store, km, client_id, "handhaven", "signaal", days(9))  # once per run
    with pytest.raises(StepNotFound, match="bestaat niet"):
        step(store, km, client_id, "handhaven", "onbekend")
    for on, part in (
        (TODAY + timedelta(days=1), "toekomst"),
        (days(11), "vorige stap"),
    ):
        with pytest.raises(ValidationFailed) as failed:
            step(store, km, client_id, "handhaven", "aanschrijving", on)
        assert part in failed.value.errors["occurred_on"]
    with pytest.raises(ValidationFailed) as failed:
        step(store, km, client_id, "verlengen", "verzoek", SINCE - timedelta(days=1))
    assert "start van de inburgeringsplicht" in failed.value.errors["occurred_on"]
    version = inburgering.overview(store, km, client_id).duty.version
    with pytest.raises(ValidationFailed) as failed:
        inburgering.record_step(
            store, km, client_id, "handhaven", "aanschrijving", StepInput(), version
        )
    assert set(failed.value.errors) == {"occurred_on"}
    assert len(stored_steps(store, client_id)) == 1


def test_who_may_see_register_and_record(store, km, teamleider, intaker, balie, client_id):
    with pytest.raises(InburgeringViewNotAllowed, match="bekijkt een klantmanager"):
        inburgering.overview(store, balie, client_id)
    with pytest.raises(RegisterNotAllowed, match="legt een klantmanager"):
        inburgering.register_duty(store, balie, client_id, SINCE)
    view = inburgering.register_duty(store, intaker, client_id, SINCE)
    with pytest.raises(StepsNotAllowed, match="legt de klantmanager"):
        inburgering.record_step(
            store, intaker, client_id, "handhaven", "signaal", StepInput(TODAY), view.duty.version
        )
    with pytest.raises(
        StepsNotAllowed, match="Stappen van de handhaving legt de klantmanager \\(of de"
    ):
        inburgering.mark_fulfilled(store, intaker, client_id, view.duty.version)
    assert inburgering.overview(store, intaker, client_id).duty is not None
    view = step(store, teamleider, client_id, "handhaven", "signaal")
    assert view.can_edit and view.procedure("handhaven").steps[0].recorded_by == "Teun Leider"
    with pytest.raises(
        StepsNotAllowed, match="Stappen van de handhaving legt de klantmanager \\(of de"
    ):
        inburgering_brieven.letter_pdf(store, intaker, view.procedure("handhaven").steps[0].id)


def test_a_step_on_a_stale_version_is_refused(store, km, teamleider, client_id, duty):
    seen = inburgering.overview(store, km, client_id).duty.version
    step(store, teamleider, client_id, "verlengen", "verzoek", days(2))
    with pytest.raises(StaleVersion) as stale:
        inburgering.record_step(
            store, km, client_id, "handhaven", "signaal", StepInput(TODAY), seen
        )
    assert stale.value.changed_by == "Teun Leider"
    with pytest.raises(
        StaleVersion, match="Deze gegevens zijn intussen gewijzigd door Teun Leider"
    ):
        inburgering.mark_fulfilled(store, km, client_id, seen)
    assert [s.procedure for s in stored_steps(store, client_id)] == ["verlengen"]


def test_every_view_and_change_is_audited_without_amounts_or_text(store, km, client_id, duty):
    handhaven_to_fine(store, km, client_id)
    step(store, km, client_id, "beboeten", "voornemen", days(20))
    step(store, km, client_id, "beboeten", "zienswijze", days(10))
    step(
        store, km, client_id, "beboeten", "beschikking", decision="Boete opgelegd", amount="340,00"
    )
    with store.reading() as s:
        rows = s.scalars(
            select(AuditEvent)
            .where(AuditEvent.entity == "inburgering")
            .order_by(AuditEvent.occurred_at)
        ).all()
    assert {r.client_id for r in rows} == {client_id}
    creates = [r.details for r in rows if r.action == "aanmaken"]
    assert creates[0] == {"velden": ["duty_since", "deadline"]}
    assert creates[4] == {
        "procedure": "handhaven",
        "stap": "besluit",
        "besluit": "Naar beboeten",
        "velden": ["occurred_on", "decision"],
    }
    assert creates[-1]["velden"] == ["occurred_on", "decision", "amount_cents"]
    assert len(creates) == 1 + 4 + 3
    assert sum(r.action == "bekijken" for r in rows) >= 7  # each step() looked first
    everything = repr([r.details for r in rows])
    assert "340" not in everything and "34000" not in everything and "Maës" not in everything
