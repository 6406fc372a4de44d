"""Staff accounts: the list (roles, functie, team, caseload, expertise, absence), a new
account, and opening a staff member to change them."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.roles import ALL_ROLES, BEHEERDER, ROLE_LABELS, TEAMLEIDER, Actor
from intake_desktop.domain.validation import ValidationFailed, format_date
from intake_desktop.services.beheer import accounts, medewerkers
from intake_desktop.services.core.errors import ServiceError
from intake_desktop.services.core.store import Store
from intake_desktop.ui.beheer.medewerker_dialog import EditStaffDialog
from intake_desktop.ui.beheer.medewerker_form import StaffForm, save_buttons, set_tab_order
from intake_desktop.ui.widgets.forms import error_summary, fit_to_screen
from intake_desktop.ui.widgets.i18n import tr_domain, tr_error

ID_ROLE = Qt.ItemDataRole.UserRole
ROLES_COLUMN, EXPERTISE_COLUMN = 2, 6


def _in_order(roles: tuple[str, ...]) -> list[str]:
    """Roles in the order of the checkboxes (baliemedewerker … beheerder)."""
    return sorted(roles, key=lambda r: ALL_ROLES.index(r) if r in ALL_ROLES else len(ALL_ROLES))


class StaffView(QWidget):
    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.actor = store, actor
        may_maintain = actor.has(BEHEERDER, TEAMLEIDER)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Nieuwe medewerker…"))
        self.add_button.setObjectName("newStaff")
        self.add_button.clicked.connect(self.add_staff)
        self.edit_button = QPushButton(self.tr("&Wijzigen…"))
        self.edit_button.setObjectName("editStaff")
        self.edit_button.clicked.connect(self.edit_staff)
        self.reset_button = QPushButton(self.tr("Tijdelijk wa&chtwoord…"))
        self.reset_button.setObjectName("resetPassword")
        self.reset_button.setToolTip(
            self.tr("Voor een collega die het wachtwoord vergat of buitengesloten is")
        )
        self.reset_button.clicked.connect(self.reset_password)
        for button in (self.add_button, self.edit_button, self.reset_button):
            button.setEnabled(may_maintain)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        headers = [
            self.tr("Naam"),
            self.tr("Gebruikersnaam"),
            self.tr("Rollen"),
            self.tr("Functie"),
            self.tr("Team"),
            self.tr("Max. caseload"),
            self.tr("Expertise"),
            self.tr("Afwezig"),
            self.tr("Actief"),
        ]
        self.table = QTableWidget(0, len(headers))
        self.table.setObjectName("staffTable")
        self.table.setAccessibleName(self.tr("Medewerkers"))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (ROLES_COLUMN, EXPERTISE_COLUMN):  # long lists wrap
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        if may_maintain:
            # Enter, and a double click (or a single one where the platform says so).
            self.table.activated.connect(lambda _index: self.edit_staff())
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self, select: uuid.UUID | None = None) -> None:
        config = self.store.config.toewijzing
        staff = medewerkers.list_staff(self.store)
        self.table.setRowCount(len(staff))
        for row, member in enumerate(staff):
            texts = (
                member.display_name,
                member.username,
                ", ".join(tr_domain(ROLE_LABELS.get(r, r)) for r in _in_order(member.roles)),
                config.functie_name(member.functie),
                config.team_name(member.team),
                str(member.max_caseload) if member.max_caseload else "",
                ", ".join(config.expertise_name(e) for e in member.expertise),
                self.tr("t/m {date}").format(date=format_date(member.absent_until))
                if member.absent_until
                else "",
                self.tr("ja") if member.active else self.tr("nee"),
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, member.id)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
            if member.id == select:
                self.table.selectRow(row)
        self.table.resizeRowsToContents()

    def current_id(self) -> uuid.UUID | None:
        item = self.table.item(self.table.currentRow(), 0)
        return item.data(ID_ROLE) if item is not None else None

    def add_staff(self) -> None:
        dialog = NewStaffDialog(self.store, self.actor, self)
        if dialog.exec():
            self.refresh(select=dialog.staff_id)
        dialog.deleteLater()

    def edit_staff(self) -> None:
        staff_id = self.current_id()
        if staff_id is None:
            return
        try:
            dialog = EditStaffDialog(self.store, self.actor, staff_id, self)
        except ServiceError as exc:  # removed meanwhile, or the database is busy
            QMessageBox.warning(self, self.tr("Medewerker wijzigen"), tr_error(exc))
            self.refresh()
            return
        dialog.exec()
        dialog.deleteLater()
        # Absences are saved even when the rest is cancelled: always show the list anew.
        self.refresh(select=staff_id)
        self.table.setFocus()

    def reset_password(self) -> None:
        from intake_desktop.ui.beheer.temporary_password import give_temporary_password

        staff_id = self.current_id()
        if staff_id is None:
            QMessageBox.information(
                self, self.tr("Tijdelijk wachtwoord"), self.tr("Kies eerst een medewerker.")
            )
            return
        name = self.table.item(self.table.currentRow(), 0).text()
        give_temporary_password(self, self.store, self.actor, staff_id, name)
        self.table.setFocus()


class NewStaffDialog(QDialog):
    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.staff_id: uuid.UUID | None = None
        self.setWindowTitle(self.tr("Nieuwe medewerker"))
        layout = QVBoxLayout(self)
        self.summary = error_summary()
        layout.addWidget(self.summary)
        self.username, self.password = QLineEdit(), QLineEdit()
        self.username.setMaxLength(64)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.form = StaffForm(
            store,
            actor,
            account_rows=[
                (self.tr("&Gebruikersnaam"), self.username, "username"),
                (self.tr("Eerste &wachtwoord"), self.password, "password"),
            ],
        )
        self.form.fields.rows["active"].set_visible(False)  # a new account is active
        self.fields = self.form.fields
        self.display_name = self.form.display_name
        self.role_boxes = self.form.roles.boxes
        layout.addWidget(self.form)
        layout.addSpacing(12)
        buttons, save, cancel = save_buttons(self)
        layout.addWidget(buttons)
        set_tab_order([*self.form.focus_chain(), save, cancel])
        fit_to_screen(self, 860, self.sizeHint().height())
        self.display_name.setFocus()

    def save(self) -> None:
        value = self.form.value()
        try:
            self.staff_id = accounts.create_staff(
                self.store,
                self.actor,
                accounts.NewStaff(
                    username=self.username.text(),
                    display_name=value.display_name,
                    password=self.password.text(),
                    roles=value.roles,
                    gemeente_code=self.actor.gemeente_code
                    or self.store.config.default_gemeente.code,
                    email=value.email,
                    team=value.team,
                    max_caseload=value.max_caseload,
                    functie=value.functie,
                    expertise=value.expertise,
                    working_days=value.working_days,
                ),
            )
        except (ValidationFailed, ServiceError) as exc:
            self.fields.report_failure(exc, self.summary)
            return
        self.accept()
