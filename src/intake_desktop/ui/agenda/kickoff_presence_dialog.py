"""Who came to a kick-off, per booked client: aanwezig, afwezig met bericht, afwezig
zonder bericht. Absent without notice calls the client up (and, from the second miss,
proposes a measure to the klantmanager); the dialog says what it set going."""

from __future__ import annotations

import uuid

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.roles import Actor
from intake_desktop.services.agenda import kickoff_presence
from intake_desktop.services.core.errors import ServiceError
from intake_desktop.services.core.store import Store
from intake_desktop.ui.widgets.forms import error_summary, fit_to_screen, on_ctrl_enter
from intake_desktop.ui.widgets.i18n import tr_domain, tr_error


class KickoffPresenceDialog(QDialog):
    def __init__(
        self,
        store: Store,
        actor: Actor,
        session_id: uuid.UUID,
        title: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.store, self.actor, self.session_id = store, actor, session_id
        self.setObjectName("kickoffPresence")
        self.setWindowTitle(self.tr("Aanwezigheid kick-off {title}").format(title=title))
        layout = QVBoxLayout(self)
        explain = QLabel(
            self.tr(
                "Afwezig zonder bericht: de klant wordt opgeroepen (de eerste keer zonder "
                "sanctie); bij een tweede keer krijgt de klantmanager een voorstel voor een "
                "maatregel."
            )
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        self.summary = error_summary()
        layout.addWidget(self.summary)
        self.attendees = kickoff_presence.attendees(store, actor, session_id)
        self.table = QTableWidget(len(self.attendees), 2)
        self.table.setObjectName("presence")
        self.table.setAccessibleName(self.tr("Aanwezigheid per klant"))
        self.table.setHorizontalHeaderLabels([self.tr("Klant"), self.tr("Aanwezigheid")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.choices: list[QComboBox] = []
        for row, attendee in enumerate(self.attendees):
            self.table.setItem(row, 0, QTableWidgetItem(attendee.client_name))
            combo = QComboBox()
            combo.setAccessibleName(
                self.tr("Aanwezigheid van {name}").format(name=attendee.client_name)
            )
            combo.addItem(self.tr("— nog niet vastgelegd —"), kickoff_presence.INVITED)
            for code, label in kickoff_presence.PRESENCE.items():
                combo.addItem(tr_domain(label), code)
            combo.setCurrentIndex(max(combo.findData(attendee.presence), 0))
            self.table.setCellWidget(row, 1, combo)
            self.choices.append(combo)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox()
        save = buttons.addButton(
            self.tr("&Opslaan (Ctrl+S)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        save.setObjectName("savePresence")
        buttons.addButton(self.tr("&Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        on_ctrl_enter(self, self.save, QKeySequence(QKeySequence.StandardKey.Save))
        layout.addWidget(buttons)
        fit_to_screen(self, 560, 480)
        if self.choices:
            self.choices[0].setFocus()

    def save(self) -> None:
        presence = {
            attendee.booking_id: combo.currentData()
            for attendee, combo in zip(self.attendees, self.choices, strict=True)
            if combo.currentData() != kickoff_presence.INVITED
        }
        try:
            missed = kickoff_presence.record_presence(
                self.store, self.actor, self.session_id, presence
            )
        except ServiceError as exc:
            self.summary.setText(tr_error(exc))
            self.summary.show()
            return
        if missed:
            measures = sum(m.measure_id is not None for m in missed)
            QMessageBox.information(
                self,
                self.windowTitle(),
                self.tr(
                    "Afwezig zonder bericht: {calls} oproep(en) in de werkvoorraad; "
                    "{measures} voorstel(len) voor een maatregel aan de klantmanager."
                ).format(calls=len(missed), measures=measures),
            )
        self.accept()
