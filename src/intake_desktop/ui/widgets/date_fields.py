"""A date typed as dd-mm-jjjj that may stay empty, the way the birth date is typed:
every key works, Delete empties it, and a wrong date gets a Dutch message."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit

from intake_desktop.domain.validation import format_date, parse_date


class DateField(QLineEdit):
    def __init__(self, empty_text: str = "", parent=None):
        super().__init__(parent)
        self.setPlaceholderText(
            empty_text or QCoreApplication.translate("DateField", "dd-mm-jjjj (leeg: geen datum)")
        )
        self.setMaxLength(10)
        self.setClearButtonEnabled(True)

    def value(self) -> date | None:
        """The date, None when empty; ValueError (a Dutch message) when it is no date."""
        return parse_date(self.text()) if self.text().strip() else None

    def set_value(self, value: date | None) -> None:
        self.setText(format_date(value))


def date_errors(fields: dict[str, DateField]) -> dict[str, str]:
    """Field name -> message for every field that does not hold a date."""
    errors = {}
    for name, field in fields.items():
        try:
            field.value()
        except ValueError as exc:
            errors[name] = str(exc)
    return errors
