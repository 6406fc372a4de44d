"""The signed-in person's menu (her name, top right): Nu vergrendelen (Ctrl+L),
Wachtwoord wijzigen, Wissel gebruiker and Afmelden, so a shared counter PC changes hands
without closing the program.

Signing out (``end_session``) keeps what she typed: every open form saves its draft in
her name (drafts are per staff member, so the next person never sees it; she is offered
it at her next sign-in), every open window closes without asking, running background
work is stopped, the sign-out is audited and the store works for nobody until the next
sign-in. The program (ui/app.py) then shows the sign-in window again.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QToolButton

from intake_desktop.services.beheer import accounts
from intake_desktop.ui.widgets import background
from intake_desktop.ui.widgets.draft_keeper import DraftKeeper

if TYPE_CHECKING:
    from intake_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)

SWITCH_USER, SIGN_OUT = "wissel_gebruiker", "afmelden"


class SessionMenu(QObject):
    def __init__(self, window: MainWindow, label: str):
        super().__init__(window)
        self.window = window
        self.button = QToolButton()
        self.button.setObjectName("signedInAs")
        self.button.setText(label)
        self.button.setAccessibleName(self.tr("Aangemeld als {who}").format(who=label))
        self.button.setToolTip(
            self.tr("Vergrendelen (Ctrl+L), wachtwoord wijzigen, wissel gebruiker, afmelden")
        )
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.button)
        self.lock_action = self._action(
            menu, self.tr("Nu &vergrendelen"), "Ctrl+L", self.lock_now, "lockNow"
        )
        self.password_action = self._action(
            menu, self.tr("&Wachtwoord wijzigen…"), None, self.change_password, "changePassword"
        )
        if window.store.by_ticket:  # signed in with the Windows account: no password here
            self.password_action.setVisible(False)
        menu.addSeparator()
        self.switch_action = self._action(
            menu, self.tr("Wissel &gebruiker"), None, self.switch_user, "switchUser"
        )
        self.sign_out_action = self._action(
            menu, self.tr("&Afmelden"), "Ctrl+Shift+L", self.sign_out, "signOut"
        )
        self.button.setMenu(menu)

    def _action(self, menu: QMenu, text: str, keys: str | None, slot, name: str) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if keys:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(slot)
        self.window.addAction(action)  # the shortcut works wherever the focus is
        menu.addAction(action)
        return action

    def lock_now(self) -> None:
        lock = getattr(self.window, "idle_lock", None)
        if lock is not None:
            lock.lock(idle=False)

    def change_password(self) -> None:
        from intake_desktop.ui.new_password_dialog import NewPasswordDialog

        dialog = NewPasswordDialog(self.window.store, self.window.actor, self.window)
        if dialog.exec():
            self.window.statusBar().showMessage(self.tr("Uw wachtwoord is gewijzigd."), 8000)
        dialog.deleteLater()

    def switch_user(self) -> None:
        end_session(self.window, SWITCH_USER)

    def sign_out(self) -> None:
        end_session(self.window, SIGN_OUT)


def end_session(window: MainWindow, how: str) -> None:
    """Sign the window's person out (see the module's text); ``window.session_ended``
    tells the program to show the sign-in window."""
    if window.ended_as is not None:
        return
    window.ended_as = how
    lock = getattr(window, "idle_lock", None)
    if lock is not None:
        lock.stop()
    window.stop_timers()
    keep_drafts_and_close_windows(window)
    still_running = background.cancel_all(wait_seconds=5.0)
    if still_running:
        log.warning("%d background task(s) still running at sign-out", still_running)
    accounts.sign_out(window.store, window.actor, how)
    window.close()
    window.session_ended.emit(how)


def keep_drafts_and_close_windows(window) -> None:
    """Every form's typed input saved as its author's draft; every other window of the
    program closed without questions (a dialog's own Cancel could ask, or throw the
    input away)."""
    others = [w for w in QApplication.topLevelWidgets() if w is not window and w.isVisible()]
    keepers = {k for w in (window, *others) for k in w.findChildren(DraftKeeper)}
    for keeper in keepers:
        keeper.save_if_dirty()
    for other in others:
        hand_over = getattr(other, "hand_over", None)
        if callable(hand_over):
            hand_over()  # e.g. a step with nothing typed goes back to the queue
    for other in others:
        if isinstance(other, QDialog):
            QDialog.done(other, QDialog.DialogCode.Rejected)
        else:
            other.close()
