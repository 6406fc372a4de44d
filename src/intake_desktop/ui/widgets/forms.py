"""Form rows: a label, an input, and a Dutch error message right beneath the input."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.ui.widgets.i18n import tr_domain


def _edit_signals(widget: QWidget) -> list:
    """The signals that say the user changed this input (for a container without one of
    its own, such as a group of check boxes: its buttons')."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractSpinBox,
        QComboBox,
        QDateTimeEdit,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
    )

    if isinstance(widget, QLineEdit):
        return [widget.textEdited]
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return [widget.textChanged]
    if isinstance(widget, QComboBox):
        return [widget.currentIndexChanged, widget.editTextChanged]
    if isinstance(widget, QDateTimeEdit):
        return [widget.dateTimeChanged]
    if isinstance(widget, QAbstractSpinBox) and hasattr(widget, "valueChanged"):
        return [widget.valueChanged]
    if isinstance(widget, QAbstractButton):
        return [widget.toggled]
    if hasattr(widget, "changed"):  # a composite input of this program (the picker)
        return [widget.changed]
    return [button.toggled for button in widget.findChildren(QAbstractButton)]


class FieldRow:
    def __init__(self, label: str, widget: QWidget, name: str):
        self.name = name
        self.widget = widget
        self.on_cleared = None  # set by the FieldSet: an error went because of an edit
        self.label = QLabel(label)
        self.label.setBuddy(widget)
        widget.setObjectName(name)
        widget.setAccessibleName(label.replace("&", "").rstrip(" *:"))
        self.error = QLabel()
        self.error.setObjectName(f"{name}_error")
        self.error.setProperty("role", "fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.container = QWidget()
        box = QVBoxLayout(self.container)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(self.error)
        self._description = widget.accessibleDescription()  # e.g. how to type a date
        # A corrected field loses its message at once, not only at the next save.
        for signal in _edit_signals(widget):
            signal.connect(self._edited)

    def _edited(self, *_args) -> None:
        if self.error.isVisible() or self.error.text():
            self.set_error("")
            if self.on_cleared is not None:
                self.on_cleared()

    def add_to(self, layout: QFormLayout) -> None:
        layout.addRow(self.label, self.container)

    def set_error(self, message: str) -> None:
        text = tr_domain(message) if message else ""
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.widget.setProperty("invalid", bool(text))
        self.widget.setAccessibleDescription(text or self._description)
        self.widget.style().unpolish(self.widget)
        self.widget.style().polish(self.widget)

    def set_visible(self, visible: bool) -> None:
        self.label.setVisible(visible)
        self.container.setVisible(visible)


class FieldSet:
    """A group of FieldRows addressed by field name."""

    def __init__(self) -> None:
        self.rows: dict[str, FieldRow] = {}
        self._summary: QLabel | None = None  # the line report() filled in

    def add(self, row: FieldRow) -> FieldRow:
        self.rows[row.name] = row
        row.on_cleared = self._row_cleared
        return row

    def _row_cleared(self) -> None:
        """The last marked field corrected: the "check the marked fields" line goes too."""
        if self._summary is not None and not any(r.error.text() for r in self.rows.values()):
            self._summary.hide()
            self._summary = None

    def show_errors(self, errors: dict[str, str]) -> QWidget | None:
        """Show each message next to its field; returns the first field in error."""
        first = None
        for name, row in self.rows.items():
            message = errors.get(name, "")
            row.set_error(message)
            if message and first is None:
                first = row.widget
        return first

    def clear_errors(self) -> None:
        self.show_errors({})

    def report_failure(self, error: Exception, summary: QLabel) -> None:
        """A refused save: each field's message under it (ValidationFailed), or one
        message above the form (any other service error). What was typed stays."""
        from intake_desktop.domain.validation import ValidationFailed
        from intake_desktop.ui.widgets.i18n import tr_error

        if isinstance(error, ValidationFailed):
            self.report(error.errors, summary, nothing_saved())
            return
        self.clear_errors()
        self._summary = None
        summary.setText(tr_error(error))
        summary.show()

    def report(self, errors: dict[str, str], summary: QLabel, text: str) -> None:
        """Messages next to their fields, a summary above, the first field in view
        with the keyboard focus: one way for every form."""
        first = self.show_errors(errors)
        summary.setText(text)
        summary.show()
        self._summary = summary if first is not None else None
        if first is not None:
            first.setFocus()
            show_in_scroll_area(first)


def list_table(headers: list[str], object_name: str = "", accessible_name: str = ""):
    """A read-only list of rows: whole rows selected one at a time, Tab leaves the table
    (arrows move within it), no row numbers."""
    from PySide6.QtWidgets import QAbstractItemView, QTableWidget

    table = QTableWidget(0, len(headers))
    if object_name:
        table.setObjectName(object_name)
    if accessible_name:
        table.setAccessibleName(accessible_name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)
    return table


def error_summary(object_name: str = "summary") -> QLabel:
    """The red line above a form that says what went wrong; hidden until then."""
    summary = QLabel()
    if object_name:
        summary.setObjectName(object_name)
    summary.setProperty("role", "errorSummary")
    summary.setWordWrap(True)
    summary.hide()
    return summary


def nothing_saved() -> str:
    return QCoreApplication.translate(
        "FieldSet", "Controleer de gemarkeerde velden. Er is nog niets opgeslagen."
    )


def confirm_discard(parent: QWidget) -> bool:
    """Closing a form with unsaved changes: ask first (No is the default)."""
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("FieldSet", "Wijzigingen weggooien?"),
        QCoreApplication.translate(
            "FieldSet", "U hebt gegevens gewijzigd die nog niet zijn opgeslagen. Weggooien?"
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def on_ctrl_enter(dialog: QWidget, slot, *more: QKeySequence) -> None:
    """Ctrl+Enter (both Enter keys) and any ``more`` keys run ``slot``: a dialog's "done
    typing" from inside a multi-line text field, where plain Enter is a new line."""
    for keys in (
        QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return),
        QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Enter),
        *more,
    ):
        QShortcut(keys, dialog, activated=slot)


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize to the wished size, but never beyond the screen (buttons stay reachable
    on a 1366×768 laptop)."""
    room = available_room(window)
    if room is not None:
        width, height = min(width, room.width() - 40), min(height, room.height() - 60)
    window.resize(width, height)


def available_room(window: QWidget):
    """The size of the screen a window is on, less the task bar (None without one)."""
    screen = window.screen() or QApplication.primaryScreen()
    return screen.availableGeometry().size() if screen is not None else None


class FormScrollArea(QScrollArea):
    """A form that scrolls only when the screen is too small for it: it asks for the
    form's whole size (QScrollArea keeps the first size it saw and caps it), so a
    dialog sized with fit_to_screen shows everything where there is room."""

    def __init__(self, form: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from field to field
        self.setWidget(form)

    def sizeHint(self):  # noqa: N802
        hint = self.widget().sizeHint()
        frame = 2 * self.frameWidth()
        return hint.grownBy(
            QMargins(0, 0, frame + self.verticalScrollBar().sizeHint().width(), frame)
        )


def show_in_scroll_area(widget: QWidget) -> None:
    """Scroll the enclosing scroll area so a (focused) field is in view."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        parent.ensureWidgetVisible(widget)


