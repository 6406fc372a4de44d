"""Beheer: the audit log, importing a caseload, staff accounts, the database and the
Vernietigingslijst. A teamleider sees only the last (she approves it)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from intake_desktop.domain.roles import BEHEERDER, Actor
from intake_desktop.services.core.store import Store
from intake_desktop.ui.beheer.audit_view import AuditView
from intake_desktop.ui.beheer.import_view import ImportView
from intake_desktop.ui.beheer.medewerkers_view import StaffView


class BeheerPage(QTabWidget):
    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("beheerTabs")
        self.setDocumentMode(True)
        from intake_desktop.ui.beheer.vernietiging_view import VernietigingView

        self.vernietiging = VernietigingView(store, actor)
        if actor.has(BEHEERDER):
            # The audit log is read when its tab is shown, not while the page is built.
            self.audit = AuditView(store, actor, load=False)
            self.importer = ImportView(store, actor)
            self.staff = StaffView(store, actor)
            self.addTab(self.audit, self.tr("Auditlog"))
            self.addTab(self.importer, self.tr("Importeren"))
            self.addTab(self.staff, self.tr("Medewerkers"))
            from intake_desktop.ui.beheer.database_view import DatabaseView

            self.database = DatabaseView(store, actor)
            self.addTab(self.database, self.tr("Database"))
        self.addTab(self.vernietiging, self.tr("Vernietiging"))
        self.currentChanged.connect(self._refresh)
        if not actor.has(BEHEERDER):
            self.vernietiging.refresh()

    def _refresh(self, index: int) -> None:
        widget = self.widget(index)
        if hasattr(widget, "refresh"):
            widget.refresh()
