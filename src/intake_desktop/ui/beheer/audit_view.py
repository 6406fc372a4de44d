"""The audit log for a beheerder: who saw or changed what, filterable."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.roles import Actor
from intake_desktop.services.beheer import medewerkers
from intake_desktop.services.core import audit
from intake_desktop.services.core.store import Store
from intake_desktop.ui.widgets.i18n import tr_domain


def _plain(value) -> str:
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


class AuditView(QWidget):
    def __init__(
        self, store: Store, actor: Actor, parent: QWidget | None = None, load: bool = True
    ):
        super().__init__(parent)
        self.store, self.actor = store, actor
        layout = QVBoxLayout(self)
        layout.addLayout(self._filters())
        self.table = self._table()
        layout.addWidget(self.table, 1)
        self.count = QLabel()
        layout.addWidget(self.count)
        self._fill_users()
        if load:
            self.refresh()

    def _filters(self) -> QGridLayout:
        """From, to, who and which action; Filteren applies them."""
        filters = QGridLayout()
        self.since = QDateEdit(QDate.currentDate().addDays(-7))
        self.until = QDateEdit(QDate.currentDate())
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
        self.user = QComboBox()
        self.action = QComboBox()
        self.action.addItem(self.tr("Alle acties"), "")
        for code, label in audit.ACTION_LABELS.items():
            self.action.addItem(tr_domain(label), code)
        for column, (text, widget) in enumerate(
            (
                (self.tr("&Van"), self.since),
                (self.tr("&Tot en met"), self.until),
                (self.tr("&Medewerker"), self.user),
                (self.tr("A&ctie"), self.action),
            )
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", ""))
            filters.addWidget(label, 0, column)
            filters.addWidget(widget, 1, column)
        self.apply = QPushButton(self.tr("&Filteren"))
        self.apply.clicked.connect(self.refresh)
        filters.addWidget(self.apply, 1, 4)
        filters.setColumnStretch(5, 1)
        return filters

    def _table(self) -> QTableWidget:
        table = QTableWidget(0, 7)
        table.setObjectName("auditTable")
        table.setAccessibleName(self.tr("Auditlog"))
        table.setHorizontalHeaderLabels(
            [
                self.tr("Tijdstip"),
                self.tr("Medewerker"),
                self.tr("Rollen"),
                self.tr("Actie"),
                self.tr("Onderwerp"),
                self.tr("Details"),
                self.tr("Werkplek"),
            ]
        )
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        return table

    def _fill_users(self) -> None:
        self.user.clear()
        self.user.addItem(self.tr("Alle medewerkers"), "")
        for staff in medewerkers.list_staff(self.store):
            self.user.addItem(f"{staff.display_name} ({staff.username})", staff.username)

    def refresh(self) -> None:
        since = datetime.combine(self.since.date().toPython(), time.min).astimezone()
        until = datetime.combine(
            self.until.date().toPython() + timedelta(days=1), time.min
        ).astimezone()
        events = audit.list_events(
            self.store,
            self.actor,
            audit.AuditFilter(
                since=since,
                until=until,
                username=self.user.currentData() or "",
                action=self.action.currentData() or "",
            ),
        )
        limit = audit.AuditFilter.limit
        truncated = len(events) > limit
        events = events[:limit]
        self.table.setRowCount(len(events))
        for row, event in enumerate(events):
            subject = tr_domain(audit.ENTITY_LABELS.get(event.entity or "", event.entity or ""))
            if event.client_id:
                subject = self.tr("{what} · klantnummer {id}").format(
                    what=subject, id=str(event.client_id)[:8]
                )
            details = ", ".join(f"{k}: {_plain(v)}" for k, v in event.details.items())
            cells = [
                event.occurred_at.astimezone().strftime("%d-%m-%Y %H:%M:%S"),
                event.username,
                event.roles,
                tr_domain(audit.ACTION_LABELS.get(event.action, event.action)),
                subject,
                details,
                event.workstation,
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if truncated:
            self.count.setText(
                self.tr(
                    "De nieuwste {n} gebeurtenissen; er zijn er meer. Verfijn het filter."
                ).format(n=len(events))
            )
        else:
            self.count.setText(
                self.tr("{n} gebeurtenis(sen); de nieuwste bovenaan.").format(n=len(events))
            )
