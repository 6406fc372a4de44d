"""One goal of the trajectplan (life domain, what, by when, status) with its activities,
and the dialog for one activity (a service from the catalogue, who, from, to)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.trajectplan import ACTIVITY_STATUS, GOAL_STATUS, PROVIDER_KIND
from intake_desktop.domain.validation import format_date
from intake_desktop.services.core.store import Store
from intake_desktop.services.traject.trajectplan_input import ActivityInput, GoalInput
from intake_desktop.ui.widgets.date_fields import DateField, date_errors
from intake_desktop.ui.widgets.forms import FieldRow, FieldSet, fit_to_screen, list_table
from intake_desktop.ui.widgets.i18n import tr_domain


def _combo(items: dict, current: str) -> QComboBox:
    combo = QComboBox()
    for code, label in items.items():
        combo.addItem(tr_domain(label), code)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox()
    ok = buttons.addButton(
        QCoreApplication.translate("GoalDialog", "OK (Ctrl+Enter)"),
        QDialogButtonBox.ButtonRole.AcceptRole,
    )
    ok.setObjectName("ok")
    buttons.addButton(
        QCoreApplication.translate("GoalDialog", "&Annuleren"),
        QDialogButtonBox.ButtonRole.RejectRole,
    )
    buttons.rejected.connect(dialog.reject)
    QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return), dialog, activated=ok.click)
    return buttons


class ActivityDialog(QDialog):
    def __init__(
        self,
        store: Store,
        activity: ActivityInput | None,
        domain_code: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Activiteit of dienst"))
        fit_to_screen(self, 560, 380)
        activity = activity or ActivityInput("")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.fields = FieldSet()
        self.product = QComboBox()
        # Services for this life domain first, then the rest of the catalogue.
        products = sorted(
            store.config.producten, key=lambda p: (domain_code not in p.leefgebieden, p.naam)
        )
        self.product.addItem(self.tr("Kies…"), "")
        for product in products:
            self.product.addItem(product.naam, product.code)
        self.product.setCurrentIndex(max(self.product.findData(activity.product_code), 0))
        self.product.activated.connect(self._product_chosen)
        self.description = QLineEdit(activity.description)
        self.kind = _combo(PROVIDER_KIND, activity.kind)
        self.responsible = QLineEdit(activity.responsible)
        self.starts_on, self.ends_on = DateField(), DateField()
        self.starts_on.set_value(activity.starts_on)
        self.ends_on.set_value(activity.ends_on)
        self.status = _combo(ACTIVITY_STATUS, activity.status)
        # An external provider reports by this date; none by then: a task.
        self.report_due_on = DateField(self.tr("dd-mm-jjjj (alleen bij een externe aanbieder)"))
        self.report_due_on.set_value(activity.report_due_on)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        for label, widget, name in (
            (self.tr("&Dienst *"), self.product, "product"),
            (self.tr("&Omschrijving"), self.description, "description"),
            (self.tr("&Intern of extern"), self.kind, "kind"),
            (self.tr("&Wie voert uit"), self.responsible, "responsible"),
            (self.tr("&Van"), self.starts_on, "starts_on"),
            (self.tr("&Tot en met"), self.ends_on, "ends_on"),
            (self.tr("&Status"), self.status, "status"),
            (self.tr("&Rapportage uiterlijk"), self.report_due_on, "report_due_on"),
        ):
            self.fields.add(FieldRow(label, widget, name)).add_to(form)
        layout.addLayout(form)
        buttons = _buttons(self)
        buttons.accepted.connect(self.check_and_accept)
        layout.addWidget(buttons)
        self._kind_chosen()
        self.product.setFocus()

    def _kind_chosen(self, *_args) -> None:
        self.report_due_on.setEnabled(self.kind.currentData() == "extern")

    def _product_chosen(self, _index: int) -> None:
        """A service brings its usual kind and provider (still changeable)."""
        product = self.store.config.product(self.product.currentData() or "")
        if product is None:
            return
        self.kind.setCurrentIndex(max(self.kind.findData(product.soort), 0))
        if not self.responsible.text().strip():
            self.responsible.setText(product.aanbieder)

    def value(self) -> ActivityInput:
        return ActivityInput(
            self.product.currentData() or "",
            self.description.text(),
            self.kind.currentData(),
            self.responsible.text(),
            self.starts_on.value(),
            self.ends_on.value(),
            self.status.currentData(),
            self.report_due_on.value() if self.kind.currentData() == "extern" else None,
        )

    def check_and_accept(self) -> None:
        errors = date_errors(
            {
                "starts_on": self.starts_on,
                "ends_on": self.ends_on,
                "report_due_on": self.report_due_on,
            }
        )
        if not errors:
            value = self.value()
            if value.starts_on and value.ends_on and value.ends_on < value.starts_on:
                errors["ends_on"] = self.tr("De einddatum ligt voor de begindatum.")
        if not self.product.currentData():
            errors["product"] = self.tr("Kies een dienst uit het productenboek.")
        first = self.fields.show_errors(errors)
        if first is not None:
            first.setFocus()
            return
        self.accept()


class GoalDialog(QDialog):
    def __init__(self, store: Store, goal: GoalInput | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Doel"))
        fit_to_screen(self, 760, 560)
        goal = goal or GoalInput(store.config.domains[0].code, "")
        self.activities = list(goal.activities)
        layout = QVBoxLayout(self)
        layout.addLayout(self._goal_form(goal))
        caption = QLabel(self.tr("Activ&iteiten en diensten (Enter wijzigt, Delete verwijdert)"))
        layout.addWidget(caption)
        self.table = self._activity_table()
        caption.setBuddy(self.table)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._activity_buttons())
        buttons = _buttons(self)
        buttons.accepted.connect(self.check_and_accept)
        layout.addWidget(buttons)
        self._fill()
        self.domain.setFocus()

    def _goal_form(self, goal: GoalInput) -> QFormLayout:
        form = QFormLayout()
        self.fields = FieldSet()
        self.domain = QComboBox()
        for domain in self.store.config.domains:
            self.domain.addItem(domain.naam, domain.code)
        self.domain.setCurrentIndex(max(self.domain.findData(goal.domain_code), 0))
        self.description = QPlainTextEdit(goal.description)
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(70)
        self.due_on = DateField()
        self.due_on.set_value(goal.due_on)
        self.status = _combo(GOAL_STATUS, goal.status)
        for label, widget, name in (
            (self.tr("&Leefgebied"), self.domain, "domain"),
            (self.tr("&Doel: wat wil de klant bereiken? *"), self.description, "description"),
            (self.tr("&Uiterlijk"), self.due_on, "due_on"),
            (self.tr("&Status"), self.status, "status"),
        ):
            self.fields.add(FieldRow(label, widget, name)).add_to(form)
        return form

    def _activity_table(self):
        table = list_table(
            [
                self.tr("Dienst"),
                self.tr("Soort"),
                self.tr("Wie"),
                self.tr("Van"),
                self.tr("Tot"),
                self.tr("Status"),
            ],
            "activities",
            self.tr("Activiteiten en diensten"),
        )
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.doubleClicked.connect(lambda _i: self.edit_activity())
        for key, slot in (
            (Qt.Key.Key_Return, self.edit_activity),
            (Qt.Key.Key_Enter, self.edit_activity),
            (Qt.Key.Key_Delete, self.remove_activity),
        ):
            QShortcut(
                QKeySequence(key),
                table,
                activated=slot,
                context=Qt.ShortcutContext.WidgetShortcut,
            )
        return table

    def _activity_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Activiteit &toevoegen…"))
        self.add_button.setObjectName("addActivity")
        self.add_button.clicked.connect(self.add_activity)
        self.edit_button = QPushButton(self.tr("Activiteit &wijzigen…"))
        self.edit_button.clicked.connect(self.edit_activity)
        self.remove_button = QPushButton(self.tr("Activiteit &verwijderen"))
        self.remove_button.clicked.connect(self.remove_activity)
        for button in (self.add_button, self.edit_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _fill(self) -> None:
        self.table.setRowCount(len(self.activities))
        for n, a in enumerate(self.activities):
            product = self.store.config.product(a.product_code)
            cells = (
                product.naam if product else a.product_code,
                tr_domain(PROVIDER_KIND.get(a.kind, a.kind)),
                a.responsible,
                format_date(a.starts_on),
                format_date(a.ends_on),
                tr_domain(ACTIVITY_STATUS.get(a.status, a.status)),
            )
            for column, text in enumerate(cells):
                self.table.setItem(n, column, QTableWidgetItem(text))

    def add_activity(self) -> None:
        dialog = ActivityDialog(self.store, None, self.domain.currentData(), self)
        if dialog.exec():
            self.activities.append(dialog.value())
            self._fill()
            self.table.selectRow(len(self.activities) - 1)
        dialog.deleteLater()

    def edit_activity(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.activities):
            return
        dialog = ActivityDialog(self.store, self.activities[row], self.domain.currentData(), self)
        if dialog.exec():
            self.activities[row] = dialog.value()
            self._fill()
            self.table.selectRow(row)
        dialog.deleteLater()

    def remove_activity(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.activities):
            del self.activities[row]
            self._fill()

    def value(self) -> GoalInput:
        return GoalInput(
            self.domain.currentData(),
            self.description.toPlainText(),
            self.due_on.value(),
            self.status.currentData(),
            list(self.activities),
        )

    def check_and_accept(self) -> None:
        errors = date_errors({"due_on": self.due_on})
        if not self.description.toPlainText().strip():
            errors["description"] = self.tr("Beschrijf het doel: wat wil de klant bereiken?")
        first = self.fields.show_errors(errors)
        if first is not None:
            first.setFocus()
            return
        self.accept()
