"""The first two steps of the ambitiegesprek: the life domains (self-reliance, what the
intaker sees, what the client says) and the participatieladder now and aimed at; then
strengths, obstacles, the time on benefit and signs of stress."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.intake import LADDER, NEED, SCORE_LABELS
from intake_desktop.services.balie.ambitiegesprek import AmbitieContext, DomainScore
from intake_desktop.ui.widgets.forms import FieldRow, FieldSet
from intake_desktop.ui.widgets.i18n import tr_domain


class AmbitieDomainsStep(QWidget):
    def __init__(
        self, config, context: AmbitieContext, fields: FieldSet, changed: Callable, parent=None
    ):
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        if context.question:
            known = QLabel(self.tr("Uit de quickscan: {q}").format(q=context.question))
            known.setWordWrap(True)
            known.setProperty("role", "notice")
            layout.addWidget(known)
        self.scores: dict[str, tuple[QComboBox, QLineEdit, QLineEdit]] = {}
        for domain in config.domains:
            layout.addWidget(self._domain(domain, changed))
        ladder = QGroupBox(self.tr("Participatieladder"))
        lform = QFormLayout(ladder)
        self.ladder_now, self.ladder_goal = QComboBox(), QComboBox()
        for widget, name, label in (
            (self.ladder_now, "ladder_rung", self.tr("&Trede nu *")),
            (self.ladder_goal, "ladder_target", self.tr("T&rede die de klant wil bereiken *")),
        ):
            widget.addItem(self.tr("Kies…"), None)
            for value, text in LADDER.items():
                widget.addItem(tr_domain(text), value)
            widget.currentIndexChanged.connect(changed)
            fields.add(FieldRow(label, widget, name)).add_to(lform)
        layout.addWidget(ladder)

    def _domain(self, domain, changed: Callable) -> QGroupBox:
        box = QGroupBox(domain.naam)
        form = QFormLayout(box)
        answered = self.context.domains.get(domain.code)
        if answered and any(answered[:2]):
            note = QLabel(
                self.tr("Al besproken: {said} (behoefte: {need})").format(
                    said=" · ".join(part for part in answered[:2] if part),
                    need=tr_domain(NEED.get(answered[2], answered[2])),
                )
            )
            note.setWordWrap(True)
            form.addRow(note)
        score = QComboBox()
        score.setObjectName(f"score_{domain.code}")
        score.addItem(self.tr("Niet gescoord"), None)
        for value, label in SCORE_LABELS.items():
            score.addItem(tr_domain(label), value)
        observation, view = QLineEdit(), QLineEdit()
        observation.setObjectName(f"obs_{domain.code}")
        view.setObjectName(f"view_{domain.code}")
        for widget, label in (
            (score, self.tr("Zelfredzaamheid")),
            (observation, self.tr("Observatie intaker")),
            (view, self.tr("Wat de klant zelf zegt")),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            widget.setAccessibleName(f"{domain.naam}: {label}")
            form.addRow(caption, widget)
        score.currentIndexChanged.connect(changed)
        observation.textChanged.connect(changed)
        view.textChanged.connect(changed)
        self.scores[domain.code] = (score, observation, view)
        return box

    def values(self) -> list[DomainScore]:
        return [
            DomainScore(code, score.currentData(), obs.text(), view.text())
            for code, (score, obs, view) in self.scores.items()
        ]

    def collect(self) -> dict:
        return {
            "scores": {s.code: [s.score, s.observation, s.client_view] for s in self.values()},
            "ladder": [self.ladder_now.currentData(), self.ladder_goal.currentData()],
        }

    def restore(self, data: dict) -> None:
        for code, (score, obs, view) in data.get("scores", {}).items():
            if code in self.scores:
                widgets = self.scores[code]
                widgets[0].setCurrentIndex(max(widgets[0].findData(score), 0))
                widgets[1].setText(obs or "")
                widgets[2].setText(view or "")
        now, goal = data.get("ladder", [None, None])
        self.ladder_now.setCurrentIndex(max(self.ladder_now.findData(now), 0))
        self.ladder_goal.setCurrentIndex(max(self.ladder_goal.findData(goal), 0))


class AmbitieStrengthsStep(QWidget):
    def __init__(
        self, config, context: AmbitieContext, fields: FieldSet, changed: Callable, parent=None
    ):
        super().__init__(parent)
        form = QFormLayout(self)
        self.strengths = QPlainTextEdit()
        self.strengths.setObjectName("strengths")
        self.strengths.setTabChangesFocus(True)
        self.strengths.setFixedHeight(90)
        self.strengths.setPlaceholderText(
            self.tr("Werkervaring, opleiding, vrijwilligerswerk, hobby's")
        )
        fields.add(
            FieldRow(self.tr("&Sterktes en interesses"), self.strengths, "strengths")
        ).add_to(form)
        self.obstacles = QListWidget()
        self.obstacles.setObjectName("obstacles")
        for text in config.ambitie.obstacles:
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.obstacles.addItem(item)
        self.obstacles.itemChanged.connect(changed)
        fields.add(FieldRow(self.tr("&Belemmeringen"), self.obstacles, "obstacles")).add_to(form)
        self.months = QSpinBox()
        self.months.setObjectName("months")
        # -1 shows as "Onbekend": an unknown duration must not count as 0 months.
        self.months.setRange(-1, 600)
        self.months.setSpecialValueText(self.tr("Onbekend"))
        self.months.setValue(-1)
        self.months.setSuffix(self.tr(" maanden"))
        if context.months_on_benefit is not None:  # known from the benefit start date
            self.months.setValue(max(context.months_on_benefit, 0))
        self.months.valueChanged.connect(changed)
        fields.add(FieldRow(self.tr("&Uitkeringsduur"), self.months, "months_on_benefit")).add_to(
            form
        )
        self.stress = QLineEdit()
        self.stress.setObjectName("stress")
        self.stress.textChanged.connect(changed)
        fields.add(FieldRow(self.tr("Signalen van s&tress"), self.stress, "stress_signals")).add_to(
            form
        )

    def checked_obstacles(self) -> list[str]:
        return [
            self.obstacles.item(i).text()
            for i in range(self.obstacles.count())
            if self.obstacles.item(i).checkState() == Qt.CheckState.Checked
        ]

    def months_on_benefit(self) -> int | None:
        return self.months.value() if self.months.value() >= 0 else None

    def collect(self) -> dict:
        return {
            "strengths": self.strengths.toPlainText(),
            "obstacles": self.checked_obstacles(),
            "months": self.months_on_benefit(),
            "stress": self.stress.text(),
        }

    def restore(self, data: dict) -> None:
        self.strengths.setPlainText(data.get("strengths", ""))
        chosen_obstacles = set(data.get("obstacles", []))
        for i in range(self.obstacles.count()):
            item = self.obstacles.item(i)
            item.setCheckState(
                Qt.CheckState.Checked
                if item.text() in chosen_obstacles
                else Qt.CheckState.Unchecked
            )
        months = data.get("months")
        self.months.setValue(-1 if months is None else int(months))
        self.stress.setText(data.get("stress", ""))
