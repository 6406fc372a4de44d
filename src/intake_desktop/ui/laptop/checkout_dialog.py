"""Meenemen voor huisbezoek: the klantmanager ticks the clients to take along (or the
whole caseload); they are copied, encrypted, onto this laptop in the background."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.roles import Actor
from intake_desktop.domain.validation import format_date
from intake_desktop.services.core.errors import ServiceError
from intake_desktop.ui.widgets.background import run_with_progress
from intake_desktop.ui.widgets.forms import error_summary
from intake_desktop.ui.widgets.i18n import tr_error


class CheckoutDialog(QDialog):
    def __init__(
        self,
        workplace,
        actor: Actor,
        clients: list,
        chosen: set,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.workplace, self.actor = workplace, actor
        self.result_text = ""
        self.setWindowTitle(self.tr("Meenemen voor huisbezoek"))
        self.setMinimumSize(520, 480)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Vink de klanten aan die u meeneemt. Hun dossiers gaan versleuteld mee op "
                "deze laptop. Zonder netwerk opent het programma dan deze klanten; wat u "
                "vastlegt, gaat bij Synchroniseren naar de server."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.summary = error_summary()
        layout.addWidget(self.summary)
        list_label = QLabel(self.tr("&Klanten (spatiebalk: aan- of uitvinken):"))
        self.list = self._client_list(clients, chosen)
        list_label.setBuddy(self.list)
        layout.addWidget(list_label)
        layout.addWidget(self.list, 1)
        layout.addLayout(self._choose_row())
        layout.addWidget(self._buttons())
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.take_along)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.take_along)
        self.setTabOrder(self.list, self.all_button)
        self.setTabOrder(self.all_button, self.none_button)
        self.setTabOrder(self.none_button, self.ok)
        self.list.setFocus()
        if self.list.count():
            self.list.setCurrentRow(0)
        self._count()

    def _client_list(self, clients: list, chosen: set) -> QListWidget:
        """The caseload, each client to tick; the ``chosen`` ones ticked already."""
        self.list = QListWidget()
        self.list.setObjectName("checkoutClients")
        self.list.setAccessibleName(self.tr("Klanten om mee te nemen"))
        for client in clients:
            born = format_date(client.birth_date)
            item = QListWidgetItem(f"{client.name}  ({born})" if born else client.name)
            item.setData(Qt.ItemDataRole.UserRole, client.client_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if client.client_id in chosen else Qt.CheckState.Unchecked
            )
            self.list.addItem(item)
        self.list.itemChanged.connect(lambda _item: self._count())
        return self.list

    def _choose_row(self) -> QHBoxLayout:
        """Tick all or none, and how many are ticked."""
        row = QHBoxLayout()
        self.all_button = QPushButton(self.tr("&Hele caseload"))
        self.all_button.clicked.connect(lambda: self._check_all(Qt.CheckState.Checked))
        self.none_button = QPushButton(self.tr("&Niemand"))
        self.none_button.clicked.connect(lambda: self._check_all(Qt.CheckState.Unchecked))
        self.count = QLabel()
        self.count.setObjectName("checkoutCount")
        row.addWidget(self.all_button)
        row.addWidget(self.none_button)
        row.addStretch(1)
        row.addWidget(self.count)
        return row

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("&Meenemen"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("checkoutOk")
        buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.take_along)
        buttons.rejected.connect(self.reject)
        return buttons

    def _check_all(self, state) -> None:
        for index in range(self.list.count()):
            self.list.item(index).setCheckState(state)

    def chosen(self) -> list:
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _count(self) -> None:
        self.count.setText(
            self.tr("{n} van {total} gekozen").format(n=len(self.chosen()), total=self.list.count())
        )

    def _fail(self, message: str) -> None:
        self.summary.setText(message)
        self.summary.show()

    def take_along(self) -> None:
        from intake_desktop.services.laptop import checkout

        ids = self.chosen()
        if not ids:
            self._fail(self.tr("Vink eerst de klanten aan die u meeneemt."))
            self.list.setFocus()
            return
        try:
            laptop = self.workplace.laptop(self.actor, create=True)
            result = run_with_progress(
                self,
                self.tr("Klanten op de laptop zetten…"),
                lambda progress, cancelled: checkout.check_out(
                    self.workplace.server(), laptop, self.actor, ids, progress, cancelled
                ),
            )
        except ServiceError as exc:
            self._fail(tr_error(exc))
            return
        lines = [
            self.tr("{n} klanten staan nu versleuteld op deze laptop.").format(n=result.clients)
        ]
        if result.already_on_laptop:
            lines.append(self.tr("{n} stonden er al op.").format(n=result.already_on_laptop))
        if result.also_elsewhere:
            lines.append(
                self.tr(
                    "Let op: deze klanten zijn ook meegenomen door een collega. Wat u allebei "
                    "wijzigt, komt bij het synchroniseren als conflict naar voren:"
                )
            )
            lines.extend(f"• {client} ({staff})" for client, staff in result.also_elsewhere)
        self.result_text = "\n".join(lines)
        QMessageBox.information(self, self.windowTitle(), self.result_text)
        self.accept()
