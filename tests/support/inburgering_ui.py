"""The inburgering screen driven from the keyboard in tests: a key, a button's mnemonic
and the form it opens, a date typed over, a table read as text."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from intake_desktop.domain.validation import format_date
from tests.support.ui import type_text


def key(qtbot, k, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), k, modifier)


def alt(qtbot, letter, failures, done):
    """Alt+letter (a button's mnemonic clicks it a moment later), the form it opens
    handled by ``failures``' action, then wait until ``done()`` holds."""
    key(qtbot, getattr(Qt.Key, f"Key_{letter}"), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(failures or done()), timeout=8000)
    failures.check()


def type_date(qtbot, day: date) -> None:
    """Ctrl+A and type over what the field holds."""
    key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, QApplication.focusWidget(), format_date(day))


def texts(table) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]
