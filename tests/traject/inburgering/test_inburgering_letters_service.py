"""The letters of the inburgering steps: the fine, extension and exemption letters say what
was decided, a reprint says what the first print said (deadline and signer of its day), a
deadline typed in at registration stays until it moves; amounts in euros with a comma and
decisions that fit their column. On SQLite and on PostgreSQL."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from intake_desktop.db.models import AuditEvent, Client, Staff
from intake_desktop.domain import inburgering as rules
from intake_desktop.services.traject import inburgering, inburgering_brieven
from intake_desktop.services.traject.errors import NoLetter
from tests.support.inburgering import SINCE, TODAY, days, handhaven_to_fine, step
from tests.support.staff import make_staff

pytestmark = pytest.mark.both_stores  # every test here runs on SQLite and PostgreSQL


def text_of(pdf: bytes) -> tuple[str, int]:
    reader = PdfReader(io.BytesIO(pdf))
    text = " ".join(page.extract_text() for page in reader.pages)
    return " ".join(text.split()), len(reader.pages)


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
        # Karin and Piet are one team, so she still reaches the client (toegang.toml).
        s.get(Staff, piet).team = s.get(Staff, km.staff_id).team = "werk"

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
