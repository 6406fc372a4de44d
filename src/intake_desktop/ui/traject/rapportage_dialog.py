"""The providers' progress reports on a trajectplan's external activities: the reports
so far, and a new one (activity, date, attendance, what it says). Opened from the
plan; a report also shows in the dossier's timeline."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.roles import Actor
from intake_desktop.domain.validation import ValidationFailed, format_date
from intake_desktop.services.core.errors import ServiceError
from intake_desktop.services.core.store import Store
from intake_desktop.services.traject import rapportage
from intake_desktop.ui.widgets.date_fields import DateField, date_errors
from intake_desktop.ui.widgets.forms import (
    FieldRow,
    FieldSet,
    error_summary,
    fit_to_screen,
    on_ctrl_enter,
)
from intake_desktop.ui.widgets.i18n import tr_domain, tr_error


class RapportageDialog(QDialog):
    def __init__(
        self, store: Store, actor: Actor, plan_id: uuid.UUID, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.store, self.actor, self.plan_id = store, actor, plan_id
        self.setObjectName("rapportageDialog")
        self.setWindowTitle(self.tr("Voortgangsrapportages van aanbieders"))
        layout = QVBoxLayout(self)
        self.history = QTreeWidget()
        self.history.setObjectName("reports")
        self.history.setAccessibleName(self.tr("Rapportages tot nu toe"))
        self.history.setRootIsDecorated(False)
        self.history.setWordWrap(True)
        self.history.setHeaderLabels(
            [
                self.tr("Datum"),
                self.tr("Aanbieder"),
                self.tr("Activiteit"),
                self.tr("Aanwezigheid"),
                self.tr("Rapportage"),
            ]
        )
        header = self.history.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(QLabel(self.tr("Rapportages tot nu toe:")))
        layout.addWidget(self.history, 1)
        self.summary = error_summary()
        layout.addWidget(self.summary)
        layout.addLayout(self._form())
        buttons = QDialogButtonBox()
        save = buttons.addButton(
            self.tr("Rapportage &vastleggen (Ctrl+S)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        save.setObjectName("saveReport")
        buttons.addButton(self.tr("&Sluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        on_ctrl_enter(self, self.save, QKeySequence(QKeySequence.StandardKey.Save))
        layout.addWidget(buttons)
        self._load()
        fit_to_screen(self, 860, 620)
        self.activity.setFocus()

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        self.fields = FieldSet()
        self.activity = QComboBox()
        self.fields.add(FieldRow(self.tr("&Activiteit *"), self.activity, "activity")).add_to(form)
        self.reported_on = DateField()
        self.reported_on.set_value(date.today())
        self.fields.add(FieldRow(self.tr("&Datum *"), self.reported_on, "reported_on")).add_to(form)
        self.attendance = QComboBox()
        self.attendance.addItem(self.tr("— kies —"), "")
        for code, label in rapportage.ATTENDANCE.items():
            self.attendance.addItem(tr_domain(label), code)
        self.fields.add(FieldRow(self.tr("Aan&wezigheid *"), self.attendance, "attendance")).add_to(
            form
        )
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(90)
        self.fields.add(FieldRow(self.tr("&Wat de rapportage zegt *"), self.text, "text")).add_to(
            form
        )
        return form

    def _load(self) -> None:
        try:
            found = rapportage.activities(self.store, self.actor, self.plan_id)
            rows = rapportage.reports(self.store, self.actor, self.plan_id)
        except ServiceError as exc:
            QMessageBox.warning(self, self.windowTitle(), tr_error(exc))
            found, rows = [], []
        self.activity.clear()
        self.activity.addItem(
            self.tr("— kies —") if found else self.tr("Het plan heeft geen externe activiteiten"),
            None,
        )
        for a in found:
            due = (
                self.tr(" · rapportage uiterlijk {date}").format(date=format_date(a.report_due_on))
                if a.report_due_on
                else ""
            )
            self.activity.addItem(f"{a.label} – {a.provider}{due}", (a.service_code, a.provider))
        self.history.clear()
        attendance = {code: tr_domain(label) for code, label in rapportage.ATTENDANCE.items()}
        for r in rows:
            item = QTreeWidgetItem(
                self.history,
                [
                    format_date(r.reported_on),
                    r.provider,
                    r.activity_label,
                    attendance.get(r.attendance, r.attendance),
                    r.text,
                ],
            )
            item.setToolTip(4, r.text)

    def save(self) -> None:
        chosen = self.activity.currentData() or ("", "")
        errors = date_errors({"reported_on": self.reported_on})
        if errors:
            self.fields.report(errors, self.summary, self.tr("Controleer de datum."))
            return
        try:
            rapportage.record_report(
                self.store,
                self.actor,
                rapportage.ReportInput(
                    self.plan_id,
                    chosen[0],
                    chosen[1],
                    self.reported_on.value(),
                    self.attendance.currentData() or "",
                    self.text.toPlainText(),
                ),
            )
        except (ValidationFailed, ServiceError) as exc:
            self.fields.report_failure(exc, self.summary)
            return
        self.fields.clear_errors()
        self.summary.hide()
        self.text.clear()
        self.attendance.setCurrentIndex(0)
        self._load()
        self.activity.setFocus()
