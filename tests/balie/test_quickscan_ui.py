"""The quickscan dialog on screen: finishing with life domains left empty asks once."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from intake_desktop.db.models import Aanmelding
from intake_desktop.services.balie import screening
from intake_desktop.services.beheer import accounts
from intake_desktop.ui.balie.quickscan_dialog import QuickscanDialog
from tests.support.journey import new_aanmelding
from tests.support.staff import DEMO_PASSWORD, make_staff
from tests.support.ui import activate, answer_message_box, type_text


@pytest.fixture
def wissel(store, beheerder, balie):
    make_staff(store, "wissel", {"poortwachter", "wisselwachter"}, actor=beheerder)
    make_staff(store, "km", {"klantmanager"}, actor=beheerder, name="Karin Klant")
    return accounts.sign_in(store, "wissel", DEMO_PASSWORD)


@pytest.fixture
def dialog(qtbot, store, balie, wissel):
    item_id = new_aanmelding(store, balie)
    screening.complete_screening(
        store,
        wissel,
        item_id,
        screening.ScreeningInput(eligibility="onduidelijk", eligibility_reason="Uitzoeken"),
    )
    dialog = QuickscanDialog(store, wissel, item_id, "Noël Maës")
    qtbot.addWidget(dialog)
    dialog.show()
    activate(dialog)
    dialog.item_id = item_id
    yield dialog
    dialog.done(0)


def key(qtbot, k, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), k, modifier)


def ctrl_enter(qtbot):
    key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_finishing_with_empty_life_domains_names_them_and_asks_once(qtbot, store, dialog):
    type_text(qtbot, dialog.domain_widgets["werk"][0], "Wil werk in de zorg")
    ctrl_enter(qtbot)  # step 2
    type_text(qtbot, dialog.summary, "Werk zoeken")
    seen: list[str] = []

    # Annuleren: back to the first empty domain, in view, with the focus there.
    answer_message_box("Annuleren", seen)
    ctrl_enter(qtbot)
    assert "Bij deze leefgebieden is niets ingevuld" in seen[0]
    listed = [line[2:] for line in seen[0].splitlines() if line.startswith("• ")]
    assert listed == [
        "Educatie en opleiding",
        "Inburgering en taal",
        "Zorg en welzijn",
        "Wonen",
        "Sociaal netwerk",
        "Financiën en schulden",
    ]
    assert dialog.steps.currentIndex() == 0
    activate(dialog)  # the window manager's job after a message box
    assert dialog.focusWidget() is dialog.domain_widgets["educatie"][0]
    assert not dialog.domain_widgets["educatie"][0].visibleRegion().isEmpty()  # in view

    # Something noted for educatie takes it off the list.
    type_text(qtbot, dialog.domain_widgets["educatie"][1], "Wil een mbo-diploma")
    ctrl_enter(qtbot)
    answer_message_box("Toch afronden", seen)
    ctrl_enter(qtbot)  # finishing: the benefit is not chosen yet, so it is refused ...
    activate(dialog)
    assert "Educatie en opleiding" not in seen[1] and "Wonen" in seen[1]
    assert dialog.isVisible() and dialog.fields.rows["benefit"].error.isVisible()

    # ... and finishing again does not ask about the same empty domains.
    watch = answer_message_box("Toch afronden", seen, timeout_ms=1500)
    dialog.benefit.setFocus()
    key(qtbot, Qt.Key.Key_Down)
    assert not dialog.fields.rows["benefit"].error.isVisible()  # corrected: gone at once
    assert dialog.fields.rows["routes"].error.isVisible()
    dialog.route_boxes["work_first"].setFocus()
    key(qtbot, Qt.Key.Key_Space)
    assert not dialog.fields.rows["routes"].error.isVisible()
    ctrl_enter(qtbot)
    watch.stop()
    assert len(seen) == 2
    assert dialog.result() == dialog.DialogCode.Accepted
    with store.reading() as s:
        assert s.get(Aanmelding, dialog.item_id).status == "afgerond"


def test_an_appointment_time_is_one_tab_stop_typed_as_it_reads(qtbot, store, dialog):
    ctrl_enter(qtbot)  # step 2
    work_first = dialog.route_boxes["work_first"]
    work_first.setFocus()
    key(qtbot, Qt.Key.Key_Space)
    key(qtbot, Qt.Key.Key_Tab)
    when = dialog.route_times["work_first"]
    assert QApplication.focusWidget() is when
    qtbot.keyClicks(when, "17-03-2031 14:15")
    key(qtbot, Qt.Key.Key_Tab)  # straight on to the next route
    assert QApplication.focusWidget() is dialog.route_boxes["uitkeringsintake"]
    assert when.dateTime().toPython() == datetime(2031, 3, 17, 14, 15)
    assert "F4 of Alt+Omlaag" in when.toolTip() and "Meenemen:" in when.toolTip()
    assert dialog.collect()["times"]["work_first"].startswith("2031-03-17T14:15")
