"""Werkvoorraad: what I have to do, overdue first. Enter opens the place where an item
is handled; "Afhandelen" closes a task."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.roles import TEAMLEIDER, Actor
from intake_desktop.domain.validation import format_moment
from intake_desktop.services.caseload import werkvoorraad, werkvoorraad_tasks
from intake_desktop.services.caseload.werkvoorraad import WorkItem
from intake_desktop.services.caseload.werkvoorraad_team import team_items
from intake_desktop.services.core.errors import ServiceError
from intake_desktop.services.core.store import Store
from intake_desktop.ui.widgets.forms import list_table
from intake_desktop.ui.widgets.i18n import tr_domain, tr_error

LATE = QColor("#b00020")


TEAM_MODE = "team"


class WerkvoorraadView(QWidget):
    open_client = Signal(uuid.UUID)
    open_agenda = Signal(date, object)  # day, staff id
    open_caseloads = Signal()
    counts_changed = Signal()

    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.items: list[WorkItem] = []
        self._team_shown = False
        self._team_loose_ends = 0  # a teamleider: her teams' tasks nobody took, or late
        self.shown: list[WorkItem] = []
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        show_label = QLabel(self.tr("&Toon:"))
        self.filter = QComboBox()
        self.filter.setObjectName("werkvoorraadFilter")
        self.filter.addItem(self.tr("Te laat, vandaag en binnenkort"), "due")
        self.filter.addItem(self.tr("Alleen te laat"), werkvoorraad.OVERDUE)
        self.filter.addItem(self.tr("Alles wat open staat"), "all")
        if self.actor.has(TEAMLEIDER):
            # Her teams' loose ends: not taken by anyone in the team yet, or late.
            self.filter.addItem(self.tr("Mijn teams: niet opgepakt of te laat"), TEAM_MODE)
        show_label.setBuddy(self.filter)
        self.filter.currentIndexChanged.connect(self._mode_changed)
        self.open_button = QPushButton(self.tr("&Openen (Enter)"))
        self.open_button.setObjectName("openItem")
        self.open_button.clicked.connect(self.open_current)
        self.done_button = QPushButton(self.tr("&Afhandelen"))
        self.done_button.setObjectName("completeItem")
        self.done_button.clicked.connect(self.complete_current)
        self.refresh_button = QPushButton(self.tr("&Vernieuwen (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        bar.addWidget(show_label)
        bar.addWidget(self.filter)
        bar.addStretch(1)
        for button in (self.open_button, self.done_button, self.refresh_button):
            bar.addWidget(button)
        layout.addLayout(bar)
        self.summary = QLabel()
        self.summary.setObjectName("werkvoorraadSummary")
        layout.addWidget(self.summary)
        self.table = list_table(
            [
                self.tr("Wanneer"),
                self.tr("Termijn"),
                self.tr("Wat"),
                self.tr("Klant"),
                self.tr("Bij"),
            ],
            "werkvoorraadTable",
            self.tr("Werkvoorraad"),
        )
        header = self.table.horizontalHeader()
        for column in (0, 1, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.open_current())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        for enter in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(
                QKeySequence(enter),
                self.table,
                activated=self.open_current,
                context=Qt.ShortcutContext.WidgetShortcut,
            )
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, activated=self.refresh)
        self.setFocusProxy(self.table)  # Alt+4 lands in the list (read when shown)

    def _mode_changed(self) -> None:
        if self.filter.currentData() == TEAM_MODE or self._team_shown:
            self.refresh()  # another list: read it
        else:
            self._fill()

    def refresh(self) -> None:
        """Read the list again; the selected item stays selected when it is still there."""
        current = self.current()
        self._team_shown = self.filter.currentData() == TEAM_MODE
        try:
            self.items = (
                team_items(self.store, self.actor)
                if self._team_shown
                else werkvoorraad.items(self.store, self.actor)
            )
            self._team_loose_ends = (
                len(team_items(self.store, self.actor))
                if self.actor.has(TEAMLEIDER) and not self._team_shown
                else 0
            )
        except ServiceError as exc:  # no longer a teamleider
            QMessageBox.warning(self, self.tr("Werkvoorraad"), tr_error(exc))
            self.items = []
        self._fill()
        if current is not None:
            for row, item in enumerate(self.shown):
                if (item.task_id, item.appointment_id, item.client_id, item.kind) == (
                    current.task_id,
                    current.appointment_id,
                    current.client_id,
                    current.kind,
                ):
                    self.table.selectRow(row)
        self.counts_changed.emit()

    def _fill(self) -> None:
        mode = self.filter.currentData()
        if mode == TEAM_MODE:
            self.shown = list(self.items)
        elif mode == "due":
            keep = (werkvoorraad.OVERDUE, werkvoorraad.TODAY, werkvoorraad.SOON)
            self.shown = [i for i in self.items if i.state in keep or i.urgent]
        elif mode == werkvoorraad.OVERDUE:
            self.shown = [i for i in self.items if i.state == werkvoorraad.OVERDUE]
        else:
            self.shown = list(self.items)
        late = sum(i.state == werkvoorraad.OVERDUE for i in self.items)
        text = self.tr("{late} te laat · {n} open in totaal").format(late=late, n=len(self.items))
        if self._team_loose_ends and not self._team_shown:
            # A teamleider's own list may be empty while her teams' work waits.
            text += " · " + self.tr(
                "Mijn teams: {n} niet opgepakt of te laat (kies dat bij Toon)"
            ).format(n=self._team_loose_ends)
        self.summary.setText(text)
        self.table.setRowCount(len(self.shown))
        for row, item in enumerate(self.shown):
            cells = (
                format_moment(item.due_at),
                tr_domain(werkvoorraad.STATE_LABELS[item.state]),
                ("⚠ " if item.urgent else "") + tr_domain(item.title),
                item.client_name,
                self._who(item),
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if item.state == werkvoorraad.OVERDUE or item.urgent:
                    cell.setForeground(QBrush(LATE))
                self.table.setItem(row, column, cell)
        if self.shown:
            self.table.selectRow(0)
        self._update_buttons()

    def _who(self, item: WorkItem) -> str:
        """Whose it is: a team task says its team and who took it (or nobody yet)."""
        if not item.team:
            return ""
        team = self.store.config.toewijzing.team_name(item.team)
        taken = item.claimed_by or self.tr("nog niet opgepakt")
        return f"{team} · {taken}"

    def current(self) -> WorkItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.shown[rows[0].row()] if rows and rows[0].row() < len(self.shown) else None

    def _update_buttons(self) -> None:
        item = self.current()
        self.open_button.setEnabled(item is not None)
        self.done_button.setEnabled(item is not None and item.task_id is not None)

    def open_current(self) -> None:
        item = self.current()
        if item is None:
            return
        if item.where == werkvoorraad.ASSIGN and item.client_id is not None:
            from intake_desktop.ui.caseload.assign_dialog import AssignDialog

            try:
                dialog = AssignDialog(
                    self.store,
                    self.actor,
                    item.client_id,
                    item.client_name,
                    why=tr_domain(item.title),
                    parent=self,
                )
            except ServiceError as exc:  # need to know (NoAccess), or the role
                QMessageBox.warning(self, self.tr("Klantmanager toewijzen"), tr_error(exc))
                return
            done = dialog.exec()
            dialog.deleteLater()
            if done:
                self.refresh()
        elif item.where == werkvoorraad.HANDOVER and item.task_id is not None:
            self._open_handover(item)
        elif item.where == werkvoorraad.MEASURE and item.task_id is not None:
            self._open_measure(item)
        elif item.where == werkvoorraad.WORK_FIRST and item.task_id is not None:
            self._open_work_first(item)
        elif item.where == werkvoorraad.IN_CASELOADS:
            self.open_caseloads.emit()
        elif item.where == werkvoorraad.IN_AGENDA and item.due_at is not None:
            self.open_agenda.emit(item.due_at.astimezone().date(), item.staff_id)
        elif item.kind == "overdracht_inkomen" and item.client_id is not None:
            # A teamleider hands the hand-over to a consultant; anyone else: the dossier.
            from intake_desktop.ui.traject.afsluiting_heropenen import hand_out

            handed = hand_out(self, self.store, self.actor, item.client_id)
            if handed is None:
                self.open_client.emit(item.client_id)
            elif handed:
                self.refresh()
        elif item.client_id is not None:
            self.open_client.emit(item.client_id)

    def _open_handover(self, item: WorkItem) -> None:
        from intake_desktop.ui.overdracht.handover_dialog import HandoverDialog

        try:
            dialog = HandoverDialog(self.store, self.actor, item.task_id, parent=self)
        except ServiceError as exc:  # another team's, gone, or outside the need to know
            QMessageBox.warning(self, self.tr("Overdracht"), tr_error(exc))
            self.refresh()
            return
        dialog.exec()
        to_dossier = dialog.open_dossier
        dialog.deleteLater()
        self.refresh()
        if to_dossier and item.client_id is not None:
            self.open_client.emit(item.client_id)

    def _open_measure(self, item: WorkItem) -> None:
        from intake_desktop.ui.agenda.maatregel_dialog import MeasureDialog

        try:
            dialog = MeasureDialog(self.store, self.actor, item.task_id, parent=self)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Maatregel beoordelen"), tr_error(exc))
            return
        dialog.exec()
        dialog.deleteLater()
        self.refresh()

    def _open_work_first(self, item: WorkItem) -> None:
        from intake_desktop.ui.agenda.work_first_dialog import WorkFirstDialog

        try:
            dialog = WorkFirstDialog(self.store, self.actor, item.task_id, parent=self)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Work First-resultaat"), tr_error(exc))
            return
        dialog.exec()
        dialog.deleteLater()
        self.refresh()

    def complete_current(self) -> None:
        item = self.current()
        if item is None or item.task_id is None:
            return
        if item.where == werkvoorraad.HANDOVER:
            self._open_handover(item)  # done by reporting its result
            return
        if item.where == werkvoorraad.MEASURE:
            self._open_measure(item)  # done by deciding
            return
        if item.where == werkvoorraad.WORK_FIRST:
            self._open_work_first(item)  # done by recording the result
            return
        answer = QMessageBox.question(
            self,
            self.tr("Afhandelen"),
            self.tr("Is deze taak gedaan?\n\n{title}").format(title=tr_domain(item.title)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            werkvoorraad_tasks.complete_task(self.store, self.actor, item.task_id)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Afhandelen"), tr_error(exc))
        row = self.table.currentRow()
        self.refresh()
        if self.shown:
            self.table.selectRow(min(row, len(self.shown) - 1))
        self.table.setFocus()
