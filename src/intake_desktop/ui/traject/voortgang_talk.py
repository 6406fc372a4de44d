"""The first step of the voortgangsgesprek: which planned talk this is, the stress, how
the client is doing and what changed in their life and income, and whether the talk is
held at home."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.validation import format_moment
from intake_desktop.services.traject import voortgang
from intake_desktop.services.traject.voortgang import Previous
from intake_desktop.ui.widgets.forms import FieldRow, FieldSet
from intake_desktop.ui.widgets.i18n import tr_domain


def _text_box(name: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setTabChangesFocus(True)
    box.setFixedHeight(70)
    return box


class TalkStep(QWidget):
    def __init__(self, config, prev: Previous, fields: FieldSet, changed: Callable, parent=None):
        super().__init__(parent)
        self.config, self.prev = config, prev
        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        form.addRow(self._notice())
        self.appointment = self._appointment()
        self.appointment.currentIndexChanged.connect(changed)
        fields.add(FieldRow(self.tr("&Geplande afspraak"), self.appointment, "appointment")).add_to(
            form
        )
        self.stress = QComboBox()
        self.stress.addItem(self.tr("Kies…"), None)
        for value, text in voortgang.STRESS.items():
            self.stress.addItem(tr_domain(text), value)
        self.stress.currentIndexChanged.connect(changed)
        stress_row = fields.add(FieldRow(self.tr("Str&ess *"), self.stress, "stress"))
        stress_row.add_to(form)
        if prev.stress:
            stress_row.label.setToolTip(
                self.tr("Vorige keer: {stress}").format(
                    stress=tr_domain(voortgang.STRESS[prev.stress])
                )
            )
        self.summary = _text_box("summary")
        self.summary.setPlaceholderText(self.tr("Hoe gaat het, in de woorden van de klant"))
        self.life = _text_box("life_changes")
        self.life.setPlaceholderText(self.tr("Gezin, gezondheid, wonen, werk"))
        self.income = _text_box("income_changes")
        self.income.setPlaceholderText(self.tr("Werk, toeslagen, alimentatie, schulden"))
        for widget, label, name in (
            (self.summary, self.tr("Hoe gaat het met de &klant"), "summary"),
            (self.life, self.tr("Veranderingen in het &leven"), "life_changes"),
            (self.income, self.tr("Veranderingen in het &inkomen"), "income_changes"),
        ):
            widget.textChanged.connect(changed)
            fields.add(FieldRow(label, widget, name)).add_to(form)
        planned = prev.planned
        self.at_home = QCheckBox(self.tr("Gesprek bij de klant t&huis (huisbezoek)"))
        self.at_home.setObjectName("at_home")
        self.at_home.setChecked(bool(planned and planned.due and planned.at_home))
        self.at_home.toggled.connect(changed)
        form.addRow(self.at_home)

    def _notice(self) -> QLabel:
        group = self.config.klantgroep(self.prev.klantgroep)
        last = (
            self.tr("Vorig voortgangsgesprek: {when}.").format(
                when=format_moment(self.prev.last_talk_at)
            )
            if self.prev.last_talk_at
            else self.tr("Dit is het eerste voortgangsgesprek.")
        )
        notice = QLabel(
            self.tr("Klantgroep: {group}. {last}").format(
                group=group.naam if group else self.tr("nog niet gekozen"), last=last
            )
        )
        notice.setWordWrap(True)
        notice.setProperty("role", "notice")
        return notice

    def _appointment(self) -> QComboBox:
        combo = QComboBox()
        planned = self.prev.planned
        if planned is not None:
            text = self.tr("Voortgangsgesprek van {when}").format(
                when=format_moment(planned.starts_at)
            )
            if planned.at_home:
                text = self.tr("{talk} (thuis)").format(talk=text)
            combo.addItem(text, str(planned.id))
        combo.addItem(self.tr("Geen geplande afspraak (los gesprek)"), None)
        if planned is not None and not planned.due:
            combo.setCurrentIndex(1)  # planned months ahead: not this one
        return combo

    def appointment_id(self) -> uuid.UUID | None:
        appointment = self.appointment.currentData()
        return uuid.UUID(appointment) if appointment else None

    def collect(self) -> dict:
        return {
            "appointment": self.appointment.currentIndex(),
            "stress": self.stress.currentData(),
            "summary": self.summary.toPlainText(),
            "life": self.life.toPlainText(),
            "income": self.income.toPlainText(),
            "at_home": self.at_home.isChecked(),
        }

    def restore(self, data: dict) -> None:
        self.appointment.setCurrentIndex(int(data.get("appointment", 0)))
        self.stress.setCurrentIndex(max(self.stress.findData(data.get("stress")), 0))
        self.summary.setPlainText(data.get("summary", ""))
        self.life.setPlainText(data.get("life", ""))
        self.income.setPlainText(data.get("income", ""))
        self.at_home.setChecked(bool(data.get("at_home")))
