"""Kick-off sessions per klantgroep: the list with places taken, and planning a new one."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.roles import Actor
from intake_desktop.domain.validation import ValidationFailed, format_moment
from intake_desktop.services.agenda import brieven, kickoff
from intake_desktop.services.core.errors import ServiceError
from intake_desktop.services.core.store import Store
from intake_desktop.ui.widgets.background import run_with_progress
from intake_desktop.ui.widgets.date_time_edit import DateTimeEdit
from intake_desktop.ui.widgets.forms import FieldRow, FieldSet
from intake_desktop.ui.widgets.i18n import tr_error

RECENT = timedelta(days=30)  # past kick-offs listed, to record who came


class KickoffView(QWidget):
    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.actor = store, actor
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.plan_button = QPushButton(self.tr("Kick-off &plannen…"))
        self.plan_button.setObjectName("planKickoff")
        self.plan_button.clicked.connect(self.plan)
        self.print_button = QPushButton(self.tr("&Uitnodigingen afdrukken…"))
        self.print_button.setObjectName("kickoffPrint")
        self.print_button.setToolTip(
            self.tr("Alle uitnodigingen voor de gekozen kick-off in één document, om af te drukken")
        )
        self.print_button.clicked.connect(self.print_invitations)
        self.invite_button = QPushButton(self.tr("Uitnodigingen als &bestanden opslaan…"))
        self.invite_button.setObjectName("kickoffInvitations")
        self.invite_button.setToolTip(
            self.tr("Een uitnodiging (PDF) per klant in een map, bijvoorbeeld om te mailen")
        )
        self.invite_button.clicked.connect(self.invitations)
        for button in (self.print_button, self.invite_button):
            button.setVisible(self.actor.has(*brieven.BATCH_ROLES))
        self.presence_button = QPushButton(self.tr("&Aanwezigheid vastleggen…"))
        self.presence_button.setObjectName("kickoffPresence")
        self.presence_button.setToolTip(
            self.tr("Na de kick-off: wie was er, wie was afwezig met of zonder bericht")
        )
        self.presence_button.clicked.connect(self.record_presence)
        row.addWidget(self.plan_button)
        row.addWidget(self.print_button)
        row.addWidget(self.invite_button)
        row.addWidget(self.presence_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("kickoffs")
        self.table.setAccessibleName(self.tr("Kick-offs"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Wanneer"),
                self.tr("Klantgroep"),
                self.tr("Waar"),
                self.tr("Trainer"),
                self.tr("Plaatsen"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self.update_buttons)
        layout.addWidget(self.table, 1)
        self.rows: list[kickoff.SessionRow] = []
        self.refresh()

    def refresh(self) -> None:
        rows = []
        for group in self.store.config.klantgroepen:
            rows += [
                (row, group.naam) for row in kickoff.sessions(self.store, group.code, utcnow())
            ]
        rows.sort(key=lambda pair: pair[0].starts_at)
        self.rows = [row for row, _name in rows]
        self.table.setRowCount(len(rows))
        for index, (row, name) in enumerate(rows):
            cells = [
                format_moment(row.starts_at),
                name,
                row.location,
                row.trainer,
                self.tr("{booked} van {capacity}").format(booked=row.booked, capacity=row.capacity),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(index, column, QTableWidgetItem(text))
        if self.rows and not self.table.selectionModel().selectedRows():
            self.table.selectRow(0)
        self.update_buttons()

    def current(self) -> kickoff.SessionRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def update_buttons(self) -> None:
        current = self.current()
        for button in (self.print_button, self.invite_button):
            button.setEnabled(current is not None)
        self.presence_button.setEnabled(
            current is not None and current.booked > 0 and current.starts_at <= utcnow()
        )

    def record_presence(self) -> None:
        current = self.current()
        if current is None:
            return
        from intake_desktop.ui.agenda.kickoff_presence_dialog import KickoffPresenceDialog

        dialog = KickoffPresenceDialog(
            self.store, self.actor, current.id, format_moment(current.starts_at), self
        )
        dialog.exec()
        dialog.deleteLater()

    def plan(self) -> None:
        if PlanKickoffDialog(self.store, self.actor, self).exec():
            self.refresh()

    def _session_with_bookings(self, title: str):
        """The selected session, when someone is booked for it (else a message)."""
        session = self.current()
        if session is not None and session.booked == 0:
            QMessageBox.information(
                self, title, self.tr("Er staat nog niemand voor deze kick-off ingepland.")
            )
            return None
        return session

    def print_invitations(self) -> None:
        """All invitations of the session as one document (made in the background,
        with Cancel), shown to print or save."""
        from intake_desktop.ui.widgets.pdf_view import PdfViewDialog

        title = self.tr("Uitnodigingen kick-off")
        session = self._session_with_bookings(title)
        if session is None:
            return
        try:
            data = run_with_progress(
                self,
                self.tr("Uitnodigingen maken…"),
                lambda progress, cancelled: brieven.kickoff_uitnodigingen_pdf(
                    self.store, self.actor, session.id, progress, cancelled
                ),
                cancellable=True,
            )
        except ServiceError as exc:
            QMessageBox.warning(self, title, tr_error(exc))
            return
        if data is None:  # cancelled
            return
        dialog = PdfViewDialog(
            data,
            title,
            f"uitnodigingen-kickoff-{session.starts_at.astimezone().date().isoformat()}.pdf",
            lambda kind: brieven.kickoff_afgedrukt(self.store, self.actor, session.id, kind),
            self,
        )
        dialog.exec()
        dialog.deleteLater()

    def invitations(self) -> None:
        """Ask a folder, write one invitation per booked client there, say how it went."""
        title = self.tr("Uitnodigingen kick-off")
        session = self._session_with_bookings(title)
        if session is None:
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Map voor de uitnodigingen"), str(Path.home())
        )
        if not folder:
            return
        try:
            result = run_with_progress(
                self,
                self.tr("Uitnodigingen maken…"),
                lambda progress, cancelled: brieven.kickoff_uitnodigingen(
                    self.store, self.actor, session.id, Path(folder), progress, cancelled
                ),
                cancellable=True,
            )
        except ServiceError as exc:
            QMessageBox.warning(self, title, tr_error(exc))
            return
        except OSError:
            QMessageBox.warning(
                self,
                title,
                self.tr("De uitnodigingen konden niet worden opgeslagen in {folder}.").format(
                    folder=folder
                ),
            )
            return
        if result.cancelled:
            text = self.tr("Afgebroken: {written} van {total} opgeslagen in {folder}.")
        elif result.written == 1:
            text = self.tr("1 uitnodiging opgeslagen in {folder}.")
        else:
            text = self.tr("{written} uitnodigingen opgeslagen in {folder}.")
        QMessageBox.information(
            self,
            title,
            text.format(written=result.written, total=result.total, folder=result.folder),
        )


class PlanKickoffDialog(QDialog):
    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.setWindowTitle(self.tr("Kick-off plannen"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.fields = FieldSet()
        self.group = QComboBox()
        for group in store.config.klantgroepen:
            self.group.addItem(group.naam, group.code)
        start = datetime.combine(datetime.now().date() + timedelta(days=14), time(10, 0))
        self.when = DateTimeEdit(start)
        self.location, self.trainer = QLineEdit(), QLineEdit()
        self.capacity = QSpinBox()
        self.capacity.setRange(1, 200)
        self.capacity.setValue(12)
        for label, widget, name in (
            (self.tr("&Klantgroep"), self.group, "klantgroep"),
            (self.tr("&Wanneer"), self.when, "starts_at"),
            (self.tr("&Plaats"), self.location, "location"),
            (self.tr("&Trainer"), self.trainer, "trainer"),
            (self.tr("&Aantal plaatsen"), self.capacity, "capacity"),
        ):
            self.fields.add(FieldRow(label, widget, name)).add_to(form)
        layout.addLayout(form)
        buttons = QDialogButtonBox()
        save = buttons.addButton(self.tr("&Opslaan"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.setDefault(True)
        buttons.addButton(self.tr("A&nnuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            kickoff.plan_session(
                self.store,
                self.actor,
                self.group.currentData(),
                self.when.dateTime().toPython().astimezone(),
                self.location.text(),
                self.trainer.text(),
                self.capacity.value(),
            )
        except ValidationFailed as exc:
            first = self.fields.show_errors(exc.errors)
            if first is not None:
                first.setFocus()
            return
        except ServiceError as exc:
            self.fields.show_errors({"klantgroep": tr_error(exc)})
            return
        self.accept()
