"""The dossier's tab of hand-overs and referrals: to which back office or partner, what
was asked, the client's consent, the status and what came of it; refer from here, and
record a partner's answer."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.roles import Actor
from intake_desktop.domain.validation import format_moment
from intake_desktop.services.core.errors import ServiceError
from intake_desktop.services.core.store import Store
from intake_desktop.services.overdracht import verwijzing
from intake_desktop.ui.widgets.i18n import tr_domain, tr_error


class HandoversPanel(QWidget):
    def __init__(self, store: Store, actor: Actor, client_id: uuid.UUID, parent=None):
        super().__init__(parent)
        self.store, self.actor, self.client_id = store, actor, client_id
        self.client_name = ""
        self.rows: list[verwijzing.HandoverRow] = []
        layout = QVBoxLayout(self)
        self.list = QTreeWidget()
        self.list.setObjectName("handovers")
        self.list.setAccessibleName(self.tr("Overdrachten en verwijzingen"))
        self.list.setRootIsDecorated(False)
        self.list.setWordWrap(True)
        self.list.setHeaderLabels(
            [
                self.tr("Verstuurd"),
                self.tr("Naar"),
                self.tr("Status"),
                self.tr("Vraag"),
                self.tr("Toestemming"),
                self.tr("Uitkomst"),
            ]
        )
        header = self.list.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (3, 5):  # the texts share what is left, wrapped; nothing scrolls
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemActivated.connect(lambda *_: self.answer())
        layout.addWidget(self.list, 1)
        bar = QHBoxLayout()
        bar.addStretch(1)
        self.refer_button = QPushButton(self.tr("Ver&wijzen naar partner…"))
        self.refer_button.setObjectName("refer")
        self.refer_button.clicked.connect(self.refer)
        self.answer_button = QPushButton(self.tr("Antwoord &vastleggen…"))
        self.answer_button.setObjectName("answer")
        self.answer_button.clicked.connect(self.answer)
        bar.addWidget(self.refer_button)
        bar.addWidget(self.answer_button)
        layout.addLayout(bar)

    def load(self, client_name: str, may_change: bool) -> None:
        self.client_name = client_name
        self.refer_button.setEnabled(may_change)
        self._may_change = may_change
        try:
            self.rows = verwijzing.client_handovers(self.store, self.actor, self.client_id)
        except ServiceError:
            self.rows = []  # the tab is disabled for a reader without the part
        self.list.clear()
        # The way of consent in one word (the full wording in the tooltip).
        consent = {
            code: tr_domain(label).split(" (")[0] for code, label in verwijzing.CONSENT.items()
        }
        for row in self.rows:
            item = QTreeWidgetItem(
                self.list,
                [
                    format_moment(row.sent_at),
                    row.to,
                    tr_domain(verwijzing.STATUS_LABELS.get(row.status, row.status)),
                    row.vraag,
                    consent.get(row.consent, ""),
                    row.outcome,
                ],
            )
            item.setToolTip(3, row.vraag)
            item.setToolTip(4, tr_domain(verwijzing.CONSENT.get(row.consent, "")))
            item.setToolTip(5, row.outcome)
        self._update_buttons()

    def current(self) -> verwijzing.HandoverRow | None:
        index = self.list.indexOfTopLevelItem(self.list.currentItem())
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def _update_buttons(self) -> None:
        row = self.current()
        self.answer_button.setEnabled(
            getattr(self, "_may_change", False)
            and row is not None
            and row.soort == "partner"
            and row.open
        )

    def refer(self) -> None:
        from intake_desktop.ui.overdracht.verwijzing_dialog import ReferralDialog

        dialog = ReferralDialog(self.store, self.actor, self.client_id, self.client_name, self)
        if dialog.exec():
            self.load(self.client_name, True)
        dialog.deleteLater()

    def answer(self) -> None:
        row = self.current()
        if row is None or not self.answer_button.isEnabled():
            return
        from intake_desktop.ui.overdracht.verwijzing_dialog import AnswerDialog

        try:
            dialog = AnswerDialog(self.store, self.actor, row, self)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Antwoord vastleggen"), tr_error(exc))
            return
        if dialog.exec():
            self.load(self.client_name, True)
        dialog.deleteLater()
