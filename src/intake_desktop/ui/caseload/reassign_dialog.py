"""Moving many clients at once (someone leaves or is ill): a preview of where each
client goes and why, a change per client where wanted, one reason for all."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.caseload import caseloads, herverdeling
from intake_desktop.services.caseload.caseloads import Proposal
from intake_desktop.services.core.errors import ServiceError
from intake_desktop.services.core.store import Store
from intake_desktop.ui.caseload.klantmanager_picker import reason_text
from intake_desktop.ui.widgets.background import run_with_progress
from intake_desktop.ui.widgets.forms import (
    FieldRow,
    FieldSet,
    error_summary,
    fit_to_screen,
    list_table,
)
from intake_desktop.ui.widgets.i18n import tr_error

WARNING = QColor("#b00020")
KEEP = "keep"  # the choice "stays with the current klantmanager"


class ReassignDialog(QDialog):
    def __init__(
        self,
        store: Store,
        actor,
        leaving_id: uuid.UUID | None,
        leaving_name: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.store, self.actor, self.leaving_id = store, actor, leaving_id
        if leaving_id is None:
            self.setWindowTitle(self.tr("Klanten zonder klantmanager toewijzen"))
        else:
            self.setWindowTitle(self.tr("Klanten herverdelen: {name}").format(name=leaving_name))
        fit_to_screen(self, 1100, 680)
        self.fields = FieldSet()
        layout = QVBoxLayout(self)
        intro = QLabel(self._intro_text(leaving_name))
        intro.setWordWrap(True)
        intro.setProperty("role", "notice")
        layout.addWidget(intro)
        self.spread = QLabel()
        self.spread.setObjectName("reassignSpread")
        self.spread.setWordWrap(True)
        layout.addWidget(self.spread)
        self.summary_label = error_summary("")
        layout.addWidget(self.summary_label)
        self.table = self._preview_table()
        layout.addWidget(self.table, 1)
        form = QFormLayout()
        self.target = QComboBox()
        self.target.setObjectName("reassignTarget")
        self.target.activated.connect(self._target_changed)
        self.fields.add(FieldRow(self.tr("&Naar (gekozen klant)"), self.target, "target")).add_to(
            form
        )
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("bijvoorbeeld: vertrekt per 1 december"))
        self.fields.add(FieldRow(self.tr("&Reden *"), self.reason, "reason")).add_to(form)
        self.fields.rows["target"].error.setObjectName("target_error")
        layout.addLayout(form)
        layout.addWidget(self._buttons())
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.moved = None
        self.proposals: list[Proposal] = []
        self.targets: list[object] = []  # per row: staff id, or KEEP
        self.ready = self._load()

    def _intro_text(self, leaving_name: str) -> str:
        if self.leaving_id is None:
            return self.tr(
                "Voorstel voor de klanten zonder klantmanager (de eerste {n} op naam; daarna "
                "de volgende): elk naar de best passende klantmanager, met de reden erbij. Kies "
                "een regel en wijzig zo nodig de klantmanager eronder."
            ).format(n=caseloads.UNASSIGNED_BATCH)
        return self.tr(
            "Voorstel: elke klant van {name} gaat naar de best passende collega, met "
            "de reden erbij. Kies een regel en wijzig zo nodig de klantmanager eronder."
        ).format(name=leaving_name)

    def _preview_table(self):
        """Per client: the klantgroep, to whom, and why."""
        table = list_table(
            [self.tr("Klant"), self.tr("Klantgroep"), self.tr("Naar"), self.tr("Waarom")],
            "reassignPreview",
            self.tr("Voorstel herverdeling"),
        )
        table.setWordWrap(True)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        table.itemSelectionChanged.connect(self._row_chosen)
        return table

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("&Herverdelen (Ctrl+S)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("doReassign")
        buttons.addButton(self.tr("&Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        return buttons

    def _load(self) -> bool:
        label = self.tr("Voorstel berekenen…")
        try:
            self.proposals = run_with_progress(self, label, self._propose, cancellable=True)
        except ServiceError as exc:
            QMessageBox.warning(self, self.windowTitle(), tr_error(exc))
            return False
        if self.proposals is None:  # cancelled
            return False
        self.targets = [p.candidate.staff.id if p.candidate else KEEP for p in self.proposals]
        self.table.setRowCount(len(self.proposals))
        for row in range(len(self.proposals)):
            self._fill_row(row)
        self._show_spread()
        if self.proposals:
            self.table.selectRow(0)
        self.table.setFocus()
        return True

    def _propose(self, progress, cancelled):
        ids = caseloads.client_ids_of(self.store, self.actor, self.leaving_id)
        progress(0, len(ids))
        if cancelled():
            return None
        leaving = [self.leaving_id] if self.leaving_id is not None else []
        return caseloads.propose_reassignment(self.store, self.actor, ids, leaving=leaving)

    def _candidate(self, row: int):
        target = self.targets[row]
        return next((c for c in self.proposals[row].alternatives if c.staff.id == target), None)

    def _fill_row(self, row: int) -> None:
        proposal = self.proposals[row]
        group = self.store.config.klantgroep(proposal.klantgroep)
        chosen = self._candidate(row)
        if chosen is None:
            to, why = self.tr("(blijft)"), self.tr("Niet verhuizen")
        else:
            to = chosen.staff.name
            if proposal.candidate and chosen.staff.id != proposal.candidate.staff.id:
                to = self.tr("{name} (gewijzigd)").format(name=to)
            why = reason_text(chosen)
        cells = (proposal.client_name, group.naam if group else "—", to, why)
        for column, text in enumerate(cells):
            cell = QTableWidgetItem(text)
            cell.setToolTip(text)
            if chosen is not None and chosen.warning and column in (2, 3):
                cell.setForeground(QBrush(WARNING))
            self.table.setItem(row, column, cell)

    def _show_spread(self) -> None:
        """Who gets how many, and how many go to someone above the maximum."""
        names: dict[str, int] = {}
        over = 0
        for row in range(len(self.proposals)):
            chosen = self._candidate(row)
            if chosen is not None:
                names[chosen.staff.name] = names.get(chosen.staff.name, 0) + 1
                over += chosen.over_max
        spread = ", ".join(f"{name} {n}" for name, n in sorted(names.items()))
        text = self.tr("{n} klanten verhuizen: {spread}.").format(
            n=sum(names.values()), spread=spread
        )
        if over:
            text += " " + self.tr(
                "{over} gaan naar iemand zonder ruimte (niemand anders die past heeft ruimte)."
            ).format(over=over)
        self.spread.setText(text)

    def _row_chosen(self) -> None:
        row = self.table.currentRow()
        self.target.clear()
        if not 0 <= row < len(self.proposals):
            return
        self.target.addItem(self.tr("(niet verhuizen)"), KEEP)
        for candidate in self.proposals[row].alternatives:
            load = f"{candidate.staff.caseload}"
            if candidate.staff.max_caseload:
                load += f"/{candidate.staff.max_caseload}"
            self.target.addItem(f"{candidate.staff.name} ({load})", candidate.staff.id)
        for index in range(self.target.count()):
            if self.target.itemData(index) == self.targets[row]:
                self.target.setCurrentIndex(index)

    def _target_changed(self, index: int) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.proposals):
            self.targets[row] = self.target.itemData(index)
            self._fill_row(row)
            self._show_spread()

    def save(self) -> None:
        moves = [
            herverdeling.Move(
                p.client_id,
                target,
                p.candidate.staff.id if p.candidate else None,
                p.current_id,
            )
            for p, target in zip(self.proposals, self.targets, strict=True)
            if target != KEEP
        ]
        if not moves:
            self.fields.report(
                {"target": self.tr("Er verhuist geen enkele klant.")},
                self.summary_label,
                self.tr("Er is nog niets opgeslagen."),
            )
            return
        reason = self.reason.text()
        try:
            self.moved = run_with_progress(
                self,
                self.tr("Klanten herverdelen…"),
                lambda _p, _c: herverdeling.reassign_many(self.store, self.actor, moves, reason),
                cancellable=False,
            )
        except (ValidationFailed, ServiceError) as exc:
            self.fields.report_failure(exc, self.summary_label)
            return
        text = self.tr("{n} klanten hebben een andere klantmanager.").format(n=self.moved.moved)
        if self.moved.skipped:
            text += " " + self.tr(
                "{n} klanten zijn overgeslagen: een collega heeft ze intussen al verhuisd."
            ).format(n=self.moved.skipped)
        QMessageBox.information(self, self.windowTitle(), text)
        self.accept()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Enter in the table does not save
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.hasFocus():
            self.target.setFocus()
            return
        super().keyPressEvent(event)
