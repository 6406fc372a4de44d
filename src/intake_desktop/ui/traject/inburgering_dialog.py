"""The client's civic-integration duty and its enforcement (Westland, Bijlagen 4-7): the
deadline and how long is left, and per procedure (handhaven, beboeten, ontheffen,
verlengen termijn) the recorded steps with their dates, decisions and letters.

Opened from the dossier through ``open_from_dossier``. The forms to register the duty
and record a step are in ``ui/inburgering_forms.py``."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain import inburgering as rules
from intake_desktop.domain.inburgering import DutyStatus
from intake_desktop.domain.roles import Actor
from intake_desktop.domain.validation import format_date, format_moment
from intake_desktop.services.core.errors import ServiceError, StaleVersion
from intake_desktop.services.core.store import Store
from intake_desktop.services.traject import inburgering, inburgering_brieven
from intake_desktop.services.traject.inburgering import Overview, ProcedureState, StepRow
from intake_desktop.ui.traject.inburgering_forms import DutyDialog, StepDialog
from intake_desktop.ui.widgets.forms import error_summary, fit_to_screen, list_table
from intake_desktop.ui.widgets.i18n import tr_domain, tr_error


def open_from_dossier(parent: QWidget, store: Store, actor: Actor, client_id: uuid.UUID) -> bool:
    """The dossier's "Inburgering…" button. True when something was recorded."""
    try:
        dialog = InburgeringDialog(store, actor, client_id, parent)
    except ServiceError as exc:
        title = QCoreApplication.translate("InburgeringDialog", "Inburgering")
        QMessageBox.warning(parent, title, tr_error(exc))
        return False
    dialog.exec()
    changed = dialog.changed
    dialog.deleteLater()
    return changed


