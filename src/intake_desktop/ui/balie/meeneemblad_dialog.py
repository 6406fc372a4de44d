"""After a schuldhulpverlening aanmelding: the list of what to bring, to save or print."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.documents.meeneemblad import render_meeneemblad
from intake_desktop.documents.output import write_atomically
from intake_desktop.domain.roles import Actor
from intake_desktop.services.balie.aanmelding import AanmeldingResult
from intake_desktop.services.core import audit
from intake_desktop.services.core.store import Store

log = logging.getLogger(__name__)


class MeeneembladDialog(QDialog):
    def __init__(
        self, store: Store, actor: Actor, result: AanmeldingResult, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.store, self.actor, self.result = store, actor, result
        self.setWindowTitle(self.tr("Wat neemt de klant mee?"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "De aanmelding is doorgezet naar schuldhulpverlening. Geef "
                "{name} dit blad mee: dit neemt de klant mee naar de afspraak."
            ).format(name=result.client_name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        items = QListWidget()
        items.setAccessibleName(self.tr("Mee te nemen papieren"))
        items.addItems(list(result.meenemen))
        layout.addWidget(items)
        buttons = QDialogButtonBox()
        save = buttons.addButton(
            self.tr("&Opslaan als PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        save.clicked.connect(self.save_pdf)
        close = buttons.addButton(self.tr("&Sluiten"), QDialogButtonBox.ButtonRole.AcceptRole)
        close.setDefault(True)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def save_pdf(self, path: str | None = None) -> Path | None:
        if not path:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Meeneemblad opslaan"),
                str(Path(folder) / "meeneemblad.pdf"),
                self.tr("PDF-bestanden (*.pdf)"),
            )
            if not path:
                return None
        organisation = self.store.config.default_gemeente.naam
        data = render_meeneemblad(self.result.client_name, self.result.meenemen, organisation)
        try:
            write_atomically(Path(path), data)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Opslaan mislukt"),
                self.tr("Het bestand kon niet worden opgeslagen: {error}").format(
                    error=exc.strerror or exc
                ),
            )
            return None
        audit.record_standalone(
            self.store,
            self.actor,
            audit.PRINT,
            client_id=self.result.client_id,
            entity="meeneemblad",
        )
        QDesktopServices.openUrl(QUrl.fromLocalFile(path))
        return Path(path)
