"""Writing a note (notitie) on a client's dossier. A saved note cannot be changed, so the
dialog says so; what is typed is kept as a draft until it is saved or thrown away."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.roles import Actor
from intake_desktop.domain.text import tidy
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.core.errors import ServiceError
from intake_desktop.services.core.store import Store
from intake_desktop.services.dossier import notes
from intake_desktop.services.dossier.notes import NoteView
from intake_desktop.ui.widgets.draft_keeper import DraftKeeper
from intake_desktop.ui.widgets.forms import (
    FieldRow,
    FieldSet,
    confirm_discard,
    error_summary,
    fit_to_screen,
    on_ctrl_enter,
)


class NoteDialog(QDialog):
    def __init__(
        self,
        store: Store,
        actor: Actor,
        client_id: uuid.UUID,
        client_name: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.store, self.actor, self.client_id = store, actor, client_id
        self.client_name = client_name
        self.saved: NoteView | None = None
        self.setWindowTitle(self.tr("Notitie over {name}").format(name=client_name))
        fit_to_screen(self, 620, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Een opgeslagen notitie kan niet meer worden gewijzigd of verwijderd. "
                "Een correctie schrijft u als een nieuwe notitie."
            )
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "notice")
        layout.addWidget(intro)
        self.summary = error_summary()
        layout.addWidget(self.summary)
        self._note_fields(layout)
        layout.addWidget(self._buttons())
        QWidget.setTabOrder(self.text, self.at_home)
        QWidget.setTabOrder(self.at_home, self.save_button)
        QWidget.setTabOrder(self.save_button, self.cancel_button)

        self.drafts = DraftKeeper(store, actor, f"notitie:{client_id}", self._draft, self)
        self.drafts.offer(self._restore)
        self.text.textChanged.connect(self.drafts.changed)
        self.text.textChanged.connect(self._count)
        self.at_home.toggled.connect(self.drafts.changed)
        self._count()
        self.text.setFocus()

    def _note_fields(self, layout: QVBoxLayout) -> None:
        self.fields = FieldSet()
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(
            self.tr(
                "Bijvoorbeeld: klant gebeld over de afspraak van dinsdag; komt samen met een familielid."
            )
        )
        row = self.fields.add(FieldRow(self.tr("&Notitie *"), self.text, "text"))
        layout.addWidget(row.label)
        layout.addWidget(row.container, 1)
        self.count = QLabel()
        self.count.setObjectName("textCount")
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.count)
        self.at_home = QCheckBox(self.tr("&Huisbezoek (bij de klant thuis)"))
        self.at_home.setObjectName("atHome")
        layout.addWidget(self.at_home)

    def _buttons(self) -> QDialogButtonBox:
        """Opslaan with Ctrl+S or Ctrl+Enter, Annuleren with Esc."""
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("&Opslaan (Ctrl+S)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("save")
        self.cancel_button = buttons.addButton(
            self.tr("&Annuleren"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        on_ctrl_enter(self, self.save, QKeySequence(QKeySequence.StandardKey.Save))
        return buttons

    def _count(self) -> None:
        length = len(tidy(self.text.toPlainText()))
        self.count.setText(
            self.tr("{count} van hoogstens {max} tekens").format(
                count=length, max=notes.MAX_NOTE_LENGTH
            )
        )
        too_long = length > notes.MAX_NOTE_LENGTH
        if bool(self.count.property("role")) != too_long:
            self.count.setProperty("role", "fieldError" if too_long else "")
            self.count.style().unpolish(self.count)
            self.count.style().polish(self.count)

    def _draft(self) -> dict:
        return {
            "text": self.text.toPlainText(),
            "at_home": self.at_home.isChecked(),
            "label": self.client_name,
        }

    def _restore(self, draft: dict) -> None:
        self.text.setPlainText(draft.get("text", ""))
        self.at_home.setChecked(bool(draft.get("at_home")))
        self.text.moveCursor(self.text.textCursor().MoveOperation.End)

    def save(self) -> None:
        try:
            self.saved = notes.add_note(
                self.store,
                self.actor,
                self.client_id,
                self.text.toPlainText(),
                at_home=self.at_home.isChecked(),
            )
        except (ValidationFailed, ServiceError) as exc:
            self.fields.report_failure(exc, self.summary)
            self.drafts.save_if_dirty()  # what was typed survives whatever comes next
            return
        self.drafts.discard()
        self.accept()

    def reject(self) -> None:
        if self.text.toPlainText().strip() and not confirm_discard(self):
            return
        self.drafts.discard()
        super().reject()
