"""The aanmelding: how the client came, their question, the route, and who they are."""

from __future__ import annotations

import logging
import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain import aanmelding as aan
from intake_desktop.domain.roles import Actor
from intake_desktop.domain.validation import ClientInput, ValidationFailed, format_date
from intake_desktop.services.balie import aanmelding
from intake_desktop.services.balie.aanmelding import AanmeldingRequest, AanmeldingResult
from intake_desktop.services.core.errors import ServiceError
from intake_desktop.services.core.store import Store
from intake_desktop.ui.widgets.client_form import ClientForm
from intake_desktop.ui.widgets.draft_keeper import DraftKeeper
from intake_desktop.ui.widgets.forms import FieldRow, FieldSet, FormScrollArea, fit_to_screen
from intake_desktop.ui.widgets.i18n import tr_domain, tr_error

log = logging.getLogger(__name__)
DRAFT_KEY = "aanmelding"


class AanmeldingDialog(QDialog):
    def __init__(
        self,
        store: Store,
        actor: Actor,
        parent: QWidget | None = None,
        existing_client: tuple[uuid.UUID, str] | None = None,
    ):
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.existing_client = existing_client
        # The client a BSN typed here turned out to belong to (Ctrl+N on a known BSN):
        # the aanmelding is then for that existing client, as from the dossier's button.
        self.found_client: tuple[uuid.UUID, str] | None = None
        self.result_value: AanmeldingResult | None = None
        self.setWindowTitle(self.tr("Nieuwe aanmelding"))
        self.setMinimumWidth(620)
        self.fields = FieldSet()
        key = f"{DRAFT_KEY}:{existing_client[0]}" if existing_client else DRAFT_KEY
        self.drafts = DraftKeeper(store, actor, key, self._form_data, self)
        self._build()
        self._on_route_changed()
        self._offer_draft()

    # --- layout -------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setProperty("role", "errorSummary")
        self.summary.setWordWrap(True)
        self.summary.hide()
        layout.addWidget(self.summary)
        layout.addWidget(self._contact_box())
        layout.addWidget(self._client_box())
        self.no_record_note = QLabel(
            self.tr(
                "Voor een doorverwijzing naar een andere dienst wordt geen klantdossier gemaakt. "
                "Het contact telt alleen anoniem mee."
            )
        )
        self.no_record_note.setWordWrap(True)
        self.no_record_note.setProperty("role", "notice")
        layout.addWidget(self.no_record_note)
        layout.addWidget(self._buttons())
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self._save)

        self.route.currentIndexChanged.connect(self._on_route_changed)
        # As soon as nine digits are typed, say whether this client is already known.
        self.client_form.edit("bsn").textChanged.connect(self._check_bsn)
        for signal in (
            self.channel.currentIndexChanged,
            self.route.currentIndexChanged,
            self.question.textChanged,
            self.client_form.changed,
            self.referred_to.currentTextChanged,
        ):
            signal.connect(self.drafts.changed)
        self.channel.setFocus()

    def _contact_box(self) -> QGroupBox:
        """How the client came, their question, the route (and the partner for a
        referral)."""
        contact = QGroupBox(self.tr("Contact"))
        form = QFormLayout(contact)
        self.channel = QComboBox()
        for code, label in aan.CHANNELS.items():
            self.channel.addItem(tr_domain(label), code)
        self.fields.add(FieldRow(self.tr("&Kanaal"), self.channel, "channel")).add_to(form)
        self.question = QPlainTextEdit()
        self.question.setTabChangesFocus(True)
        self.question.setPlaceholderText(self.tr("De vraag van de klant, in eigen woorden"))
        self.question.setFixedHeight(72)
        self.fields.add(
            FieldRow(self.tr("&Vraag van de klant *"), self.question, "question")
        ).add_to(form)
        self.route = QComboBox()
        for code, label in aan.ROUTES.items():
            self.route.addItem(tr_domain(label), code)
        self.fields.add(FieldRow(self.tr("&Route *"), self.route, "route")).add_to(form)
        self.referred_to = QComboBox()
        self.referred_to.setEditable(True)
        self.referred_to.addItem("")
        for partner in self.store.config.partners:
            self.referred_to.addItem(f"{partner.naam}", partner.naam)
            self.referred_to.setItemData(
                self.referred_to.count() - 1,
                f"{partner.waarvoor} · {partner.contact}",
                Qt.ItemDataRole.ToolTipRole,
            )
        self.referred_row = self.fields.add(
            FieldRow(self.tr("&Doorverwezen naar *"), self.referred_to, "referred_to")
        )
        self.referred_row.add_to(form)
        return contact

    def _client_box(self) -> QGroupBox:
        """Who the client is; for an aanmelding of a known client only their name."""
        self.client_box = QGroupBox(self.tr("Klantgegevens"))
        box = QVBoxLayout(self.client_box)
        self.client_form = ClientForm(self.store.config)
        self.existing_label = QLabel()
        self.existing_label.setWordWrap(True)
        self.existing_label.setProperty("role", "notice")
        self.existing_label.hide()
        if self.existing_client:
            self.existing_label.setText(
                self.tr("Aanmelding voor bestaande klant: {name}").format(
                    name=self.existing_client[1]
                )
            )
            self.existing_label.show()
        box.addWidget(self.existing_label)
        # Scrolls when its error messages make it taller than a 768 px screen allows;
        # the buttons stay in view.
        self.client_scroll = FormScrollArea(self.client_form)
        box.addWidget(self.client_scroll)
        self.client_scroll.setVisible(not self.existing_client)
        for row in self.client_form.fields.rows.values():
            self.fields.add(row)
        return self.client_box

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Aanmelding &opslaan"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        self.save_button.setObjectName("save")
        cancel = buttons.addButton(self.tr("&Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancel")
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        return buttons

    def _on_route_changed(self) -> None:
        third_party = self.route.currentData() == aan.ROUTE_DERDEN
        self.referred_row.set_visible(third_party)
        self.client_box.setVisible(not third_party)
        self.no_record_note.setVisible(third_party)
        self._fit()

    # --- duplicate hint -----------------------------------------------------------
    def _check_bsn(self) -> None:
        from intake_desktop.domain.validation import normalise_bsn

        if self.existing_client:
            return  # chosen in the dossier: the BSN field is not shown
        try:
            bsn = normalise_bsn(self.client_form.edit("bsn").text())
        except ValueError:
            self._link_to(None)
            return
        self._link_to(aanmelding.find_by_bsn(self.store, bsn))

    def _link_to(self, hit) -> None:
        """A known BSN makes this an aanmelding for that existing client: the personal
        fields go (their values are the dossier's), only the contact is asked. Another
        BSN brings them back."""
        self.found_client = (hit.id, hit.sort_name) if hit is not None else None
        if hit is not None:
            self.existing_label.setText(
                self.tr(
                    "Deze klant staat al ingeschreven: {name}, geboren {born}. De "
                    "aanmelding wordt aan het bestaande dossier gekoppeld; alleen het "
                    "contact hierboven is nodig."
                ).format(name=hit.sort_name, born=format_date(hit.birth_date))
            )
        self.existing_label.setVisible(hit is not None)
        self.client_form.set_personal_visible(hit is None)
        self._fit()

    def _fit(self) -> None:
        """Shrink (or grow) to what is shown now. The nested layouts take in the hidden
        rows from the inside out first: the size the dialog asks for comes from them."""
        self.client_form.layout().activate()
        self.client_scroll.updateGeometry()
        for widget in (self.client_box, self):
            widget.layout().activate()
        # Its own size, not Qt's two thirds of the screen: the whole form shows when the
        # screen has room, and otherwise the personal data scroll, the buttons in view.
        hint = self.sizeHint().expandedTo(self.minimumSize())
        fit_to_screen(self, hint.width(), hint.height())

    # --- draft --------------------------------------------------------------------
    def _form_data(self) -> dict:
        return {
            "channel": self.channel.currentData(),
            "route": self.route.currentData(),
            "question": self.question.toPlainText(),
            "referred_to": self.referred_to.currentText(),
            "client": self.client_form.value().as_dict(),
        }

    def _offer_draft(self) -> None:
        self.drafts.offer(self._restore)

    def _restore(self, data: dict) -> None:
        self.channel.setCurrentIndex(max(self.channel.findData(data.get("channel")), 0))
        self.route.setCurrentIndex(max(self.route.findData(data.get("route")), 0))
        self.question.setPlainText(data.get("question", ""))
        self.referred_to.setCurrentText(data.get("referred_to", ""))
        self.client_form.set_value(data.get("client", {}))

    # --- saving -------------------------------------------------------------------
    def _request(self, **overrides) -> AanmeldingRequest:
        third_party = self.route.currentData() == aan.ROUTE_DERDEN
        existing = self.existing_client or (None if third_party else self.found_client)
        request = AanmeldingRequest(
            channel=self.channel.currentData(),
            route=self.route.currentData(),
            question=self.question.toPlainText(),
            client=None if third_party or existing else self.client_form.value(),
            existing_client_id=existing[0] if existing else None,
            referred_to=self.referred_to.currentText() if third_party else "",
        )
        for key, value in overrides.items():
            setattr(request, key, value)
        return request

    def _save(self, **overrides) -> None:
        try:
            result = aanmelding.register_aanmelding(
                self.store, self.actor, self._request(**overrides)
            )
        except ValidationFailed as exc:
            self._show_errors(exc.errors)
            return
        except aanmelding.PossibleDuplicate as dup:
            self._ask_same_person(dup.candidates)
            return
        except ServiceError as exc:
            self._show_summary(tr_error(exc))
            return
        self.result_value = result
        self.drafts.discard()
        if result.meenemen:
            from intake_desktop.ui.balie.meeneemblad_dialog import MeeneembladDialog

            MeeneembladDialog(self.store, self.actor, result, self).exec()
        self.accept()

    def _show_summary(self, text: str) -> None:
        self.summary.setText(text)
        self.summary.setVisible(bool(text))

    def _show_errors(self, errors: dict[str, str]) -> None:
        text = self.tr(
            "Controleer de gemarkeerde velden ({count}). Er is nog niets opgeslagen."
        ).format(count=len(errors))
        self.fields.report(errors, self.summary, text)
        self._fit()  # the messages make it taller: as tall as the screen allows

    def _ask_same_person(self, candidates: list) -> None:
        born = self.tr("geboren")
        lines = "\n".join(
            f"• {c.sort_name}, {born} {format_date(c.birth_date)}, "
            f"BSN {c.bsn_masked}" + (f", {c.postcode or ''} {c.city or ''}".rstrip(", "))
            for c in candidates
        )
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Is dit dezelfde persoon?"))
        box.setText(
            self.tr(
                "Er staat al een klant ingeschreven met dezelfde achternaam en "
                "geboortedatum, maar een ander BSN:\n\n{lines}\n\nIs dit dezelfde "
                "persoon?"
            ).format(lines=lines)
        )
        same = box.addButton(self.tr("&Ja, koppel aan deze klant"), QMessageBox.ButtonRole.YesRole)
        other = box.addButton(self.tr("&Nee, nieuwe klant"), QMessageBox.ButtonRole.NoRole)
        box.addButton(self.tr("&Terug"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is same:
            self._save(existing_client_id=candidates[0].id, client=None)
        elif box.clickedButton() is other:
            self._save(confirmed_new_person=True)

    def reject(self) -> None:
        if self._has_input():
            answer = QMessageBox.question(
                self,
                self.tr("Aanmelding annuleren"),
                self.tr("Wat u hebt ingevuld, wordt weggegooid. Doorgaan?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.drafts.discard()
        super().reject()

    def _has_input(self) -> bool:
        typed = not self.existing_client and ClientInput().as_dict() != (
            self.client_form.value().as_dict() | {"gemeente_code": ""}
        )
        return bool(self.question.toPlainText().strip()) or typed
