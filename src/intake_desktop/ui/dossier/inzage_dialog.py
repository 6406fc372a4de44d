"""Inzageverzoek (AVG art. 15): the report for the client as pages to print or save,
and the same data as a JSON file in the published shape. Opened from the dossier by
the client's klantmanager or a teamleider; every step is audited by the service."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox, QWidget

from intake_desktop.documents.inzage import render_inzage
from intake_desktop.documents.output import write_atomically
from intake_desktop.domain.roles import Actor
from intake_desktop.services.core.errors import ServiceError
from intake_desktop.services.core.store import Store
from intake_desktop.services.dossier import inzage
from intake_desktop.ui.widgets.background import BackgroundOp
from intake_desktop.ui.widgets.i18n import tr_error
from intake_desktop.ui.widgets.pdf_view import PdfViewDialog, choose_target


class InzageDialog(PdfViewDialog):
    def __init__(
        self,
        store: Store,
        actor: Actor,
        client_id: uuid.UUID,
        report: dict,
        pdf: bytes,
        parent: QWidget | None = None,
    ):
        self.store, self.actor, self.client_id, self.report = store, actor, client_id, report
        name = "inzage-" + str(client_id)[:8]  # no client name in a file name
        super().__init__(
            pdf,
            self.tr("Inzageverzoek: {name}").format(name=report["klant"]["naam"]),
            f"{name}.pdf",
            self._audit_pdf,
            parent,
        )
        self.json_name = f"{name}.json"
        counts = sum(len(rows) for rows in report["gegevens"].values())
        notice = QLabel(
            self.tr(
                "{rows} regels met gegevens; {seen} keer ingezien of gewijzigd. Controleer vóór het "
                "afgeven of er gegevens van anderen in staan (bijvoorbeeld in notities). "
                "Het JSON-bestand bevat dezelfde gegevens volledig, voor de klant of een "
                "andere organisatie."
            ).format(rows=counts, seen=len(report["verwerkingen"]))
        )
        notice.setObjectName("inzageNotice")
        notice.setWordWrap(True)
        notice.setProperty("role", "notice")
        notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layout().insertWidget(0, notice)
        buttons = self.findChild(QDialogButtonBox)
        self.json_button = buttons.addButton(
            self.tr("Opslaan als &JSON…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.json_button.setObjectName("saveJson")
        self.json_button.clicked.connect(self.save_json)

    def _audit_pdf(self, kind: str) -> None:
        try:
            inzage.record_saved(self.store, self.actor, self.client_id, "pdf", kind)
        except ServiceError as exc:
            QMessageBox.warning(self, self.windowTitle(), tr_error(exc))

    def save_json(self) -> None:
        title = self.tr("Opslaan als JSON")
        target = choose_target(self, title, self.json_name, "JSON (*.json)", ".json")
        if target is None:
            return
        try:
            # Audited before the file is written: nothing leaves unrecorded.
            inzage.record_saved(self.store, self.actor, self.client_id, "json", "opslaan")
            write_atomically(target, inzage.as_json(self.report))
        except ServiceError as exc:
            QMessageBox.warning(self, title, tr_error(exc))
            return
        except OSError:
            QMessageBox.warning(
                self,
                title,
                self.tr("Het bestand kon niet worden opgeslagen. Kies een andere map."),
            )
            return
        QMessageBox.information(self, title, self.tr("Opgeslagen: {path}").format(path=target))


def open_from_dossier(parent: QWidget, store: Store, actor: Actor, client_id: uuid.UUID) -> None:
    """Gather and draw the report off the UI thread, then show it."""

    def work(_progress, _cancelled):
        report = inzage.report(store, actor, client_id)
        return report, render_inzage(store.config.huisstijl, report)

    def show(result) -> None:
        report, pdf = result
        dialog = InzageDialog(store, actor, client_id, report, pdf, parent)
        dialog.exec()
        dialog.deleteLater()

    def failed(error) -> None:
        QMessageBox.warning(
            parent, QCoreApplication.translate("InzageDialog", "Inzageverzoek"), tr_error(error)
        )

    BackgroundOp(parent, work, success=show).failure(failed).with_progress(
        QCoreApplication.translate("InzageDialog", "Het inzagerapport wordt gemaakt…"),
        cancellable=False,
    ).run_in_background()
