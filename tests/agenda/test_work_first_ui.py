"""The 48-hour Work First check from the werkvoorraad, by keyboard: Enter opens it, Nee,
what now, Ctrl+S; the result is stored and the planning task stays."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from intake_desktop.db.models import WorkFirstResultaat
from intake_desktop.ui.agenda.work_first_dialog import WorkFirstDialog
from intake_desktop.ui.caseload.werkvoorraad_view import WerkvoorraadView
from tests.agenda.test_work_first_service import _work_first_client
from tests.support.ui import activate, when_modal


def key(qtbot, k, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), k, modifier)


def test_not_at_work_then_the_uitkeringsintake(qtbot, store, balie, staff):
    wissel = staff[0]
    _work_first_client(store, balie, staff)
    view = WerkvoorraadView(store, wissel)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    activate(view)
    view.table.selectRow(0)
    view.table.setFocus()

    def record(dialog):
        assert isinstance(dialog, WorkFirstDialog)
        dialog.no.setFocus()
        key(qtbot, Qt.Key.Key_Space)  # Nee
        dialog.next_step.setFocus()
        key(qtbot, Qt.Key.Key_Down)  # uitkeringsintake plannen
        key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    failures = when_modal(record)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    failures.check()
    with store.reading() as s:
        row = s.scalar(select(WorkFirstResultaat))
        assert (row.at_work, row.next_step) == (False, "uitkeringsintake")
