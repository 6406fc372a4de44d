"""Conflicts after a synchronisation: per gegeven that both the laptop and the server
changed, the value at check-out, the laptop's and the server's, side by side; the
klantmanager keeps one of the two."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.roles import Actor
from intake_desktop.services.core.errors import ServiceError
from intake_desktop.ui.widgets.forms import error_summary, fit_to_screen, list_table
from intake_desktop.ui.widgets.i18n import tr_domain, tr_error


class ConflictDialog(QDialog):
    def __init__(self, workplace, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.workplace, self.actor = workplace, actor
        self.conflicts: list = []
        self.setWindowTitle(self.tr("Conflicten: kies per gegeven"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Deze gegevens zijn op de laptop én op de server gewijzigd sinds u de klant "
                "meenam. Alles wat maar aan één kant veranderde, is al samengevoegd. Kies "
                "hier per gegeven welke versie blijft; niets gaat verloren tot u kiest."
            )
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "notice")
        layout.addWidget(intro)
        self.summary = error_summary()
        layout.addWidget(self.summary)
        self.table = list_table(
            [self.tr("Klant"), self.tr("Onderdeel"), self.tr("Gegeven")],
            "conflictTable",
            self.tr("Open conflicten"),
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(lambda *_a: self._show_current())
        layout.addWidget(self.table, 1)
        layout.addLayout(self._sides(), 1)
        layout.addWidget(self._buttons())
        self.done_label = QLabel(self.tr("Alle conflicten zijn opgelost."))
        self.done_label.setObjectName("conflictsDone")
        self.done_label.hide()
        layout.addWidget(self.done_label)
        self.setTabOrder(self.table, self.mine_button)
        self.setTabOrder(self.mine_button, self.theirs_button)
        fit_to_screen(self, 980, 620)
        self.reload()
        self.table.setFocus()

    def _sides(self) -> QGridLayout:
        """The value when the client was taken along, on the laptop, on the server."""
        grid = QGridLayout()
        self.sides = {}
        titles = (
            ("base", self.tr("Bij het meenemen")),
            ("mine", self.tr("Op de laptop (uw wijziging)")),
            ("theirs", self.tr("Op de server (intussen gewijzigd)")),
        )
        for column, (side, title) in enumerate(titles):
            label = QLabel(f"<b>{title}</b>")
            text = QPlainTextEdit()
            text.setReadOnly(True)
            text.setObjectName(f"conflict_{side}")
            text.setAccessibleName(title)
            text.setTabChangesFocus(True)
            label.setBuddy(text)
            grid.addWidget(label, 0, column)
            grid.addWidget(text, 1, column)
            self.sides[side] = text
        return grid

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox()
        self.mine_button = QPushButton(self.tr("&Laptop-versie houden"))
        self.mine_button.setObjectName("keepMine")
        self.theirs_button = QPushButton(self.tr("Ser&ver-versie houden"))
        self.theirs_button.setObjectName("keepTheirs")
        buttons.addButton(self.mine_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.theirs_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(self.tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("conflictsClose")
        self.mine_button.clicked.connect(lambda: self.choose("mine"))
        self.theirs_button.clicked.connect(lambda: self.choose("theirs"))
        buttons.rejected.connect(self.reject)
        return buttons

    def reload(self) -> None:
        from intake_desktop.services.laptop.sync_conflicts import open_conflicts

        row = self.table.currentRow()
        keep = self.conflicts[row].id if 0 <= row < len(self.conflicts) else None
        laptop = self.workplace.laptop(self.actor)
        self.conflicts = open_conflicts(laptop) if laptop is not None else []
        self.table.setRowCount(len(self.conflicts))
        for row, conflict in enumerate(self.conflicts):
            for column, text in enumerate(
                (conflict.client_name, tr_domain(conflict.what), tr_domain(conflict.field))
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))
        empty = not self.conflicts
        self.done_label.setVisible(empty)
        self.mine_button.setEnabled(not empty)
        self.theirs_button.setEnabled(not empty)
        if not empty:
            # The same conflict stays selected (say, after "changed again on the server").
            ids = [c.id for c in self.conflicts]
            self.table.selectRow(ids.index(keep) if keep in ids else 0)
        self._show_current()

    def _show_current(self) -> None:
        row = self.table.currentRow()
        conflict = self.conflicts[row] if 0 <= row < len(self.conflicts) else None
        for side, text in self.sides.items():
            value = getattr(conflict, side) if conflict else ""
            text.setPlainText(tr_domain(value) if value else "")

    def choose(self, choice: str) -> None:
        from intake_desktop.services.laptop.sync_conflicts import resolve

        row = self.table.currentRow()
        if not 0 <= row < len(self.conflicts):
            return
        self.summary.hide()
        from intake_desktop.ui.laptop.server_sign_in import ensure_server

        if not ensure_server(self, self.workplace, self.actor):
            return
        try:
            resolve(
                self.workplace.server(),
                self.workplace.laptop(self.actor),
                self.actor,
                self.conflicts[row].id,
                choice,
            )
        except ServiceError as exc:
            self.summary.setText(tr_error(exc))
            self.summary.show()
        self.reload()
        self.table.setFocus()
