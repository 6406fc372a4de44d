"""Signing in with a staff account."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.roles import Actor
from intake_desktop.services.beheer import accounts, passwords
from intake_desktop.services.core.errors import ServiceError, SignInFailed
from intake_desktop.services.core.store import Store
from intake_desktop.ui.widgets.i18n import tr_error


class SignInDialog(QDialog):
    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        demo_hint: bool = False,
        unencrypted: bool = False,
        single_sign_on: bool = False,
    ):
        super().__init__(parent)
        self.store = store
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Aanmelden – Intake Werkplein"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        # Grow with what is shown (an error line, a wrapped hint), never clip it.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        title = QLabel(self.tr("Intake Werkplein"))
        title.setProperty("role", "pageTitle")
        layout.addWidget(title)
        layout.addWidget(
            QLabel(store.config.default_gemeente.naam if not store.config.several_gemeenten else "")
        )
        if store.staff_login:  # server mode: whose server she signs in to
            from intake_desktop.services.beheer.database_settings import describe

            where = QLabel(self.tr("Server: {where}").format(where=describe(store.server_url)[1]))
            where.setObjectName("server")
            layout.addWidget(where)
        form = QFormLayout()
        self.username = QLineEdit()
        # The layout keeps the dialog at its minimum size: the fields set the width.
        self.username.setMinimumWidth(300)
        self.username.setObjectName("username")
        self.username.setAccessibleName(self.tr("Gebruikersnaam"))
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Wachtwoord"))
        form.addRow(self.tr("&Gebruikersnaam"), self.username)
        form.addRow(self.tr("&Wachtwoord"), self.password)
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            label.setBuddy(form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget())
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("signInError")
        self.error.setWordWrap(True)
        self.error.setProperty("role", "fieldError")
        self.error.hide()
        layout.addWidget(self.error)
        if demo_hint:
            hint = QLabel(
                self.tr(
                    "Demo-accounts: balie, wisselwachter, km.jansen, teamleider, beheerder.\n"
                    "Wachtwoord: demo-werkplein"
                )
            )
            hint.setProperty("role", "notice")
            hint.setWordWrap(True)
            layout.addWidget(hint)
        if unencrypted:
            warning = QLabel(
                self.tr(
                    "Let op: deze computer heeft geen beveiligde sleutelopslag (zoals Windows "
                    "Referentiebeheer of de sleutelbos van het bureaublad), dus de gegevens "
                    "staan hier niet versleuteld. Gebruik voor echte klantgegevens de server."
                )
            )
            warning.setObjectName("unencrypted")
            warning.setProperty("role", "fieldError")
            warning.setWordWrap(True)
            layout.addWidget(warning)
        buttons = QDialogButtonBox()
        ok = buttons.addButton(self.tr("&Aanmelden"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setDefault(True)
        if single_sign_on and store.staff_login:
            ticket = buttons.addButton(
                self.tr("Met &Windows-account"), QDialogButtonBox.ButtonRole.ActionRole
            )
            ticket.setObjectName("signInWithTicket")
            ticket.setToolTip(
                self.tr("Aanmelden als {name} zonder wachtwoord (eenmalig aanmelden)").format(
                    name=accounts.login_name()
                )
            )
            ticket.clicked.connect(self.try_ticket)
        buttons.addButton(self.tr("&Sluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.try_sign_in)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.username.setFocus()

    def try_sign_in(self) -> None:
        self._finish(
            lambda: accounts.sign_in(self.store, self.username.text(), self.password.text())
        )

    def try_ticket(self) -> None:
        """Eenmalig aanmelden: PostgreSQL checks the Windows account's ticket."""
        self._finish(lambda: accounts.sign_in_with_ticket(self.store))

    def _finish(self, sign_in) -> None:
        try:
            actor = sign_in()
        except SignInFailed as exc:
            self._say(tr_error(exc))
            self.password.clear()
            self.password.setFocus()
            return
        except ServiceError as exc:  # server mode: schema, server not set up, busy
            self._say(tr_error(exc))
            return
        if passwords.must_change_password(self.store, actor):
            from intake_desktop.ui.new_password_dialog import NewPasswordDialog

            typed = self.password.text()
            if not NewPasswordDialog(self.store, actor, self, current=typed).exec():
                self.store.sign_out()
                self.password.clear()
                self._say(self.tr("Kies eerst een nieuw wachtwoord; daarna kunt u verder."))
                return
        self.actor = actor
        self.accept()

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.adjustSize()
