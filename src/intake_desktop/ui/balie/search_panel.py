"""The counter's first screen: find a client as you type, or start a new aanmelding."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.roles import Actor
from intake_desktop.services.balie.search import search_clients
from intake_desktop.services.core import access
from intake_desktop.services.core.errors import ServiceError
from intake_desktop.services.core.store import Store
from intake_desktop.ui.widgets.client_table_model import ClientTableModel
from intake_desktop.ui.widgets.i18n import tr_error


class SearchPanel(QWidget):
    open_client = Signal(uuid.UUID)
    new_aanmelding = Signal()

    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.actor = store, actor
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Klant zoeken"))
        title.setProperty("role", "pageTitle")
        layout.addWidget(title)

        row = QHBoxLayout()
        label = QLabel(self.tr("&Zoeken:"))
        self.query = QLineEdit()
        self.query.setObjectName("search")
        self.query.setClearButtonEnabled(True)
        self.query.setPlaceholderText(
            self.tr("Achternaam, BSN, postcode (1234 AB) of geboortedatum (dd-mm-jjjj)")
        )
        self.query.setAccessibleName(self.tr("Zoeken naar een klant"))
        label.setBuddy(self.query)
        row.addWidget(label)
        row.addWidget(self.query, 1)
        self.new_button = QPushButton(self.tr("&Nieuwe aanmelding"))
        self.new_button.setObjectName("newAanmelding")
        self.new_button.setToolTip(self.tr("Nieuwe aanmelding (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_aanmelding)
        row.addWidget(self.new_button)
        layout.addLayout(row)

        self.model = ClientTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("results")
        self.table.setAccessibleName(self.tr("Zoekresultaten"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(self._open_index)
        layout.addWidget(self.table, 1)
        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        layout.addWidget(self.status)

        self._debounce = QTimer(self, singleShot=True, interval=120)
        self._debounce.timeout.connect(self.run_search)
        self.query.textChanged.connect(self._debounce.start)
        self.query.returnPressed.connect(self._open_first)
        self.query.installEventFilter(self)
        self._show_status("leeg", 0, False)
        if not access.may_search(store, actor):  # toegang.toml: beheer, beleid
            self.query.setEnabled(False)
            self.status.setText(tr_error(access.SearchNotAllowed()))
        self.new_button.setVisible(access.may_register(store, actor))

    def focus_search(self) -> None:
        self.query.setFocus()
        self.query.selectAll()

    def run_search(self) -> None:
        self._debounce.stop()
        try:
            result = search_clients(self.store, self.actor, self.query.text())
        except ServiceError as exc:  # a role that does not search (toegang.toml)
            self.model.set_hits([])
            self.status.setText(tr_error(exc))
            return
        self.model.set_hits(result.hits)
        if result.hits:
            self.table.selectRow(0)
        self._show_status(result.kind, len(result.hits), result.truncated)

    def _show_status(self, kind: str, count: int, truncated: bool) -> None:
        if kind == "leeg":
            text = self.tr(
                "Typ een achternaam, BSN, postcode of geboortedatum. "
                "Enter opent het dossier; Ctrl+N start een nieuwe aanmelding."
            )
        elif count == 0:
            text = self.tr("Geen klant gevonden. Nieuwe klant? Kies 'Nieuwe aanmelding'.")
        elif truncated:
            text = self.tr("De eerste {n} klanten; typ verder om te verfijnen.").format(n=count)
        else:
            text = self.tr("{n} klant(en) gevonden.").format(n=count)
        self.status.setText(text)

    def _open_first(self) -> None:
        if self._debounce.isActive():
            self.run_search()
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._open_index(rows[0])

    def _open_index(self, index) -> None:
        self.open_client.emit(self.model.hit(index.row()).id)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        # Arrow keys in the search box move through the results.
        if watched is self.query and event.type() == event.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.model.rowCount():
                rows = self.table.selectionModel().selectedRows()
                current = rows[0].row() if rows else -1
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                target = min(max(current + step, 0), self.model.rowCount() - 1)
                self.table.selectRow(target)
                return True
        return super().eventFilter(watched, event)
