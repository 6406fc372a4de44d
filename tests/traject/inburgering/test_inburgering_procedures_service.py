"""The four inburgering procedures end to end, each with its effects: handhaven step by
step to a decision that opens beboeten, a fine stored in cents once per "Naar beboeten",
ontheffen that ends the duty, verlengen that moves the deadline (and a refusal that does
not), and a fulfilled duty that takes no more steps. On SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from intake_desktop.db.models import Inburgeringsplicht
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.traject import inburgering
from intake_desktop.services.traject.errors import DutyNotRunning, FineFirst
from tests.support.inburgering import TODAY, days, handhaven_to_fine, step, stored_steps

pytestmark = pytest.mark.both_stores  # every test here runs on SQLite and PostgreSQL


def test_handhaven_goes_step_by_step_to_a_decision_that_opens_beboeten(store, km, client_id, duty):
    step(store, km, client_id, "handhaven", "signaal", days(60))
    view = step(store, km, client_id, "handhaven", "aanschrijving", days(50))
    assert view.procedure("handhaven").next_step.code == "gesprek"
    step(store, km, client_id, "handhaven", "gesprek", days(40))
    with pytest.raises(ValidationFailed) as failed:
        step(store, km, client_id, "handhaven", "besluit", days(30))
    assert set(failed.value.errors) == {"decision"}
    with pytest.raises(ValidationFailed, match="decision: Kies het besluit\\."):
        step(store, km, client_id, "handhaven", "besluit", days(30), decision="Iets anders")
    view = step(store, km, client_id, "handhaven", "besluit", days(30), decision="Naar beboeten")

    handhaven = view.procedure("handhaven")
    assert [(s.step, s.decision, s.run) for s in handhaven.steps] == [
        ("signaal", "", 1),
        ("aanschrijving", "", 1),
        ("gesprek", "", 1),
        ("besluit", "Naar beboeten", 1),
    ]
    assert [s.has_letter for s in handhaven.steps] == [False, True, False, True]
    assert handhaven.next_step.code == "signaal" and handhaven.run == 2  # a next run
    assert view.procedure("beboeten").next_step.code == "voornemen"
    assert view.duty.status == "loopt" and view.duty.deadline == duty.duty.deadline

    # A second handhaving that keeps the duty does not open another fine.
    step(store, km, client_id, "handhaven", "signaal", days(5))
    view = step(store, km, client_id, "handhaven", "aanschrijving", days(4))
    assert [s.run for s in view.procedure("handhaven").steps] == [1, 1, 1, 1, 2, 2]


def test_beboeten_stores_the_fine_in_cents_once_per_naar_beboeten(store, km, client_id, duty):
    with pytest.raises(FineFirst, match="Naar beboeten"):
        step(store, km, client_id, "beboeten", "voornemen", days(20))
    handhaven_to_fine(store, km, client_id)
    step(store, km, client_id, "beboeten", "voornemen", days(20))
    step(store, km, client_id, "beboeten", "zienswijze", days(10))
    for typed, part in (
        ("", "Vul het bedrag"),
        ("250.50", "komma"),
        ("twee", "komma"),
        ("0,00", "meer dan"),
        ("1.250,01", "hoogste boete"),
    ):
        with pytest.raises(ValidationFailed) as failed:
            step(
                store,
                km,
                client_id,
                "beboeten",
                "beschikking",
                decision="Boete opgelegd",
                amount=typed,
            )
        assert set(failed.value.errors) == {"amount"}, typed
        assert part in failed.value.errors["amount"], typed
    view = step(
        store,
        km,
        client_id,
        "beboeten",
        "beschikking",
        decision="Boete opgelegd",
        amount="€ 1.250,00",
    )
    fine = view.procedure("beboeten").steps[-1]
    assert (fine.decision, fine.amount_cents) == ("Boete opgelegd", 125_000)
    assert stored_steps(store, client_id)[-1].amount_cents == 125_000
    assert view.duty.status == "loopt"  # a fine does not end the duty
    # The next fine needs a new handhaving decision.
    assert view.procedure("beboeten").next_step is None
    assert "Naar beboeten" in view.procedure("beboeten").blocked

    # Deciding against a fine stores no amount, even when one is typed.
    handhaven_to_fine(store, km, client_id)
    step(store, km, client_id, "beboeten", "voornemen", days(3))
    step(store, km, client_id, "beboeten", "zienswijze", days(2))
    view = step(
        store,
        km,
        client_id,
        "beboeten",
        "beschikking",
        decision="Afgezien van boete",
        amount="100,00",
    )
    last = view.procedure("beboeten").steps[-1]
    assert (last.decision, last.amount_cents, last.run) == ("Afgezien van boete", None, 2)


def test_ontheffen_with_a_reason_ends_the_duty(store, km, client_id, duty):
    step(store, km, client_id, "ontheffen", "aanvraag", days(30))
    step(store, km, client_id, "ontheffen", "onderzoek", days(20))
    with pytest.raises(ValidationFailed) as failed:
        step(store, km, client_id, "ontheffen", "besluit", decision="Ontheffing verleend")
    assert set(failed.value.errors) == {"reason"}
    with pytest.raises(ValidationFailed, match="reason: Kies de reden\\."):
        step(
            store,
            km,
            client_id,
            "ontheffen",
            "besluit",
            decision="Ontheffing verleend",
            reason="Geen zin",
        )
    # A refusal keeps the duty; a new request is a second run.
    view = step(
        store,
        km,
        client_id,
        "ontheffen",
        "besluit",
        days(10),
        decision="Ontheffing geweigerd",
        reason="Leeftijd",
    )
    assert view.duty.status == "loopt"
    assert view.procedure("ontheffen").next_step.code == "aanvraag"
    step(store, km, client_id, "ontheffen", "aanvraag", days(8))
    step(store, km, client_id, "ontheffen", "onderzoek", days(6))
    view = step(
        store,
        km,
        client_id,
        "ontheffen",
        "besluit",
        days(5),
        decision="Ontheffing verleend",
        reason="Medische gronden",
    )

    assert view.duty.status == "ontheffing" and not view.overdue
    granted = view.procedure("ontheffen").steps[-1]
    assert (granted.decision, granted.reason, granted.run) == (
        "Ontheffing verleend",
        "Medische gronden",
        2,
    )
    assert all(p.next_step is None for p in view.procedures)
    with pytest.raises(DutyNotRunning, match="loopt niet meer"):
        step(store, km, client_id, "handhaven", "signaal")
    with pytest.raises(DutyNotRunning, match="loopt niet meer"):
        inburgering.mark_fulfilled(store, km, client_id, view.duty.version)


def test_verlengen_moves_the_deadline_and_a_refusal_does_not(store, km, client_id, duty):
    old = duty.duty.deadline
    step(store, km, client_id, "verlengen", "verzoek", days(20))
    with pytest.raises(ValidationFailed) as failed:
        step(store, km, client_id, "verlengen", "besluit", decision="Termijn verlengd")
    assert set(failed.value.errors) == {"new_deadline"}
    with pytest.raises(ValidationFailed) as failed:
        step(
            store,
            km,
            client_id,
            "verlengen",
            "besluit",
            decision="Termijn verlengd",
            new_deadline=old,
        )
    assert "na de huidige termijn" in failed.value.errors["new_deadline"]
    with pytest.raises(ValidationFailed) as failed:
        step(
            store,
            km,
            client_id,
            "verlengen",
            "besluit",
            decision="Termijn verlengd",
            new_deadline=old + timedelta(days=10),
        )  # before the decision
    assert "na de datum van het besluit" in failed.value.errors["new_deadline"]

    view = step(
        store,
        km,
        client_id,
        "verlengen",
        "besluit",
        days(10),
        decision="Verlenging geweigerd",
        new_deadline=TODAY + timedelta(days=99),
    )
    assert view.duty.deadline == old and view.overdue
    assert view.procedure("verlengen").steps[-1].new_deadline is None

    new = TODAY + timedelta(days=180)
    step(store, km, client_id, "verlengen", "verzoek", days(5))
    view = step(
        store,
        km,
        client_id,
        "verlengen",
        "besluit",
        days(1),
        decision="Termijn verlengd",
        new_deadline=new,
    )
    assert view.duty.deadline == new and view.days_left == 180 and not view.overdue
    assert [(s.step, s.run) for s in view.procedure("verlengen").steps] == [
        ("verzoek", 1),
        ("besluit", 1),
        ("verzoek", 2),
        ("besluit", 2),
    ]
    with store.reading() as s:
        assert s.scalar(select(Inburgeringsplicht.deadline)) == new


def test_a_fulfilled_duty_takes_no_more_steps(store, km, client_id, duty):
    step(store, km, client_id, "handhaven", "signaal", days(3))
    view = inburgering.mark_fulfilled(store, km, client_id, duty.duty.version + 1)
    assert view.duty.status == "voldaan" and not view.overdue
    assert "loopt niet meer" in view.procedure("handhaven").blocked
    with pytest.raises(DutyNotRunning, match="loopt niet meer"):
        step(store, km, client_id, "handhaven", "aanschrijving")
