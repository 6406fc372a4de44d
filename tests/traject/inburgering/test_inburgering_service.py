"""Enforcing the civic-integration duty: each of the four inburgering procedures end to
end with its effects, the order and date rules, the fields per step, roles, a stale
version, the audit log and the letters (on SQLite and on PostgreSQL)."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from intake_desktop.db.models import AuditEvent, Client, Inburgeringsplicht
from intake_desktop.domain import inburgering as rules
from intake_desktop.domain.inburgering import StepInput
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.core.errors import StaleVersion
from intake_desktop.services.traject import inburgering, inburgering_brieven
from intake_desktop.services.traject.errors import (
    DutyExists,
    DutyNotRunning,
    FineFirst,
    InburgeringViewNotAllowed,
    NoLetter,
    RegisterNotAllowed,
    StepNotFound,
    StepsNotAllowed,
    WrongStep,
)
from tests.support.inburgering import days, handhaven_to_fine, step, stored_steps
from tests.support.staff import make_staff

pytestmark = pytest.mark.both_stores  # every test here runs on SQLite and PostgreSQL

TODAY = date.today()
SINCE = TODAY - timedelta(days=1200)  # the three years ran out some 100 days ago


@pytest.fixture
def duty(store, km, client_id):
    return inburgering.register_duty(store, km, client_id, SINCE)


def text_of(pdf: bytes) -> tuple[str, int]:
    reader = PdfReader(io.BytesIO(pdf))
    text = " ".join(page.extract_text() for page in reader.pages)
    return " ".join(text.split()), len(reader.pages)


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


# --- the four procedures --------------------------------------------------------------
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


# --- letters --------------------------------------------------------------------------
def test_the_fine_letter_names_the_client_the_decision_and_the_amount(store, km, client_id, duty):
    handhaven_to_fine(store, km, client_id)
    step(store, km, client_id, "beboeten", "voornemen", days(20))
    step(store, km, client_id, "beboeten", "zienswijze", days(10))
    view = step(
        store,
        km,
        client_id,
        "beboeten",
        "beschikking",
        days(1),
        decision="Boete opgelegd",
        amount="1.250,00",
    )
    fine = view.procedure("beboeten").steps[-1]
    text, pages = text_of(inburgering_brieven.letter_pdf(store, km, fine.id))
    assert pages == 1
    for part in (
        "Noël Maës",
        "Kerkstraat 7",
        "1234 AB Voorbeeld",
        "Betreft: uw inburgeringsplicht; beboeten: boetebeschikking",
        "Boete opgelegd",
        "€ 1.250,00",
        "******019",
        "bezwaar",
        "Karin Jansen",
    ):
        assert part in text, part
    assert "999990019" not in text
    from intake_desktop.documents.brieven import long_date

    assert long_date(days(1)) in text  # dated on the day of the step

    zienswijze = view.procedure("beboeten").steps[-2]
    with pytest.raises(NoLetter, match="geen brief"):
        inburgering_brieven.letter_pdf(store, km, zienswijze.id)
    assert fine.letter_printed_at is None
    printed = inburgering_brieven.letter_output(store, km, fine.id, "afdrukken")
    again = inburgering.overview(store, km, client_id).procedure("beboeten").steps[-1]
    assert again.letter_printed_at == printed
    with store.reading() as s:
        output = s.scalars(select(AuditEvent).where(AuditEvent.action == "afdrukken")).all()
    assert [(o.entity, o.entity_id, o.details) for o in output] == [
        (
            "inburgering",
            fine.id,
            {"procedure": "beboeten", "stap": "beschikking", "uitvoer": "afdrukken"},
        )
    ]


def test_extension_and_exemption_letters_say_what_was_decided(store, km, client_id, duty):
    new = TODAY + timedelta(days=200)
    step(store, km, client_id, "verlengen", "verzoek", days(3))
    view = step(
        store,
        km,
        client_id,
        "verlengen",
        "besluit",
        days(2),
        decision="Termijn verlengd",
        new_deadline=new,
    )
    from intake_desktop.documents.brieven import long_date

    text, pages = text_of(
        inburgering_brieven.letter_pdf(store, km, view.procedure("verlengen").steps[-1].id)
    )
    assert pages == 1
    assert "Termijn verlengd" in text and f"uiterlijk op {long_date(new)}" in text

    step(store, km, client_id, "ontheffen", "aanvraag", days(2))
    step(store, km, client_id, "ontheffen", "onderzoek", days(1))
    view = step(
        store,
        km,
        client_id,
        "ontheffen",
        "besluit",
        decision="Ontheffing verleend",
        reason="Medische gronden",
    )
    text, pages = text_of(
        inburgering_brieven.letter_pdf(store, km, view.procedure("ontheffen").steps[-1].id)
    )
    assert pages == 1
    assert "ontheffing te verlenen" in text and "Medische gronden" in text


def test_amounts_are_typed_in_euros_with_a_comma():
    assert rules.parse_euros("250") == 25_000
    assert rules.parse_euros("250,5") == 25_050
    assert rules.parse_euros(" € 1.250,00 ") == 125_000
    assert rules.parse_euros("0,99") == 99
    for bad in ("", "250.50", "1,2,3", "12,345", "-5", "1.25,00"):
        with pytest.raises(ValueError):
            rules.parse_euros(bad)
    assert rules.format_euros(125_050) == "€ 1.250,50"
    assert rules.format_euros(None) == ""


def test_every_configured_decision_fits_its_column(app_config):
    for procedure in app_config.inburgering.procedures:
        for stap in procedure.stappen:
            for decision in stap.besluiten:
                assert len(decision) <= rules.DECISION_MAX, decision


def test_a_reprint_after_an_extension_says_what_the_first_print_said(
    store, km, teamleider, beheerder, client_id, duty
):
    """The letter of an earlier step keeps the deadline of its day and its signer, even
    after the deadline moved and the client got another klantmanager."""
    from intake_desktop.documents.brieven import long_date
    from intake_desktop.domain.validation import format_date

    first_deadline = SINCE.replace(year=SINCE.year + 3)
    step(store, km, client_id, "handhaven", "signaal", days(60))
    view = step(store, km, client_id, "handhaven", "aanschrijving", days(50))
    summons = view.procedure("handhaven").steps[-1]
    printed = inburgering_brieven.letter_pdf(store, km, summons.id)
    inburgering_brieven.letter_output(store, km, summons.id, "afdrukken")
    first, _ = text_of(printed)
    assert f"liep af op {long_date(first_deadline)}" in first
    assert "Karin Jansen" in first
    assert f"brief van {format_date(days(50))}" in first  # the footer: not the print day

    # The deadline moves (recorded by the teamleider) and another klantmanager takes over.
    new = TODAY + timedelta(days=300)
    step(store, teamleider, client_id, "verlengen", "verzoek", days(20))
    view = step(
        store,
        teamleider,
        client_id,
        "verlengen",
        "besluit",
        days(19),
        decision="Termijn verlengd",
        new_deadline=new,
    )
    piet = make_staff(store, "piet", {"klantmanager"}, actor=beheerder, name="Piet Pieters")
    with store.transaction() as s:
        s.get(Client, client_id).klantmanager_id = piet

    again, _ = text_of(inburgering_brieven.letter_pdf(store, km, summons.id))
    assert again == first  # word for word the letter that was sent
    assert long_date(new) not in again and "Piet Pieters" not in again

    # The extension's own letter is signed by who decided it; a later step's letter has
    # the moved deadline.
    extension = view.procedure("verlengen").steps[-1]
    text, _ = text_of(inburgering_brieven.letter_pdf(store, km, extension.id))
    assert f"uiterlijk op {long_date(new)}" in text and "Teun Leider" in text
    step(store, km, client_id, "handhaven", "gesprek", days(10))
    view = step(
        store,
        km,
        client_id,
        "handhaven",
        "besluit",
        days(9),
        decision="Plicht blijft, verder inburgeren",
    )
    text, _ = text_of(
        inburgering_brieven.letter_pdf(store, km, view.procedure("handhaven").steps[-1].id)
    )
    assert f"uiterlijk op {long_date(new)}" in text
    assert long_date(first_deadline) not in text

    # A refused second request: its letter has the deadline of the first extension.
    later = new + timedelta(days=100)
    step(store, km, client_id, "verlengen", "verzoek", days(5))
    view = step(
        store,
        km,
        client_id,
        "verlengen",
        "besluit",
        days(4),
        decision="Verlenging geweigerd",
    )
    refusal = view.procedure("verlengen").steps[-1]
    refused, _ = text_of(inburgering_brieven.letter_pdf(store, km, refusal.id))
    step(store, km, client_id, "verlengen", "verzoek", days(2))
    step(
        store,
        km,
        client_id,
        "verlengen",
        "besluit",
        days(1),
        decision="Termijn verlengd",
        new_deadline=later,
    )
    assert text_of(inburgering_brieven.letter_pdf(store, km, refusal.id))[0] == refused
    assert f"uiterlijk op {long_date(new)}" in refused and long_date(later) not in refused


def test_a_deadline_typed_in_at_registration_stays_in_the_letters_until_it_moves(
    store, km, client_id
):
    from intake_desktop.documents.brieven import long_date

    own = TODAY + timedelta(days=40)
    inburgering.register_duty(store, km, client_id, SINCE, own)
    step(store, km, client_id, "handhaven", "signaal", days(3))
    view = step(store, km, client_id, "handhaven", "aanschrijving", days(2))
    text, _ = text_of(
        inburgering_brieven.letter_pdf(store, km, view.procedure("handhaven").steps[-1].id)
    )
    assert f"uiterlijk op {long_date(own)}" in text
