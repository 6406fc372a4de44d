"""The status bar's part about the laptop: online or offline, changes not yet
synchronised, open conflicts, and the "Synchroniseren…" button.

What the timers ask (does the server answer, the counts in the laptop's file) is asked
in the background, one question at a time: a server without network never freezes the
window. ``refresh()`` reads the counts at once (after the user's own action)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from intake_desktop.domain.errors import IntakeError
from intake_desktop.domain.roles import Actor
from intake_desktop.services.core.errors import ServiceError
from intake_desktop.services.laptop import workplace as places
from intake_desktop.services.laptop.checkout import LaptopStatus, laptop_status
from intake_desktop.ui.widgets.background import BackgroundRefresh

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 30_000
COUNT_EVERY_MS = 5_000


class SyncStatus(QWidget):
    sync_requested = Signal()

    def __init__(self, workplace, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.workplace, self.actor = workplace, actor
        self._reachable = True
        self._broken = False  # the laptop store could not be opened
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.connection = QLabel()
        self.connection.setObjectName("connectionState")
        self.pending = QLabel()
        self.pending.setObjectName("unsyncedChanges")
        self.conflicts = QLabel()
        self.conflicts.setObjectName("openConflicts")
        self.conflicts.setStyleSheet("color: #b00020; font-weight: bold;")
        self.button = QPushButton(self.tr("S&ynchroniseren…"))
        self.button.setObjectName("syncButton")
        self.button.setToolTip(self.tr("Wijzigingen van de laptop naar de server sturen"))
        self.button.clicked.connect(self.sync_requested)
        for widget in (self.connection, self.pending, self.conflicts, self.button):
            layout.addWidget(widget)
        self._server_check = BackgroundRefresh(
            self, self._server_answered, lambda _error: self._server_answered(False)
        )
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check_server)
        if places.watches_server(workplace):
            self.timer.start()
        # The counts come from the laptop's own file: cheap to read every few seconds.
        self._counting = BackgroundRefresh(self, self._show_status, self._not_counted)
        self.counter = QTimer(self)
        self.counter.setInterval(COUNT_EVERY_MS)
        self.counter.timeout.connect(self.count_in_background)
        self.counter.start()
        self.refresh()

    def check_server(self) -> bool:
        """Ask the server in the background whether it answers; False when the last
        question is still open."""
        store = self.workplace.store
        return self._server_check.run(lambda: places.server_reachable(store))

    def _server_answered(self, reachable: bool) -> None:
        self._reachable = reachable
        self._show_connection()

    def refresh(self) -> None:
        """Everything at once, on this thread."""
        self._counting.supersede()
        self._show_connection()
        status = None
        try:
            laptop = self._laptop()
            if laptop is not None:
                status = laptop_status(laptop)
        except ServiceError as exc:
            self._not_counted(exc)
        self._show_status(status)

    def count_in_background(self) -> bool:
        """The counts of the laptop's file, read in the background (the timer)."""
        self._show_connection()
        try:
            laptop = self._laptop()  # opened here, on this thread, the first time only
        except ServiceError as exc:
            self._not_counted(exc)
            laptop = None
        if laptop is None:
            self._show_status(None)
            return False
        return self._counting.run(lambda: laptop_status(laptop))

    def _laptop(self):
        return None if self._broken else self.workplace.laptop(self.actor)

    def _not_counted(self, exc: IntakeError) -> None:
        # Said once in the log; not tried again every few seconds.
        log.warning("laptop store not opened: %s", type(exc).__name__)
        self._broken = True
        self._show_status(None)

    def _show_connection(self) -> None:
        if self.workplace.offline:
            self.connection.setText(self.tr("● Offline: u werkt op de laptop"))
            self.connection.setStyleSheet("color: #a05a00; font-weight: bold;")
        elif self._reachable:
            self.connection.setText(self.tr("● Online"))
            self.connection.setStyleSheet("color: #1b7a1b;")
        else:
            self.connection.setText(self.tr("● Server niet bereikbaar"))
            self.connection.setStyleSheet("color: #b00020; font-weight: bold;")

    def _show_status(self, status: LaptopStatus | None) -> None:
        has_work = status is not None and (
            status.checked_out or status.unsynced or status.conflicts
        )
        self.button.setVisible(bool(has_work) or self.workplace.offline)
        if status is None:
            self.pending.hide()
            self.conflicts.hide()
            return
        self.pending.setVisible(bool(status.unsynced or status.checked_out))
        if status.unsynced:
            self.pending.setText(
                self.tr("Nog niet gesynchroniseerd: {n}").format(n=status.unsynced)
            )
        else:
            self.pending.setText(
                self.tr("Klanten op de laptop: {n} · gesynchroniseerd").format(n=status.checked_out)
            )
        self.conflicts.setVisible(status.conflicts > 0)
        self.conflicts.setText(self.tr("Conflicten open: {n}").format(n=status.conflicts))
