"""Maintaining a staff member: the change dialog with the absences, and the absence
dialog. The fields themselves are ui/beheer/medewerker_form.StaffForm."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import fields, replace

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.roles import Actor
from intake_desktop.domain.validation import ValidationFailed, format_date
from intake_desktop.services.beheer import afwezigheid, medewerkers
from intake_desktop.services.beheer.medewerkers import AbsenceRow
from intake_desktop.services.core.errors import ServiceError, StaleVersion
from intake_desktop.services.core.store import Store
from intake_desktop.ui.beheer.medewerker_form import (
    StaffForm,
    save_buttons,
    set_tab_order,
)
from intake_desktop.ui.widgets.date_time_edit import DateEdit
from intake_desktop.ui.widgets.forms import (
    FieldRow,
    FieldSet,
    confirm_discard,
    error_summary,
    fit_to_screen,
    nothing_saved,
)
from intake_desktop.ui.widgets.i18n import tr_error


class EditStaffDialog(QDialog):
    """Change a staff member. Absences are saved at once; the other fields with
    Opslaan, checked against the version the form was loaded with."""

    def __init__(
        self, store: Store, actor: Actor, staff_id: uuid.UUID, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.store, self.actor, self.staff_id = store, actor, staff_id
        detail = medewerkers.staff_detail(store, actor, staff_id)
        self.setWindowTitle(self.tr("Medewerker wijzigen: {name}").format(name=detail.display_name))
        layout = QVBoxLayout(self)
        self.summary = error_summary()
        layout.addWidget(self.summary)
        self.reload_button = QPushButton(self.tr("Nieuwe gegevens la&den, mijn wijzigingen houden"))
        self.reload_button.setObjectName("reload")
        self.reload_button.clicked.connect(self.reload_keeping_changes)
        self.reload_button.hide()
        layout.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.account = QLabel(
            self.tr("Gebruikersnaam: {username}").format(username=detail.username)
        )
        self.account.setObjectName("account")
        self.account.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.account)
        self.form = StaffForm(store, actor)
        layout.addWidget(self.form)
        layout.addWidget(self._absence_section(), 1)
        buttons, self.save_button, cancel = save_buttons(self)
        layout.addWidget(buttons)
        self._load(detail)
        set_tab_order(
            [
                *self.form.focus_chain(),
                self.absences,
                self.add_absence_button,
                self.remove_absence_button,
                self.save_button,
                cancel,
            ]
        )
        fit_to_screen(self, 860, 640)
        self.form.display_name.setFocus()

    def _absence_section(self) -> QGroupBox:
        section = QGroupBox(self.tr("Afwe&zigheid"))
        section.setObjectName("absenceSection")
        self.absences = QTableWidget(0, 3)
        self.absences.setObjectName("absences")
        self.absences.setAccessibleName(self.tr("Afwezigheid"))
        self.absences.setHorizontalHeaderLabels(
            [self.tr("Van"), self.tr("Tot en met"), self.tr("Reden")]
        )
        self.absences.verticalHeader().hide()
        self.absences.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.absences.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.absences.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.absences.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.absences.setMinimumHeight(110)
        self.absences.itemSelectionChanged.connect(self._absence_selected)
        self.add_absence_button = QPushButton(self.tr("Afwezigheid &toevoegen…"))
        self.add_absence_button.setObjectName("addAbsence")
        self.add_absence_button.clicked.connect(self.add_absence)
        self.remove_absence_button = QPushButton(self.tr("Afwezigheid &verwijderen"))
        self.remove_absence_button.setObjectName("removeAbsence")
        self.remove_absence_button.clicked.connect(self.remove_absence)
        row = QHBoxLayout()
        for button in (self.add_absence_button, self.remove_absence_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addSpacing(12)
        row.addWidget(QLabel(self.tr("Een afwezigheid wordt meteen opgeslagen.")))
        row.addStretch(1)
        box = QVBoxLayout(section)
        box.addWidget(self.absences, 1)
        box.addLayout(row)
        return section

    def _load(self, detail: medewerkers.StaffDetail) -> None:
        self.base_version = detail.version
        self.original = detail.as_change()
        self.form.set_value(self.original)
        self._show_absences(detail.absences)

    def _show_absences(self, rows: Sequence[AbsenceRow]) -> None:
        self.absence_rows = list(rows)
        self.absences.setRowCount(len(rows))
        for index, absence in enumerate(rows):
            for column, text in enumerate(
                (format_date(absence.starts_on), format_date(absence.ends_on), absence.reason)
            ):
                self.absences.setItem(index, column, QTableWidgetItem(text))
        self._absence_selected()

    def _absence_selected(self) -> None:
        self.remove_absence_button.setEnabled(bool(self.absences.selectedItems()))

    def _changed_fields(self) -> list[str]:
        typed = self.form.value()
        return [
            f.name
            for f in fields(typed)
            if getattr(typed, f.name) != getattr(self.original, f.name)
        ]

    def _say(self, text: str) -> None:
        self.summary.setText(text)
        self.summary.show()

    def save(self) -> None:
        try:
            medewerkers.update_staff(
                self.store, self.actor, self.staff_id, self.form.value(), self.base_version
            )
        except ValidationFailed as exc:
            self.form.fields.report(
                exc.errors,
                self.summary,
                nothing_saved(),
            )
            return
        except StaleVersion as exc:
            self.form.fields.clear_errors()
            self._say(
                self.tr(
                    "Deze medewerker is intussen gewijzigd door {who}. Uw wijzigingen zijn "
                    "niet opgeslagen, maar staan nog in het scherm. Laad de nieuwe gegevens "
                    "met uw wijzigingen erin, controleer ze en sla opnieuw op."
                ).format(who=exc.changed_by or self.tr("een collega"))
            )
            self.reload_button.show()
            self.reload_button.setFocus()
            return
        except ServiceError as exc:
            self.form.fields.clear_errors()
            self._say(tr_error(exc))
            return
        self.accept()

    def reload_keeping_changes(self) -> None:
        """Load the colleague's version and lay this user's own changes over it."""
        mine = self.form.value()
        changed = self._changed_fields()
        self._load(medewerkers.staff_detail(self.store, self.actor, self.staff_id))
        self.form.set_value(replace(self.original, **{n: getattr(mine, n) for n in changed}))
        self.reload_button.hide()
        self._say(
            self.tr(
                "De nieuwe gegevens zijn geladen, met uw eigen wijzigingen erin. "
                "Controleer ze en sla opnieuw op."
            )
        )
        self.form.display_name.setFocus()

    def add_absence(self) -> None:
        dialog = AbsenceDialog(self.store, self.actor, self.staff_id, self)
        if dialog.exec():
            self._refresh_absences()
        dialog.deleteLater()

    def remove_absence(self) -> None:
        row = self.absences.currentRow()
        if not 0 <= row < len(self.absence_rows):
            return
        absence = self.absence_rows[row]
        answer = QMessageBox.question(
            self,
            self.tr("Afwezigheid verwijderen?"),
            self.tr("De afwezigheid van {starts} tot en met {ends} verwijderen?").format(
                starts=format_date(absence.starts_on), ends=format_date(absence.ends_on)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            afwezigheid.remove_absence(self.store, self.actor, absence.id)
        except ServiceError as exc:
            self._say(tr_error(exc))
        self._refresh_absences()

    def _refresh_absences(self) -> None:
        self._show_absences(
            medewerkers.staff_detail(self.store, self.actor, self.staff_id).absences
        )
        self.absences.setFocus()

    def reject(self) -> None:
        if self._changed_fields() and not confirm_discard(self):
            return
        super().reject()


class AbsenceDialog(QDialog):
    """A period of absence: first and last day, and an optional reason."""

    def __init__(
        self, store: Store, actor: Actor, staff_id: uuid.UUID, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.store, self.actor, self.staff_id = store, actor, staff_id
        self.setWindowTitle(self.tr("Afwezigheid toevoegen"))
        layout = QVBoxLayout(self)
        self.summary = error_summary()
        layout.addWidget(self.summary)
        form = QFormLayout()
        self.fields = FieldSet()
        self.starts_on, self.ends_on = self._date_edit(), self._date_edit()
        self.reason = QLineEdit()
        self.reason.setMaxLength(afwezigheid.MAX_REASON)
        self.reason.setPlaceholderText(self.tr("bijvoorbeeld verlof, cursus"))
        for label, widget, name in (
            (self.tr("&Van"), self.starts_on, "starts_on"),
            (self.tr("&Tot en met"), self.ends_on, "ends_on"),
            (self.tr("&Reden"), self.reason, "reason"),
        ):
            self.fields.add(FieldRow(label, widget, name)).add_to(form)
        layout.addLayout(form)
        self.starts_on.dateChanged.connect(self._keep_order)
        buttons, self.save_button, _ = save_buttons(self)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)
        self.starts_on.setFocus()

    @staticmethod
    def _date_edit() -> DateEdit:
        return DateEdit(QDate.currentDate())

    def _keep_order(self, starts: QDate) -> None:
        if self.ends_on.date() < starts:
            self.ends_on.setDate(starts)

    def save(self) -> None:
        try:
            afwezigheid.add_absence(
                self.store,
                self.actor,
                self.staff_id,
                self.starts_on.date().toPython(),
                self.ends_on.date().toPython(),
                self.reason.text(),
            )
        except ValidationFailed as exc:
            self.fields.report(
                exc.errors,
                self.summary,
                nothing_saved(),
            )
            return
        except ServiceError as exc:
            self.summary.setText(tr_error(exc))
            self.summary.show()
            return
        self.accept()
