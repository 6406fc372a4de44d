"""The audit log for a beheerder: who saw or changed what, filterable."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
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
from intake_desktop.services.beheer import medewerkers
from intake_desktop.services.core import audit, audit_verify
from intake_desktop.services.core.store import Store
from intake_desktop.ui.widgets.background import BackgroundOp
from intake_desktop.ui.widgets.date_time_edit import DateEdit
from intake_desktop.ui.widgets.i18n import tr_domain


def _plain(value) -> str:
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


class AuditView(QWidget):
    def __init__(
        self, store: Store, actor: Actor, parent: QWidget | None = None, load: bool = True
    ):
        super().__init__(parent)
        self.store, self.actor = store, actor
        layout = QVBoxLayout(self)
        layout.addLayout(self._filters())
        self.table = self._table()
        layout.addWidget(self.table, 1)
        self.count = QLabel()
        layout.addWidget(self.count)
        chain = QHBoxLayout()
        self.verify_button = QPushButton(self.tr("&Keten controleren"))
        self.verify_button.setObjectName("verifyChain")
        self.verify_button.setToolTip(
            self.tr("Gaat na of geen auditregel na het vastleggen is gewijzigd of verwijderd.")
        )
        self.verify_button.clicked.connect(self.verify_chain)
        self.chain_result = QLabel()
        self.chain_result.setObjectName("chainResult")
        self.chain_result.setWordWrap(True)
        self.chain_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.logboek_button = QPushButton(self.tr("Logboek e&xporteren…"))
        self.logboek_button.setObjectName("exportLogboek")
        self.logboek_button.setToolTip(
            self.tr(
                "Het Logboek Dataverwerkingen als JSON-regels voor de logdienst van de "
                "gemeente: per verwerking één regel, de klant als pseudoniem."
            )
        )
        self.logboek_button.clicked.connect(self.export_logboek)
        chain.addWidget(self.verify_button)
        chain.addWidget(self.logboek_button)
        chain.addWidget(self.chain_result, 1)
        layout.addLayout(chain)
        self._fill_users()
        if load:
            self.refresh()

    def _filters(self) -> QGridLayout:
        """From, to, who and which action; Filteren applies them."""
        filters = QGridLayout()
        self.since = DateEdit(QDate.currentDate().addDays(-7))
        self.until = DateEdit(QDate.currentDate())
        self.user = QComboBox()
        self.action = QComboBox()
        self.action.addItem(self.tr("Alle acties"), "")
        for code, label in audit.ACTION_LABELS.items():
            self.action.addItem(tr_domain(label), code)
        self.client = QLineEdit()
        self.client.setObjectName("clientFilter")
        self.client.setPlaceholderText(self.tr("klantnummer of naam"))
        self.client.setClearButtonEnabled(True)
        self.client.setMinimumWidth(220)
        self.client.returnPressed.connect(self.refresh)
        for column, (text, widget) in enumerate(
            (
                (self.tr("&Van"), self.since),
                (self.tr("&Tot en met"), self.until),
                (self.tr("&Medewerker"), self.user),
                (self.tr("A&ctie"), self.action),
                (self.tr("K&lant"), self.client),
            )
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", ""))
            filters.addWidget(label, 0, column)
            filters.addWidget(widget, 1, column)
        self.apply = QPushButton(self.tr("&Filteren"))
        self.apply.clicked.connect(self.refresh)
        filters.addWidget(self.apply, 1, 5)
        filters.setColumnStretch(6, 1)
        return filters

    def _table(self) -> QTableWidget:
        table = QTableWidget(0, 8)
        table.setObjectName("auditTable")
        table.setAccessibleName(self.tr("Auditlog"))
        table.setHorizontalHeaderLabels(
            [
                self.tr("Tijdstip"),
                self.tr("Medewerker"),
                self.tr("Rollen"),
                self.tr("Actie"),
                self.tr("Resultaat"),
                self.tr("Onderwerp"),
                self.tr("Details"),
                self.tr("Werkplek"),
            ]
        )
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        # A beheerder holds every role: the list would push the action off the screen.
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(2, 160)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        return table

    def _fill_users(self) -> None:
        self.user.clear()
        self.user.addItem(self.tr("Alle medewerkers"), "")
        self.names = {}
        for staff in medewerkers.list_staff(self.store):
            self.names[staff.username] = staff.display_name
            self.user.addItem(f"{staff.display_name} ({staff.username})", staff.username)

    def _who(self, username: str) -> str:
        name = self.names.get(username)
        return f"{name} ({username})" if name else username

    def verify_chain(self) -> None:
        """The whole chain, off the UI thread, with progress and Afbreken."""
        self.verify_button.setEnabled(False)
        self.chain_result.setText(self.tr("Bezig met controleren…"))
        BackgroundOp(
            self,
            lambda progress, cancelled: audit_verify.verify(
                self.store, self.actor, progress, cancelled
            ),
            success=self._show_chain,
        ).failure(self._chain_failed).with_progress(
            self.tr("De keten van het auditlogboek wordt nagegaan…")
        ).when_done(lambda: self.verify_button.setEnabled(True)).run_in_background()

    def export_logboek(self) -> None:
        """Every record to a file the beheerder chooses, off the UI thread."""
        from datetime import date

        from intake_desktop.services.beheer import logboek_export
        from intake_desktop.ui.widgets.pdf_view import choose_target

        target = choose_target(
            self,
            self.tr("Logboek exporteren"),
            f"logboek-dataverwerkingen-{date.today().isoformat()}.jsonl",
            "JSON Lines (*.jsonl)",
            ".jsonl",
        )
        if target is None:
            return
        self.logboek_button.setEnabled(False)

        def done(exported) -> None:
            self.chain_result.setText(
                self.tr("{n} logboekregel(s) geschreven naar {path}.").format(
                    n=exported.records, path=target
                )
            )
            self.refresh()  # the export itself is in the log now

        BackgroundOp(
            self,
            lambda progress, cancelled: logboek_export.export(
                self.store, self.actor, target, progress=progress, cancelled=cancelled
            ),
            success=done,
        ).failure(self._chain_failed).with_progress(
            self.tr("Het logboek wordt geëxporteerd…")
        ).when_done(lambda: self.logboek_button.setEnabled(True)).run_in_background()

    def _chain_failed(self, error) -> None:
        self.chain_result.setText(str(error))

    def _show_chain(self, report) -> None:
        if report.intact:
            text = self.tr(
                "De keten is heel: {n} schakels nagegaan. Laatste schakel {seq}, hash {hash}."
            ).format(n=report.checked, seq=report.head_seq, hash=report.head_hash)
        else:
            broken = report.broken
            reason = tr_domain(audit_verify.REASONS[broken.reason])
            if broken.seq:
                text = self.tr("De keten is gebroken bij schakel {seq}: {reason}.").format(
                    seq=broken.seq, reason=reason
                )
            else:
                text = self.tr("De keten is gebroken: {reason}.").format(reason=reason)
            if broken.audit_id:
                text += " " + self.tr("Auditregel {id}.").format(id=broken.audit_id)
        self.chain_result.setText(text)
        self.refresh()  # the check itself is in the log now

    def refresh(self) -> None:
        since = datetime.combine(self.since.date().toPython(), time.min).astimezone()
        until = datetime.combine(
            self.until.date().toPython() + timedelta(days=1), time.min
        ).astimezone()
        events = audit.list_events(
            self.store,
            self.actor,
            audit.AuditFilter(
                since=since,
                until=until,
                username=self.user.currentData() or "",
                action=self.action.currentData() or "",
                client=self.client.text(),
            ),
        )
        limit = audit.AuditFilter.limit
        truncated = len(events) > limit
        events = events[:limit]
        names = audit.client_names(
            self.store, self.actor, [e.client_id for e in events if e.client_id]
        )
        self.table.setRowCount(len(events))
        for row, event in enumerate(events):
            entity = tr_domain(audit.entity_label(event.entity))
            subject = entity
            if event.client_id in names:
                subject = self.tr("{what} · {name} (klantnummer {id})").format(
                    what=subject, name=names[event.client_id], id=str(event.client_id)[:8]
                )
            elif event.client_id:
                subject = self.tr("{what} · klantnummer {id}").format(
                    what=subject, id=str(event.client_id)[:8]
                )
            details = ", ".join(f"{k}: {_plain(v)}" for k, v in event.details.items())
            cells = [
                event.occurred_at.astimezone().strftime("%d-%m-%Y %H:%M:%S"),
                self._who(event.username),
                event.roles,
                audit.describe(event.action, event.entity, tr_domain),
                tr_domain(audit.RESULT_LABELS.get(event.result, event.result)),
                subject,
                details,
                event.workstation,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        if truncated:
            self.count.setText(
                self.tr(
                    "De nieuwste {n} gebeurtenissen; er zijn er meer. Verfijn het filter."
                ).format(n=len(events))
            )
        else:
            self.count.setText(
                self.tr("{n} gebeurtenis(sen); de nieuwste bovenaan.").format(n=len(events))
            )