def run_step(parent: QWidget, dialog) -> bool:
    """Run a step dialog (screening, quickscan, ambitiegesprek), then tell the user what
    it set in motion (its ``outcome_message``). Returns whether it was completed."""
    from PySide6.QtWidgets import QMessageBox

    done = bool(dialog.exec())
    if done and dialog.outcome_message:
        QMessageBox.information(parent, dialog.windowTitle(), dialog.outcome_message)
    dialog.deleteLater()
    return done


def text_box(height: int = 90, placeholder: str = ""):
    """A plain-text box of a fixed height that Tab leaves (a note, a reason)."""
    from PySide6.QtWidgets import QPlainTextEdit

    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    box.setPlaceholderText(placeholder)
    return box


def save_buttons(dialog, save_text: str, cancel_text: str, slot, name: str = "save"):
    """Save (also Ctrl+S and Ctrl+Enter) and cancel (Esc) for a small dialog."""
    from PySide6.QtWidgets import QDialogButtonBox

    buttons = QDialogButtonBox()
    save = buttons.addButton(save_text, QDialogButtonBox.ButtonRole.AcceptRole)
    save.setObjectName(name)
    buttons.addButton(cancel_text, QDialogButtonBox.ButtonRole.RejectRole)
    buttons.accepted.connect(slot)
    buttons.rejected.connect(dialog.reject)
    on_ctrl_enter(dialog, slot, QKeySequence(QKeySequence.StandardKey.Save))
    return buttons
