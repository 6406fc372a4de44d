"""Date and date-time inputs with one Tab stop: typed as dd-mm-jjjj (uu:mm), the arrow
keys change the part the cursor is in, and F4 or Alt+Omlaag opens the calendar.

Qt's QDateTimeEdit moves from part to part on Tab (day, month, year, hour, minute: five
stops to leave a field); here Tab leaves the field, and a typed separator after a part
that was just filled in (Qt already moved on) is passed over, so "15-03-2026 10:30"
types as it reads."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QEvent, QPointF, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QDateTimeEdit,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

DATE_FORMAT = "dd-MM-yyyy"
DATE_TIME_FORMAT = "dd-MM-yyyy HH:mm"


def _hint(with_time: bool) -> str:
    if with_time:
        return QCoreApplication.translate(
            "DateTimeEdit",
            "Typ dd-mm-jjjj uu:mm. Pijltjes omhoog en omlaag veranderen het deel waar de "
            "cursor staat; F4 of Alt+Omlaag opent de kalender.",
        )
    return QCoreApplication.translate(
        "DateTimeEdit",
        "Typ dd-mm-jjjj. Pijltjes omhoog en omlaag veranderen het deel waar de cursor "
        "staat; F4 of Alt+Omlaag opent de kalender.",
    )


class _OneTabStop:
    """What both inputs share (mixed into a QDateTimeEdit subclass)."""

    hint = ""

    def _set_up(self, display_format: str, with_time: bool) -> None:
        self.setDisplayFormat(display_format)
        self.setCalendarPopup(True)
        self.hint = _hint(with_time)
        self.setToolTip(self.hint)
        self.setAccessibleDescription(self.hint)

    def focusNextPrevChild(self, next_child: bool) -> bool:  # noqa: N802
        # Skip QDateTimeEdit's section stepping: Tab and Shift+Tab leave the field.
        return QWidget.focusNextPrevChild(self, next_child)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            self.setSelectedSection(self.sectionAt(0))  # typing starts at the day

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        alt_down = event.key() == Qt.Key.Key_Down and (
            event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if event.key() == Qt.Key.Key_F4 or alt_down:
            self.open_calendar()
            event.accept()
            return
        text = event.text()
        if text and not text.isdigit() and text.isprintable():
            line = self.lineEdit()
            at = line.cursorPosition()
            if at > 0 and line.text()[at - 1] == text:
                event.accept()  # the separator Qt already passed when the part was full
                return
        super().keyPressEvent(event)

    def open_calendar(self) -> None:
        """Qt opens its calendar only on a click on the arrow: click it."""
        if self.isReadOnly() or not self.isEnabled():
            return
        option = QStyleOptionComboBox()
        option.initFrom(self)
        option.editable = True
        arrow = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxArrow, self
        )
        at = QPointF(arrow.center())
        press = QMouseEvent(
            QEvent.Type.MouseButtonPress,
            at,
            self.mapToGlobal(at),
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(self, press)
        calendar = self.calendarWidget()
        if calendar is not None:
            calendar.setFocus()


class DateTimeEdit(_OneTabStop, QDateTimeEdit):
    def __init__(self, value: QDateTime | datetime, parent: QWidget | None = None):
        super().__init__(value if isinstance(value, QDateTime) else QDateTime(value), parent)
        self._set_up(DATE_TIME_FORMAT, with_time=True)


class DateEdit(_OneTabStop, QDateEdit):
    """``display_format`` may add a part after the date (the agenda's weekday); typing
    starts at the day of the month."""

    def __init__(
        self,
        value: QDate | date,
        parent: QWidget | None = None,
        display_format: str = DATE_FORMAT,
    ):
        super().__init__(value if isinstance(value, QDate) else QDate(value), parent)
        self._set_up(display_format, with_time=False)
