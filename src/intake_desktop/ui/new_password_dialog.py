"""Choosing a new password of one's own (services/beheer/passwords.change_own_password):
after signing in with a temporary one (``current`` is the password just typed), or
from the menu under one's name (the current password is asked). In server mode only
its SCRAM verifier goes to the server; the program never keeps a password."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from intake_desktop.domain.roles import Actor
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.beheer import passwords
from intake_desktop.services.core.errors import ServiceError
from intake_desktop.services.core.store import Store
from intake_desktop.ui.widgets.forms import FieldRow, FieldSet, error_summary, fit_to_screen


class NewPasswordDialog(QDialog):
    def __init__(
        self, store: Store, actor: Actor, parent: QWidget | None = None, current: str | None = None
    ):
        super().__init__(parent)
        self.store, self.actor, self.known_current = store, actor, current
        self.setWindowTitle(
            self.tr("Nieuw wachtwoord kiezen") if current else self.tr("Wachtwoord wijzigen")
        )
        fit_to_screen(self, 480, 340)
        layout = QVBoxLayout(self)
        why = QLabel(
            self.tr(
                "U bent aangemeld met een tijdelijk wachtwoord. Kies nu een eigen wachtwoord "
                "van minstens 10 tekens; alleen u kent het."
            )
            if current
            else self.tr(
                "Kies een wachtwoord van minstens 10 tekens dat alleen u kent; een zin van "
                "een paar woorden onthoudt u makkelijk."
            )
        )
        why.setWordWrap(True)
        layout.addWidget(why)
        self.summary = error_summary()
        layout.addWidget(self.summary)
        self.fields = FieldSet()
        self.current = self._secret("current")
        self.password = self._secret("password")
        self.again = self._secret("again")
        rows = [
            (self.tr("&Nieuw wachtwoord *"), self.password, "password"),
            (self.tr("&Herhaal het wachtwoord *"), self.again, "again"),
        ]
        if current is None:
            rows.insert(0, (self.tr("H&uidig wachtwoord *"), self.current, "current"))
        for label, widget, key in rows:
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
        (self.password if current else self.current).setFocus()

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
        current = self.known_current if self.known_current is not None else self.current.text()
        try:
            passwords.change_own_password(self.store, self.actor, current, self.password.text())
        except (ValidationFailed, ServiceError) as exc:
            self.fields.report_failure(exc, self.summary)
            if "current" in getattr(exc, "errors", {}):
                self.current.clear()
            return
        self.accept()
