"""The inburgering screen's tabs: per procedure (handhaven, beboeten, ontheffen,
verlengen termijn) the recorded steps with their dates, decisions and letters, and what
comes next."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain import inburgering as rules
from intake_desktop.domain.validation import format_date, format_moment
from intake_desktop.services.traject.inburgering_overview import Overview, ProcedureState, StepRow
from intake_desktop.ui.widgets.forms import list_table
from intake_desktop.ui.widgets.i18n import tr_domain


class ProcedureTabs(QTabWidget):
    """``selection_changed``: another tab or step was chosen; ``letter_requested``: Enter
    or a double click on a step."""

    selection_changed = Signal()
    letter_requested = Signal()

    def __init__(self, view: Overview, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = view
        self.setObjectName("procedures")
        self.setAccessibleName(self.tr("Procedures"))
        self.tables = {}
        self.next_labels = {}
        for state in view.procedures:
            self.addTab(self._procedure_page(state), tr_domain(state.naam))
        self.currentChanged.connect(self._chosen)

    def _chosen(self, *_args) -> None:
        self.selection_changed.emit()

    def _letter(self, *_args) -> None:
        self.letter_requested.emit()

    def _procedure_page(self, state: ProcedureState) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        table = list_table(
            [
                self.tr("Datum"),
                self.tr("Stap"),
                self.tr("Besluit"),
                self.tr("Bijzonderheden"),
                self.tr("Brief"),
                self.tr("Vastgelegd door"),
            ],
            f"steps_{state.code}",
            self.tr("Stappen van {procedure}").format(procedure=tr_domain(state.naam)),
        )
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.setWordWrap(True)
        table.itemSelectionChanged.connect(self._chosen)
        table.doubleClicked.connect(self._letter)
        QShortcut(
            QKeySequence(Qt.Key.Key_Return),
            table,
            activated=self._letter,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        box.addWidget(table, 1)
        next_label = QLabel()
        next_label.setObjectName(f"next_{state.code}")
        next_label.setWordWrap(True)
        box.addWidget(next_label)
        self.tables[state.code] = table
        self.next_labels[state.code] = next_label
        page.setFocusProxy(table)
        return page

    # --- showing ----------------------------------------------------------------------
    def show_view(self, view: Overview) -> None:
        self.view = view
        for state in view.procedures:
            self._fill(state)

    def _details(self, step: StepRow) -> str:
        parts = []
        if step.amount_cents is not None:
            parts.append(
                self.tr("boete {amount}").format(amount=rules.format_euros(step.amount_cents))
            )
        if step.reason:
            parts.append(self.tr("reden: {reason}").format(reason=tr_domain(step.reason)))
        if step.new_deadline:
            parts.append(self.tr("nieuwe termijn {on}").format(on=format_date(step.new_deadline)))
        return "; ".join(parts)

    def _letter_text(self, step: StepRow) -> str:
        if not step.has_letter:
            return "—"
        if step.letter_printed_at is None:
            return self.tr("nog niet afgedrukt")
        return self.tr("afgedrukt {when}").format(when=format_moment(step.letter_printed_at))

    def _fill(self, state: ProcedureState) -> None:
        table = self.tables[state.code]
        table.setRowCount(len(state.steps))
        for n, step in enumerate(state.steps):
            name = tr_domain(step.step_name)
            if step.run > 1:
                name = self.tr("{step} (ronde {n})").format(step=name, n=step.run)
            cells = (
                format_date(step.occurred_on),
                name,
                tr_domain(step.decision),
                self._details(step),
                self._letter_text(step),
                step.recorded_by,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(n, column, item)
        table.resizeRowsToContents()
        self.next_labels[state.code].setText(self._next_text(state))

    def _next_text(self, state: ProcedureState) -> str:
        if state.next_step is not None:
            text = self.tr("Volgende stap: {step}").format(step=tr_domain(state.next_step.naam))
            if state.steps and state.next_step.code == state.steps[0].step:
                text += " " + self.tr("(een nieuwe ronde)")
            return text
        duty = self.view.duty
        return tr_domain(state.blocked).format(
            status=tr_domain(rules.STATUS_LABELS.get(duty.status, "")) if duty else ""
        )

    # --- what is chosen ---------------------------------------------------------------
    def current(self) -> ProcedureState:
        return self.view.procedures[self.currentIndex()]

    def selected_step(self) -> StepRow | None:
        state = self.current()
        table = self.tables[state.code]
        selected = table.selectionModel().hasSelection()
        row = table.currentRow()
        return state.steps[row] if selected and 0 <= row < len(state.steps) else None
