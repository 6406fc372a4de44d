"""A client's dossier: personal data (BSN masked), aanmeldingen, the timeline and the
notes."""

from __future__ import annotations

import uuid
from html import escape

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain import aanmelding as aan
from intake_desktop.domain.client_status import AFGESLOTEN, CLIENT_STATUS
from intake_desktop.domain.intake import APPOINTMENT_STATUS, BENEFIT, ELIGIBILITY, NEED
from intake_desktop.domain.roles import KLANTMANAGER, TEAMLEIDER, WISSELWACHTER, Actor
from intake_desktop.domain.validation import (
    format_date,
    format_moment,
    format_phone,
    format_postcode,
)
from intake_desktop.services.caseload import toewijzing
from intake_desktop.services.core.errors import ServiceError
from intake_desktop.services.core.store import Store
from intake_desktop.services.dossier import dossier, notes
from intake_desktop.services.dossier.dossier import Dossier
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
        self._bsn_shown = False
        layout = QVBoxLayout(self)
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
        self.plan_button.setVisible(actor.has(KLANTMANAGER, TEAMLEIDER))
        header.addWidget(self.plan_button)
        self.note_button = QPushButton(self.tr("&Notitie toevoegen…"))
        self.note_button.setObjectName("addNote")
        self.note_button.clicked.connect(self.add_note)
        self.note_button.setVisible(notes.may_write(actor))
        header.addWidget(self.note_button)
        layout.addLayout(header)
        # After the intake: progress talks, the end of the traject, civic integration.
        after = QHBoxLayout()
        after.addStretch(1)
        self.progress_button = QPushButton(self.tr("&Voortgangsgesprek…"))
        self.progress_button.setObjectName("voortgangsgesprek")
        self.progress_button.clicked.connect(lambda: self.open_after("voortgang_dialog"))
        self.close_button = QPushButton(self.tr("Traject a&fsluiten…"))
        self.close_button.setObjectName("afsluiten")
        self.close_button.clicked.connect(lambda: self.open_after("afsluiting_dialog"))
        self.inburgering_button = QPushButton(self.tr("&Inburgering…"))
        self.inburgering_button.setObjectName("inburgering")
        self.inburgering_button.clicked.connect(lambda: self.open_after("inburgering_dialog"))
        for button in (self.progress_button, self.close_button, self.inburgering_button):
            button.setVisible(actor.has(KLANTMANAGER, TEAMLEIDER))
            after.addWidget(button)
        layout.addLayout(after)
        self.badges = QLabel()
        self.badges.setProperty("role", "notice")
        layout.addWidget(self.badges)

        body = QHBoxLayout()
        personal = QGroupBox(self.tr("Persoonsgegevens"))
        self.form = QFormLayout(personal)
        self.values: dict[str, QLabel] = {}
        bsn_row = QHBoxLayout()
        self.bsn = self._value("bsn")
        self.show_bsn_button = QPushButton(self.tr("Toon &BSN"))
        self.show_bsn_button.setObjectName("showBsn")
        self.show_bsn_button.setToolTip(
            self.tr("Het tonen van het volledige BSN wordt vastgelegd in het auditlog.")
        )
        self.show_bsn_button.clicked.connect(self.toggle_bsn)
        bsn_row.addWidget(self.bsn, 1)
        bsn_row.addWidget(self.show_bsn_button)
        self.form.addRow(self.tr("BSN"), bsn_row)
        for key, label in (
            ("birth_date", self.tr("Geboortedatum")),
            ("address", self.tr("Adres")),
            ("postcode_city", self.tr("Postcode en woonplaats")),
            ("phone", self.tr("Telefoon")),
            ("email", self.tr("E-mail")),
            ("gemeente", self.tr("Gemeente")),
            ("klantmanager", self.tr("Klantmanager")),
            ("klantgroep", self.tr("Klantgroep")),
        ):
            self.form.addRow(label, self._value(key))
        self.form.setRowVisible(self.values["gemeente"], store.config.several_gemeenten)
        body.addWidget(personal, 1)

        right = QVBoxLayout()
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
        right.addWidget(registrations, 1)
        self.right_tabs = QTabWidget()
        self.right_tabs.setObjectName("dossierTabs")
        self.timeline = QTreeWidget()
        self.timeline.setObjectName("timeline")
        self.timeline.setAccessibleName(self.tr("Tijdlijn"))
        self.timeline.setRootIsDecorated(False)
        self.timeline.setHeaderLabels(
            [self.tr("Wanneer"), self.tr("Wat"), self.tr("Door"), self.tr("Details")]
        )
        self.timeline.setWordWrap(True)
        self.timeline.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.timeline.header().setStretchLastSection(True)
        self.timeline.header().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.right_tabs.addTab(self.timeline, self.tr("Tijdlijn"))
        self.conversations = QTextBrowser()
        self.conversations.setObjectName("conversations")
        self.conversations.setAccessibleName(self.tr("Gesprekken"))
        self.right_tabs.addTab(self.conversations, self.tr("Gesprekken"))
        self.agenda = QTreeWidget()
        self.agenda.setObjectName("dossierAgenda")
        self.agenda.setAccessibleName(self.tr("Afspraken en taken"))
        self.agenda.setRootIsDecorated(False)
        self.agenda.setHeaderLabels(
            [self.tr("Wanneer"), self.tr("Wat"), self.tr("Status"), self.tr("Meenemen / voor wie")]
        )
        self.agenda.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.right_tabs.addTab(self.agenda, self.tr("Afspraken en taken"))
        self.notes_view = QTextBrowser()
        self.notes_view.setObjectName("notes")
        self.notes_view.setAccessibleName(self.tr("Notities"))
        self.notes_view.setOpenLinks(False)
        self.right_tabs.addTab(self.notes_view, self.tr("Notities"))
        right.addWidget(self.right_tabs, 2)
        body.addLayout(right, 2)
        layout.addLayout(body, 1)
        self.reload()

    def _value(self, key: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"value_{key}")
        label.setTextInteractionFlags(label.textInteractionFlags().TextSelectableByMouse)
        self.values[key] = label
        return label

    def reload(self) -> None:
        """Read the dossier again (audited as a view)."""
        d = self.dossier = dossier.open_dossier(self.store, self.actor, self.client_id)
        self._bsn_shown = False
        self.name.setText(d.full_name)
        self.title_changed.emit(d.full_name)
        self.bsn.setText(d.bsn_masked)
        self.show_bsn_button.setText(self.tr("Toon &BSN"))
        number = " ".join(p for p in (d.house_number, d.house_number_suffix) if p)
        v = self.values
        v["birth_date"].setText(format_date(d.birth_date))
        v["address"].setText(" ".join(p for p in (d.street, number) if p) or "—")
        v["postcode_city"].setText(
            "  ".join(p for p in (format_postcode(d.postcode), d.city) if p) or "—"
        )
        v["phone"].setText(format_phone(d.phone) or "—")
        v["email"].setText(d.email or "—")
        v["gemeente"].setText(self.store.config.gemeente_naam(d.gemeente_code))
        v["klantmanager"].setText(d.klantmanager or self.tr("nog niet toegewezen"))
        group = self.store.config.klantgroep(d.klantgroep)
        group_text = group.naam if group else (d.klantgroep.title() or self.tr("nog niet gekozen"))
        if d.choice_deviates:
            group_text = self.tr("{group} (keuze wijkt af van advies)").format(group=group_text)
        v["klantgroep"].setText(group_text)
        status = tr_domain(CLIENT_STATUS.get(d.status, d.status))
        self.badges.setText(self.tr("Status: {status}").format(status=status))
        self.close_button.setText(
            self.tr("Traject &heropenen…")
            if d.status == AFGESLOTEN
            else self.tr("Traject a&fsluiten…")
        )
        if d.acute:
            self.badges.setText(self.tr("ACUTE NOOD · {rest}").format(rest=self.badges.text()))
            self.badges.setProperty("role", "errorSummary")
        else:
            self.badges.setProperty("role", "notice")
        self.badges.style().unpolish(self.badges)
        self.badges.style().polish(self.badges)
        self._fill_registrations(d)
        self._fill_timeline(d)
        self._fill_conversations(d)
        self._fill_agenda(d)
        self._fill_notes(d)

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

    def _fill_timeline(self, d: Dossier) -> None:
        self.timeline.clear()
        for entry in d.timeline:
            item = QTreeWidgetItem(
                self.timeline,
                [format_moment(entry.at), tr_domain(entry.title), entry.who, entry.detail],
            )
            item.setToolTip(3, entry.detail)

    def _fill_conversations(self, d: Dossier) -> None:
        """Screening and quickscan as the back office reads them: what was discussed."""
        config = self.store.config
        questions = {q.code: q.tekst for q in config.screening}
        labels = {
            "eligibility_label": self.tr("Rechtmatigheid"),
            "referred_label": self.tr("Doorverwezen naar"),
            "question_label": self.tr("Hele klantvraag"),
            "benefit_label": self.tr("Uitkering"),
            "next_label": self.tr("Vervolg"),
        }
        parts = []
        for c in [c for c in d.conversations if c.kind in ("screening", "quickscan")]:
            title = self.tr("Screening") if c.kind == "screening" else self.tr("Quickscan")
            parts.append(f"<h3>{escape(title)} · {format_moment(c.at)} · {escape(c.by)}</h3>")
            if c.kind == "screening":
                answers = c.details.get("antwoorden", {})
                rows = "".join(
                    f"<tr><td>{escape(questions.get(k, k))}</td><td>"
                    f"{escape(self._answer(v))}</td></tr>"
                    for k, v in answers.items()
                )
                parts.append(f"<table cellpadding='3'>{rows}</table>")
                parts.append(
                    f"<p><b>{escape(labels['eligibility_label'])}:</b> "
                    f"{escape(tr_domain(ELIGIBILITY.get(c.eligibility, c.eligibility)))}"
                    f" – {escape(c.summary)}</p>"
                )
                if c.details.get("verwijzingen"):
                    parts.append(
                        f"<p><b>{escape(labels['referred_label'])}:</b> "
                        f"{escape(', '.join(c.details['verwijzingen']))}</p>"
                    )
            else:
                rows = "".join(
                    f"<tr><td><b>{escape(config.domain_name(code))}</b></td>"
                    f"<td>{escape(obs)}</td><td>{escape(question)}</td>"
                    f"<td>{escape(tr_domain(NEED.get(need, need)))}</td></tr>"
                    for code, obs, question, need in c.domains
                )
                header = "".join(
                    f"<th align='left'>{escape(h)}</th>"
                    for h in (
                        self.tr("Leefgebied"),
                        self.tr("Wat valt op"),
                        self.tr("Vraag"),
                        self.tr("Behoefte"),
                    )
                )
                parts.append(f"<table cellpadding='3'><tr>{header}</tr>{rows}</table>")
                routes = ", ".join(
                    config.route(r).naam if config.route(r) else r
                    for r in c.details.get("routes", [])
                )
                parts.append(
                    f"<p><b>{escape(labels['question_label'])}:</b> {escape(c.summary)}</p>"
                )
                parts.append(
                    f"<p><b>{escape(labels['benefit_label'])}:</b> "
                    f"{escape(tr_domain(BENEFIT.get(c.benefit_may_be_due, '')))}"
                    f" · <b>{escape(labels['next_label'])}:</b> {escape(routes)}</p>"
                )
        self.conversations.setHtml("".join(parts) or self.tr("Nog geen gesprekken vastgelegd."))

    def _answer(self, value) -> str:
        if isinstance(value, bool):
            return self.tr("ja") if value else self.tr("nee")
        return str(value)

    def _fill_agenda(self, d: Dossier) -> None:
        self.agenda.clear()
        for a in d.appointments:
            kind = self.store.config.appointment_type(a.kind)
            QTreeWidgetItem(
                self.agenda,
                [
                    format_moment(a.starts_at),
                    kind.naam if kind else a.kind,
                    tr_domain(APPOINTMENT_STATUS.get(a.status, a.status)),
                    a.documents_to_bring.replace("\n", "; "),
                ],
            )
        for t in d.open_tasks:
            item = QTreeWidgetItem(
                self.agenda,
                [format_moment(t.due_at), t.title, self.tr("open taak"), t.assigned_role or ""],
            )
            if t.urgent:
                item.setForeground(1, QBrush(QColor("#b00020")))

    def _fill_notes(self, d: Dossier) -> None:
        """Newest first: when, who, whether at home, then the text as it was written."""
        home = self.tr("huisbezoek")
        parts = []
        for note in d.notes:
            heading = f"{format_moment(note.at)} · {escape(note.author or '—')}"
            if note.at_home:
                heading += f" · {escape(home)}"
            body = escape(note.text).replace("\n", "<br>")
            parts.append(
                f"<p style='margin-top:10px; margin-bottom:2px'><b>{heading}</b></p>"
                f"<p style='margin-top:0; margin-bottom:8px'>{body}</p>"
            )
        index = self.right_tabs.indexOf(self.notes_view)
        if d.notes:
            self.notes_view.setHtml("<hr style='background-color:#bcd4ec'>".join(parts))
            self.right_tabs.setTabText(
                index, self.tr("Notities ({count})").format(count=len(d.notes))
            )
        else:
            self.notes_view.setPlainText(self.tr("Nog geen notities."))
            self.right_tabs.setTabText(index, self.tr("Notities"))

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

    def toggle_bsn(self) -> None:
        if self._bsn_shown:
            self.bsn.setText(self.dossier.bsn_masked)
            self.show_bsn_button.setText(self.tr("Toon &BSN"))
        else:
            self.bsn.setText(dossier.reveal_bsn(self.store, self.actor, self.client_id))
            self.show_bsn_button.setText(self.tr("Verberg &BSN"))
        self._bsn_shown = not self._bsn_shown

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

        wanted = toewijzing.needs_other_klantmanager(self.store, self.client_id)
        if wanted is None or not self.actor.has(WISSELWACHTER, TEAMLEIDER):
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
        from intake_desktop.ui.caseload.assign_dialog import AssignDialog

        dialog = AssignDialog(
            self.store, self.actor, self.client_id, self.dossier.full_name, why, self
        )
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
