"""The small forms of the inburgering screen: the base they share, and registering the
duty (recording a step is ``inburgering_step.StepDialog``).

Each keeps what was typed as a draft (a refused save, a crash), saves with Ctrl+S and
asks before Esc throws typed text away; after a refused save, closing keeps the draft
without asking (it is offered again next time)."""

from __future__ import annotations

import uuid

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.roles import Actor
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.core.errors import ServiceError
from intake_desktop.services.core.store import Store
from intake_desktop.services.traject import inburgering
from intake_desktop.services.traject.inburgering_overview import Overview
from intake_desktop.ui.widgets.date_fields import DateField, date_errors
from intake_desktop.ui.widgets.draft_keeper import DraftKeeper
from intake_desktop.ui.widgets.forms import (
    FieldRow,
    FieldSet,
    confirm_discard,
    error_summary,
    fit_to_screen,
    nothing_saved,
)


class InburgeringForm(QDialog):
    """A form dialog: error summary, fields, Opslaan/Annuleren, Ctrl+S, Esc."""

    def __init__(self, parent: QWidget | None):
        super().__init__(parent)
        self.result_view: Overview | None = None
        self.failed = False  # a save was refused: closing keeps the draft
        self.layout_ = QVBoxLayout(self)
        self.summary = error_summary()
        self.fields = FieldSet()
        self.form = QFormLayout()

    def _finish_layout(self, intro: QLabel) -> None:
        self.layout_.addWidget(intro)
        self.layout_.addWidget(self.summary)
        self.layout_.addLayout(self.form)
        self.layout_.addStretch(1)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("&Opslaan (Ctrl+S)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("save")
        self.cancel_button = buttons.addButton(
            self.tr("&Annuleren"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.layout_.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)

    def _failed(self, exc: Exception) -> None:
        self.fields.report_failure(exc, self.summary)
        self._keep_draft()

    def _keep_draft(self) -> None:
        self.failed = True
        self.drafts.save_if_dirty()  # what was typed survives whatever comes next

    def typed(self) -> bool:
        raise NotImplementedError

    def save(self) -> None:
        raise NotImplementedError

    def reject(self) -> None:
        if self.failed:
            # Not saved through no wish of the user (a colleague's change, a refusal):
            # what was typed stays as a draft and is offered when the form opens again.
            self.drafts.save_if_dirty()
        elif self.typed() and self.drafts.dirty and not confirm_discard(self):
            return
        else:
            self.drafts.discard()
        super().reject()


class DutyDialog(InburgeringForm):
    """Register the duty: since when, and the deadline (empty: the configured term)."""

    def __init__(
        self, store: Store, actor: Actor, client_id: uuid.UUID, name: str, parent=None
    ) -> None:
        super().__init__(parent)
        self.store, self.actor, self.client_id = store, actor, client_id
        self.setWindowTitle(self.tr("Inburgeringsplicht vastleggen: {name}").format(name=name))
        fit_to_screen(self, 560, 300)
        years = store.config.inburgering.termijn_jaren
        intro = QLabel(
            self.tr(
                "Sinds wanneer is de klant inburgeringsplichtig? Laat de termijn leeg voor "
                "de gewone termijn van {years} jaar na de start."
            ).format(years=years)
        )
        intro.setWordWrap(True)
        self.since = DateField(self.tr("dd-mm-jjjj"))
        self.fields.add(FieldRow(self.tr("Plichtig &sinds *"), self.since, "duty_since")).add_to(
            self.form
        )
        self.deadline = DateField(
            self.tr("dd-mm-jjjj (leeg: {years} jaar na de start)").format(years=years)
        )
        self.fields.add(FieldRow(self.tr("&Termijn tot"), self.deadline, "deadline")).add_to(
            self.form
        )
        self._finish_layout(intro)
        QWidget.setTabOrder(self.since, self.deadline)
        QWidget.setTabOrder(self.deadline, self.save_button)
        QWidget.setTabOrder(self.save_button, self.cancel_button)
        self.drafts = DraftKeeper(
            store, actor, f"inburgeringsplicht:{client_id}", self._draft, self
        )
        self.drafts.offer(self._restore)
        self.since.textChanged.connect(self.drafts.changed)
        self.deadline.textChanged.connect(self.drafts.changed)
        self.since.setFocus()

    def _draft(self) -> dict:
        return {"since": self.since.text(), "deadline": self.deadline.text()}

    def _restore(self, data: dict) -> None:
        self.since.setText(data.get("since", ""))
        self.deadline.setText(data.get("deadline", ""))

    def typed(self) -> bool:
        return bool(self.since.text().strip() or self.deadline.text().strip())

    def save(self) -> None:
        errors = date_errors({"duty_since": self.since, "deadline": self.deadline})
        if errors:
            self.fields.report(errors, self.summary, nothing_saved())
            self._keep_draft()
            return
        try:
            self.result_view = inburgering.register_duty(
                self.store, self.actor, self.client_id, self.since.value(), self.deadline.value()
            )
        except (ValidationFailed, ServiceError) as exc:
            self._failed(exc)
            return
        self.drafts.discard()
        self.accept()
