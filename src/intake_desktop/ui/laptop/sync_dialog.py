"""Synchroniseren: what is on the laptop, the push in the background (with progress and
Afbreken), the outcome, and the conflicts to decide."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.roles import Actor
from intake_desktop.domain.validation import format_moment
from intake_desktop.services.core.errors import ServiceError
from intake_desktop.ui.widgets.background import run_with_progress
from intake_desktop.ui.widgets.forms import error_summary
from intake_desktop.ui.widgets.i18n import tr_error


class SyncDialog(QDialog):
    def __init__(self, workplace, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.workplace, self.actor = workplace, actor
        self.result = None
        self.setWindowTitle(self.tr("Synchroniseren"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.state = QLabel()
        self.state.setObjectName("syncState")
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        self.summary = error_summary()
        layout.addWidget(self.summary)
        self.keep = QCheckBox(self.tr("&Klanten op de laptop houden voor een volgend huisbezoek"))
        self.keep.setObjectName("keepCheckedOut")
        self.keep.setToolTip(
            self.tr(
                "Zonder vinkje gaan de klanten na het synchroniseren van de laptop af; "
                "met vinkje krijgt de laptop de nieuwste gegevens van de server."
            )
        )
        layout.addWidget(self.keep)
        self.outcome = QLabel()
        self.outcome.setObjectName("syncOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.hide()
        layout.addWidget(self.outcome)
        buttons = QDialogButtonBox()
        self.sync_button = buttons.addButton(
            self.tr("&Synchroniseren"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.sync_button.setObjectName("syncNow")
        self.conflicts_button = QPushButton(self.tr("&Conflicten bekijken…"))
        self.conflicts_button.setObjectName("showConflicts")
        buttons.addButton(self.conflicts_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(self.tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("syncClose")
        self.sync_button.clicked.connect(self.synchronise)
        self.conflicts_button.clicked.connect(self.show_conflicts)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.synchronise)
        self.sync_button.setDefault(True)
        self.sync_button.setFocus()
        self._show_state()

    def _laptop(self):
        return self.workplace.laptop(self.actor)

    def _show_state(self) -> None:
        from intake_desktop.services.laptop.checkout import laptop_status

        laptop = self._laptop()
        if laptop is None:
            self.state.setText(self.tr("Op deze laptop zijn geen klanten meegenomen."))
            self.sync_button.setEnabled(False)
            self.conflicts_button.hide()
            return
        status = laptop_status(laptop)
        last = format_moment(status.last_sync_at) if status.last_sync_at else self.tr("nog niet")
        self.state.setText(
            self.tr(
                "Klanten op de laptop: {clients}\nWijzigingen nog niet naar de server: "
                "{changes}\nConflicten open: {conflicts}\nLaatst gesynchroniseerd: {last}"
            ).format(
                clients=status.checked_out,
                changes=status.unsynced,
                conflicts=status.conflicts,
                last=last,
            )
        )
        self.conflicts_button.setVisible(status.conflicts > 0)
        self.sync_button.setEnabled(bool(status.checked_out or status.unsynced))

    def synchronise(self) -> None:
        from intake_desktop.services.laptop import sync

        if not self.sync_button.isEnabled():
            return
        self.summary.hide()
        from intake_desktop.ui.laptop.server_sign_in import ensure_server

        if not ensure_server(self, self.workplace, self.actor):
            return
        laptop = self._laptop()
        keep = self.keep.isChecked()
        try:
            # Reaching the server may take seconds without network: in the background too.
            self.result = run_with_progress(
                self,
                self.tr("Synchroniseren…"),
                lambda progress, cancelled: sync.synchronise(
                    self.workplace.server(), laptop, self.actor, keep, progress, cancelled
                ),
            )
        except ServiceError as exc:
            self.summary.setText(tr_error(exc))
            self.summary.show()
            self._show_state()
            return
        push = self.result.push
        lines = [
            self.tr("Naar de server: wijzigingen {n}, regels voor het auditlog {audit}.").format(
                n=push.changes, audit=push.audit_events
            )
        ]
        if push.already_applied:
            lines.append(
                self.tr("Al aangekomen bij een eerdere poging: {n}.").format(n=push.already_applied)
            )
        if push.refused:
            lines.append(
                self.tr(
                    "Geweigerd: {n} wijzigingen die een laptop niet mag sturen (over klanten "
                    "die niet zijn meegenomen, of aan het auditlog). Ze staan in het auditlog."
                ).format(n=push.refused)
            )
        if push.conflicts:
            lines.append(
                self.tr(
                    "Op de laptop én op de server gewijzigd: {n}. Kies per gegeven welke "
                    "versie blijft."
                ).format(n=push.conflicts)
            )
        if self.result.returned:
            lines.append(
                self.tr("Van de laptop gehaald: {n} klanten.").format(n=self.result.returned)
            )
        if self.result.kept:
            lines.append(
                self.tr("{n} klanten blijven op de laptop, bijgewerkt.").format(n=self.result.kept)
            )
        self.outcome.setText("\n".join(lines))
        self.outcome.show()
        self._show_state()
        self.adjustSize()
        if push.conflicts:
            self.show_conflicts()

    def show_conflicts(self) -> None:
        from intake_desktop.ui.laptop.conflict_dialog import ConflictDialog

        dialog = ConflictDialog(self.workplace, self.actor, self)
        dialog.exec()
        dialog.deleteLater()
        self._show_state()
