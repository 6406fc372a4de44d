"""Today's queue at the counter: waiting time, status, who picked up what.

Every 30 seconds the queue is read again in the background (one read at a time), so a
slow or unreachable server never freezes the window; F5 and the user's own actions read
it at once."""

from __future__ import annotations

import logging
import uuid

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain import aanmelding as aan
from intake_desktop.domain.errors import IntakeError
from intake_desktop.domain.roles import Actor
from intake_desktop.services.balie import queue
from intake_desktop.services.balie.errors import PickedUpByColleague
from intake_desktop.services.core.errors import ServiceError
from intake_desktop.services.core.store import Store
from intake_desktop.ui.widgets.background import BackgroundRefresh
from intake_desktop.ui.widgets.forms import list_table, run_step
from intake_desktop.ui.widgets.i18n import tr_domain, tr_error

log = logging.getLogger(__name__)


def pick_up_or_take_over(
    parent: QWidget, store: Store, actor: Actor, aanmelding_id: uuid.UUID
) -> str | None:
    """Pick up an aanmelding; when a colleague holds it, ask whether to take it over.
    Returns the step, or None when the user declines. Raises ServiceError."""
    try:
        return queue.pick_up(store, actor, aanmelding_id)
    except PickedUpByColleague as exc:
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("QueueView", "Al opgepakt"),
            QCoreApplication.translate("QueueView", "{message} Wilt u het overnemen?").format(
                message=tr_error(exc)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        return queue.pick_up(store, actor, aanmelding_id, take_over=True)


class QueueView(QWidget):
    open_client = Signal(uuid.UUID)

    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.items: list[queue.QueueItem] = []
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Wachtrij vandaag"))
        title.setProperty("role", "pageTitle")
        layout.addWidget(title)
        self.table = list_table(
            [
                self.tr("Binnen"),
                self.tr("Wacht"),
                self.tr("Klant"),
                self.tr("Kanaal"),
                self.tr("Status"),
                self.tr("Opgepakt door"),
            ],
            "queue",
            self.tr("Wachtrij vandaag"),
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _index: self.go_on())
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.table)  # arriving here, Enter goes on with the selected row
        layout.addLayout(self._buttons())
        self.message = QLabel()
        self.message.setObjectName("queueMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, activated=self.refresh)
        self._reading = BackgroundRefresh(self, self._show, self._not_read)
        self._timer = QTimer(self, interval=30_000)
        self._timer.timeout.connect(self.refresh_in_background)
        self._timer.start()
        self.refresh()

    def _buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.go_button = QPushButton(self.tr("&Verder (Enter)"))
        self.go_button.setObjectName("goOn")
        self.go_button.setToolTip(
            self.tr("Pakt de aanmelding op en opent de screening of de quickscan")
        )
        self.go_button.clicked.connect(self.go_on)
        self.pick_button = QPushButton(self.tr("&Oppakken"))
        self.pick_button.clicked.connect(self.pick_up)
        self.back_button = QPushButton(self.tr("&Teruggeven"))
        self.back_button.clicked.connect(self.hand_back)
        self.dossier_button = QPushButton(self.tr("&Dossier"))
        self.dossier_button.clicked.connect(self._open_dossier)
        refresh = QPushButton(self.tr("Ver&nieuwen (F5)"))
        refresh.clicked.connect(self.refresh)
        for button in (
            self.go_button,
            self.pick_button,
            self.back_button,
            self.dossier_button,
            refresh,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        return buttons

    def refresh(self) -> None:
        """Read the queue now, on this thread."""
        self._reading.supersede()
        try:
            self._show(queue.today_queue(self.store, self.actor))
        except Exception:  # the database may be out of reach for a moment
            log.exception("queue refresh failed")
            self._say(self._not_read_text())

    def refresh_in_background(self) -> bool:
        """Read the queue in the background; False when the last read still runs."""
        store, actor = self.store, self.actor
        return self._reading.run(lambda: queue.today_queue(store, actor))

    def _not_read(self, error: IntakeError) -> None:
        log.warning("queue refresh failed: %s", type(error).__name__)
        self._say(self._not_read_text())

    def _not_read_text(self) -> str:
        return self.tr("De wachtrij kon niet worden ververst; probeer het zo opnieuw.")

    def _show(self, items: list[queue.QueueItem]) -> None:
        selected = self.current()
        if self.message.text() == self._not_read_text():
            self._say("")  # read again: the old complaint no longer holds
        self.items = items
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            status = tr_domain(aan.STATUS_LABELS.get(item.status, item.status))
            if item.urgent:
                status = self.tr("ACUUT · {status}").format(status=status)
            waiting = (
                self.tr("{n} min").format(n=item.waiting_minutes) if item.waiting_minutes else ""
            )
            cells = [
                item.registered_at.astimezone().strftime("%H:%M"),
                waiting,
                item.client_name,
                tr_domain(aan.CHANNELS.get(item.channel, item.channel)),
                status,
                item.picked_up_by,
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if item.urgent:
                    cell.setForeground(QBrush(QColor("#b00020")))
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                self.table.setItem(row, column, cell)
        if self.items:
            ids = [i.aanmelding_id for i in self.items]
            row = (
                ids.index(selected.aanmelding_id)
                if selected and selected.aanmelding_id in ids
                else 0
            )
            self.table.selectRow(row)

    def current(self) -> queue.QueueItem | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.items[rows[0].row()] if rows and rows[0].row() < len(self.items) else None

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def pick_up(self) -> str | None:
        """Take the selected aanmelding; returns its step, or None."""
        item = self.current()
        if item is None or item.client_id is None:
            return None
        try:
            step = pick_up_or_take_over(self, self.store, self.actor, item.aanmelding_id)
            if step is None:
                return None
        except ServiceError as exc:
            self._say(tr_error(exc))
            self.refresh()
            return None
        self._say("")
        self.refresh()
        return step

    def hand_back(self) -> None:
        item = self.current()
        if item is None:
            return
        try:
            queue.hand_back(self.store, self.actor, item.aanmelding_id)
        except ServiceError as exc:
            self._say(tr_error(exc))
        self.refresh()

    def _open_dossier(self) -> None:
        item = self.current()
        if item and item.client_id:
            self.open_client.emit(item.client_id)

    def go_on(self) -> None:
        """Pick up the selected aanmelding and open the step it waits for."""
        item = self.current()
        if item is None:
            return
        if item.client_id is None or queue.step_of(item.status) is None:
            self._open_dossier()
            return
        step = self.pick_up()
        if step is None:
            return
        from intake_desktop.ui.balie.quickscan_dialog import QuickscanDialog
        from intake_desktop.ui.balie.screening_dialog import ScreeningDialog

        dialog_class = ScreeningDialog if step == "screening" else QuickscanDialog
        dialog = dialog_class(self.store, self.actor, item.aanmelding_id, item.client_name, self)
        run_step(self, dialog)
        self.refresh()
