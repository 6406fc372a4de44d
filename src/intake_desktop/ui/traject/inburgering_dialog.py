"""The client's civic-integration duty and its enforcement (Westland, Bijlagen 4-7): the
deadline and how long is left, and per procedure (handhaven, beboeten, ontheffen,
verlengen termijn) the recorded steps with their dates, decisions and letters.

Opened from the dossier through ``open_from_dossier``. The forms to register the duty
and record a step are in ``inburgering_forms.py`` and ``inburgering_step.py``."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain import inburgering as rules
from intake_desktop.domain.inburgering import DutyStatus
from intake_desktop.domain.roles import Actor
from intake_desktop.domain.validation import format_date
from intake_desktop.services.core.errors import ServiceError, StaleVersion
from intake_desktop.services.core.store import Store
from intake_desktop.services.traject import inburgering, inburgering_brieven
from intake_desktop.services.traject.inburgering_overview import Overview
from intake_desktop.ui.traject.inburgering_forms import DutyDialog
from intake_desktop.ui.traject.inburgering_procedures import ProcedureTabs
from intake_desktop.ui.traject.inburgering_step import StepDialog
from intake_desktop.ui.widgets.forms import error_summary, fit_to_screen
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
        self.tabs = ProcedureTabs(self.view)
        self.tabs.selection_changed.connect(self._update_buttons)
        self.tabs.letter_requested.connect(self.letter)
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
        self.tabs.show_view(view)
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

    def _update_buttons(self, *_args) -> None:
        state = self.tabs.current()
        can = self.view.can_edit
        self.step_button.setEnabled(can and state.next_step is not None)
        self.fulfilled_button.setEnabled(
            can and self.view.duty is not None and self.view.duty.status == DutyStatus.LOOPT
        )
        step = self.tabs.selected_step()
        self.letter_button.setEnabled(can and step is not None and step.has_letter)

    # --- actions ----------------------------------------------------------------------
    @staticmethod
    def _focus_later(widget: QWidget) -> None:
        """Focus once the closed form has handed the window back (Qt gives it back to
        the widget that had the focus before). Dropped when the widget is gone first."""
        QTimer.singleShot(0, widget, widget.setFocus)

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
        state = self.tabs.current()
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
            table = self.tabs.tables[state.code]
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
        step = self.tabs.selected_step()
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
        table = self.tabs.tables[step.procedure]
        row = table.currentRow()
        self._show(inburgering.overview(self.store, self.actor, self.client_id))
        table.selectRow(row)
        self._focus_later(table)
