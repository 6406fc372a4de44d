"""Giving one client a (new) klantmanager from the ranked suggestion."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.caseload import toewijzing
from intake_desktop.services.core.errors import ServiceError
from intake_desktop.services.core.store import Store
from intake_desktop.ui.caseload.klantmanager_picker import KlantmanagerPicker
from intake_desktop.ui.widgets.forms import FieldSet, error_summary, fit_to_screen


class AssignDialog(QDialog):
    def __init__(
        self,
        store: Store,
        actor,
        client_id: uuid.UUID,
        client_name: str,
        why: str = "",
        parent: QWidget | None = None,
    ):
        # Asked before the dialog exists: a refusal (the role, need to know) leaves no
        # half-built window behind for the caller to show its message over.
        current = toewijzing.current_klantmanager(store, actor, client_id)
        exclude = [current.staff_id] if current.staff_id is not None else []
        ranked = toewijzing.suggest(store, actor, client_id, exclude=exclude)
        super().__init__(parent)
        self.store, self.actor, self.client_id = store, actor, client_id
        self.setWindowTitle(self.tr("Klantmanager toewijzen: {name}").format(name=client_name))
        fit_to_screen(self, 900, 520)
        layout = QVBoxLayout(self)
        if current.staff_id is None:
            now = self.tr("nog niet toegewezen")
        elif current.still_here:
            now = current.name
        else:
            now = self.tr("{name} (werkt hier niet meer)").format(name=current.name)
        intro = QLabel(self.tr("Nu: {current}").format(current=now) + (f"\n{why}" if why else ""))
        intro.setWordWrap(True)
        intro.setProperty("role", "notice")
        layout.addWidget(intro)
        self.summary_label = error_summary("")
        layout.addWidget(self.summary_label)
        self.fields = FieldSet()
        self.picker = KlantmanagerPicker(self.fields, store.config.toewijzing.functie_name)
        self.picker.setObjectName("klantmanagerPicker")
        layout.addWidget(self.picker, 1)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("&Toewijzen (Ctrl+S)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("assign")
        buttons.addButton(self.tr("&Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return), self, activated=self.save)
        self.chosen_name = ""
        self.current_id = current.staff_id
        self.picker.load(ranked)
        self.picker.table.setFocus()

    def save(self) -> None:
        chosen = self.picker.selected()
        try:
            toewijzing.assign(
                self.store,
                self.actor,
                self.client_id,
                chosen.staff.id if chosen else None,
                suggested_id=self.picker.suggested_id(),
                reason=self.picker.reason.text(),
                expected_current=self.current_id,
            )
        except (ValidationFailed, ServiceError) as exc:
            self.fields.report_failure(exc, self.summary_label)
            return
        self.chosen_name = chosen.staff.name
        self.accept()
