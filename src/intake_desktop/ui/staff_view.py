"""Staff accounts: the list, and a new account with roles."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.roles import ROLE_LABELS, Actor
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services import accounts
from intake_desktop.services.store import Store
from intake_desktop.ui.forms import FieldRow, FieldSet
from intake_desktop.ui.i18n import tr_domain


class StaffView(QWidget):
    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.actor = store, actor
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Nieuwe medewerker…"))
        self.add_button.setObjectName("newStaff")
        self.add_button.clicked.connect(self.add_staff)
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("staffTable")
        self.table.setAccessibleName(self.tr("Medewerkers"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Naam"), self.tr("Gebruikersnaam"), self.tr("Rollen")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        staff = accounts.list_staff(self.store)
        self.table.setRowCount(len(staff))
        for row, member in enumerate(staff):
            roles = ", ".join(tr_domain(ROLE_LABELS.get(r, r)) for r in member.roles)
            for column, text in enumerate((member.display_name, member.username, roles)):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def add_staff(self) -> None:
        if NewStaffDialog(self.store, self.actor, self).exec():
            self.refresh()


class NewStaffDialog(QDialog):
    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.setWindowTitle(self.tr("Nieuwe medewerker"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.fields = FieldSet()
        self.display_name, self.username, self.password = QLineEdit(), QLineEdit(), QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        for label, widget, name in (
            (self.tr("&Naam"), self.display_name, "display_name"),
            (self.tr("&Gebruikersnaam"), self.username, "username"),
            (self.tr("Eerste &wachtwoord"), self.password, "password"),
        ):
            self.fields.add(FieldRow(label, widget, name)).add_to(form)
        roles = QWidget()
        roles_layout = QVBoxLayout(roles)
        roles_layout.setContentsMargins(0, 0, 0, 0)
        self.role_boxes: dict[str, QCheckBox] = {}
        for code, label in ROLE_LABELS.items():
            box = QCheckBox(tr_domain(label))
            box.setObjectName(f"role_{code}")
            self.role_boxes[code] = box
            roles_layout.addWidget(box)
        self.fields.add(FieldRow(self.tr("Rollen"), roles, "roles")).add_to(form)
        layout.addLayout(form)
        buttons = QDialogButtonBox()
        save = buttons.addButton(self.tr("&Opslaan"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.setDefault(True)
        buttons.addButton(self.tr("&Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        roles = {code for code, box in self.role_boxes.items() if box.isChecked()}
        try:
            accounts.create_staff(
                self.store,
                self.actor,
                accounts.NewStaff(
                    username=self.username.text(),
                    display_name=self.display_name.text(),
                    password=self.password.text(),
                    roles=roles,
                    gemeente_code=self.actor.gemeente_code
                    or self.store.config.default_gemeente.code,
                ),
            )
        except ValidationFailed as exc:
            first = self.fields.show_errors(exc.errors)
            if first:
                first.setFocus()
            return
        self.accept()
