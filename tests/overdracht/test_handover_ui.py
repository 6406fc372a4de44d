"""The back office at work, from the keyboard: the hand-over in the werkvoorraad, Enter
opens it with what was discussed, Oppakken, the result and its explanation, Ctrl+S; the
klantmanager's werkvoorraad then holds the report-back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from intake_desktop.db.models import Aanmelding, Overdracht, Task
from intake_desktop.services.balie import aanmelding
from intake_desktop.services.caseload import werkvoorraad
from intake_desktop.ui.caseload.werkvoorraad_view import TEAM_MODE, WerkvoorraadView
from intake_desktop.ui.overdracht.handover_dialog import HandoverDialog
from tests.support.journey import new_aanmelding, scan, screen
from tests.support.ui import activate, answer_message_box, type_text, when_modal


def key(qtbot, k, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), k, modifier)


def _hand_over(store, balie, staff):
    wissel, km = staff
    item = new_aanmelding(store, balie)
    screen(store, wissel, item)
    scan(store, wissel, item, km.staff_id)
    with store.reading() as s:
        client_id = s.get(Aanmelding, item).client_id
    aanmelding.register_aanmelding(
        store,
        balie,
        aanmelding.AanmeldingRequest(
            channel="telefoon",
            route="schuldhulpverlening",
            question="Aanmaning van de zorgverzekeraar",
            existing_client_id=client_id,
        ),
    )
    return client_id


def test_a_member_takes_the_hand_over_and_reports_back(qtbot, store, balie, staff, staff_member):
    km = staff[1]
    _hand_over(store, balie, staff)
    sanne = staff_member("sanne", {"backoffice"}, name="Sanne Schuld", team="schuldhulpverlening")
    view = WerkvoorraadView(store, sanne)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    row = next(n for n, i in enumerate(view.shown) if i.team)
    assert view.table.item(row, 4).text() == "Schuldhulpverlening · nog niet opgepakt"
    activate(view)
    view.table.selectRow(row)
    view.table.setFocus()
    seen: dict = {}

    def work(dialog):
        assert isinstance(dialog, HandoverDialog)
        text = dialog.discussed.toPlainText()
        seen["discussed"] = text
        assert QApplication.focusWidget() is dialog.claim_button
        qtbot.keyClick(dialog.claim_button, Qt.Key.Key_Space)  # Oppakken
        seen["who"] = dialog.who.text()
        assert QApplication.focusWidget() is dialog.uitkomst
        key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # nothing chosen
        seen["error"] = dialog.fields.rows["uitkomst"].error.text()
        dialog.uitkomst.setFocus()
        key(qtbot, Qt.Key.Key_Down)  # the first outcome
        key(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, QApplication.focusWidget(), "Betalingsregeling getroffen.")
        answer_message_box("OK", seen.setdefault("done", []))
        key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    failures = when_modal(work)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    failures.check()
    assert "Aanmaning van de zorgverzekeraar" in seen["discussed"]
    assert "Quickscan" in seen["discussed"] and "Screening" in seen["discussed"]
    assert seen["who"] == "Opgepakt door Sanne Schuld"
    assert seen["error"] == "Kies wat er uit de overdracht kwam."
    assert seen["done"] == [
        "Teruggemeld: de terugmelding staat in de werkvoorraad van Karin Klant."
    ]
    assert not [i for i in view.items if i.team]  # done: gone from her list
    with store.reading() as s:
        item = s.scalar(select(Overdracht))
        assert (item.status, item.toelichting) == ("afgerond", "Betalingsregeling getroffen.")
        assert item.uitkomst == "Eerste gesprek gevoerd, traject schuldhulp gestart"
        back = s.scalar(select(Task).where(Task.kind == "terugmelding"))
        assert back.assigned_to == km.staff_id
    assert [i.title for i in werkvoorraad.items(store, km) if i.kind == "terugmelding"]


def test_the_teamleider_sees_the_loose_ends_of_her_teams_and_hands_one_out(
    qtbot, store, balie, staff, staff_member
):
    _hand_over(store, balie, staff)
    staff_member("sem", {"backoffice"}, name="Sem Schuld", team="schuldhulpverlening")
    leader = staff_member("tl", {"teamleider"}, name="Tineke Teamleider", team="inkomen")
    view = WerkvoorraadView(store, leader)
    qtbot.addWidget(view)
    view.show()
    activate(view)
    view.filter.setCurrentIndex(view.filter.findData(TEAM_MODE))  # reads her teams' list
    assert [(i.title, i.team) for i in view.shown] == [
        ("Afspraak schuldhulpverlening inplannen", "schuldhulpverlening")
    ]
    view.table.selectRow(0)
    view.table.setFocus()

    def give(dialog):
        assert dialog.member.currentText() == "Sem Schuld"
        qtbot.mouseClick(dialog.give_button, Qt.MouseButton.LeftButton)
        assert dialog.who.text() == "Opgepakt door Sem Schuld"
        dialog.reject()

    failures = when_modal(give)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    failures.check()
    assert view.shown == []  # taken, not late: no longer a loose end
