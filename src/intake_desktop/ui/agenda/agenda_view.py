"""The agenda: appointments per day, for one staff member or everyone."""

from __future__ import annotations

from PySide6.QtCore import QDate
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

from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.intake import APPOINTMENT_STATUS
from intake_desktop.domain.roles import Actor
from intake_desktop.services.agenda import agenda, brieven
from intake_desktop.services.beheer import medewerkers
from intake_desktop.services.core.errors import ServiceError
from intake_desktop.services.core.store import Store
from intake_desktop.ui.widgets.date_time_edit import DateEdit
from intake_desktop.ui.widgets.forms import list_table
from intake_desktop.ui.widgets.i18n import tr_domain, tr_error
from intake_desktop.ui.widgets.pdf_view import PdfViewDialog


class AgendaView(QWidget):
    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.rows: list[agenda.AgendaRow] = []
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Agenda"))
        title.setProperty("role", "pageTitle")
        layout.addWidget(title)
        layout.addLayout(self._bar())
        self.table = self._table()
        layout.addWidget(self.table, 1)
        layout.addLayout(self._buttons())
        self.day.dateChanged.connect(self.refresh)
        self.staff.currentIndexChanged.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self.update_buttons)
        self.refresh()

    def _bar(self) -> QHBoxLayout:
        """The day, and whose agenda (the signed-in person's at first)."""
        bar = QHBoxLayout()
        day_label = QLabel(self.tr("&Dag:"))
        self.day = DateEdit(QDate.currentDate(), display_format="dd-MM-yyyy (dddd)")
        self.day.setObjectName("agendaDay")
        self.day.setAccessibleName(self.tr("Dag"))
        day_label.setBuddy(self.day)
        staff_label = QLabel(self.tr("&Medewerker:"))
        self.staff = QComboBox()
        self.staff.setObjectName("agendaStaff")
        self.staff.setAccessibleName(self.tr("Medewerker"))
        staff_label.setBuddy(self.staff)
        self.staff.addItem(self.tr("Iedereen"), None)
        for member in medewerkers.list_staff(self.store):
            self.staff.addItem(member.display_name, member.id)
        # UUIDs in item data do not compare by value in findData: look for it by hand.
        for index in range(self.staff.count()):
            if self.staff.itemData(index) == self.actor.staff_id:
                self.staff.setCurrentIndex(index)
        for widget in (day_label, self.day, staff_label, self.staff):
            bar.addWidget(widget)
        bar.addStretch(1)
        return bar

    def _table(self):
        table = list_table(
            [
                self.tr("Tijd"),
                self.tr("Afspraak"),
                self.tr("Klant"),
                self.tr("Waar"),
                self.tr("Medewerker"),
                self.tr("Status"),
                self.tr("Meenemen"),
            ],
            "agenda",
            self.tr("Afspraken"),
        )
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        return table

    def _buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.missed_button = QPushButton(self.tr("&Niet verschenen"))
        self.missed_button.setObjectName("missed")
        self.missed_button.clicked.connect(self.record_missed)
        self.held_button = QPushButton(self.tr("&Gehouden"))
        self.held_button.clicked.connect(self.record_held)
        self.confirm_button = QPushButton(self.tr("&Bevestiging…"))
        self.confirm_button.setObjectName("confirmation")
        self.confirm_button.setToolTip(
            self.tr("De bevestigingsbrief van de gekozen afspraak bekijken, afdrukken of opslaan")
        )
        self.confirm_button.clicked.connect(self.show_confirmation)
        buttons.addWidget(self.missed_button)
        buttons.addWidget(self.held_button)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        return buttons

    def show_day(self, day, staff_id=None) -> None:
        """Go to one day (and one person's agenda), e.g. from the werkvoorraad."""
        for index in range(self.staff.count()):
            if self.staff.itemData(index) == staff_id:
                self.staff.setCurrentIndex(index)
        self.day.setDate(QDate(day.year, day.month, day.day))
        self.refresh()
        self.table.setFocus()

    def refresh(self) -> None:
        self.rows = agenda.day_agenda(
            self.store, self.actor, self.day.date().toPython(), self.staff.currentData()
        )
        self.table.setRowCount(len(self.rows))
        for row, item in enumerate(self.rows):
            end = f"–{item.ends_at.astimezone():%H:%M}" if item.ends_at else ""
            kind = self.store.config.appointment_type(item.kind)
            cells = [
                f"{item.starts_at.astimezone():%H:%M}{end}",
                kind.naam if kind else item.kind,
                item.client_name,
                item.location,
                item.staff_name,
                tr_domain(APPOINTMENT_STATUS.get(item.status, item.status)),
                item.documents_to_bring.replace("\n", "; "),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        if self.rows:
            self.table.selectRow(0)
        self.update_buttons()

    def update_buttons(self) -> None:
        """A confirmation goes to a client, for an appointment that is still to come."""
        item = self.current()
        self.confirm_button.setEnabled(
            item is not None
            and item.client_id is not None
            and item.status == "gepland"
            and item.starts_at > utcnow()
        )

    def current(self) -> agenda.AgendaRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def record_missed(self) -> None:
        item = self.current()
        if item is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Niet verschenen"),
            self.tr("Vastleggen dat {name} niet is verschenen op de afspraak van {time}?").format(
                name=item.client_name, time=item.starts_at.astimezone().strftime("%H:%M")
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            result = agenda.record_missed(self.store, self.actor, item.id)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Agenda"), tr_error(exc))
            return
        QMessageBox.information(
            self, self.tr("Niet verschenen"), tr_domain(result.message).format(count=result.count)
        )
        self.refresh()

    def record_held(self) -> None:
        item = self.current()
        if item is None:
            return
        try:
            agenda.record_held(self.store, self.actor, item.id)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Agenda"), tr_error(exc))
        self.refresh()

    def show_confirmation(self) -> None:
        item = self.current()
        if item is None or item.client_id is None:
            return
        try:
            data = brieven.afspraak_bevestiging(self.store, self.actor, item.id)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Bevestiging"), tr_error(exc))
            return

        def record(kind: str) -> None:
            brieven.bevestiging_uitgevoerd(self.store, self.actor, item.id, kind)

        dialog = PdfViewDialog(
            data,
            self.tr("Bevestiging afspraak – {name}").format(name=item.client_name),
            brieven.bevestiging_file_name(item.starts_at, item.client_name),
            on_output=record,
            parent=self,
        )
        dialog.exec()
        dialog.deleteLater()
