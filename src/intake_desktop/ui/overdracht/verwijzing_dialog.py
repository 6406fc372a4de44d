"""A referral to a partner, with the client's consent; and the partner's answer. What
is typed survives a refused save (it stays in the dialog; the question is short)."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.roles import Actor
from intake_desktop.domain.statuses import OverdrachtStatus
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.core.errors import ServiceError
from intake_desktop.services.core.store import Store
from intake_desktop.services.overdracht import verwijzing
from intake_desktop.ui.widgets.forms import (
    FieldRow,
    FieldSet,
    error_summary,
    fit_to_screen,
    save_buttons,
    text_box,
)
from intake_desktop.ui.widgets.i18n import tr_domain


class ReferralDialog(QDialog):
    """Verwijzen naar een partner (from the dossier)."""

    def __init__(
        self,
        store: Store,
        actor: Actor,
        client_id: uuid.UUID,
        client_name: str,
        parent: QWidget | None = None,
        origin: str = "dossier",
    ):
        super().__init__(parent)
        self.store, self.actor, self.client_id, self.origin = store, actor, client_id, origin
        self.setObjectName("referralDialog")
        self.setWindowTitle(self.tr("Verwijzen naar een partner: {name}").format(name=client_name))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Verwijs alleen door met toestemming van de klant om gegevens te delen. Komt "
                "er geen reactie, dan krijgt de klantmanager een taak om na te gaan."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.summary = error_summary()
        layout.addWidget(self.summary)
        form = QFormLayout()
        self.fields = FieldSet()
        self.partner = QComboBox()
        self.partner.addItem(self.tr("— kies een partner —"), "")
        for partner in store.config.partners:
            self.partner.addItem(f"{partner.naam} – {partner.waarvoor}", partner.naam)
        self.fields.add(FieldRow(self.tr("&Partner *"), self.partner, "partner")).add_to(form)
        self.question = text_box(96, self.tr("Wat vraagt u de partner voor de klant?"))
        self.fields.add(FieldRow(self.tr("&Vraag *"), self.question, "vraag")).add_to(form)
        self.consent = QComboBox()
        self.consent.addItem(self.tr("— kies hoe de klant toestemming gaf —"), "")
        for code, label in verwijzing.CONSENT.items():
            self.consent.addItem(tr_domain(label), code)
        self.fields.add(
            FieldRow(self.tr("&Toestemming van de klant *"), self.consent, "consent_how")
        ).add_to(form)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(
            save_buttons(self, self.tr("&Verwijzen (Ctrl+S)"), self.tr("&Annuleren"), self.save)
        )
        fit_to_screen(self, 580, 300)
        self.partner.setFocus()

    def save(self) -> None:
        try:
            verwijzing.refer(
                self.store,
                self.actor,
                self.client_id,
                verwijzing.Referral(
                    self.partner.currentData() or "",
                    self.question.toPlainText(),
                    self.consent.currentData() or "",
                ),
                self.origin,
            )
        except (ValidationFailed, ServiceError) as exc:
            self.fields.report_failure(exc, self.summary)
            return
        self.accept()


class AnswerDialog(QDialog):
    """What the partner answered."""

    def __init__(
        self, store: Store, actor: Actor, row: verwijzing.HandoverRow, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.store, self.actor, self.row = store, actor, row
        self.setObjectName("referralAnswer")
        self.setWindowTitle(self.tr("Antwoord van {partner}").format(partner=row.to))
        layout = QVBoxLayout(self)
        asked = QLabel(self.tr("Gevraagd: {question}").format(question=row.vraag))
        asked.setWordWrap(True)
        layout.addWidget(asked)
        self.summary = error_summary()
        layout.addWidget(self.summary)
        form = QFormLayout()
        self.fields = FieldSet()
        self.status = QComboBox()
        self.status.addItem(self.tr("— kies —"), "")
        for status in verwijzing.ANSWERS:
            if row.status == OverdrachtStatus.GEACCEPTEERD and status == OverdrachtStatus.GEWEIGERD:
                continue
            self.status.addItem(tr_domain(verwijzing.STATUS_LABELS[status]), str(status))
        self.fields.add(FieldRow(self.tr("&Antwoord *"), self.status, "status")).add_to(form)
        self.outcome = text_box(96, self.tr("Wat kwam eruit, of waarom weigerde de partner?"))
        self.fields.add(FieldRow(self.tr("&Uitkomst"), self.outcome, "uitkomst")).add_to(form)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(
            save_buttons(self, self.tr("&Opslaan (Ctrl+S)"), self.tr("&Annuleren"), self.save)
        )
        fit_to_screen(self, 520, 320)
        self.status.setFocus()

    def save(self) -> None:
        try:
            verwijzing.record_answer(
                self.store,
                self.actor,
                self.row.id,
                self.status.currentData() or "",
                self.outcome.toPlainText(),
            )
        except (ValidationFailed, ServiceError) as exc:
            self.fields.report_failure(exc, self.summary)
            return
        self.accept()
