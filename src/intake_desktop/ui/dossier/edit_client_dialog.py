"""Changing a client's personal data. A save based on an older version is refused; the
user can then load the new data with their own changes laid over it. Nothing typed is
lost: a draft (with the version it was based on) survives a crash."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.roles import Actor
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.core.errors import ServiceError, StaleVersion
from intake_desktop.services.core.store import Store
from intake_desktop.services.dossier.dossier import Dossier, open_dossier, reveal_bsn, update_client
from intake_desktop.ui.widgets.client_form import ClientForm
from intake_desktop.ui.widgets.draft_keeper import DraftKeeper
from intake_desktop.ui.widgets.forms import FieldRow, confirm_discard, nothing_saved
from intake_desktop.ui.widgets.i18n import tr_error


class EditClientDialog(QDialog):
    def __init__(self, store: Store, actor: Actor, dossier: Dossier, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.actor, self.client_id = store, actor, dossier.id
        self.setWindowTitle(self.tr("Gegevens wijzigen: {name}").format(name=dossier.full_name))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setProperty("role", "errorSummary")
        self.summary.setWordWrap(True)
        self.summary.hide()
        layout.addWidget(self.summary)
        self.reload_button = QPushButton(self.tr("&Vergelijken met de nieuwe versie…"))
        self.reload_button.setObjectName("reload")
        self.reload_button.clicked.connect(self.reload_keeping_changes)
        self.reload_button.hide()
        layout.addWidget(self.reload_button)
        self.form = ClientForm(store.config)
        layout.addWidget(self.form)
        # AVG art. 16: every correction keeps the old value, the new one and why.
        self.reason = QLineEdit()
        self.reason.setMaxLength(500)
        self.reason.setPlaceholderText(self.tr("bijv. verhuisd, naam verkeerd gespeld"))
        self.reason.setToolTip(
            self.tr("De klant ziet de oude en de nieuwe waarde en deze reden bij inzage.")
        )
        self.form.fields.add(
            FieldRow(self.tr("&Reden van de wijziging *"), self.reason, "reden")
        ).add_to(self.form.layout())
        self.reason.textChanged.connect(self.form.changed)
        self._load(dossier)
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
        # Ctrl+S saves here as in every other form.
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.save)
        self.form.first_input().setFocus()
        self.drafts = DraftKeeper(store, actor, f"client:{dossier.id}", self._draft, self)
        self.drafts.offer(self._restore)
        self.form.changed.connect(self.drafts.changed)

    def _load(self, dossier: Dossier) -> None:
        # The BSN is needed in full to edit it; fetching it is audited.
        values = dossier.as_input(reveal_bsn(self.store, self.actor, dossier.id))
        self.base_version = dossier.version
        self.original = values.as_dict()
        self.form.set_value(values)

    def _draft(self) -> dict:
        return {
            "version": self.base_version,
            "original": self.original,
            "client": self.form.value().as_dict(),
            "reden": self.reason.text(),
        }

    def _restore(self, draft: dict) -> None:
        # Saving the draft is checked against the version it was typed on.
        self.base_version = draft.get("version", self.base_version)
        self.original = draft.get("original", self.original)
        self.form.set_value(draft.get("client", {}))
        self.reason.setText(draft.get("reden", ""))

    def _changed_fields(self) -> dict[str, str]:
        typed = self.form.value().as_dict()
        return {k: v for k, v in typed.items() if v != self.original.get(k)}

    def save(self) -> None:
        try:
            update_client(
                self.store,
                self.actor,
                self.client_id,
                self.base_version,
                self.form.value(),
                self.reason.text(),
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
            self.stale_by = exc.changed_by
            self.summary.setText(tr_error(exc))
            self.summary.show()
            self.reload_button.show()
            self.reload_button.setFocus()
            return
        except ServiceError as exc:
            self.summary.setText(tr_error(exc))
            self.summary.show()
            return
        self.drafts.discard()
        self.accept()

    def reload_keeping_changes(self) -> None:
        """Load the colleague's version and merge: what only one of us changed is taken
        at once; for a field we both changed, both values side by side and a choice."""
        from intake_desktop.domain.merge import three_way_merge
        from intake_desktop.ui.dossier.compare_dialog import CompareDialog

        mine = self.form.value().as_dict()
        base = self.original
        fresh = open_dossier(self.store, self.actor, self.client_id)
        theirs = fresh.as_input(reveal_bsn(self.store, self.actor, fresh.id)).as_dict()
        merged, conflicts = three_way_merge(base, mine, theirs)
        if conflicts:
            labels = {
                name: row.label.text().replace("&", "").rstrip(" *:")
                for name, row in self.form.fields.rows.items()
            }
            compare = CompareDialog(
                labels,
                conflicts,
                mine,
                theirs,
                getattr(self, "stale_by", "") or self.tr("een collega"),
                self,
            )
            chosen = compare.exec()
            choice = compare.chosen()
            compare.deleteLater()
            if not chosen:
                return
            merged |= choice
        self.base_version = fresh.version
        self.original = theirs
        self.form.set_value(merged)
        self.reload_button.hide()
        mine_kept = [name for name in mine if merged.get(name) == mine[name] != base.get(name)]
        self.summary.setText(
            self.tr(
                "De nieuwe gegevens zijn geladen, met uw eigen wijzigingen "
                "erin ({fields}). Controleer ze en sla opnieuw op."
            ).format(fields=", ".join(mine_kept) or "-")
        )
        self.summary.show()
        self.drafts.changed()

    def reject(self) -> None:
        if self._changed_fields() and not confirm_discard(self):
            return
        self.drafts.discard()
        super().reject()
