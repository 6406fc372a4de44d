"""The aanmelding dialog and the counter, driven with real keystrokes and clicks."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from sqlalchemy import select

from intake_desktop.db.models import Aanmelding, AuditEvent, Client
from intake_desktop.services.core import drafts
from intake_desktop.ui.balie.aanmelding_dialog import DRAFT_KEY, AanmeldingDialog
from intake_desktop.ui.main_window import MainWindow
from tests.support.journey import new_aanmelding
from tests.support.store import count
from tests.support.ui import activate, answer_message_box, replace_text, type_text, when_modal


@pytest.fixture
def open_dialog(request):
    opened = []

    def opener(qtbot, store, actor, **kw):
        dialog = AanmeldingDialog(store, actor, **kw)
        opened.append(dialog)
        dialog.show()
        return dialog

    yield opener
    for dialog in opened:
        if shiboken6.isValid(dialog):
            dialog.done(0)  # close without the "discard what you typed?" question
            dialog.deleteLater()


def fill_maes(qtbot, dialog):
    form = dialog.client_form
    type_text(qtbot, dialog.question, "Ik zoek werk en heb geen inkomen")
    type_text(qtbot, form.edit("bsn"), "999990019")
    type_text(qtbot, form.edit("first_names"), "Anaïs Noëlle")
    type_text(qtbot, form.edit("surname"), "Maës")
    type_text(qtbot, form.edit("birth_date"), "05-03-1980")
    type_text(qtbot, form.edit("street"), "Cafélaan")
    type_text(qtbot, form.edit("house_number"), "12")
    type_text(qtbot, form.edit("postcode"), "1234 ab")
    type_text(qtbot, form.edit("city"), "Voorbeeld")
    type_text(qtbot, form.edit("phone"), "06 12345678")
    type_text(qtbot, form.edit("email"), "anais@example.org")


def test_register_with_diacritics_then_find_and_open_dossier(qtbot, store, balie, open_dialog):
    dialog = open_dialog(qtbot, store, balie)
    fill_maes(qtbot, dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    with store.reading() as s:
        client = s.scalar(select(Client))
    assert (client.first_names, client.surname, client.street) == (
        "Anaïs Noëlle",
        "Maës",
        "Cafélaan",
    )
    assert client.postcode == "1234AB" and client.bsn == "999990019"
    assert count(store, Aanmelding) == 1

    window = MainWindow(store, balie)
    qtbot.addWidget(window)
    window.show()
    type_text(qtbot, window.search.query, "mae")
    qtbot.waitUntil(lambda: window.search.model.rowCount() == 1)
    assert window.search.model.data(window.search.model.index(0, 0)) == "Maës, Anaïs Noëlle"
    assert window.search.model.data(window.search.model.index(0, 1)) == "******019"
    qtbot.keyClick(window.search.query, Qt.Key.Key_Return)
    view = window.dossier_tab(client.id)
    assert view is not None and window.balie.currentWidget() is view
    assert view.name.text() == "Anaïs Noëlle Maës"
    assert view.bsn.text() == "******019"
    assert view.values["postcode_city"].text() == "1234 AB  Voorbeeld"
    assert view.registrations.item(0, 3).text() == "Ik zoek werk en heb geen inkomen"
    # Opening the dossier is audited; showing the BSN is audited too.
    assert (
        count(store, AuditEvent, AuditEvent.action == "bekijken", AuditEvent.client_id == client.id)
        == 1
    )
    qtbot.mouseClick(view.show_bsn_button, Qt.MouseButton.LeftButton)
    assert view.bsn.text() == "999990019"
    assert count(store, AuditEvent, AuditEvent.action == "bsn_tonen") == 1


def test_each_validation_error_is_shown_next_to_its_field(qtbot, store, balie, open_dialog):
    dialog = open_dialog(qtbot, store, balie)
    form = dialog.client_form
    type_text(qtbot, form.edit("bsn"), "123456789")
    type_text(qtbot, form.edit("surname"), "J4nsen")
    type_text(qtbot, form.edit("birth_date"), "31-02-1990")
    type_text(qtbot, form.edit("house_number"), "a12")
    type_text(qtbot, form.edit("postcode"), "0123 AB")
    type_text(qtbot, form.edit("phone"), "12345")
    type_text(qtbot, form.edit("email"), "geen-adres")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    rows = dialog.fields.rows
    expected = {
        "question": "Schrijf de vraag van de klant op.",
        "bsn": "elfproef",
        "first_names": "verplicht",
        "surname": "cijfers horen hier niet",
        "birth_date": "Deze datum bestaat niet",
        "house_number": "begint met een cijfer",
        "postcode": "1234 AB",
        "phone": "10 cijfers",
        "email": "naam@voorbeeld.nl",
    }
    for name, text in expected.items():
        assert rows[name].error.isVisible(), name
        assert text in rows[name].error.text(), (name, rows[name].error.text())
    assert not rows["street"].error.isVisible()
    assert dialog.summary.isVisible() and "niets opgeslagen" in dialog.summary.text()
    assert dialog.isVisible()  # still open, nothing lost
    assert form.edit("surname").text() == "J4nsen"
    assert count(store, Client) == 0 and count(store, Aanmelding) == 0

    # A too-short BSN and a date in the future have their own messages.
    replace_text(qtbot, form.edit("bsn"), "12345")
    replace_text(qtbot, form.edit("birth_date"), "01-01-2999")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert rows["bsn"].error.text() == "Een BSN heeft 9 cijfers."
    assert rows["birth_date"].error.text() == "De geboortedatum ligt in de toekomst."


def test_fixing_errors_then_saving_works_from_the_keyboard(qtbot, store, balie, open_dialog):
    dialog = open_dialog(qtbot, store, balie)
    fill_maes(qtbot, dialog)
    replace_text(qtbot, dialog.client_form.edit("postcode"), "0000")
    qtbot.keyClick(dialog.client_form.edit("postcode"), Qt.Key.Key_Return)
    assert dialog.fields.rows["postcode"].error.isVisible()
    assert dialog.focusWidget() is dialog.client_form.edit("postcode")
    replace_text(qtbot, dialog.client_form.edit("postcode"), "1234 AB")
    qtbot.keyClick(dialog.client_form.edit("postcode"), Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert count(store, Client) == 1


def test_ctrl_n_on_a_known_bsn_asks_only_the_contact(qtbot, store, balie):
    """Ctrl+N, a BSN already registered: the personal fields go, as for the dossier's
    "aanmelding voor bestaande klant", and the contact alone is enough to save."""
    known = new_aanmelding(store, balie)  # Noël Maës, 999990019
    window = MainWindow(store, balie)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    seen = {}

    def fill(dialog):
        form = dialog.client_form
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)  # channel -> question
        type_text(qtbot, dialog.focusWidget(), "Vraag over inburgering")
        for _ in range(2):  # question -> route -> BSN
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        assert dialog.focusWidget() is form.edit("bsn")
        assert form.edit("surname").isVisible()
        type_text(qtbot, dialog.focusWidget(), "999990019")
        seen["label"] = dialog.existing_label.text()
        seen["hidden"] = [
            name
            for name in ("first_names", "surname", "birth_date", "street", "phone")
            if not form.edit(name).isVisible()
        ]
        seen["bsn_visible"] = form.edit("bsn").isVisible()
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        seen["errors"] = [n for n, row in dialog.fields.rows.items() if row.error.isVisible()]

    failures = when_modal(fill, kind=AanmeldingDialog)
    qtbot.keyClick(window.search.query, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    failures.check()
    assert "Maës, Noël" in seen["label"] and "gekoppeld" in seen["label"]
    assert seen["hidden"] == ["first_names", "surname", "birth_date", "street", "phone"]
    assert seen["bsn_visible"] and seen["errors"] == []
    with store.reading() as s:
        client = s.scalar(select(Client))
        first = s.get(Aanmelding, known)
        linked = s.scalars(select(Aanmelding).where(Aanmelding.id != known)).one()
        assert linked.client_id == first.client_id == client.id
        assert linked.question == "Vraag over inburgering"
    assert count(store, Client) == 1
    assert (client.first_names, client.surname) == ("Noël", "Maës")  # unchanged
    assert window.balie.currentWidget().client_id == client.id  # its dossier opened


def test_a_known_bsn_changed_again_asks_the_personal_fields(qtbot, store, balie, open_dialog):
    new_aanmelding(store, balie)
    dialog = open_dialog(qtbot, store, balie)
    type_text(qtbot, dialog.client_form.edit("bsn"), "999990019")
    assert not dialog.client_form.edit("surname").isVisible()
    qtbot.keyClick(dialog.client_form.edit("bsn"), Qt.Key.Key_Backspace)
    assert dialog.found_client is None and not dialog.existing_label.isVisible()
    assert dialog.client_form.edit("surname").isVisible()
    type_text(qtbot, dialog.question, "Werk")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.fields.rows["surname"].error.isVisible()  # a new client again


def test_same_surname_and_birth_date_asks_is_this_the_same_person(qtbot, store, balie, open_dialog):
    first = open_dialog(qtbot, store, balie)
    fill_maes(qtbot, first)
    qtbot.mouseClick(first.save_button, Qt.MouseButton.LeftButton)

    second = open_dialog(qtbot, store, balie)
    fill_maes(qtbot, second)
    replace_text(qtbot, second.client_form.edit("bsn"), "999990020")
    seen: list[str] = []
    answer_message_box("Nee, nieuwe klant", seen)
    qtbot.mouseClick(second.save_button, Qt.MouseButton.LeftButton)
    assert "Is dit dezelfde persoon?" in seen[0] and "******019" in seen[0]
    assert count(store, Client) == 2

    third = open_dialog(qtbot, store, balie)
    fill_maes(qtbot, third)
    replace_text(qtbot, third.client_form.edit("bsn"), "999990032")
    answer_message_box("Ja, koppel")
    qtbot.mouseClick(third.save_button, Qt.MouseButton.LeftButton)
    assert count(store, Client) == 2 and count(store, Aanmelding) == 3


def test_third_party_route_hides_client_data_and_stores_no_client(qtbot, store, balie, open_dialog):
    dialog = open_dialog(qtbot, store, balie)
    type_text(qtbot, dialog.question, "Vraag over een huurgeschil")
    dialog.route.setFocus()
    qtbot.keyClick(dialog.route, Qt.Key.Key_End)  # last route: another service
    assert not dialog.client_box.isVisible()
    assert dialog.no_record_note.isVisible()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Kies of typ" in dialog.fields.rows["referred_to"].error.text()
    type_text(qtbot, dialog.referred_to.lineEdit(), "Juridisch Loket")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result_value.client_id is None
    assert count(store, Client) == 0
    assert count(store, Aanmelding, Aanmelding.client_id.is_(None)) == 1


def test_draft_survives_a_crash_and_is_offered_again(qtbot, store, balie, open_dialog):
    dialog = open_dialog(qtbot, store, balie)
    type_text(qtbot, dialog.question, "Mijn uitkering stopt")
    type_text(qtbot, dialog.client_form.edit("surname"), "Çelik")
    qtbot.waitUntil(lambda: drafts.load_draft(store, balie, DRAFT_KEY) is not None, timeout=3000)
    qtbot.waitUntil(
        lambda: drafts.load_draft(store, balie, DRAFT_KEY)[0]["client"]["surname"] == "Çelik",
        timeout=3000,
    )
    dialog.hide()  # the program "crashes": no cancel, no save
    dialog.deleteLater()

    answer_message_box("Yes")  # "Wilt u daarmee verdergaan?" -> Ja
    again = open_dialog(qtbot, store, balie)
    assert again.question.toPlainText() == "Mijn uitkering stopt"
    assert again.client_form.edit("surname").text() == "Çelik"


def test_cancel_asks_and_discards_the_draft(qtbot, store, balie, open_dialog):
    dialog = open_dialog(qtbot, store, balie)
    type_text(qtbot, dialog.question, "Iets")
    qtbot.waitUntil(lambda: drafts.load_draft(store, balie, DRAFT_KEY) is not None, timeout=3000)
    answer_message_box("Yes")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert drafts.load_draft(store, balie, DRAFT_KEY) is None


def test_counter_flow_from_the_keyboard_alone(qtbot, store, balie):
    """Ctrl+N, Tab through the form, Ctrl+S, then find the client and open it with Enter."""
    window = MainWindow(store, balie)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()

    def fill(dialog):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)  # channel -> question
        type_text(qtbot, dialog.focusWidget(), "Ik wil werk")
        for _ in range(2):  # question -> route -> BSN
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        type_text(qtbot, dialog.focusWidget(), "999990019")
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        type_text(qtbot, dialog.focusWidget(), "Zoë")
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)  # skip tussenvoegsel
        type_text(qtbot, dialog.focusWidget(), "Hendriks")
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        type_text(qtbot, dialog.focusWidget(), "01-02-1990")
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    failures = when_modal(fill)
    qtbot.keyClick(window.search.query, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    failures.check()
    with store.reading() as s:
        client = s.scalar(select(Client))
    assert (client.first_names, client.surname) == ("Zoë", "Hendriks")
    # Saving opened the new client's dossier; back to the search with Ctrl+F.
    assert window.balie.currentWidget().client_id == client.id
    activate(window)  # the window manager's job after a dialog closes
    assert window.isActiveWindow()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.balie.currentIndex() == 0
    type_text(qtbot, window.search.query, "hendr")
    qtbot.waitUntil(lambda: window.search.model.rowCount() == 1)
    qtbot.keyClick(window.search.query, Qt.Key.Key_Return)
    assert window.balie.currentWidget().client_id == client.id


def test_a_field_error_goes_as_soon_as_the_field_is_corrected(qtbot, store, balie, open_dialog):
    dialog = open_dialog(qtbot, store, balie)
    form, rows = dialog.client_form, dialog.fields.rows
    type_text(qtbot, form.edit("bsn"), "123456789")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    marked = {"question", "bsn", "first_names", "surname", "birth_date"}
    assert {n for n, row in rows.items() if row.error.isVisible()} == marked

    type_text(qtbot, form.edit("surname"), "Maës")  # one key is enough
    assert not rows["surname"].error.isVisible()
    assert not form.edit("surname").property("invalid")
    assert rows["bsn"].error.isVisible() and dialog.summary.isVisible()  # the rest stays
    replace_text(qtbot, form.edit("bsn"), "999990019")
    assert not rows["bsn"].error.isVisible()
    for name, text in (("first_names", "Noël"), ("birth_date", "01-01-1990")):
        type_text(qtbot, form.edit(name), text)
    type_text(qtbot, dialog.question, "Werk")
    assert not any(row.error.isVisible() for row in rows.values())
    assert not dialog.summary.isVisible()  # nothing marked any more: the line goes too
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
