"""Offline in server mode: before a sync (or a conflict resolved against the server) the
klantmanager signs in to the server as herself; the laptop's own sign-in does not reach
it (services/laptop/workplace.sign_in_to_server)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from intake_desktop.domain.roles import Actor
from intake_desktop.services.core.errors import ServiceError
from intake_desktop.ui.widgets.background import run_with_progress
from intake_desktop.ui.widgets.i18n import tr_error


def ensure_server(parent: QWidget, workplace, actor: Actor) -> bool:
    """True when the server store is there (or now signed in); False when she cancels or
    the password does not open it (said in a message)."""
    if not workplace.needs_server_sign_in():
        return True
    while True:
        password, ok = QInputDialog.getText(
            parent,
            QCoreApplication.translate("laptop", "Aanmelden bij de server"),
            QCoreApplication.translate("laptop", "Uw wachtwoord voor de server ({name}):").format(
                name=actor.username
            ),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return False
        try:
            run_with_progress(
                parent,
                QCoreApplication.translate("laptop", "Verbinden met de server…"),
                lambda _progress, _cancelled, typed=password: workplace.sign_in_to_server(
                    actor, typed
                ),
                cancellable=False,
            )
            return True
        except ServiceError as exc:
            QMessageBox.warning(
                parent,
                QCoreApplication.translate("laptop", "Aanmelden bij de server"),
                tr_error(exc),
            )
