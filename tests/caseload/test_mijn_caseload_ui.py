"""Mijn caseload on screen: Enter in the filter opens the client's dossier."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from intake_desktop.services.beheer import accounts
from intake_desktop.ui.main_window import MainWindow
from tests.support.caseload import client, klantmanager
from tests.support.staff import DEMO_PASSWORD
from tests.support.ui import activate, type_text


def key(qtbot, k, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), k, modifier)


def test_enter_in_the_filter_opens_the_selected_or_first_client(qtbot, store, beheerder):
    km = klantmanager(store, beheerder, "karin", functie="werkcoach")
    ids = {
        name: client(store, klantgroep="groeien", km=km, surname=name)
        for name in ("Jansen", "Janssens", "Özdemir", "Pietersen")
    }
    window = MainWindow(store, accounts.sign_in(store, "karin", DEMO_PASSWORD))
    qtbot.addWidget(window)
    window.show()
    activate(window)
    key(qtbot, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)  # Mijn caseload
    view = window.caseload_view
    assert QApplication.focusWidget() is view.filter

    type_text(qtbot, view.filter, "özd")  # the only one
    key(qtbot, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.balie
    assert window.balie.currentWidget().client_id == ids["Özdemir"]

    key(qtbot, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    view.filter.setFocus()
    view.filter.selectAll()
    type_text(qtbot, view.filter, "jans")  # two match: the first is selected
    assert view.table.rowCount() == 2
    key(qtbot, Qt.Key.Key_Enter)
    assert window.balie.currentWidget().client_id == ids["Jansen"]

    key(qtbot, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    view.table.selectRow(1)  # another one chosen in the list, then Enter in the filter
    view.filter.setFocus()
    key(qtbot, Qt.Key.Key_Return)
    assert window.balie.currentWidget().client_id == ids["Janssens"]

    key(qtbot, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    view.filter.setFocus()
    view.filter.selectAll()
    type_text(qtbot, view.filter, "xyz")  # nobody: Enter does nothing
    key(qtbot, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.caseload
