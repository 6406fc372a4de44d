"""The 48-hour Work First check, recorded as a result: at work or not, and then what."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.roles import Actor
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.agenda import work_first
from intake_desktop.services.core.errors import ServiceError
from intake_desktop.services.core.store import Store
from intake_desktop.ui.widgets.forms import (
    FieldRow,
    FieldSet,
    error_summary,
    fit_to_screen,
    save_buttons,
    text_box,
)
from intake_desktop.ui.widgets.i18n import tr_domain


class WorkFirstDialog(QDialog):
    def __init__(
        self, store: Store, actor: Actor, task_id: uuid.UUID, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.store, self.actor, self.task_id = store, actor, task_id
        self.view = work_first.view(store, actor, task_id)  # NoAccess: the caller says
        self.setObjectName("workFirstDialog")
        self.setWindowTitle(
            self.tr("Work First-resultaat: {name}").format(name=self.view.client_name)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Is de klant binnen 48 uur aan het werk?")))
        self.yes = QRadioButton(self.tr("&Ja, aan het werk"))
        self.no = QRadioButton(self.tr("&Nee, niet aan het werk"))
        group = QButtonGroup(self)
        for button in (self.yes, self.no):
            group.addButton(button)
            layout.addWidget(button)
        self.summary = error_summary()
        layout.addWidget(self.summary)
        form = QFormLayout()
        self.fields = FieldSet()
        self.next_step = QComboBox()
        self.next_step.addItem(self.tr("— kies —"), "")
        for code, label in work_first.NEXT_STEPS.items():
            self.next_step.addItem(tr_domain(label), code)
        self.fields.add(FieldRow(self.tr("&Wat nu"), self.next_step, "next_step")).add_to(form)
        self.why = text_box(80)
        self.fields.add(FieldRow(self.tr("&Toelichting"), self.why, "toelichting")).add_to(form)
        layout.addLayout(form)
        layout.addStretch(1)
        self.no.toggled.connect(self.next_step.setEnabled)
        self.next_step.setEnabled(False)
        layout.addWidget(
            save_buttons(
                self,
                self.tr("&Vastleggen (Ctrl+S)"),
                self.tr("&Annuleren"),
                self.save,
                "saveWorkFirst",
            )
        )
        fit_to_screen(self, 480, 340)
        self.yes.setFocus()

    def save(self) -> None:
        if not (self.yes.isChecked() or self.no.isChecked()):
            self.summary.setText(self.tr("Kies ja of nee."))
            self.summary.show()
            return
        try:
            work_first.record_result(
                self.store,
                self.actor,
                self.task_id,
                self.yes.isChecked(),
                self.next_step.currentData() or "",
                self.why.toPlainText(),
            )
        except (ValidationFailed, ServiceError) as exc:
            self.fields.report_failure(exc, self.summary)
            return
        self.accept()
