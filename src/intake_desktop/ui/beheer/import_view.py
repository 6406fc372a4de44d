"""Importing an existing caseload from CSV, with progress, Cancel and a report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.roles import Actor
from intake_desktop.services.beheer import importer
from intake_desktop.services.core.errors import ServiceError
from intake_desktop.services.core.store import Store
from intake_desktop.ui.widgets.background import run_with_progress
from intake_desktop.ui.widgets.i18n import tr_domain, tr_error


class ImportView(QWidget):
    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.report: importer.ImportReport | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Importeer klanten uit het vorige systeem: een CSV-bestand (UTF-8 of Windows-1252, "
                "gescheiden door ; of ,) met de kolommen bsn, voornamen, tussenvoegsel, achternaam, "
                "geboortedatum, straat, huisnummer, toevoeging, postcode, woonplaats, telefoon, "
                "email en gemeente. Klanten waarvan het BSN al bekend is, worden overgeslagen."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        label = QLabel(self.tr("&Bestand:"))
        self.path = QLineEdit()
        self.path.setObjectName("importPath")
        self.path.setAccessibleName(self.tr("CSV-bestand"))
        label.setBuddy(self.path)
        browse = QPushButton(self.tr("&Kiezen…"))
        browse.clicked.connect(self.choose_file)
        self.start = QPushButton(self.tr("&Importeren"))
        self.start.setObjectName("startImport")
        self.start.clicked.connect(self.run_import)
        row.addWidget(label)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        row.addWidget(self.start)
        layout.addLayout(row)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.errors = QTableWidget(0, 2)
        self.errors.setObjectName("importErrors")
        self.errors.setAccessibleName(self.tr("Afgekeurde regels"))
        self.errors.setHorizontalHeaderLabels([self.tr("Regel"), self.tr("Reden")])
        self.errors.verticalHeader().hide()
        self.errors.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.errors.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.errors.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.errors, 1)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("CSV-bestand kiezen"), "", self.tr("CSV-bestanden (*.csv *.txt)")
        )
        if path:
            self.path.setText(path)

    def run_import(self) -> None:
        path = Path(self.path.text().strip())
        if not path.is_file():
            self.summary.setText(self.tr("Kies een bestaand CSV-bestand."))
            return
        try:
            self.report = run_with_progress(
                self,
                self.tr("Klanten importeren…"),
                lambda progress, cancelled: importer.import_clients(
                    self.store, self.actor, path, progress, cancelled
                ),
            )
        except ServiceError as exc:
            self.summary.setText(tr_error(exc))
            self.errors.setRowCount(0)
            return
        self._show(self.report)

    def _show(self, report: importer.ImportReport) -> None:
        lines = [
            self.tr(
                "{rows} regels gelezen: {imported} klanten geïmporteerd, {present} al aanwezig "
                "(zelfde BSN), {errors} afgekeurd."
            ).format(
                rows=report.rows,
                imported=report.imported,
                present=report.already_present,
                errors=report.error_count,
            )
        ]
        if report.error_count > len(report.errors):
            lines.append(
                self.tr("De lijst toont de eerste {shown} afgekeurde regels.").format(
                    shown=len(report.errors)
                )
            )
        if report.undone_earlier:
            lines.append(
                self.tr(
                    "Een eerdere import is niet afgemaakt; de {count} klanten die ze toevoegde "
                    "zijn eerst verwijderd."
                ).format(count=report.undone_earlier)
            )
        self.summary.setText("\n".join(lines))
        self.errors.setRowCount(len(report.errors))
        for row, error in enumerate(report.errors):
            self.errors.setItem(row, 0, QTableWidgetItem(str(error.line)))
            text = "; ".join(
                f"{column}: {tr_domain(template).format(**params)}"
                for column, template, params in error.problems
            )
            self.errors.setItem(row, 1, QTableWidgetItem(text))
