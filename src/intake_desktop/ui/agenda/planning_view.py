"""Planning ambitiegesprekken with the existing caseload: choose clients, book them in bulk."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.roles import Actor
from intake_desktop.domain.validation import format_moment
from intake_desktop.services.agenda import planning
from intake_desktop.services.core.errors import ServiceError
from intake_desktop.services.core.store import Store
from intake_desktop.ui.widgets.background import run_with_progress
from intake_desktop.ui.widgets.date_time_edit import DateEdit
from intake_desktop.ui.widgets.i18n import tr_error


class PlanningView(QWidget):
    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.rows: list[planning.PlanRow] = []
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Klanten zonder ambitiegesprek. Kies er één of meer (Shift of "
                "Ctrl voor meer) en plan ze in de eerste vrije intakeplekken."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        bar = QHBoxLayout()
        order_label = QLabel(self.tr("&Volgorde:"))
        self.order = QComboBox()
        self.order.setObjectName("planningOrder")
        self.order.addItem(
            self.tr("Prioriteit (klantgroep), dan langst in de uitkering"), "prioriteit"
        )
        self.order.addItem(self.tr("Langst in de uitkering"), "maanden")
        order_label.setBuddy(self.order)
        start_label = QLabel(self.tr("&Vanaf:"))
        self.start_edit = DateEdit(QDate.currentDate().addDays(1))
        self.start_edit.setObjectName("planningStart")
        start_label.setBuddy(self.start_edit)
        self.book_button = QPushButton(self.tr("Geselecteerde klanten &inplannen"))
        self.book_button.setObjectName("bookSelected")
        self.book_button.clicked.connect(self.book_selected)
        for widget in (order_label, self.order, start_label, self.start_edit, self.book_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("planningTable")
        self.table.setAccessibleName(self.tr("Klanten zonder ambitiegesprek"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Klant"), self.tr("Huidige klantgroep"), self.tr("Maanden in de uitkering")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.count = QLabel()
        self.count.setObjectName("planningCount")
        layout.addWidget(self.count)
        self.order.currentIndexChanged.connect(self.refresh)
        self._loaded = False  # the list is read when the tab is first shown

    def showEvent(self, event) -> None:  # noqa: N802
        if not self._loaded:
            self._loaded = True
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        order = self.order.currentData()
        # Over a large caseload this takes a moment: off the UI thread, like other long work.
        self.rows, total = run_with_progress(
            self,
            self.tr("Klanten zonder ambitiegesprek zoeken…"),
            lambda progress, cancelled: planning.candidates(self.store, self.actor, order),
            cancellable=False,
        )
        self.table.setRowCount(len(self.rows))
        today = date.today()
        for index, row in enumerate(self.rows):
            group = self.store.config.klantgroep(row.klantgroep)
            months = row.months_on_benefit(today)
            cells = [row.name, group.naam if group else "—", "" if months is None else str(months)]
            for column, text in enumerate(cells):
                self.table.setItem(index, column, QTableWidgetItem(text))
        self.count.setText(
            self.tr("{shown} van {total} klanten zonder ambitiegesprek getoond.").format(
                shown=len(self.rows), total=total
            )
        )

    def book_selected(self) -> None:
        chosen = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not chosen:
            self.count.setText(self.tr("Kies eerst één of meer klanten."))
            return
        ids = [self.rows[i].client_id for i in chosen]
        start = self.start_edit.date().toPython()
        try:
            booked = run_with_progress(
                self,
                self.tr("Ambitiegesprekken inplannen…"),
                lambda progress, cancelled: planning.book_in_bulk(
                    self.store, self.actor, ids, start, progress, cancelled
                ),
            )
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Inplannen"), tr_error(exc))
            return
        if not booked:
            QMessageBox.information(
                self,
                self.tr("Inplannen"),
                self.tr("Deze klanten zijn intussen al ingepland; er is niets bijgekomen."),
            )
            self.refresh()
            return
        last = max(b.starts_at for b in booked)
        QMessageBox.information(
            self,
            self.tr("Inplannen"),
            self.tr("{n} ambitiegesprek(ken) ingepland, het laatste op {last}.").format(
                n=len(booked), last=format_moment(last)
            ),
        )
        self.refresh()
