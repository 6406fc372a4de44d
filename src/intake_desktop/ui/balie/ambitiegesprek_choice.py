"""The last step of the ambitiegesprek: the klantgroep, chosen by the client with the
advice and each group explained; the motivation when the choice differs from the advice,
the kick-off session, progress talks at home, and the rights and duties gone through."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import timedelta
from html import escape

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.validation import format_moment
from intake_desktop.services.agenda import kickoff
from intake_desktop.services.core.store import Store
from intake_desktop.ui.widgets.forms import FieldRow, FieldSet


class KlantgroepChoiceStep(QWidget):
    def __init__(self, store: Store, fields: FieldSet, changed: Callable, parent=None):
        super().__init__(parent)
        self.store, self.config, self.changed = store, store.config, changed
        self.advised: str | None = None  # the suggested klantgroep, once worked out
        layout = QVBoxLayout(self)
        self.advice = QLabel()
        self.advice.setObjectName("advice")
        self.advice.setWordWrap(True)
        self.advice.setProperty("role", "notice")
        layout.addWidget(self.advice)
        self.group_buttons: dict[str, QRadioButton] = {}
        buttons = QButtonGroup(self)
        for group in self.config.klantgroepen:
            layout.addWidget(self._group(group, buttons))
        self.choice_row = fields.add(FieldRow(self.tr("Keuze"), QWidget(), "chosen"))
        layout.addWidget(self.choice_row.error)
        form = QFormLayout()
        self.motivation = QLineEdit()
        self.motivation.setObjectName("motivation")
        self.motivation.textChanged.connect(changed)
        fields.add(
            FieldRow(
                self.tr("&Motivatie bij afwijken van het advies"), self.motivation, "motivation"
            )
        ).add_to(form)
        self.kickoff = QComboBox()
        self.kickoff.setObjectName("kickoff")
        self.kickoff.currentIndexChanged.connect(changed)
        fields.add(FieldRow(self.tr("&Kick-off *"), self.kickoff, "kickoff")).add_to(form)
        self.at_home = QCheckBox(self.tr("Voortgangsgesprekken bij de klant &thuis"))
        self.at_home.toggled.connect(changed)
        form.addRow(self.at_home)
        layout.addLayout(form)
        self._rights(layout, fields)

    def _group(self, group, buttons: QButtonGroup) -> QGroupBox:
        """One klantgroep: who it is for, what the client gets, what is expected."""
        who_label, gets_label, expected_label = (
            self.tr("Voor wie"),
            self.tr("Wat de klant krijgt"),
            self.tr("Wat er verwacht wordt"),
        )
        box = QGroupBox()
        box.setStyleSheet(f"QGroupBox {{ border-left: 6px solid {group.kleur}; }}")
        inner = QVBoxLayout(box)
        radio = QRadioButton(group.naam)
        radio.setObjectName(f"group_{group.code}")
        radio.toggled.connect(self._group_changed)
        buttons.addButton(radio)
        self.group_buttons[group.code] = radio
        talks = (
            self.tr("{n}× per jaar een voortgangsgesprek").format(n=group.voortgang_per_jaar)
            if group.voortgang_per_jaar
            else self.tr("geen vaste voortgangsgesprekken")
        )
        text = QLabel(
            f"<b>{escape(who_label)}:</b> {escape(group.wie)}<br>"
            f"<b>{escape(gets_label)}:</b> "
            f"{escape(group.dienstverlening)}<br>"
            f"<b>{escape(expected_label)}:</b> "
            f"{escape(group.verwachting)}<br>{escape(talks)}"
        )
        text.setWordWrap(True)
        inner.addWidget(radio)
        inner.addWidget(text)
        return box

    def _rights(self, layout: QVBoxLayout, fields: FieldSet) -> None:
        rights = QGroupBox(self.tr("Rechten en plichten (samen met de klant doorlopen)"))
        rlayout = QVBoxLayout(rights)
        self.rights: list[QCheckBox] = []
        for text in self.config.ambitie.rights_duties:
            box = QCheckBox(text)
            box.toggled.connect(self.changed)
            self.rights.append(box)
            rlayout.addWidget(box)
        self.commitment = QCheckBox(
            self.tr("De klant zegt toe zich aan de afspraken te houden (afspraak is afspraak)")
        )
        self.commitment.setObjectName("commitment")
        self.commitment.toggled.connect(self.changed)
        rlayout.addWidget(self.commitment)
        self.rights_row = fields.add(
            FieldRow(self.tr("Rechten en plichten"), rights, "rights_duties")
        )
        layout.addWidget(self.rights_row.container)
        self.commitment_row = fields.add(FieldRow("", QWidget(), "commitment"))
        layout.addWidget(self.commitment_row.error)

    # --- behaviour --------------------------------------------------------------------
    def chosen(self) -> str:
        return next((code for code, radio in self.group_buttons.items() if radio.isChecked()), "")

    def kickoff_session_id(self) -> uuid.UUID | None:
        return uuid.UUID(self.kickoff.currentData()) if self.kickoff.currentData() else None

    def show_advice(self, advice) -> None:
        group = self.config.klantgroep(advice.klantgroep)
        self.advice.setText(advice.explanation(group.naam))
        self.advised = advice.klantgroep
        self._group_changed()

    def _group_changed(self, *_args) -> None:
        chosen = self.chosen()
        differs = bool(chosen) and self.advised is not None and chosen != self.advised
        self.motivation.setEnabled(differs)
        previous = self.kickoff.currentData()
        self.kickoff.clear()
        if chosen:
            self._fill_kickoffs(chosen, previous)
        self.changed()

    def _fill_kickoffs(self, chosen: str, previous: str | None) -> None:
        # Kick-offs from about two weeks on (a few days' slack), as configured.
        earliest = utcnow() + timedelta(days=max(self.config.ambitie.kickoff_after_days - 3, 1))
        for row in kickoff.sessions(self.store, chosen, earliest):
            label = self.tr("{when} · {place} · {trainer} ({booked}/{capacity})").format(
                when=format_moment(row.starts_at),
                place=row.location,
                trainer=row.trainer,
                booked=row.booked,
                capacity=row.capacity,
            )
            if not row.has_room:
                label = self.tr("{label} – vol").format(label=label)
            self.kickoff.addItem(label, str(row.id))  # text: findData compares values
        kept = self.kickoff.findData(previous) if previous else -1
        first = kickoff.first_with_room(self.store, chosen, earliest)
        if kept >= 0:
            self.kickoff.setCurrentIndex(kept)  # the intaker's own pick stays
        elif first is not None:
            self.kickoff.setCurrentIndex(self.kickoff.findData(str(first.id)))

    def collect(self) -> dict:
        return {
            "chosen": self.chosen(),
            "motivation": self.motivation.text(),
            "rights": [b.text() for b in self.rights if b.isChecked()],
            "commitment": self.commitment.isChecked(),
            "at_home": self.at_home.isChecked(),
            "kickoff": str(self.kickoff_session_id() or ""),
        }

    def restore(self, data: dict) -> None:
        if data.get("chosen") in self.group_buttons:
            self.group_buttons[data["chosen"]].setChecked(True)
        self.motivation.setText(data.get("motivation", ""))
        ticked = set(data.get("rights", []))
        for box in self.rights:
            box.setChecked(box.text() in ticked)
        self.commitment.setChecked(bool(data.get("commitment")))
        self.at_home.setChecked(bool(data.get("at_home")))
        if data.get("kickoff"):
            index = self.kickoff.findData(data["kickoff"])
            if index >= 0:
                self.kickoff.setCurrentIndex(index)
