"""The teamleider's view of caseloads: per klantmanager the clients per klantgroep
against the maximum, as a chart and a table; from here clients are reassigned."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.roles import Actor
from intake_desktop.services.caseload import caseloads
from intake_desktop.services.caseload.caseloads import CaseloadRow
from intake_desktop.services.core.store import Store
from intake_desktop.ui.caseload.caseload_chart import CaseloadChart
from intake_desktop.ui.widgets.forms import list_table
from intake_desktop.ui.widgets.i18n import tr_domain

WARNING = QColor("#b00020")


class TeamView(QWidget):
    show_caseload = Signal(object)  # staff id

    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.rows: list[CaseloadRow] = []
        groups = [(g.code, g.naam, g.kleur) for g in store.config.klantgroepen]
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Caseloads van het team"))
        title.setProperty("role", "pageTitle")
        layout.addWidget(title)
        bar = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Caseload &bekijken"))
        self.open_button.setObjectName("viewCaseload")
        self.open_button.clicked.connect(self._show_caseload)
        self.reassign_button = QPushButton(self.tr("Klanten &herverdelen…"))
        self.reassign_button.setObjectName("reassign")
        self.reassign_button.clicked.connect(self.reassign)
        self.summary = QLabel()
        bar.addWidget(self.summary)
        bar.addStretch(1)
        bar.addWidget(self.open_button)
        bar.addWidget(self.reassign_button)
        layout.addLayout(bar)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.chart = CaseloadChart(groups)
        chart_scroll = QScrollArea()
        chart_scroll.setWidgetResizable(True)
        chart_scroll.setWidget(self.chart)
        splitter.addWidget(chart_scroll)
        self.group_codes = [g[0] for g in groups]
        headers = [self.tr("Klantmanager"), self.tr("Functie"), self.tr("Team")]
        headers += [g[1] for g in groups]
        headers += [
            self.tr("Geen"),
            self.tr("Totaal"),
            self.tr("Max."),
            self.tr("Bezet"),
            self.tr("Afwezig tot"),
        ]
        self.table = list_table(headers, "teamTable", self.tr("Caseload per klantmanager"))
        self.table.setSortingEnabled(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self._show_caseload())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        for enter in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(
                QKeySequence(enter),
                self.table,
                activated=self._show_caseload,
                context=Qt.ShortcutContext.WidgetShortcut,
            )
        splitter.addWidget(self.table)
        splitter.setSizes([260, 400])
        layout.addWidget(splitter, 1)
        self.setFocusProxy(self.table)

    def refresh(self) -> None:
        row = self.table.currentRow()
        self.rows = caseloads.caseload_overview(self.store, self.actor)
        self.chart.set_rows(self.rows)
        over = sum(1 for r in self.rows if r.full)
        self.summary.setText(
            self.tr("{n} klantmanagers · {clients} klanten · {over} zonder ruimte").format(
                n=len(self.rows), clients=sum(r.total for r in self.rows), over=over
            )
        )
        self.table.setRowCount(len(self.rows))
        for index, r in enumerate(self.rows):
            share = f"{round(100 * r.total / r.max_caseload)}%" if r.max_caseload else "—"
            if r.staff_id is None:
                name = tr_domain(r.name)
            elif r.gone:
                name = self.tr("{name} (vertrokken)").format(name=r.name)
            else:
                name = r.name
            cells = [name, r.functie, r.team]
            cells += [str(r.per_group.get(code, 0)) for code in self.group_codes]
            cells += [
                str(r.per_group.get("", 0)),
                str(r.total),
                str(r.max_caseload) if r.max_caseload is not None else "—",
                share,
                r.absent_until.strftime("%d-%m-%Y") if r.absent_until else "",
            ]
            over_max = r.full
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column >= 3 and column < len(cells) - 1:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if over_max and column in (len(cells) - 4, len(cells) - 2):
                    cell.setForeground(QBrush(WARNING))
                self.table.setItem(index, column, cell)
        if self.rows:
            self.table.selectRow(min(max(row, 0), len(self.rows) - 1))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.current()
        self.open_button.setEnabled(chosen is not None and chosen.staff_id is not None)
        self.reassign_button.setEnabled(chosen is not None and chosen.total > 0)

    def current(self) -> CaseloadRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _show_caseload(self) -> None:
        chosen = self.current()
        if chosen is not None and chosen.staff_id is not None:
            self.show_caseload.emit(chosen.staff_id)

    def reassign(self) -> None:
        from intake_desktop.ui.caseload.reassign_dialog import ReassignDialog

        chosen = self.current()
        if chosen is None:
            return
        name = tr_domain(chosen.name) if chosen.staff_id is None else chosen.name
        dialog = ReassignDialog(self.store, self.actor, chosen.staff_id, name, self)
        if dialog.ready and dialog.exec():
            self.refresh()
        dialog.deleteLater()
