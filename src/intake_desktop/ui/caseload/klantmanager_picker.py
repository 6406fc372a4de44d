"""Choosing a klantmanager from the ranked suggestion: who, how full, and why.

The first row is selected; choosing another asks for a reason (the field is right
under the list). A candidate above the maximum or absent shows a warning in red.
Used in the quickscan and in the assignment dialog.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.toewijzing import Candidate
from intake_desktop.ui.widgets.forms import FieldRow, FieldSet, list_table
from intake_desktop.ui.widgets.i18n import tr_domain

WARNING = QColor("#b71c1c")


def reason_text(candidate: Candidate) -> str:
    """The reasons as one Dutch line: positive first, warnings last."""
    parts = []
    for reason in sorted(candidate.reasons, key=lambda r: (r.warning, -r.points)):
        text = tr_domain(reason.text).format(**reason.values)
        parts.append(f"⚠ {text}" if reason.warning else text)
    return " · ".join(parts)


def caseload_text(candidate: Candidate) -> str:
    staff = candidate.staff
    if staff.max_caseload is None:
        return str(staff.caseload)
    return f"{staff.caseload} / {staff.max_caseload}"


class KlantmanagerPicker(QWidget):
    """A table of candidates plus the reason field. ``fields`` gets two rows:
    ``klantmanager`` (the table) and ``assign_reason``."""

    changed = Signal()

    def __init__(self, fields: FieldSet, functie_name, parent: QWidget | None = None):
        super().__init__(parent)
        self.functie_name = functie_name
        self.candidates: list[Candidate] = []
        self._loading = False
        self._user_chose = False  # a new ranking keeps only a choice the user made
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = list_table(
            [self.tr("Klantmanager"), self.tr("Functie"), self.tr("Caseload"), self.tr("Waarom")]
        )
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # The reasons wrap, and the rows grow with them whenever the column's width
        # changes (it is only known once the table is laid out): no reason is cut off.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(200)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        form = QFormLayout()
        self.table_row = fields.add(
            FieldRow(self.tr("&Klantmanager *"), self.table, "klantmanager")
        )
        self.table_row.add_to(form)
        self.warning = QLabel()
        self.warning.setObjectName("assignWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"color: {WARNING.name()};")
        self.warning.hide()
        form.addRow("", self.warning)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(
            self.tr("Alleen nodig als u een ander kiest dan het voorstel")
        )
        self.reason.textChanged.connect(lambda _t: self.changed.emit())
        self.reason_row = fields.add(
            FieldRow(self.tr("&Reden andere keuze"), self.reason, "assign_reason")
        )
        self.reason_row.add_to(form)
        layout.addLayout(form)

    def load(self, candidates: list[Candidate], keep: object = None) -> None:
        """Show the ranking; select ``keep`` when it is still there, else the first."""
        if keep is None and self._user_chose:
            keep = self.selected_id()
        self._user_chose = keep is not None
        self.candidates = candidates
        self._loading = True
        self.table.blockSignals(True)
        self.table.setRowCount(len(candidates))
        select_row = 0
        for row, candidate in enumerate(candidates):
            staff = candidate.staff
            name = staff.name if row else self.tr("{name} (voorstel)").format(name=staff.name)
            values = (
                name,
                self.functie_name(staff.functie),
                caseload_text(candidate),
                reason_text(candidate),
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, staff.id)
                if column == 3:  # every reason on its own line
                    item.setToolTip(text.replace(" · ", "\n"))
                if candidate.warning and column in (2, 3):
                    item.setForeground(QBrush(WARNING))
                self.table.setItem(row, column, item)
            if str(staff.id) == str(keep):
                select_row = row
        self.table.blockSignals(False)
        if candidates:
            self.table.selectRow(select_row)
        self._loading = False
        self._selection_changed()

    def suggested_id(self):
        return self.candidates[0].staff.id if self.candidates else None

    def selected(self) -> Candidate | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.candidates):
            return None
        return self.candidates[rows[0].row()]

    def selected_id(self):
        chosen = self.selected()
        return chosen.staff.id if chosen else None

    def select_id(self, staff_id) -> None:
        for row, candidate in enumerate(self.candidates):
            if str(candidate.staff.id) == str(staff_id):
                self._user_chose = True
                self.table.selectRow(row)

    def _selection_changed(self) -> None:
        if not self._loading and self.table.hasFocus():
            self._user_chose = True
        chosen = self.selected()
        other = chosen is not None and chosen.staff.id != self.suggested_id()
        self.reason_row.label.setText(
            self.tr("&Reden andere keuze *") if other else self.tr("&Reden andere keuze")
        )
        warnings = []
        if chosen is not None and chosen.over_max:
            warnings.append(
                self.tr("{name} heeft geen ruimte meer in de caseload.").format(
                    name=chosen.staff.name
                )
                if any(not c.over_max for c in self.candidates)
                else self.tr("Niemand heeft nog ruimte in de caseload: overleg met de teamleider.")
            )
        if chosen is not None and chosen.wanted and not chosen.fits_functie:
            warnings.append(
                self.tr("{name} is geen {functie}.").format(
                    name=chosen.staff.name, functie=chosen.wanted.lower()
                )
            )
        if chosen is not None and chosen.absent:
            warnings.append(
                self.tr("{name} is de komende dagen afwezig.").format(name=chosen.staff.name)
            )
        self.warning.setText(" ".join(warnings))
        self.warning.setVisible(bool(warnings))
        self.changed.emit()
