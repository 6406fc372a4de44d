"""Locking the program after a period without input or at once (Ctrl+L), keeping
everything typed.

Nothing is closed or hidden (a dialog waiting in ``exec()`` would end): every open
window gets an opaque cover, and a modal prompt asks the same staff member's password.
At a shared counter PC a colleague chooses "Andere gebruiker" there instead: the locked
person is signed out, her typed work kept as her draft (ui/hand_over.py).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.roles import Actor
from intake_desktop.services.beheer import accounts
from intake_desktop.services.core.errors import SignInFailed
from intake_desktop.services.core.store import Store
from intake_desktop.ui.widgets.i18n import tr_error

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


def _is_lock_key(event) -> bool:
    return (
        event.type() == QEvent.Type.KeyPress
        and event.key() == Qt.Key.Key_L
        and event.modifiers() == Qt.KeyboardModifier.ControlModifier
    )


class _Cover(QWidget):
    """An opaque sheet over a window's contents while locked."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setObjectName("lockCover")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QVBoxLayout(self)
        text = QLabel(self.tr("Vergrendeld"))
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setProperty("role", "pageTitle")
        layout.addWidget(text)
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.raise_()
        self.show()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(watched.rect())
        return False


class UnlockDialog(QDialog):
    SWITCH_USER = 2  # the result when a colleague takes over the PC

    def __init__(
        self, store: Store, actor: Actor, parent: QWidget | None = None, idle: bool = True
    ):
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.setWindowTitle(self.tr("Vergrendeld"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        layout = QVBoxLayout(self)
        why = (
            self.tr("Het programma is vergrendeld omdat het een tijd niet is gebruikt.")
            if idle
            else self.tr("{name} heeft het programma vergrendeld.").format(name=actor.display_name)
        )
        layout.addWidget(QLabel(why + "\n" + self.tr("Wat u had ingevuld, staat nog klaar.")))
        form = QFormLayout()
        self.password = QLineEdit()
        self.password.setObjectName("unlockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Wachtwoord"))
        form.addRow(
            self.tr("&Wachtwoord van {name}").format(name=actor.display_name), self.password
        )
        form.itemAt(0, QFormLayout.ItemRole.LabelRole).widget().setBuddy(self.password)
        layout.addLayout(form)
        if store.by_ticket:  # signed in with the Windows account: its ticket unlocks
            form.setRowVisible(0, False)
        self.error = QLabel()
        self.error.setObjectName("unlockError")
        self.error.setWordWrap(True)
        self.error.setProperty("role", "fieldError")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        ok = buttons.addButton(
            self.tr("&Ontgrendelen met Windows-account")
            if store.by_ticket
            else self.tr("&Ontgrendelen"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        ok.setDefault(True)
        other = buttons.addButton(
            self.tr("Andere &gebruiker"), QDialogButtonBox.ButtonRole.ActionRole
        )
        other.setObjectName("switchUser")
        other.setToolTip(
            self.tr("{name} afmelden; wat er was ingevuld, blijft voor {name} bewaard").format(
                name=actor.display_name
            )
        )
        other.clicked.connect(lambda: self.done(self.SWITCH_USER))
        buttons.accepted.connect(self.try_unlock)
        layout.addWidget(buttons)

    def try_unlock(self) -> None:
        try:
            unlocked = accounts.verify_again(self.store, self.actor, self.password.text())
        except SignInFailed as exc:  # too many wrong passwords: wait, or locked
            self.error.setText(tr_error(exc))
            self.error.show()
            self.password.clear()
            return
        if unlocked:
            self.accept()
            return
        self.error.setText(
            self.tr("Uw Windows-account geeft geen toegang meer tot de server.")
            if self.store.by_ticket
            else self.tr("Dat wachtwoord klopt niet.")
        )
        self.error.show()
        self.password.clear()

    def reject(self) -> None:  # Escape does not unlock
        pass


class IdleLock(QObject):
    # Someone chose "Andere gebruiker" on the lock: sign the locked person out.
    switch_user = Signal()

    def __init__(self, store: Store, actor: Actor, minutes: float, parent: QObject | None = None):
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.locked = False
        self.stopped = False
        self.timer = QTimer(self, singleShot=True, interval=int(minutes * 60_000))
        self.timer.timeout.connect(self.lock)
        QApplication.instance().installEventFilter(self)
        self.timer.start()

    def stop(self) -> None:
        self.stopped = True
        self.timer.stop()
        QApplication.instance().removeEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if self.locked or event.type() not in _ACTIVITY:
            return False
        self.timer.start()
        if _is_lock_key(event) and QApplication.activeModalWidget() is not None:
            # A dialog is open: the main window's Ctrl+L is blocked by it, so here.
            QTimer.singleShot(0, lambda: self.lock(idle=False))
            return True
        return False

    def lock(self, idle: bool = True) -> None:
        """Cover every window and ask the password (``idle`` False: locked on purpose,
        Ctrl+L)."""
        if self.locked or self.stopped:
            return
        self.locked = True
        covers = [
            _Cover(w)
            for w in QApplication.topLevelWidgets()
            if w.isVisible() and not isinstance(w, UnlockDialog)
        ]
        dialog = UnlockDialog(self.store, self.actor, idle=idle)
        dialog.password.setFocus()
        switch = dialog.exec() == UnlockDialog.SWITCH_USER
        dialog.deleteLater()
        if switch:  # the covers stay until her windows are closed
            self.switch_user.emit()
        for cover in covers:
            if shiboken6.isValid(cover):
                cover.parentWidget().removeEventFilter(cover)
                cover.deleteLater()
        self.locked = False
        if not self.stopped:
            self.timer.start()
