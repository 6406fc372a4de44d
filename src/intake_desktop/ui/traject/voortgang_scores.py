"""The second step of the voortgangsgesprek: the life domains and the participatieladder
now, next to last time, with the movement in words (vooruit, achteruit, gelijk)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from intake_desktop.domain.intake import LADDER, SCORE_LABELS
from intake_desktop.services.traject.voortgang import Previous, movement
from intake_desktop.ui.widgets.forms import FieldRow, FieldSet
from intake_desktop.ui.widgets.i18n import tr_domain


class ScoresStep(QWidget):
    def __init__(self, config, prev: Previous, fields: FieldSet, changed: Callable, parent=None):
        super().__init__(parent)
        self.config, self.prev, self.changed = config, prev, changed
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        for column, text in enumerate(
            (self.tr("Leefgebied"), self.tr("Vorige keer"), self.tr("Nu"), self.tr("Beweging"))
        ):
            header = QLabel(f"<b>{text}</b>")
            grid.addWidget(header, 0, column)
        self.scores: dict[str, tuple[QComboBox, QLabel]] = {}
        row = 1
        for domain in config.domains:
            combo = QComboBox()
            combo.setObjectName(f"score_{domain.code}")
            combo.addItem(self.tr("Niet gescoord"), None)
            for value, text in SCORE_LABELS.items():
                combo.addItem(tr_domain(text), value)
            name = QLabel(domain.naam)
            name.setBuddy(combo)
            combo.setAccessibleName(self.tr("{domain}: score nu").format(domain=domain.naam))
            moved = QLabel()
            moved.setObjectName(f"move_{domain.code}")
            grid.addWidget(name, row, 0)
            grid.addWidget(self._before(SCORE_LABELS, prev.scores.get(domain.code)), row, 1)
            grid.addWidget(combo, row, 2)
            grid.addWidget(moved, row, 3)
            combo.currentIndexChanged.connect(self._moved)
            self.scores[domain.code] = (combo, moved)
            row += 1
        self._ladder_row(grid, row, fields)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        self.scores_row = fields.add(FieldRow("", QWidget(), "scores"))
        layout.addWidget(self.scores_row.error)
        layout.addStretch(1)

    def _ladder_row(self, grid: QGridLayout, row: int, fields: FieldSet) -> None:
        self.ladder = QComboBox()
        self.ladder.addItem(self.tr("Kies…"), None)
        for value, text in LADDER.items():
            self.ladder.addItem(tr_domain(text), value)
        self.ladder.currentIndexChanged.connect(self._moved)
        ladder_row = fields.add(
            FieldRow(self.tr("&Participatieladder *"), self.ladder, "ladder_rung")
        )
        self.ladder_move = QLabel()
        self.ladder_move.setObjectName("move_ladder")
        grid.addWidget(ladder_row.label, row, 0)
        grid.addWidget(self._before(LADDER, self.prev.ladder_rung), row, 1)
        grid.addWidget(ladder_row.container, row, 2)
        grid.addWidget(self.ladder_move, row, 3)

    def _before(self, labels: dict, value: int | None) -> QLabel:
        label = QLabel(tr_domain(labels[value]) if value in labels else "—")
        label.setWordWrap(True)
        return label

    def _move_text(self, before: int | None, now: int | None) -> str:
        arrow = movement(before, now)
        words = {"↑": self.tr("↑ vooruit"), "↓": self.tr("↓ achteruit"), "=": self.tr("= gelijk")}
        return words.get(arrow, "")

    def _moved(self, *_args) -> None:
        for code, (combo, label) in self.scores.items():
            label.setText(self._move_text(self.prev.scores.get(code), combo.currentData()))
        self.ladder_move.setText(self._move_text(self.prev.ladder_rung, self.ladder.currentData()))
        self.changed()

    def values(self) -> dict:
        return {code: combo.currentData() for code, (combo, _) in self.scores.items()}

    def collect(self) -> dict:
        return {"scores": self.values(), "ladder": self.ladder.currentData()}

    def restore(self, data: dict) -> None:
        for code, score in data.get("scores", {}).items():
            if code in self.scores:
                combo = self.scores[code][0]
                combo.setCurrentIndex(max(combo.findData(score), 0))
        self.ladder.setCurrentIndex(max(self.ladder.findData(data.get("ladder")), 0))
