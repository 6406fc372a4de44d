"""After a debts-only aanmelding: the first talk with the back office, booked at the
first time the client and a member are both free (changeable), and the sheet of what
to bring, naming the appointment, to print or save."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QDateTime, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.documents.meeneemblad import render_meeneemblad
from intake_desktop.documents.output import write_atomically
from intake_desktop.domain.roles import Actor
from intake_desktop.domain.validation import ValidationFailed, format_moment
from intake_desktop.services.balie.aanmelding import AanmeldingResult
from intake_desktop.services.core import audit
from intake_desktop.services.core.errors import ServiceError
from intake_desktop.services.core.store import Store
from intake_desktop.services.overdracht import afspraak
from intake_desktop.ui.widgets.date_time_edit import DateTimeEdit
from intake_desktop.ui.widgets.forms import FieldRow, FieldSet, error_summary, fit_to_screen
from intake_desktop.ui.widgets.i18n import tr_error

log = logging.getLogger(__name__)


class MeeneembladDialog(QDialog):
    def __init__(
        self, store: Store, actor: Actor, result: AanmeldingResult, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.store, self.actor, self.result = store, actor, result
        self.booked: afspraak.Booked | None = None
        self.setObjectName("meeneembladDialog")
        self.setWindowTitle(self.tr("Eerste gesprek en wat de klant meeneemt"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "De aanmelding is doorgezet naar schuldhulpverlening. Maak de eerste "
                "afspraak en geef {name} dit blad mee: dit neemt de klant mee."
            ).format(name=result.client_name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.summary = error_summary()
        layout.addWidget(self.summary)
        layout.addWidget(self._first_talk())
        papers = QLabel(self.tr("Mee te nemen &papieren:"))
        items = QListWidget()
        items.setObjectName("papers")
        items.setAccessibleName(self.tr("Mee te nemen papieren"))
        items.addItems(list(result.meenemen))
        papers.setBuddy(items)
        layout.addWidget(papers)
        layout.addWidget(items, 1)
        layout.addWidget(self._buttons())
        fit_to_screen(self, 620, 600)

    # --- the first talk -----------------------------------------------------------------
    def _first_talk(self) -> QGroupBox:
        box = QGroupBox(self.tr("Eerste gesprek"))
        box.setObjectName("firstTalk")
        form = QFormLayout(box)
        self.fields = FieldSet()
        self.when = DateTimeEdit(QDateTime.currentDateTime())
        self.fields.add(FieldRow(self.tr("&Wanneer *"), self.when, "starts_at")).add_to(form)
        self.member = QComboBox()
        self.fields.add(FieldRow(self.tr("&Met *"), self.member, "staff_id")).add_to(form)
        self.where = QLabel()
        self.where.setObjectName("firstTalkWhere")
        self.where.setWordWrap(True)
        form.addRow(self.where)
        self.book_button = QPushButton(self.tr("Afspraak &maken"))
        self.book_button.setObjectName("bookFirstTalk")
        self.book_button.clicked.connect(self.book)
        form.addRow(self.book_button)
        try:
            proposal = afspraak.propose(self.store, self.actor, self.result.aanmelding_id)
        except ServiceError as exc:
            self.where.setText(tr_error(exc))
            for widget in (self.when, self.member, self.book_button):
                widget.setEnabled(False)
            return box
        for staff_id, name in proposal.members:
            self.member.addItem(name, staff_id)
        if proposal.starts_at is not None:
            self.when.setDateTime(QDateTime(proposal.starts_at.astimezone()))
            self.member.setCurrentIndex(max(self.member.findData(proposal.staff_id), 0))
            proposed = self.tr(
                "Voorgesteld: het eerste moment waarop klant en medewerker vrij zijn."
            )
        else:
            self.when.setDateTime(QDateTime.currentDateTime().addDays(1))
            proposed = self.tr(
                "Niemand van het team is de komende weken vrij: kies zelf een moment."
            )
        if not proposal.members:
            proposed = self.tr("Dit team heeft nog geen medewerkers: meld dit aan de teamleider.")
            self.book_button.setEnabled(False)
        self.where.setText(
            self.tr("{kind}, {minutes} minuten · {location}").format(
                kind=proposal.kind_name, minutes=proposal.minutes, location=proposal.location
            )
            + "\n"
            + proposed
        )
        return box

    def book(self) -> None:
        starts = self.when.dateTime().toPython().astimezone()
        try:
            self.booked = afspraak.book(
                self.store,
                self.actor,
                self.result.aanmelding_id,
                starts,
                self.member.currentData(),
            )
        except (ValidationFailed, ServiceError) as exc:
            self.fields.report_failure(exc, self.summary)
            return
        self.fields.clear_errors()
        self.summary.hide()
        for widget in (self.when, self.member, self.book_button):
            widget.setEnabled(False)
        self.where.setText(
            self.tr("Afspraak gemaakt: {when} met {who}, {location}.").format(
                when=format_moment(self.booked.starts_at),
                who=self.booked.staff_name,
                location=self.booked.location,
            )
        )
        self.print_button.setFocus()

    # --- the sheet ----------------------------------------------------------------------
    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox()
        self.print_button = buttons.addButton(
            self.tr("&Afdrukken… (Ctrl+P)"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.setObjectName("printSheet")
        self.print_button.clicked.connect(self.print_sheet)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_sheet)
        save = buttons.addButton(
            self.tr("&Opslaan als PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        save.clicked.connect(self.save_pdf)
        close = buttons.addButton(self.tr("&Sluiten"), QDialogButtonBox.ButtonRole.AcceptRole)
        close.setDefault(False)
        close.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        return buttons

    def sheet(self) -> bytes:
        organisation = self.store.config.default_gemeente.naam
        appointment = (
            (
                format_moment(self.booked.starts_at),
                self.booked.location,
                f"{self.booked.staff_name} ({self.booked.kind_name})",
            )
            if self.booked
            else None
        )
        return render_meeneemblad(
            self.result.client_name, self.result.meenemen, organisation, appointment=appointment
        )

    def _audit_print(self) -> None:
        audit.record_standalone(
            self.store,
            self.actor,
            audit.PRINT,
            client_id=self.result.client_id,
            entity="meeneemblad",
        )

    def print_sheet(self) -> bool:
        from intake_desktop.ui.widgets.pdf_view import print_pdf

        if print_pdf(self, self.sheet(), "meeneemblad"):
            self._audit_print()
            return True
        return False

    def save_pdf(self, path: str | None = None) -> Path | None:
        if not path:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Meeneemblad opslaan"),
                str(Path(folder) / "meeneemblad.pdf"),
                self.tr("PDF-bestanden (*.pdf)"),
            )
            if not path:
                return None
        try:
            write_atomically(Path(path), self.sheet())
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Opslaan mislukt"),
                self.tr("Het bestand kon niet worden opgeslagen: {error}").format(
                    error=exc.strerror or exc
                ),
            )
            return None
        self._audit_print()
        QDesktopServices.openUrl(QUrl.fromLocalFile(path))
        return Path(path)
