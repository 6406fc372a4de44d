"""Beheer → Medewerkers → Tijdelijk wachtwoord: a colleague who forgot their password
gets a temporary one (services/beheer/passwords.reset_password), shown once here to be
handed over in person; at the first sign-in they choose their own."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.roles import Actor
from intake_desktop.services.beheer import passwords
from intake_desktop.services.core.errors import ServiceError
from intake_desktop.services.core.store import Store
from intake_desktop.ui.widgets.i18n import tr_error


def give_temporary_password(
    parent: QWidget, store: Store, actor: Actor, staff_id: uuid.UUID, name: str
) -> bool:
    """Ask, reset, show the password once. True when a password was given."""
    title = QCoreApplication.translate("TemporaryPasswordDialog", "Tijdelijk wachtwoord")
    answer = QMessageBox.question(
        parent,
        title,
        QCoreApplication.translate(
            "TemporaryPasswordDialog",
            "{name} krijgt een tijdelijk wachtwoord; het huidige werkt dan niet meer. Doorgaan?",
        ).format(name=name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        temporary = passwords.reset_password(store, actor, staff_id)
    except ServiceError as exc:
        QMessageBox.warning(parent, title, tr_error(exc))
        return False
    dialog = TemporaryPasswordDialog(name, temporary, parent)
    dialog.exec()
    dialog.deleteLater()
    return True


class TemporaryPasswordDialog(QDialog):
    def __init__(self, name: str, temporary: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tijdelijk wachtwoord"))
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "Het tijdelijke wachtwoord van {name} is hieronder. Geef het persoonlijk "
                "of telefonisch door, niet per e-mail. Bij de eerste aanmelding kiest "
                "{name} een eigen wachtwoord. Dit venster toont het maar één keer."
            ).format(name=name)
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.password = QLineEdit(temporary)
        self.password.setObjectName("temporaryPassword")
        self.password.setReadOnly(True)
        self.password.setAccessibleName(self.tr("Tijdelijk wachtwoord"))
        font = self.password.font()
        font.setFamily("monospace")
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.password.setFont(font)
        layout.addWidget(self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Sluiten"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())
        self.password.selectAll()
        self.password.setFocus()
