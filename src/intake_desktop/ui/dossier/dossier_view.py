"""A client's dossier: personal data (BSN masked), aanmeldingen, the timeline and the
notes."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain import aanmelding as aan
from intake_desktop.domain.client_status import AFGESLOTEN, CLIENT_STATUS
from intake_desktop.domain.roles import KLANTMANAGER, TEAMLEIDER, WISSELWACHTER, Actor
from intake_desktop.domain.validation import format_moment
from intake_desktop.services.caseload import toewijzing
from intake_desktop.services.core.errors import ServiceError
from intake_desktop.services.core.store import Store
from intake_desktop.services.dossier import dossier, notes
from intake_desktop.services.dossier.dossier import Dossier
from intake_desktop.ui.dossier.dossier_personal import PersonalData
from intake_desktop.ui.dossier.dossier_tabs import DossierTabs
from intake_desktop.ui.overdracht.handovers_panel import HandoversPanel
from intake_desktop.ui.widgets.forms import run_step
from intake_desktop.ui.widgets.i18n import tr_domain, tr_error


class DossierView(QWidget):
    new_aanmelding = Signal(uuid.UUID, str)
    title_changed = Signal(str)

    def __init__(
        self, store: Store, actor: Actor, client_id: uuid.UUID, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.store, self.actor, self.client_id = store, actor, client_id
        self.dossier: Dossier | None = None
        layout = QVBoxLayout(self)
        layout.addLayout(self._header())
        layout.addLayout(self._after_intake())
        self.badges = QLabel()
        self.badges.setProperty("role", "notice")
        layout.addWidget(self.badges)

        body = QHBoxLayout()
        self.personal = PersonalData(store, actor)
        personal = self.personal
        self.bsn, self.show_bsn_button, self.values = (
            personal.bsn,
            personal.show_bsn_button,
            personal.values,
        )
        body.addWidget(self.personal, 1)
        right = QVBoxLayout()
        right.addWidget(self._registrations(), 1)
        self.right_tabs = DossierTabs(store)
        tabs = self.right_tabs
        self.timeline, self.conversations = tabs.timeline, tabs.conversations
        self.agenda, self.notes_view = tabs.agenda, tabs.notes_view
        self.handovers = HandoversPanel(store, actor, client_id)
        tabs.addTab(self.handovers, self.tr("Overdrachten"))
        right.addWidget(self.right_tabs, 2)
        body.addLayout(right, 2)
        layout.addLayout(body, 1)
        self.reload()

    def _header(self) -> QHBoxLayout:
        actor = self.actor
        header = QHBoxLayout()
        self.name = QLabel()
        self.name.setObjectName("clientName")
        self.name.setProperty("role", "pageTitle")
        header.addWidget(self.name, 1)
        self.edit_button = QPushButton(self.tr("Gegevens &wijzigen…"))
        self.edit_button.setObjectName("editClient")
        self.edit_button.clicked.connect(self.edit_personal_data)
        self.aanmelding_button = QPushButton(self.tr("Nieuwe &aanmelding…"))
        self.aanmelding_button.clicked.connect(
            lambda: self.new_aanmelding.emit(self.client_id, self.dossier.full_name)
        )
        header.addWidget(self.edit_button)
        header.addWidget(self.aanmelding_button)
        self.ambitie_button = QPushButton(self.tr("Ambitie&gesprek…"))
        self.ambitie_button.setObjectName("ambitiegesprek")
        self.ambitie_button.clicked.connect(self.hold_ambitiegesprek)
        self.ambitie_button.setVisible(actor.has(WISSELWACHTER, KLANTMANAGER))
        header.addWidget(self.ambitie_button)
        self.assign_button = QPushButton(self.tr("&Klantmanager toewijzen…"))
        self.assign_button.setObjectName("assignKlantmanager")
        self.assign_button.clicked.connect(self.assign_klantmanager)
        self.assign_button.setVisible(actor.has(WISSELWACHTER, TEAMLEIDER))
        header.addWidget(self.assign_button)
        self.plan_button = QPushButton(self.tr("&Trajectplan…"))
        self.plan_button.setObjectName("trajectplan")
        self.plan_button.clicked.connect(self.open_trajectplan)
        header.addWidget(self.plan_button)
        self.note_button = QPushButton(self.tr("&Notitie toevoegen…"))
        self.note_button.setObjectName("addNote")
        self.note_button.clicked.connect(self.add_note)
        header.addWidget(self.note_button)
        return header

    def _after_intake(self) -> QHBoxLayout:
        """After the intake: progress talks, the end of the traject, civic integration."""
        after = QHBoxLayout()
        after.addStretch(1)
        self.access_button = QPushButton(self.tr("Toegang met &reden…"))
        self.access_button.setObjectName("toegangMetReden")
        self.access_button.setToolTip(
            self.tr("Deze klant valt buiten uw werk: vraag met een reden om het hele dossier")
        )
        self.access_button.clicked.connect(self.ask_access)
        self.access_button.hide()
        after.addWidget(self.access_button)
        self.progress_button = QPushButton(self.tr("&Voortgangsgesprek…"))
        self.progress_button.setObjectName("voortgangsgesprek")
        self.progress_button.clicked.connect(lambda: self.open_after("voortgang_dialog"))
        self.close_button = QPushButton(self.tr("Traject a&fsluiten…"))
        self.close_button.setObjectName("afsluiten")
        self.close_button.clicked.connect(lambda: self.open_after("afsluiting_dialog"))
        self.inburgering_button = QPushButton(self.tr("&Inburgering…"))
        self.inburgering_button.setObjectName("inburgering")
        self.inburgering_button.clicked.connect(lambda: self.open_after("inburgering_dialog"))
        self.inzage_button = QPushButton(self.tr("In&zageverzoek…"))
        self.inzage_button.setObjectName("inzageverzoek")
        self.inzage_button.setToolTip(
            self.tr("Alle gegevens van de klant en wie ze inzag, als PDF en JSON (AVG art. 15)")
        )
        self.inzage_button.clicked.connect(self.make_inzage)
        for button in (
            self.progress_button,
            self.close_button,
            self.inburgering_button,
            self.inzage_button,
        ):
            after.addWidget(button)  # shown by reload(), after what the reader may see
        return after

    def _registrations(self) -> QGroupBox:
        registrations = QGroupBox(self.tr("Aanmeldingen"))
        reg_layout = QVBoxLayout(registrations)
        self.registrations = QTableWidget(0, 4)
        self.registrations.setObjectName("aanmeldingen")
        self.registrations.setAccessibleName(self.tr("Aanmeldingen"))
        self.registrations.setHorizontalHeaderLabels(
            [self.tr("Datum"), self.tr("Kanaal"), self.tr("Status"), self.tr("Vraag")]
        )
        self.registrations.verticalHeader().hide()
        self.registrations.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.registrations.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        h = self.registrations.horizontalHeader()
        for column in range(3):
            h.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        reg_layout.addWidget(self.registrations)
        return registrations

    def reload(self) -> None:
        """Read the dossier again (audited as a view)."""
        d = self.dossier = dossier.open_dossier(self.store, self.actor, self.client_id)
        self.name.setText(d.full_name)
        self.title_changed.emit(d.full_name)
        self.personal.show_dossier(d)
        status = tr_domain(CLIENT_STATUS.get(d.status, d.status))
        self.badges.setText(self.tr("Status: {status}").format(status=status))
        self.close_button.setText(
            self.tr("Traject &heropenen…")
            if d.status == AFGESLOTEN
            else self.tr("Traject a&fsluiten…")
        )
        if d.access.with_reason:
            self.badges.setText(
                self.tr("{rest} · Toegang met reden, tot het einde van vandaag").format(
                    rest=self.badges.text()
                )
            )
        if d.acute:
            self.badges.setText(self.tr("ACUTE NOOD · {rest}").format(rest=self.badges.text()))
            self.badges.setProperty("role", "errorSummary")
        else:
            self.badges.setProperty("role", "notice")
        self.badges.style().unpolish(self.badges)
        self.badges.style().polish(self.badges)
        self._fill_registrations(d)
        self.right_tabs.show_dossier(d)
        self._show_handovers(d)
        # Need to know (toegang.toml): only what this reader may change is offered.
        self.access_button.setVisible(d.access.may_ask)
        self.note_button.setVisible(notes.may_write(self.actor) and d.access.may_change("notities"))
        self.edit_button.setEnabled(
            d.access.may_change("identiteit") or d.access.may_change("contact")
        )
        after_intake = self.actor.has(KLANTMANAGER, TEAMLEIDER)
        self.plan_button.setVisible(after_intake and d.access.may_read("plannen"))
        self.progress_button.setVisible(after_intake and d.access.may_read("gesprekken"))
        self.close_button.setVisible(after_intake and d.access.may_read("plannen"))
        self.inburgering_button.setVisible(after_intake and d.access.may_read("inburgering"))
        self.inzage_button.setVisible(after_intake and d.access.whole_dossier)

    def _show_handovers(self, d: Dossier) -> None:
        index = self.right_tabs.indexOf(self.handovers)
        readable = d.access.may_read("afspraken")
        self.right_tabs.setTabEnabled(index, readable)
        if readable:
            self.handovers.load(d.full_name, d.access.may_change("afspraken"))

    def _fill_registrations(self, d: Dossier) -> None:
        self.registrations.setRowCount(len(d.aanmeldingen))
        for row, item in enumerate(d.aanmeldingen):
            cells = [
                format_moment(item.registered_at),
                tr_domain(aan.CHANNELS.get(item.channel, "")),
                tr_domain(aan.STATUS_LABELS.get(item.status, item.status)),
                item.question,
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.registrations.setItem(row, column, cell)

    def ask_access(self) -> None:
        """Outside the own work, but with a reason: the whole dossier until tonight."""
        from intake_desktop.services.core.access import NoAccess
        from intake_desktop.ui.dossier.toegang_dialog import ToegangDialog

        dialog = ToegangDialog(
            self.store, self.actor, self.client_id, NoAccess("notities", True), self
        )
        granted = bool(dialog.exec())
        dialog.deleteLater()
        if granted:
            self.reload()

    def add_note(self) -> None:
        from intake_desktop.ui.dossier.note_dialog import NoteDialog

        dialog = NoteDialog(self.store, self.actor, self.client_id, self.dossier.full_name, self)
        saved = bool(dialog.exec())
        dialog.deleteLater()
        if saved:
            self.reload()
            self.right_tabs.setCurrentWidget(self.notes_view)

    def open_after(self, module: str) -> None:
        """The screens after the intake live in their own modules, each with
        ``open_from_dossier(parent, store, actor, client_id) -> bool`` (True: something
        changed, so the dossier reloads)."""
        import importlib

        screen = importlib.import_module(f"intake_desktop.ui.traject.{module}")
        if screen.open_from_dossier(self, self.store, self.actor, self.client_id):
            self.reload()

    def make_inzage(self) -> None:
        from intake_desktop.ui.dossier.inzage_dialog import open_from_dossier

        open_from_dossier(self, self.store, self.actor, self.client_id)

    def hold_ambitiegesprek(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from intake_desktop.ui.balie.ambitiegesprek_dialog import AmbitiegesprekDialog

        try:
            dialog = AmbitiegesprekDialog(self.store, self.actor, self.client_id, self)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Ambitiegesprek"), tr_error(exc))
            return
        if run_step(self, dialog):
            self.reload()
            self._offer_reassignment()

    def _offer_reassignment(self) -> None:
        """After a klantgroep change: offer a klantmanager of the right function."""
        from PySide6.QtWidgets import QMessageBox

        if not self.actor.has(WISSELWACHTER, TEAMLEIDER):
            return
        try:
            wanted = toewijzing.needs_other_klantmanager(self.store, self.actor, self.client_id)
        except ServiceError:
            return  # not hers to see (audited); nothing to offer
        if wanted is None:
            return
        why = self.tr(
            "De klantgroep vraagt om een {functie}; {km} heeft een andere functie."
        ).format(functie=wanted.lower(), km=self.dossier.klantmanager)
        answer = QMessageBox.question(
            self,
            self.tr("Andere klantmanager?"),
            why + "\n\n" + self.tr("Nu een andere klantmanager toewijzen?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.assign_klantmanager(why)

    def open_trajectplan(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from intake_desktop.ui.traject.trajectplan_dialog import TrajectplanDialog

        try:
            dialog = TrajectplanDialog(self.store, self.actor, self.client_id, self)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Trajectplan"), tr_error(exc))
            return
        dialog.exec()
        dialog.deleteLater()
        self.reload()

    def assign_klantmanager(self, why: str = "") -> bool:
        from PySide6.QtWidgets import QMessageBox

        from intake_desktop.ui.caseload.assign_dialog import AssignDialog

        try:
            dialog = AssignDialog(
                self.store, self.actor, self.client_id, self.dossier.full_name, why, self
            )
        except ServiceError as exc:  # need to know (NoAccess), or the role (NotAssigner)
            QMessageBox.warning(self, self.tr("Klantmanager toewijzen"), tr_error(exc))
            return False
        done = bool(dialog.exec())
        dialog.deleteLater()
        if done:
            self.reload()
        return done

    def edit_personal_data(self) -> None:
        from intake_desktop.ui.dossier.edit_client_dialog import EditClientDialog

        dialog = EditClientDialog(self.store, self.actor, self.dossier, self)
        if dialog.exec():
            self.reload()
