"""The klantmanager's decision on a proposed measure after a second miss: opleggen or
afzien, always with the reason (the client is owed a reasoned decision)."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.roles import Actor
from intake_desktop.domain.validation import ValidationFailed, format_moment
from intake_desktop.services.agenda import maatregel
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


class MeasureDialog(QDialog):
    def __init__(
        self, store: Store, actor: Actor, task_id: uuid.UUID, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.view = maatregel.for_task(store, actor, task_id)  # NoAccess: the caller says
        self.setObjectName("measureDialog")
        self.setWindowTitle(
            self.tr("Maatregel beoordelen: {name}").format(name=self.view.client_name)
        )
        layout = QVBoxLayout(self)
        about = QLabel(
            self.tr("Voorgesteld op {when}: {reason}.").format(
                when=format_moment(self.view.proposed_at), reason=self.view.reason
            )
        )
        about.setWordWrap(True)
        layout.addWidget(about)
        self.summary = error_summary()
        layout.addWidget(self.summary)
        form = QFormLayout()
        self.fields = FieldSet()
        self.decision = QComboBox()
        self.decision.addItem(self.tr("— kies —"), "")
        for code, label in maatregel.DECISIONS.items():
            self.decision.addItem(tr_domain(label), code)
        self.fields.add(FieldRow(self.tr("&Besluit *"), self.decision, "decision")).add_to(form)
        self.reason = text_box(
            96, self.tr("Bijvoorbeeld: de klant was ziek en belde niet af; afspraak gemaakt.")
        )
        self.fields.add(FieldRow(self.tr("&Reden *"), self.reason, "reason")).add_to(form)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(
            save_buttons(
                self,
                self.tr("&Vastleggen (Ctrl+S)"),
                self.tr("&Annuleren"),
                self.save,
                "saveDecision",
            )
        )
        fit_to_screen(self, 520, 300)
        self.decision.setFocus()

    def save(self) -> None:
        try:
            maatregel.decide(
                self.store,
                self.actor,
                self.view.id,
                self.decision.currentData() or "",
                self.reason.toPlainText(),
            )
        except (ValidationFailed, ServiceError) as exc:
            self.fields.report_failure(exc, self.summary)
            return
        self.accept()
