"""Toegang met reden from the main window: a client outside one's work asks why, a too
short reason is refused next to the field (the text stays), then the dossier opens and
says it is open with a reason."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from intake_desktop.ui.dossier.toegang_dialog import ToegangDialog
from intake_desktop.ui.main_window import MainWindow
from tests.support.ui import activate, type_text, when_modal


def test_a_colleague_opens_the_dossier_with_a_reason_from_the_keyboard(
    qtbot, store, staff_member, client_id
):
    ahmed = staff_member("ahmed", {"klantmanager"}, name="Ahmed El Amrani")
    window = MainWindow(store, ahmed)
    qtbot.addWidget(window)
    window.show()
    activate(window)
    seen: dict = {}

    def give_reason(dialog: ToegangDialog) -> None:
        seen["refusal"] = dialog.findChild(type(dialog.summary), "refusal").text()
        assert QApplication.focusWidget() is dialog.reason
        type_text(qtbot, dialog.reason, "even")
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        seen["error"] = dialog.fields.rows["reason"].error.text()
        seen["kept"] = dialog.reason.toPlainText()
        type_text(qtbot, dialog.reason, " kijken: de klant staat aan de balie")
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    failures = when_modal(give_reason, kind=ToegangDialog)
    view = window.open_dossier(client_id)
    failures.check()
    assert seen["refusal"].startswith("Deze klant valt buiten uw werk: u mag de identiteit")
    assert seen["error"] == "Schrijf op waarom u dit dossier nodig hebt (minstens 10 tekens)."
    assert seen["kept"] == "even"
    assert view is not None and view.client_id == client_id
    assert view.badges.text().endswith("Toegang met reden, tot het einde van vandaag")


def test_cancelling_the_question_opens_nothing(qtbot, store, staff_member, client_id):
    ahmed = staff_member("ahmed", {"klantmanager"}, name="Ahmed El Amrani")
    window = MainWindow(store, ahmed)
    qtbot.addWidget(window)
    window.show()
    failures = when_modal(lambda d: qtbot.keyClick(d.reason, Qt.Key.Key_Escape), kind=ToegangDialog)
    assert window.open_dossier(client_id) is None
    failures.check()
    assert window.dossier_tab(client_id) is None


def test_the_counter_sees_identity_and_asks_for_the_rest_with_the_button(
    qtbot, store, staff_member, client_id
):
    from datetime import timedelta

    from intake_desktop.db.models import Aanmelding
    from intake_desktop.domain.clock import utcnow
    from intake_desktop.ui.dossier.dossier_view import DossierView

    with store.transaction() as s:  # the aanmelding is long done: not in today's queue
        for item in s.query(Aanmelding):
            item.status, item.registered_at = "afgerond", utcnow() - timedelta(days=40)
    petra = staff_member("petra", {"poortwachter", "baliemedewerker"}, name="Petra Poort")
    view = DossierView(store, petra, client_id)
    qtbot.addWidget(view)
    view.show()
    tabs = view.right_tabs
    assert view.access_button.isVisible() and not view.note_button.isVisible()
    assert not tabs.isTabEnabled(tabs.indexOf(view.notes_view))

    def give_reason(dialog: ToegangDialog) -> None:
        type_text(qtbot, dialog.reason, "Klant vraagt aan de balie naar haar afspraken")
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    failures = when_modal(give_reason, kind=ToegangDialog)
    qtbot.mouseClick(view.access_button, Qt.MouseButton.LeftButton)
    failures.check()
    assert tabs.isTabEnabled(tabs.indexOf(view.notes_view))
    assert not view.access_button.isVisible() and view.note_button.isVisible()
    assert "Toegang met reden" in view.badges.text()


def test_policy_staff_find_the_search_closed_and_no_new_aanmelding(qtbot, store, staff_member):
    beleid = staff_member("beleid", {"beleidsmedewerker"}, name="Bo Beleid")
    window = MainWindow(store, beleid)
    qtbot.addWidget(window)
    window.show()
    assert not window.search.query.isEnabled()
    assert window.search.status.text() == "Met uw rol zoekt u geen klanten op."
    assert not window.search.new_button.isVisible()
