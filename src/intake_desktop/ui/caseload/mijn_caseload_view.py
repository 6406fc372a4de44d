"""Mijn caseload: a klantmanager's clients with klantgroep, what is next, open tasks and
flags. A teamleider can look at anyone's caseload."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.roles import TEAMLEIDER, Actor
from intake_desktop.domain.text import search_key
from intake_desktop.domain.validation import format_date, format_moment
from intake_desktop.services.caseload import mijn_caseload
from intake_desktop.services.caseload.mijn_caseload import CaseloadClient
from intake_desktop.services.core.store import Store
from intake_desktop.ui.widgets.forms import list_table

WARNING = QColor("#b00020")


class CaseloadView(QWidget):
    open_client = Signal(uuid.UUID)
    # Meenemen voor huisbezoek: the rows shown, and the ids of the selected ones.
    take_along = Signal(list, set)

    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.rows: list[CaseloadClient] = []
        self.shown: list[CaseloadClient] = []
        layout = QVBoxLayout(self)
        self.title = QLabel(self.tr("Mijn caseload"))
        self.title.setProperty("role", "pageTitle")
        layout.addWidget(self.title)
        layout.addLayout(self._bar())
        self.summary = QLabel()
        self.summary.setObjectName("caseloadSummary")
        layout.addWidget(self.summary)
        self.table = self._table()
        layout.addWidget(self.table, 1)
        for enter in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(
                QKeySequence(enter),
                self.table,
                activated=self.open_current,
                context=Qt.ShortcutContext.WidgetShortcut,
            )
        self.filter.returnPressed.connect(self._open_from_filter)
        self.setFocusProxy(self.filter)

    def _bar(self) -> QHBoxLayout:
        """Whose caseload (for a teamleider), the filter, and Meenemen voor huisbezoek."""
        actor = self.actor
        bar = QHBoxLayout()
        self.staff = QComboBox()
        self.staff.setObjectName("caseloadOf")
        if actor.has(TEAMLEIDER):
            staff_label = QLabel(self.tr("&Klantmanager:"))
            staff_label.setBuddy(self.staff)
            for staff_id, name in mijn_caseload.klantmanager_options(self.store):
                self.staff.addItem(name, staff_id)
            bar.addWidget(staff_label)
            bar.addWidget(self.staff)
        else:
            self.staff.addItem(actor.display_name, actor.staff_id)
            self.staff.hide()
        self._select_staff(actor.staff_id)
        self.staff.currentIndexChanged.connect(self.refresh)
        filter_label = QLabel(self.tr("&Zoeken in de lijst:"))
        self.filter = QLineEdit()
        self.filter.setObjectName("caseloadFilter")
        self.filter.setPlaceholderText(self.tr("achternaam"))
        self.filter.setToolTip(self.tr("Enter opent het dossier van de geselecteerde klant"))
        self.filter.textChanged.connect(self._fill)
        filter_label.setBuddy(self.filter)
        bar.addWidget(filter_label)
        bar.addWidget(self.filter)
        bar.addStretch(1)
        self.take_along_button = QPushButton(self.tr("&Meenemen voor huisbezoek…"))
        self.take_along_button.setObjectName("takeAlong")
        self.take_along_button.setToolTip(
            self.tr("Klanten versleuteld op deze laptop zetten, om zonder netwerk te werken")
        )
        self.take_along_button.clicked.connect(self._take_along)
        self.take_along_button.hide()
        bar.addWidget(self.take_along_button)
        return bar

    def _table(self):
        table = list_table(
            [
                self.tr("Naam"),
                self.tr("Geboortedatum"),
                self.tr("Klantgroep"),
                self.tr("Volgende afspraak"),
                self.tr("Volgend voortgangsgesprek"),
                self.tr("Open taken"),
                self.tr("Signalen"),
            ],
            "caseloadTable",
            self.tr("Caseload"),
        )
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        table.doubleClicked.connect(lambda _i: self.open_current())
        return table

    def enable_take_along(self) -> None:
        """Shown where a laptop store can be made (online, with the laptop package)."""
        from intake_desktop.services.laptop.checkout import laptop_supported

        self.take_along_button.setVisible(laptop_supported())

    def _take_along(self) -> None:
        row = self.table.currentRow()
        chosen = {self.shown[row].client_id} if 0 <= row < len(self.shown) else set()
        self.take_along.emit(list(self.rows), chosen)

    def _select_staff(self, staff_id) -> None:
        for index in range(self.staff.count()):
            if self.staff.itemData(index) == staff_id:
                self.staff.setCurrentIndex(index)

    def show_staff(self, staff_id) -> None:
        self._select_staff(staff_id)
        self.refresh()

    def refresh(self) -> None:
        staff_id = self.staff.currentData()
        if staff_id is None:
            self.rows = []
        else:
            self.rows = mijn_caseload.clients_of(self.store, self.actor, staff_id)
        mine = staff_id == self.actor.staff_id
        self.title.setText(
            self.tr("Mijn caseload")
            if mine
            else self.tr("Caseload van {name}").format(name=self.staff.currentText())
        )
        self._fill()

    def _fill(self) -> None:
        key = search_key(self.filter.text())
        self.shown = [r for r in self.rows if not key or key in search_key(r.name)]
        late = sum(1 for r in self.rows if r.overdue_tasks)
        self.summary.setText(
            self.tr("{n} klanten · {late} met een taak te laat").format(n=len(self.rows), late=late)
        )
        self.table.setRowCount(len(self.shown))
        for row, client in enumerate(self.shown):
            group = self.store.config.klantgroep(client.klantgroep)
            flags = []
            if client.acute:
                flags.append(self.tr("ACUUT"))
            if client.choice_deviates:
                flags.append(self.tr("keuze wijkt af van advies"))
            if client.overdue_tasks:
                flags.append(self.tr("{n} te laat").format(n=client.overdue_tasks))
            tasks = str(client.open_tasks) if client.open_tasks else ""
            cells = (
                client.name,
                format_date(client.birth_date),
                group.naam if group else self.tr("nog niet gekozen"),
                format_moment(client.next_appointment, "—"),
                format_moment(client.next_progress_talk, "—"),
                tasks,
                " · ".join(flags),
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column == 2 and group is not None:
                    cell.setForeground(QBrush(QColor(group.kleur)))
                if column == 6 and (client.acute or client.overdue_tasks):
                    cell.setForeground(QBrush(WARNING))
                self.table.setItem(row, column, cell)
        if self.shown:
            self.table.selectRow(0)

    def _open_from_filter(self) -> None:
        """Enter in the filter opens the selected client (after typing: the first one
        that matches, or the only one)."""
        if not self.shown:
            return
        if not 0 <= self.table.currentRow() < len(self.shown):
            self.table.selectRow(0)
        self.open_current()

    def open_current(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.shown):
            self.open_client.emit(self.shown[row].client_id)
