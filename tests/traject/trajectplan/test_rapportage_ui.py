"""A provider's report typed in from the plan: Rapportages aanbieders, the activity, the
date, attendance and text, Ctrl+S; the list shows it and the task is settled."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from intake_desktop.db.models import Task
from intake_desktop.services.traject import trajectplan
from intake_desktop.ui.traject.rapportage_dialog import RapportageDialog
from intake_desktop.ui.traject.trajectplan_dialog import TrajectplanDialog
from tests.support.ui import activate, type_text, when_modal
from tests.traject.trajectplan.test_rapportage_service import _plan


def key(qtbot, k, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), k, modifier)


def test_a_report_from_the_plan(qtbot, store, km, client_id):
    plan = trajectplan.open_plan(store, km, client_id)
    trajectplan.save_plan(
        store, km, plan.id, _plan(date.today() + timedelta(days=30)), plan.row_version
    )
    dialog = TrajectplanDialog(store, km, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    activate(dialog)
    seen: dict = {}

    def report(inner):
        assert isinstance(inner, RapportageDialog)
        assert QApplication.focusWidget() is inner.activity
        key(qtbot, Qt.Key.Key_Down)  # the Werkfit-traject
        key(qtbot, Qt.Key.Key_Tab)  # the date: today
        key(qtbot, Qt.Key.Key_Tab)
        key(qtbot, Qt.Key.Key_Down)  # goed
        key(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, QApplication.focusWidget(), "Komt elke afspraak na.")
        key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        seen["rows"] = inner.history.topLevelItemCount()
        seen["first"] = [inner.history.topLevelItem(0).text(n) for n in (1, 3, 4)]
        inner.reject()

    failures = when_modal(report, kind=RapportageDialog)
    qtbot.mouseClick(dialog.reports_button, Qt.MouseButton.LeftButton)
    failures.check()
    assert seen["rows"] == 1
    assert seen["first"] == [
        "Re-integratiebedrijf Noord",
        "Goed: komt alle afspraken na",
        "Komt elke afspraak na.",
    ]
    with store.reading() as s:
        task = s.scalar(select(Task).where(Task.kind == "rapportage_ontbreekt"))
        assert task.status == "vervallen"