class InburgeringDialog(QDialog):
    def __init__(
        self, store: Store, actor: Actor, client_id: uuid.UUID, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.store, self.actor, self.client_id = store, actor, client_id
        self.changed = False
        self.view: Overview = inburgering.overview(store, actor, client_id)
        self.setWindowTitle(self.tr("Inburgering: {name}").format(name=self.view.client_name))
        fit_to_screen(self, 1000, 680)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Inburgeringsplicht en handhaving"))
        heading.setProperty("role", "pageTitle")
        layout.addWidget(heading)
        self.summary = error_summary()
        layout.addWidget(self.summary)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setProperty("role", "notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout.addWidget(self.notice)
        layout.addLayout(self._duty_block())
        self.tabs = QTabWidget()
        self.tabs.setObjectName("procedures")
        self.tabs.setAccessibleName(self.tr("Procedures"))
        self.tables = {}
        self.next_labels = {}
        for state in self.view.procedures:
            self.tabs.addTab(self._procedure_page(state), tr_domain(state.naam))
        self.tabs.currentChanged.connect(self._update_buttons)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(self._buttons())
        self._show(self.view)
        self.tabs.setFocus()

    # --- building ---------------------------------------------------------------------
    def _duty_block(self) -> QHBoxLayout:
        row = QHBoxLayout()
        form = QFormLayout()
        self.since = QLabel()
        self.since.setObjectName("dutySince")
        self.deadline = QLabel()
        self.deadline.setObjectName("deadline")
        self.days_left = QLabel()
        self.days_left.setObjectName("daysLeft")
        self.status = QLabel()
        self.status.setObjectName("dutyStatus")
        for label, value in (
            (self.tr("Plichtig sinds:"), self.since),
            (self.tr("Termijn tot:"), self.deadline),
            (self.tr("Resterend:"), self.days_left),
            (self.tr("Status:"), self.status),
        ):
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(label.rstrip(":"))
            form.addRow(QLabel(label), value)
        row.addLayout(form)
        row.addStretch(1)
        side = QVBoxLayout()
        self.register_button = QPushButton(self.tr("Inburgeringsplicht &vastleggen…"))
        self.register_button.setObjectName("registerDuty")
        self.register_button.clicked.connect(self.register_duty)
        self.fulfilled_button = QPushButton(self.tr("Plicht v&oldaan…"))
        self.fulfilled_button.setObjectName("fulfilled")
        self.fulfilled_button.clicked.connect(self.mark_fulfilled)
        side.addWidget(self.register_button)
        side.addWidget(self.fulfilled_button)
        side.addStretch(1)
        row.addLayout(side)
        return row

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
        table.itemSelectionChanged.connect(self._update_buttons)
        table.doubleClicked.connect(lambda _i: self.letter())
        QShortcut(
            QKeySequence(Qt.Key.Key_Return),
            table,
            activated=self.letter,
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

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.step_button = QPushButton(self.tr("&Stap vastleggen…"))
        self.step_button.setObjectName("recordStep")
        self.step_button.clicked.connect(self.record_step)
        self.letter_button = QPushButton(self.tr("&Brief…"))
        self.letter_button.setObjectName("letter")
        self.letter_button.clicked.connect(self.letter)
        close = QPushButton(self.tr("Sl&uiten"))
        close.setObjectName("close")
        close.clicked.connect(self.reject)
        row.addWidget(self.step_button)
        row.addWidget(self.letter_button)
        row.addStretch(1)
        row.addWidget(close)
        return row

    # --- showing ----------------------------------------------------------------------
    def _show(self, view: Overview) -> None:
        self.view = view
        duty = view.duty
        self.register_button.setVisible(duty is None)
        self.fulfilled_button.setVisible(duty is not None)
        if duty is None:
            self.since.setText(self.tr("Geen inburgeringsplicht vastgelegd"))
            for label in (self.deadline, self.days_left, self.status):
                label.setText("—")
        else:
            self.since.setText(format_date(duty.duty_since))
            self.deadline.setText(format_date(duty.deadline))
            self.status.setText(tr_domain(rules.STATUS_LABELS.get(duty.status, duty.status)))
            self.days_left.setText(self._days_text(view))
        self._mark_red(self.days_left, view.overdue)
        for state in view.procedures:
            self._fill(state)
        self._update_buttons()

    def _days_text(self, view: Overview) -> str:
        if view.duty.status != DutyStatus.LOOPT:
            return "—"
        days = view.days_left
        if days < 0:
            return self.tr("verlopen ({n} dagen geleden)").format(n=-days)
        if days == 0:
            return self.tr("verloopt vandaag")
        return self.tr("nog {n} dagen").format(n=days)

    @staticmethod
    def _mark_red(label: QLabel, red: bool) -> None:
        label.setProperty("role", "fieldError" if red else "")
        label.style().unpolish(label)
        label.style().polish(label)

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
        if state.next_step is not None:
            text = self.tr("Volgende stap: {step}").format(step=tr_domain(state.next_step.naam))
            if state.steps and state.next_step.code == state.steps[0].step:
                text += " " + self.tr("(een nieuwe ronde)")
        else:
            text = tr_domain(state.blocked).format(
                status=tr_domain(
                    rules.STATUS_LABELS.get(self.view.duty.status, "") if self.view.duty else ""
                )
            )
        self.next_labels[state.code].setText(text)

    def _current(self) -> ProcedureState:
        return self.view.procedures[self.tabs.currentIndex()]

    def _selected_step(self) -> StepRow | None:
        state = self._current()
        row = self.tables[state.code].currentRow()
        selected = self.tables[state.code].selectionModel().hasSelection()
        return state.steps[row] if selected and 0 <= row < len(state.steps) else None

    def _update_buttons(self, *_args) -> None:
        state = self._current()
        can = self.view.can_edit
        self.step_button.setEnabled(can and state.next_step is not None)
        self.fulfilled_button.setEnabled(
            can and self.view.duty is not None and self.view.duty.status == DutyStatus.LOOPT
        )
        step = self._selected_step()
        self.letter_button.setEnabled(can and step is not None and step.has_letter)

    # --- actions ----------------------------------------------------------------------
    @staticmethod
    def _focus_later(widget: QWidget) -> None:
        """Focus once the closed form has handed the window back (Qt gives it back to
        the widget that had the focus before)."""
        QTimer.singleShot(0, widget.setFocus)

    def _changed_to(self, view: Overview | None, message: str = "") -> None:
        if view is None:
            return
        self.changed = True
        self.summary.hide()
        self._show(view)
        self.notice.setText(message)
        self.notice.setVisible(bool(message))

    def register_duty(self) -> None:
        dialog = DutyDialog(self.store, self.actor, self.client_id, self.view.client_name, self)
        if dialog.exec():
            self._changed_to(dialog.result_view, self.tr("De inburgeringsplicht is vastgelegd."))
        else:
            self._reload()  # a colleague may have registered it meanwhile
        dialog.deleteLater()
        self.tabs.setFocus()

    def record_step(self) -> None:
        state = self._current()
        if state.next_step is None or self.view.duty is None:
            return
        procedure = self.store.config.inburgering.procedure(state.code)
        dialog = StepDialog(self.store, self.actor, self.view, procedure, state.next_step, self)
        if dialog.exec():
            message = self.tr("Vastgelegd: {step}.").format(step=tr_domain(state.next_step.naam))
            if state.next_step.brief:
                message += " " + self.tr(
                    "Bij deze stap hoort een brief: kies de stap en dan Brief… (Alt+B)."
                )
            if dialog.colleague_changed:
                message += " " + self.tr(
                    "Een collega had intussen ook iets vastgelegd; het overzicht is bijgewerkt."
                )
            self._changed_to(dialog.result_view, message)
            table = self.tables[state.code]
            table.selectRow(table.rowCount() - 1)
            self._focus_later(table)
        else:
            self._reload()  # a colleague may have recorded something meanwhile
        dialog.deleteLater()

    def _reload(self) -> None:
        try:
            self._show(inburgering.overview(self.store, self.actor, self.client_id))
        except ServiceError as exc:
            self.summary.setText(tr_error(exc))
            self.summary.show()

    def mark_fulfilled(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Plicht voldaan"),
            self.tr(
                "Heeft de klant aan de inburgeringsplicht voldaan? Daarna komen er geen "
                "stappen van de handhaving meer bij."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            try:
                view = inburgering.mark_fulfilled(
                    self.store, self.actor, self.client_id, self.view.duty.version
                )
            except StaleVersion:
                # A colleague changed the duty meanwhile (a step, an extension). The
                # exam is passed all the same: save on the new version, unless the duty
                # no longer runs (then the service says so and the screen shows why).
                self._show(inburgering.overview(self.store, self.actor, self.client_id))
                duty = self.view.duty
                view = inburgering.mark_fulfilled(
                    self.store, self.actor, self.client_id, duty.version if duty else 0
                )
        except ServiceError as exc:
            self.summary.setText(tr_error(exc))
            self.summary.show()
            return
        self._changed_to(view, self.tr("De inburgeringsplicht staat op voldaan."))

    def letter(self) -> None:
        step = self._selected_step()
        if step is None or not step.has_letter or not self.view.can_edit:
            return
        try:
            data = inburgering_brieven.letter_pdf(self.store, self.actor, step.id)
        except ServiceError as exc:
            self.summary.setText(tr_error(exc))
            self.summary.show()
            return
        from intake_desktop.ui.widgets.pdf_view import PdfViewDialog

        def on_output(kind: str) -> None:
            try:
                inburgering_brieven.letter_output(self.store, self.actor, step.id, kind)
            except ServiceError as exc:
                QMessageBox.warning(self, self.tr("Brief"), tr_error(exc))
                return
            self.changed = True

        dialog = PdfViewDialog(
            data,
            self.tr("Brief inburgering: {name}").format(name=self.view.client_name),
            inburgering_brieven.letter_file_name(step.procedure, step.step, step.occurred_on),
            on_output,
            self,
        )
        dialog.exec()
        dialog.deleteLater()
        row = self.tables[step.procedure].currentRow()
        self._show(inburgering.overview(self.store, self.actor, self.client_id))
        self.tables[step.procedure].selectRow(row)
        self._focus_later(self.tables[step.procedure])
