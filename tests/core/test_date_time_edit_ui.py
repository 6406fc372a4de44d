"""Date and date-time inputs: one Tab stop, typed as dd-mm-jjjj uu:mm, F4 or Alt+Down
for the calendar."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from intake_desktop.ui.widgets.date_time_edit import DateEdit, DateTimeEdit
from tests.support.ui import activate


@pytest.fixture
def form(qtbot):
    """A line edit, the date-time input, a date input, a line edit."""
    window = QWidget()
    layout = QVBoxLayout(window)
    before, after = QLineEdit(), QLineEdit()
    when = DateTimeEdit(datetime(2026, 3, 2, 9, 0))
    day = DateEdit(date(2026, 3, 2))
    for widget in (before, when, day, after):
        layout.addWidget(widget)
    qtbot.addWidget(window)
    window.show()
    activate(window)
    yield before, when, day, after
    window.close()


def key(qtbot, k, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), k, modifier)


def test_one_tab_stop_each_typed_as_it_reads(qtbot, form):
    before, when, day, after = form
    before.setFocus()
    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is when
    qtbot.keyClicks(when, "15-04-2026 10:30")
    assert when.dateTime().toPython() == datetime(2026, 4, 15, 10, 30)
    key(qtbot, Qt.Key.Key_Tab)  # one Tab leaves it (Qt's own takes five)
    assert QApplication.focusWidget() is day
    qtbot.keyClicks(day, "01-05-2026")
    assert day.date().toPython() == date(2026, 5, 1)
    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after
    key(qtbot, Qt.Key.Key_Backtab)
    key(qtbot, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is when
    qtbot.keyClicks(when, "16-04-2026 11:45")  # back in, typing starts at the day again
    assert when.dateTime().toPython() == datetime(2026, 4, 16, 11, 45)
    assert "dd-mm-jjjj uu:mm" in when.toolTip() and "F4" in when.accessibleDescription()
    assert "dd-mm-jjjj" in day.toolTip() and "Alt+Omlaag" in day.toolTip()


def test_f4_and_alt_down_open_the_calendar(qtbot, form):
    _before, when, day, _after = form
    when.setFocus()
    key(qtbot, Qt.Key.Key_F4)
    calendar = when.calendarWidget()
    assert calendar.isVisible()
    key(qtbot, Qt.Key.Key_Right)  # the next day
    key(qtbot, Qt.Key.Key_Return)
    assert not calendar.isVisible()
    assert when.dateTime().toPython() == datetime(2026, 3, 3, 9, 0)  # the time stays

    day.setFocus()
    key(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert day.calendarWidget().isVisible()
    key(qtbot, Qt.Key.Key_Down)  # a week on
    key(qtbot, Qt.Key.Key_Return)
    assert day.date().toPython() == date(2026, 3, 9)
