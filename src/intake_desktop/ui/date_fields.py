"""A date field that may be empty ("geen datum"), as dd-MM-yyyy with a calendar."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDateEdit

_EMPTY = QDate(2000, 1, 1)


def optional_date_edit(empty_text: str = "") -> QDateEdit:
    edit = QDateEdit()
    edit.setDisplayFormat("dd-MM-yyyy")
    edit.setCalendarPopup(True)
    edit.setMinimumDate(_EMPTY)
    edit.setSpecialValueText(empty_text or QCoreApplication.translate("date_fields", "geen datum"))
    edit.setDate(_EMPTY)
    return edit


def date_of(edit: QDateEdit) -> date | None:
    value = edit.date()
    return None if value == _EMPTY else value.toPython()


def set_date(edit: QDateEdit, value: date | None) -> None:
    edit.setDate(QDate(value.year, value.month, value.day) if value else _EMPTY)
