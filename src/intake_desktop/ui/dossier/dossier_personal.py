"""The dossier's personal data: the BSN masked (shown in full on request, audited), the
address and contact details, klantmanager and klantgroep."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget

from intake_desktop.domain.roles import Actor
from intake_desktop.domain.validation import format_date, format_phone, format_postcode
from intake_desktop.services.core.store import Store
from intake_desktop.services.dossier import dossier as dossier_service
from intake_desktop.services.dossier.dossier import Dossier


class PersonalData(QGroupBox):
    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Persoonsgegevens"))
        self.store, self.actor = store, actor
        self.dossier: Dossier | None = None
        self._bsn_shown = False
        self.form = QFormLayout(self)
        self.values: dict[str, QLabel] = {}
        bsn_row = QHBoxLayout()
        self.bsn = self._value("bsn")
        self.show_bsn_button = QPushButton(self.tr("Toon &BSN"))
        self.show_bsn_button.setObjectName("showBsn")
        self.show_bsn_button.setToolTip(
            self.tr("Het tonen van het volledige BSN wordt vastgelegd in het auditlog.")
        )
        self.show_bsn_button.clicked.connect(self.toggle_bsn)
        bsn_row.addWidget(self.bsn, 1)
        bsn_row.addWidget(self.show_bsn_button)
        self.form.addRow(self.tr("BSN"), bsn_row)
        for key, label in (
            ("birth_date", self.tr("Geboortedatum")),
            ("address", self.tr("Adres")),
            ("postcode_city", self.tr("Postcode en woonplaats")),
            ("phone", self.tr("Telefoon")),
            ("email", self.tr("E-mail")),
            ("gemeente", self.tr("Gemeente")),
            ("klantmanager", self.tr("Klantmanager")),
            ("klantgroep", self.tr("Klantgroep")),
        ):
            self.form.addRow(label, self._value(key))
        self.form.setRowVisible(self.values["gemeente"], store.config.several_gemeenten)

    def _value(self, key: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"value_{key}")
        label.setTextInteractionFlags(label.textInteractionFlags().TextSelectableByMouse)
        self.values[key] = label
        return label

    def show_dossier(self, d: Dossier) -> None:
        self.dossier = d
        self._bsn_shown = False
        self.bsn.setText(d.bsn_masked)
        self.show_bsn_button.setText(self.tr("Toon &BSN"))
        number = " ".join(p for p in (d.house_number, d.house_number_suffix) if p)
        v = self.values
        v["birth_date"].setText(format_date(d.birth_date))
        v["address"].setText(" ".join(p for p in (d.street, number) if p) or "—")
        v["postcode_city"].setText(
            "  ".join(p for p in (format_postcode(d.postcode), d.city) if p) or "—"
        )
        v["phone"].setText(format_phone(d.phone) or "—")
        v["email"].setText(d.email or "—")
        v["gemeente"].setText(self.store.config.gemeente_naam(d.gemeente_code))
        v["klantmanager"].setText(d.klantmanager or self.tr("nog niet toegewezen"))
        group = self.store.config.klantgroep(d.klantgroep)
        group_text = group.naam if group else (d.klantgroep.title() or self.tr("nog niet gekozen"))
        if d.choice_deviates:
            group_text = self.tr("{group} (keuze wijkt af van advies)").format(group=group_text)
        v["klantgroep"].setText(group_text)

    def toggle_bsn(self) -> None:
        if self._bsn_shown:
            self.bsn.setText(self.dossier.bsn_masked)
            self.show_bsn_button.setText(self.tr("Toon &BSN"))
        else:
            self.bsn.setText(dossier_service.reveal_bsn(self.store, self.actor, self.dossier.id))
            self.show_bsn_button.setText(self.tr("Verberg &BSN"))
        self._bsn_shown = not self._bsn_shown
