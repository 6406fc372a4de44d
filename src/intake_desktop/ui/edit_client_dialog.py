"""Changing a client's personal data; a stale save is refused and nothing typed is lost."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from intake_desktop.domain.roles import Actor
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services import clients
from intake_desktop.services.clients import Dossier
from intake_desktop.services.errors import ServiceError
from intake_desktop.services.store import Store
from intake_desktop.ui.client_form import ClientForm
from intake_desktop.ui.draft_keeper import DraftKeeper
from intake_desktop.ui.i18n import tr_error


class EditClientDialog(QDialog):
    def __init__(self, store: Store, actor: Actor, dossier: Dossier, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.actor, self.dossier = store, actor, dossier
        self.setWindowTitle(self.tr("Gegevens wijzigen: {name}").format(name=dossier.full_name))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setProperty("role", "errorSummary")
        self.summary.setWordWrap(True)
        self.summary.hide()
        layout.addWidget(self.summary)
        self.form = ClientForm(store.config)
        # The BSN is needed in full to edit it; fetching it is audited.
        self.form.set_value(dossier.as_input(clients.reveal_bsn(store, actor, dossier.id)))
        layout.addWidget(self.form)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("&Opslaan"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        buttons.addButton(self.tr("&Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.form.first_input().setFocus()
        # What is typed is kept as a draft until it is saved or cancelled.
        self.drafts = DraftKeeper(
            store, actor, f"client:{dossier.id}", lambda: self.form.value().as_dict(), self
        )
        self.drafts.offer(self.form.set_value)
        self.form.changed.connect(self.drafts.changed)

    def save(self) -> None:
        try:
            clients.update_client(
                self.store, self.actor, self.dossier.id, self.dossier.version, self.form.value()
            )
        except ValidationFailed as exc:
            first = self.form.fields.show_errors(exc.errors)
            self.summary.setText(
                self.tr("Controleer de gemarkeerde velden. Er is nog niets opgeslagen.")
            )
            self.summary.show()
            if first is not None:
                first.setFocus()
            return
        except ServiceError as exc:
            # Stale version, or the client was removed: say so; the form keeps its text.
            self.form.fields.clear_errors()
            self.summary.setText(tr_error(exc))
            self.summary.show()
            return
        self.drafts.discard()
        self.accept()

    def reject(self) -> None:
        self.drafts.discard()
        super().reject()
