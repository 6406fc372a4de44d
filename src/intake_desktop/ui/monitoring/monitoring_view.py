"""The Monitoring area (teamleider, beleidsmedewerker, beheerder): a period of quarters,
charts of caseload, in- and outflow and targets, and every figure as a table that can be
exported (CSV per table, all tables to Excel). Counts only, no client data.

The figures are computed off the UI thread (a BackgroundOp); the screen stays usable
and a newer request makes an older answer irrelevant."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.errors import IntakeError
from intake_desktop.domain.quarters import (
    Period,
    choosable_quarters,
    default_period,
    make_period,
)
from intake_desktop.domain.roles import Actor
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.core.errors import ServiceError
from intake_desktop.services.core.store import Store
from intake_desktop.services.monitoring import exports, figures
from intake_desktop.services.monitoring import overview as monitoring
from intake_desktop.services.monitoring.figures import Overview, Table
from intake_desktop.ui.monitoring.monitoring_charts import GroupedBarChart, TargetChart
from intake_desktop.ui.widgets.background import BackgroundOp
from intake_desktop.ui.widgets.forms import error_summary, list_table
from intake_desktop.ui.widgets.i18n import tr_domain, tr_error


class MonitoringView(QWidget):
    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.overview: Overview | None = None
        self._token = 0
        self.locale = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Monitoring"))
        title.setProperty("role", "pageTitle")
        layout.addWidget(title)
        layout.addLayout(self._filter_bar())
        self.summary = error_summary("monitoringError")
        layout.addWidget(self.summary)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("monitoringTabs")
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.tabs, 1)
        self._charts_tab()
        self.tables: dict[str, object] = {}
        self.export_buttons: dict[str, QPushButton] = {}
        for key, name in self._table_tabs():
            self._table_tab(key, name)
        self.setFocusProxy(self.first)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.refresh)
        self.first.currentIndexChanged.connect(lambda _i: self._debounce.start())
        self.last.currentIndexChanged.connect(lambda _i: self._debounce.start())
        QTimer.singleShot(0, self.refresh)

    # --- building -------------------------------------------------------------------

    def _filter_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        quarters = [q.label for q in choosable_quarters()]
        period = default_period()
        self.first = QComboBox()
        self.first.setObjectName("periodFirst")
        self.first.addItems(quarters)
        self.first.setCurrentText(period.first.label)
        self.first.setAccessibleName(self.tr("Van kwartaal"))
        self.last = QComboBox()
        self.last.setObjectName("periodLast")
        self.last.addItems(quarters)
        self.last.setCurrentText(period.last.label)
        self.last.setAccessibleName(self.tr("Tot en met kwartaal"))
        for text, combo in (
            (self.tr("&Van kwartaal"), self.first),
            (self.tr("&Tot en met kwartaal"), self.last),
        ):
            label = QLabel(text)
            label.setBuddy(combo)
            label.setContentsMargins(0, 0, 4, 0)  # the last letter is not cut off
            bar.addWidget(label)
            bar.addWidget(combo)
        self.refresh_button = QPushButton(self.tr("&Bijwerken"))
        self.refresh_button.setObjectName("refreshMonitoring")
        self.refresh_button.clicked.connect(self.refresh)
        bar.addWidget(self.refresh_button)
        self.state = QLabel()
        self.state.setObjectName("monitoringState")
        bar.addWidget(self.state, 1)
        self.excel_button = QPushButton(self.tr("Alles naar &Excel…"))
        self.excel_button.setObjectName("exportExcel")
        self.excel_button.clicked.connect(self.export_excel)
        self.excel_button.setEnabled(False)
        bar.addWidget(self.excel_button)
        for key in (Qt.Key.Key_F5,):
            QShortcut(QKeySequence(key), self, activated=self.refresh)
        return bar

    def _charts_tab(self) -> None:
        page = QWidget()
        grid = QGridLayout(page)
        self.caseload_chart = GroupedBarChart(
            self.tr("Bestand per klantgroep aan het eind van elk kwartaal")
        )
        self.caseload_chart.setObjectName("caseloadChart")
        self.inflow_chart = GroupedBarChart(self.tr("Instroom per kwartaal (nieuwe klanten)"))
        self.inflow_chart.setObjectName("inflowChart")
        self.outflow_chart = GroupedBarChart(self.tr("Uitstroom per kwartaal"))
        self.outflow_chart.setObjectName("outflowChart")
        self.target_chart = TargetChart(self.tr("Streefcijfers: cijfer tegen doel (groen vlak)"))
        self.target_chart.setObjectName("targetChart")
        grid.addWidget(self.caseload_chart, 0, 0)
        grid.addWidget(self.target_chart, 0, 1)
        grid.addWidget(self.inflow_chart, 1, 0)
        grid.addWidget(self.outflow_chart, 1, 1)
        grid.setRowStretch(2, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        self.tabs.addTab(scroll, self.tr("&Grafieken"))

    def _table_tabs(self) -> list[tuple[str, str]]:
        return [
            ("bestand", self.tr("Bestand")),
            ("instroom_uitstroom", self.tr("In- en uitstroom")),
            ("doorstroom", self.tr("Doorstroom")),
            ("activiteiten", self.tr("Activiteiten")),
            ("activiteiten_per_dienst", self.tr("Per dienst")),
            ("handhaving", self.tr("Handhaving")),
            ("plaatsingen", self.tr("Plaatsingen")),
            ("voortgangsgesprekken", self.tr("Voortgangsgesprekken")),
            ("streefcijfers", self.tr("Streefcijfers")),
        ]

    def _table_tab(self, key: str, name: str) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        caption = QLabel()
        caption.setObjectName(f"caption_{key}")
        caption.setWordWrap(True)
        layout.addWidget(caption)
        table = list_table([], f"table_{key}", name)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        button = QPushButton(self.tr("E&xporteren…"))
        button.setObjectName(f"export_{key}")
        button.setToolTip(self.tr("Deze tabel opslaan als CSV-bestand (puntkomma's)"))
        button.clicked.connect(lambda _c=False, k=key: self.export_table(k))
        button.setEnabled(False)
        row.addWidget(button)
        layout.addLayout(row)
        self.tables[key] = (caption, table)
        self.export_buttons[key] = button
        self.tabs.addTab(page, name)

    # --- computing ------------------------------------------------------------------

    def period(self) -> Period | None:
        try:
            return make_period(self.first.currentText(), self.last.currentText())
        except ValidationFailed as failed:
            self._show_error(" ".join(tr_domain(m) for m in failed.errors.values()))
            return None

    def refresh(self) -> None:
        self._debounce.stop()  # asked now: a pending automatic refresh is not needed
        period = self.period()
        if period is None:
            return
        self.summary.hide()
        self._token += 1
        token = self._token
        self.state.setText(self.tr("Bezig met berekenen…"))
        store, actor = self.store, self.actor

        def arrived(overview: Overview) -> None:
            if token == self._token:  # else an answer to an older question
                self.show_overview(overview)

        def failed(error: IntakeError) -> None:
            if token == self._token:
                self.state.setText("")
                self._show_error(tr_error(error))

        BackgroundOp(
            self, lambda _progress, _cancelled: monitoring.overview(store, actor, period), arrived
        ).failure(failed).run_in_background()

    def _show_error(self, text: str) -> None:
        self.summary.setText(text)
        self.summary.show()

    # --- showing --------------------------------------------------------------------

    def show_overview(self, overview: Overview) -> None:
        self.overview = overview
        when = self.locale.toString(overview.computed_at.astimezone(), "dd-MM-yyyy HH:mm")
        self.state.setText(
            self.tr("{first} t/m {last} · berekend om {when}").format(
                first=overview.period.first.label, last=overview.period.last.label, when=when
            )
        )
        codes = [c for c, _n, _k in overview.groups]
        colours = {c: k for c, _n, k in overview.groups}

        def series(data: dict) -> list:
            return [
                (overview.group_name(c), colours[c], overview.per_quarter(data, c)) for c in codes
            ]

        quarters = overview.quarter_labels
        self.caseload_chart.set_data(quarters, series(overview.caseload_end))
        self.inflow_chart.set_data(quarters, series(overview.inflow))
        self.outflow_chart.set_data(quarters, series(overview.outflow))
        self.target_chart.set_rows(
            [(overview.group_name(t.klantgroep), self._verdict(t), t) for t in overview.targets]
        )
        self.target_chart.setMinimumHeight(self.target_chart.sizeHint().height())
        for table in overview.tables():
            self._fill(table)
        self.excel_button.setEnabled(True)

    def _verdict(self, target) -> str:
        indicator = tr_domain(figures.WORDS[target.indicator])
        goal = self.tr("doel {low}–{high}%").format(low=target.doel_min, high=target.doel_max)
        if target.percentage is None:
            return self.tr("{indicator}: geen gegevens ({goal})").format(
                indicator=indicator, goal=goal
            )
        figure = self.locale.toString(target.percentage, "f", 1)
        met = self.tr("gehaald") if target.met else self.tr("niet gehaald")
        return f"{indicator} {figure}% ({goal}): {met}"

    def _fill(self, table: Table) -> None:
        caption, widget = self.tables[table.key]
        caption.setText(tr_domain(table.title))
        widget.clear()
        widget.setColumnCount(len(table.headers))
        widget.setHorizontalHeaderLabels([tr_domain(h) for h in table.headers])
        widget.setRowCount(len(table.rows))
        for r, row in enumerate(table.rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(self._text(value))
                if isinstance(value, int | float) or value is None:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if value in (figures.WORDS["ja"], figures.WORDS["nee"]):
                    met = value == figures.WORDS["ja"]
                    item.setForeground(QBrush(QColor("#2e7d32" if met else "#b00020")))
                if row and row[0] == figures.H["totaal"]:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                widget.setItem(r, c, item)
        self.export_buttons[table.key].setEnabled(True)

    def _text(self, value) -> str:
        if value is None:
            return "—"
        if isinstance(value, bool):
            return self.tr("ja") if value else self.tr("nee")
        if isinstance(value, int):
            return self.locale.toString(value)
        if isinstance(value, float):
            return self.locale.toString(value, "f", 1 if value != int(value) else 0)
        return tr_domain(str(value))

    # --- exporting ------------------------------------------------------------------

    def _file_stem(self) -> str:
        period = self.overview.period
        return f"monitoring-{period.first.label}-{period.last.label}"

    def export_table(self, key: str) -> None:
        if self.overview is None:
            return
        table = next(t for t in self.overview.tables() if t.key == key)
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Tabel exporteren"),
            str(Path.home() / f"{self._file_stem()}-{key}.csv"),
            self.tr("CSV-bestanden (*.csv)"),
        )
        if path:
            self._export(lambda: exports.export_csv(self.store, self.actor, table, path), path)

    def export_excel(self) -> None:
        if self.overview is None:
            return
        overview = self.overview
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Alles naar Excel"),
            str(Path.home() / f"{self._file_stem()}.xlsx"),
            self.tr("Excel-bestanden (*.xlsx)"),
        )
        if path:
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
            self._export(lambda: exports.export_xlsx(self.store, self.actor, overview, path), path)

    def _export(self, work: Callable, path: str) -> None:
        try:
            work()
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Exporteren"), tr_error(error))
            return
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Exporteren"),
                self.tr("Het bestand kon niet worden opgeslagen: {reason}").format(
                    reason=error.strerror or error
                ),
            )
            return
        self.state.setText(self.tr("Opgeslagen: {path}").format(path=path))
