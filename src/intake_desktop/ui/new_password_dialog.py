"""Server mode: after signing in with a one-time password, the staff member chooses
their own (services/beheer/accounts.change_own_password). The program never keeps it:
only its SCRAM verifier goes to the server."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from intake_desktop.domain.roles import Actor
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.beheer import accounts
from intake_desktop.services.core.errors import ServiceError
from intake_desktop.services.core.store import Store
from intake_desktop.ui.widgets.forms import FieldRow, FieldSet, error_summary, fit_to_screen


class NewPasswordDialog(QDialog):
    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.setWindowTitle(self.tr("Nieuw wachtwoord kiezen"))
        fit_to_screen(self, 480, 300)
        layout = QVBoxLayout(self)
        why = QLabel(
            self.tr(
                "U bent aangemeld met een eenmalig wachtwoord. Kies nu een eigen wachtwoord "
                "van minstens 10 tekens; alleen u kent het."
            )
        )
        why.setWordWrap(True)
        layout.addWidget(why)
        self.summary = error_summary()
        layout.addWidget(self.summary)
        self.fields = FieldSet()
        self.password = self._secret("password")
        self.again = self._secret("again")
        for label, widget, key in (
            (self.tr("&Nieuw wachtwoord *"), self.password, "password"),
            (self.tr("&Herhaal het wachtwoord *"), self.again, "again"),
        ):
            row = self.fields.add(FieldRow(label, widget, key))
            layout.addWidget(row.label)
            layout.addWidget(row.container)
        layout.addStretch(1)
        buttons = QDialogButtonBox()
        save = buttons.addButton(self.tr("&Opslaan"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.setObjectName("save")
        save.setDefault(True)
        buttons.addButton(self.tr("&Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.password.setFocus()

    def _secret(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def save(self) -> None:
        if self.password.text() != self.again.text():
            self.fields.report_failure(
                ValidationFailed({"again": self.tr("De twee wachtwoorden zijn niet gelijk.")}),
                self.summary,
            )
            return
        try:
            accounts.change_own_password(self.store, self.actor, self.password.text())
        except (ValidationFailed, ServiceError) as exc:
            self.fields.report_failure(exc, self.summary)
            return
        self.accept()
