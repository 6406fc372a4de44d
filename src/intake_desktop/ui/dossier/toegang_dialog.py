"""Toegang met reden: a client outside one's own work, opened anyway for a reason the
user types. Access lasts until the end of the day; the teamleider reviews it
(services/dossier/toegang.py)."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.roles import Actor
from intake_desktop.domain.validation import ValidationFailed, format_moment
from intake_desktop.services.core.errors import ServiceError
from intake_desktop.services.core.store import Store
from intake_desktop.services.dossier import toegang
from intake_desktop.ui.widgets.forms import (
    FieldRow,
    FieldSet,
    error_summary,
    fit_to_screen,
    on_ctrl_enter,
)
from intake_desktop.ui.widgets.i18n import tr_error


class ToegangDialog(QDialog):
    """Asks why; on "Toegang vragen" the grant is made and the dialog accepts."""

    def __init__(
        self,
        store: Store,
        actor: Actor,
        client_id: uuid.UUID,
        refusal: ServiceError,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.store, self.actor, self.client_id = store, actor, client_id
        self.grant: toegang.Grant | None = None
        self.setWindowTitle(self.tr("Toegang met reden"))
        fit_to_screen(self, 560, 360)
        layout = QVBoxLayout(self)
        why = QLabel(tr_error(refusal))
        why.setObjectName("refusal")
        why.setWordWrap(True)
        why.setProperty("role", "notice")
        layout.addWidget(why)
        rules = QLabel(
            self.tr(
                "Uw reden, uw naam en het tijdstip worden vastgelegd. De toegang geldt tot "
                "het einde van vandaag; een teamleider controleert haar."
            )
        )
        rules.setWordWrap(True)
        layout.addWidget(rules)
        self.summary = error_summary()
        layout.addWidget(self.summary)
        self.fields = FieldSet()
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(
            self.tr("Bijvoorbeeld: de klant staat aan de balie en de eigen klantmanager is ziek.")
        )
        row = self.fields.add(FieldRow(self.tr("&Reden *"), self.reason, "reason"))
        layout.addWidget(row.label)
        layout.addWidget(row.container, 1)
        layout.addWidget(self._buttons())
        QWidget.setTabOrder(self.reason, self.ask_button)
        QWidget.setTabOrder(self.ask_button, self.cancel_button)
        self.reason.setFocus()

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox()
        self.ask_button = buttons.addButton(
            self.tr("&Toegang vragen (Ctrl+Enter)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ask_button.setObjectName("ask")
        self.cancel_button = buttons.addButton(
            self.tr("&Annuleren"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.ask)
        buttons.rejected.connect(self.reject)
        on_ctrl_enter(self, self.ask)
        return buttons

    def ask(self) -> None:
        try:
            self.grant = toegang.ask_with_reason(
                self.store, self.actor, self.client_id, self.reason.toPlainText()
            )
        except (ValidationFailed, ServiceError) as exc:
            self.fields.report_failure(exc, self.summary)  # the reason stays as typed
            return
        self.accept()

    def until_text(self) -> str:
        return format_moment(self.grant.valid_until) if self.grant else ""
