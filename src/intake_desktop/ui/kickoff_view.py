"""Kick-off sessions per klantgroep: the list with places taken, and planning a new one."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.db.base import utcnow
from intake_desktop.domain.roles import Actor
from intake_desktop.domain.validation import ValidationFailed, format_moment
from intake_desktop.services import kickoff
from intake_desktop.services.errors import ServiceError
from intake_desktop.services.store import Store
from intake_desktop.ui.forms import FieldRow, FieldSet
from intake_desktop.ui.i18n import tr_error


class KickoffView(QWidget):
    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.actor = store, actor
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.plan_button = QPushButton(self.tr("Kick-off &plannen…"))
        self.plan_button.setObjectName("planKickoff")
        self.plan_button.clicked.connect(self.plan)
        row.addWidget(self.plan_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("kickoffs")
        self.table.setAccessibleName(self.tr("Kick-offs"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Wanneer"),
                self.tr("Klantgroep"),
                self.tr("Waar"),
                self.tr("Trainer"),
                self.tr("Plaatsen"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        rows = []
        for group in self.store.config.klantgroepen:
            rows += [
                (row, group.naam) for row in kickoff.sessions(self.store, group.code, utcnow())
            ]
        rows.sort(key=lambda pair: pair[0].starts_at)
        self.table.setRowCount(len(rows))
        for index, (row, name) in enumerate(rows):
            cells = [
                format_moment(row.starts_at),
                name,
                row.location,
                row.trainer,
                self.tr("{booked} van {capacity}").format(booked=row.booked, capacity=row.capacity),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(index, column, QTableWidgetItem(text))

    def plan(self) -> None:
        if PlanKickoffDialog(self.store, self.actor, self).exec():
            self.refresh()


class PlanKickoffDialog(QDialog):
    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.setWindowTitle(self.tr("Kick-off plannen"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.fields = FieldSet()
        self.group = QComboBox()
        for group in store.config.klantgroepen:
            self.group.addItem(group.naam, group.code)
        start = datetime.combine(datetime.now().date() + timedelta(days=14), time(10, 0))
        self.when = QDateTimeEdit(QDateTime(start))
        self.when.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.when.setCalendarPopup(True)
        self.location, self.trainer = QLineEdit(), QLineEdit()
        self.capacity = QSpinBox()
        self.capacity.setRange(1, 200)
        self.capacity.setValue(12)
        for label, widget, name in (
            (self.tr("&Klantgroep"), self.group, "klantgroep"),
            (self.tr("&Wanneer"), self.when, "starts_at"),
            (self.tr("&Plaats"), self.location, "location"),
            (self.tr("&Trainer"), self.trainer, "trainer"),
            (self.tr("&Aantal plaatsen"), self.capacity, "capacity"),
        ):
            self.fields.add(FieldRow(label, widget, name)).add_to(form)
        layout.addLayout(form)
        buttons = QDialogButtonBox()
        save = buttons.addButton(self.tr("&Opslaan"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.setDefault(True)
        buttons.addButton(self.tr("A&nnuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            kickoff.plan_session(
                self.store,
                self.actor,
                self.group.currentData(),
                self.when.dateTime().toPython().astimezone(),
                self.location.text(),
                self.trainer.text(),
                self.capacity.value(),
            )
        except ValidationFailed as exc:
            first = self.fields.show_errors(exc.errors)
            if first is not None:
                first.setFocus()
            return
        except ServiceError as exc:
            self.fields.show_errors({"klantgroep": tr_error(exc)})
            return
        self.accept()
