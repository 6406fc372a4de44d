"""Writing a note from the dossier with the keyboard: Alt+N opens the dialog, Ctrl+S
saves, the dossier shows the note; an empty note is refused next to its field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from intake_desktop.db.models import Draft, Note
from intake_desktop.services.core import drafts
from intake_desktop.services.dossier import notes
from intake_desktop.ui.dossier.dossier_view import DossierView
from intake_desktop.ui.dossier.note_dialog import NoteDialog
from intake_desktop.ui.main_window import MainWindow
from tests.support.store import count
from tests.support.ui import activate, answer_message_box, type_text, when_modal


def open_view(qtbot, store, actor, client_id) -> DossierView:
    view = DossierView(store, actor, client_id)
    qtbot.addWidget(view)
    view.show()
    activate(view)
    return view


def test_a_note_typed_in_the_dialog_is_stored_and_shown_in_the_dossier(qtbot, store, km, client_id):
    view = open_view(qtbot, store, km, client_id)
    assert view.note_button.isVisible()
    assert view.notes_view.toPlainText() == "Nog geen notities."
    seen = {}

    def write(dialog):
        assert isinstance(dialog, NoteDialog)
        seen["focus"] = QApplication.focusWidget() is dialog.text
        type_text(qtbot, dialog.text, "Klant gebeld over de afspraak.")
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
        type_text(qtbot, dialog.text, "Komt dinsdag met zijn zus.")
        qtbot.keyClick(dialog.text, Qt.Key.Key_Tab)  # Tab leaves the text for the checkbox
        seen["tab"] = QApplication.focusWidget() is dialog.at_home
        qtbot.keyClick(dialog.at_home, Qt.Key.Key_Space)
        qtbot.keyClick(dialog.at_home, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    failures = when_modal(write)
    qtbot.mouseClick(view.note_button, Qt.MouseButton.LeftButton)
    failures.check()
    assert seen == {"focus": True, "tab": True}

    with store.reading() as s:
        note = s.scalar(select(Note))
        assert note.body == "Klant gebeld over de afspraak.\nKomt dinsdag met zijn zus."
        assert note.at_home and note.author_id == km.staff_id
    assert count(store, Draft) == 0  # saved: no draft left behind
    assert view.right_tabs.currentWidget() is view.notes_view
    assert view.right_tabs.tabText(view.right_tabs.currentIndex()) == "Notities (1)"
    shown = view.notes_view.toPlainText()
    assert "Klant gebeld over de afspraak.\nKomt dinsdag met zijn zus." in shown
    assert "Karin Jansen" in shown and "huisbezoek" in shown


def test_alt_n_in_the_main_window_opens_the_note_and_ctrl_enter_saves(qtbot, store, km, client_id):
    # The search tab's "&Nieuwe aanmelding" is hidden behind the dossier: no clash.
    window = MainWindow(store, km)
    qtbot.addWidget(window)
    window.show()
    activate(window)
    view = window.open_dossier(client_id)
    seen = []

    def write(dialog):
        seen.append(type(dialog).__name__)
        type_text(qtbot, dialog.text, "Afspraak: klant levert loonstroken in voor vrijdag.")
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    failures = when_modal(write)
    qtbot.keyClick(view.edit_button, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    # A mnemonic "animates" the click: the dialog opens a moment later.
    qtbot.waitUntil(lambda: bool(seen) and not QApplication.activeModalWidget(), timeout=5000)
    failures.check()
    assert seen == ["NoteDialog"]
    assert [n.text for n in view.dossier.notes] == [
        "Afspraak: klant levert loonstroken in voor vrijdag."
    ]
    assert "loonstroken" in view.notes_view.toPlainText()


def test_an_empty_note_shows_the_error_next_to_the_field_and_stores_nothing(
    qtbot, store, km, client_id
):
    view = open_view(qtbot, store, km, client_id)
    seen = {}

    def try_empty(dialog):
        type_text(qtbot, dialog.text, "   ")
        qtbot.keyClick(dialog.text, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        error = dialog.findChild(type(dialog.summary), "text_error")
        seen["error"] = error.text() if error.isVisible() else ""
        seen["summary"] = dialog.summary.isVisible()
        seen["open"] = dialog.isVisible()
        seen["focus"] = QApplication.focusWidget() is dialog.text
        qtbot.keyClick(dialog.text, Qt.Key.Key_Escape)  # nothing typed: closes at once

    failures = when_modal(try_empty)
    qtbot.mouseClick(view.note_button, Qt.MouseButton.LeftButton)
    failures.check()
    assert seen == {
        "error": "Schrijf eerst de notitie.",
        "summary": True,
        "open": True,
        "focus": True,
    }
    assert count(store, Note) == 0
    assert view.notes_view.toPlainText() == "Nog geen notities."


def test_escape_with_text_asks_first_and_keeps_the_draft_until_thrown_away(
    qtbot, store, km, client_id
):
    dialog = NoteDialog(store, km, client_id, "Noël Maës")
    qtbot.addWidget(dialog)
    dialog.show()
    activate(dialog)
    type_text(qtbot, dialog.text, "Half geschreven notitie")
    dialog.drafts.save_if_dirty()
    assert drafts.load_draft(store, km, f"notitie:{client_id}")[0]["text"] == (
        "Half geschreven notitie"
    )
    answer_message_box("No")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # "No": keep writing
    answer_message_box("Yes")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert drafts.load_draft(store, km, f"notitie:{client_id}") is None
    assert count(store, Note) == 0


def test_a_draft_is_offered_again_after_a_crash(qtbot, store, km, client_id):
    drafts.save_draft(
        store, km, f"notitie:{client_id}", {"text": "Van voor de crash", "at_home": True}
    )
    answer_message_box("Yes")
    dialog = NoteDialog(store, km, client_id, "Noël Maës")
    qtbot.addWidget(dialog)
    assert dialog.text.toPlainText() == "Van voor de crash"
    assert dialog.at_home.isChecked()


def test_the_counter_clerk_sees_no_notes_and_no_button(qtbot, store, km, balie, client_id):
    """Need to know (toegang.toml): the counter reads identity, contact and aanmeldingen."""
    notes.add_note(store, km, client_id, "Klant gebeld")
    view = open_view(qtbot, store, balie, client_id)
    assert not view.note_button.isVisible()
    assert "Klant gebeld" not in view.notes_view.toPlainText()
    tabs = view.right_tabs
    for widget in (view.notes_view, tabs.conversations, tabs.agenda):
        index = tabs.indexOf(widget)
        assert not tabs.isTabEnabled(index)
        assert tabs.tabToolTip(index) == "Niet zichtbaar met uw rol."
    assert view.notes_view.toPlainText() == "Niet zichtbaar met uw rol."
