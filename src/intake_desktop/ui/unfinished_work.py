"""After a crash: each unfinished screen (a draft) offered again: Hervatten, Later or
Weggooien. A draft of a step a colleague finished meanwhile is thrown away unasked."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from intake_desktop.services.core import drafts
from intake_desktop.services.core.errors import ServiceError
from intake_desktop.ui.widgets.forms import run_step
from intake_desktop.ui.widgets.i18n import tr_error

if TYPE_CHECKING:
    from intake_desktop.ui.main_window import MainWindow

# Drafts of the screens after the intake, by key prefix: the module that opens them.
AFTER_INTAKE = {
    "voortgang": "voortgang_dialog",
    "afsluiting": "afsluiting_dialog",
    "heropenen": "afsluiting_dialog",
    "inburgeringsplicht": "inburgering_dialog",
    "inburgering": "inburgering_dialog",
}
# Drafts keyed by the client, not by an aanmelding of the counter.
BY_CLIENT = ("ambitiegesprek", "trajectplan", "notitie", *AFTER_INTAKE)
PREFIXES = tuple(f"{k}:" for k in ("screening", "quickscan", *BY_CLIENT))


class UnfinishedWork(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.store, self.actor = window.store, window.actor

    def kinds(self) -> dict[str, str]:
        return {
            "screening": self.tr("Screening"),
            "quickscan": self.tr("Quickscan"),
            "ambitiegesprek": self.tr("Ambitiegesprek"),
            "trajectplan": self.tr("Het trajectplan"),
            "notitie": self.tr("Een notitie"),
            "voortgang": self.tr("Een voortgangsgesprek"),
            "afsluiting": self.tr("Het afsluiten van het traject"),
            "heropenen": self.tr("Het heropenen van het traject"),
            "inburgeringsplicht": self.tr("De inburgeringsplicht"),
            "inburgering": self.tr("Een stap van de inburgering"),
        }

    def offer(self) -> None:
        from intake_desktop.services.balie import queue

        kinds = self.kinds()
        for key, data, saved_at in drafts.list_drafts(self.store, self.actor, PREFIXES):
            kind, rest = key.split(":", 1)
            aanmelding = uuid.UUID(rest.split(":")[0])  # inburgering:<client>:<procedure>
            if kind not in BY_CLIENT and queue.open_step(self.store, aanmelding) != kind:
                # Finished or ended by a colleague meanwhile: nothing left to resume.
                drafts.discard_draft(self.store, self.actor, key)
                continue
            label = data.get("label", "")
            answer = self._ask(kinds[kind], saved_at.astimezone().strftime("%H:%M"), label)
            if answer == "discard":
                drafts.discard_draft(self.store, self.actor, key)
            elif answer == "resume":
                self.resume(kind, aanmelding, label)

    def _ask(self, kind: str, time: str, name: str) -> str:
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Niet-afgerond werk"))
        box.setText(
            self.tr("{kind} van {time} voor {name} is nog niet afgerond. Hervatten?").format(
                kind=kind, time=time, name=name
            )
        )
        resume = box.addButton(self.tr("&Hervatten"), QMessageBox.ButtonRole.YesRole)
        box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        discard = box.addButton(self.tr("&Weggooien"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(resume)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        return "discard" if clicked is discard else "resume" if clicked is resume else "later"

    def resume(self, kind: str, aanmelding_id: uuid.UUID, label: str) -> None:
        if kind in AFTER_INTAKE:  # keyed by the client: the dialog offers its draft
            view = self.window.open_dossier(aanmelding_id)
            if view is not None:
                view.open_after(AFTER_INTAKE[kind])
        elif kind == "notitie":  # keyed by the client: the dossier's note dialog takes it up
            view = self.window.open_dossier(aanmelding_id)
            if view is not None:
                view.add_note()
        elif kind in ("trajectplan", "ambitiegesprek"):  # keyed by the client
            self._resume_client_dialog(kind, aanmelding_id)
        else:
            self._resume_counter_step(kind, aanmelding_id, label)

    def _resume_client_dialog(self, kind: str, client_id: uuid.UUID) -> None:
        if kind == "trajectplan":
            from intake_desktop.ui.traject.trajectplan_dialog import TrajectplanDialog as Dialog
        else:
            from intake_desktop.ui.balie.ambitiegesprek_dialog import (
                AmbitiegesprekDialog as Dialog,
            )
        try:
            dialog = Dialog(self.store, self.actor, client_id, self.window, resume=True)
        except ServiceError as exc:  # the client is gone: nothing to resume
            drafts.discard_draft(self.store, self.actor, f"{kind}:{client_id}")
            QMessageBox.warning(self.window, self.tr("Hervatten"), tr_error(exc))
            return
        if kind == "trajectplan":
            dialog.exec()
            dialog.deleteLater()
        else:
            run_step(self.window, dialog)

    def _resume_counter_step(self, kind: str, aanmelding_id: uuid.UUID, label: str) -> None:
        from intake_desktop.ui.balie.queue_view import pick_up_or_take_over
        from intake_desktop.ui.balie.quickscan_dialog import QuickscanDialog
        from intake_desktop.ui.balie.screening_dialog import ScreeningDialog

        try:
            if pick_up_or_take_over(self.window, self.store, self.actor, aanmelding_id) is None:
                return
        except ServiceError as exc:
            QMessageBox.warning(self.window, self.tr("Hervatten"), tr_error(exc))
            return
        dialog_class = ScreeningDialog if kind == "screening" else QuickscanDialog
        dialog = dialog_class(
            self.store, self.actor, aanmelding_id, label, self.window, resume=True
        )
        run_step(self.window, dialog)
