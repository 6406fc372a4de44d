"""The status bar's part about the laptop: online or offline, changes not yet
synchronised, open conflicts, and the "Synchroniseren…" button."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from intake_desktop.domain.roles import Actor
from intake_desktop.services.core.errors import ServiceError

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
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self._check_server)
        if not workplace.offline and workplace.store.engine.dialect.name != "sqlite":
            self.timer.start()
        # The counts come from the laptop's own file: cheap to read every few seconds.
        self.counter = QTimer(self)
        self.counter.setInterval(COUNT_EVERY_MS)
        self.counter.timeout.connect(self.refresh)
        self.counter.start()
        self.refresh()

    def _check_server(self) -> None:
        """Ask the server in the background; the answer shows at the next refresh."""

        def ask() -> None:
            try:
                with self.workplace.store.engine.connect() as connection:
                    connection.exec_driver_sql("SELECT 1")
                self._reachable = True
            except Exception as exc:
                log.info("server check failed: %s", type(exc).__name__)
                self._reachable = False

        threading.Thread(target=ask, daemon=True).start()
        QTimer.singleShot(6_000, self.refresh)

    def refresh(self) -> None:
        if self.workplace.offline:
            self.connection.setText(self.tr("● Offline: u werkt op de laptop"))
            self.connection.setStyleSheet("color: #a05a00; font-weight: bold;")
        elif self._reachable:
            self.connection.setText(self.tr("● Online"))
            self.connection.setStyleSheet("color: #1b7a1b;")
        else:
            self.connection.setText(self.tr("● Server niet bereikbaar"))
            self.connection.setStyleSheet("color: #b00020; font-weight: bold;")
        status = None
        try:
            laptop = None if self._broken else self.workplace.laptop(self.actor)
            if laptop is not None:
                from intake_desktop.services.laptop.checkout import laptop_status

                status = laptop_status(laptop)
        except ServiceError as exc:
            # Said once in the log; not tried again every few seconds.
            log.warning("laptop store not opened: %s", type(exc).__name__)
            self._broken = True
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
