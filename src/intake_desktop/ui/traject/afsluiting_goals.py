"""How each goal of the trajectplan ended, for the closure: one choice per goal (Alt+1 …
Alt+9 reach the first nine), with its message under it (``goal_<n>``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from intake_desktop.services.traject.afsluiting import AfsluitingContext
from intake_desktop.ui.widgets.forms import FieldRow, FieldSet


def choice_combo(first: str, items: list[tuple[str, object]]) -> QComboBox:
    """A combo box whose first item (``first``, no data) asks to choose."""
    combo = QComboBox()
    combo.addItem(first, None)
    for text, data in items:
        combo.addItem(text, data)
    return combo


def select_data(combo: QComboBox, value) -> None:
    index = combo.findData(value) if value is not None else 0
    combo.setCurrentIndex(max(index, 0))


class GoalOutcomes(QGroupBox):
    """The goals of ``context``; their rows are added to ``fields``. ``changed`` is
    connected to each choice when given."""

    def __init__(
        self,
        context: AfsluitingContext,
        fields: FieldSet,
        changed: Callable | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setTitle(self.tr("Uitkomst per doel van het trajectplan"))
        self.context, self.fields = context, fields
        form = QFormLayout(self)
        self.combos: dict[str, QComboBox] = {}  # str(goal id) -> its choice
        if not context.goals:
            form.addRow(QLabel(self.tr("Het trajectplan heeft geen doelen.")))
        for n, goal in enumerate(context.goals, start=1):
            text = QLabel(
                self.tr("Doel {n} · {domain}: {description}").format(
                    n=n, domain=goal.domain, description=goal.description
                )
            )
            text.setWordWrap(True)
            form.addRow(text)
            combo = choice_combo(
                self.tr("Kies de uitkomst…"), [(o, o) for o in context.doeluitkomsten]
            )
            # Alt+1 … Alt+9 reach the first nine goals.
            number = f"&{n}" if n < 10 else str(n)
            label = self.tr("Uitkomst doel {n} *").format(n=number)
            row = fields.add(FieldRow(label, combo, f"goal_{n}"))
            combo.setAccessibleDescription(goal.description)
            row.add_to(form)
            self.combos[str(goal.goal_id)] = combo
            if changed is not None:
                combo.currentIndexChanged.connect(changed)

    def chosen(self) -> dict[str, str]:
        """The outcomes chosen so far, by goal id."""
        return {k: c.currentData() for k, c in self.combos.items() if c.currentData()}

    def by_text(self) -> dict[tuple[str, str], str | None]:
        """The outcomes by the goal's domain and text: a saved plan has new goal rows,
        and the same goal keeps its outcome."""
        return {
            (g.domain, g.description): self.combos[str(g.goal_id)].currentData()
            for g in self.context.goals
        }

    def restore(self, outcomes: dict[str, str]) -> None:
        for goal_id, outcome in outcomes.items():
            if goal_id in self.combos:
                select_data(self.combos[goal_id], outcome)

    def restore_by_text(self, outcomes: dict[tuple[str, str], str | None]) -> None:
        """Outcomes of the goals before a reload, where none is chosen yet."""
        for goal in self.context.goals:
            outcome = outcomes.get((goal.domain, goal.description))
            combo = self.combos[str(goal.goal_id)]
            if outcome and not combo.currentData():
                select_data(combo, outcome)

    def drop_rows(self) -> None:
        """Take this box's rows out of the field set (before it is built again)."""
        for n in range(1, len(self.combos) + 1):
            self.fields.rows.pop(f"goal_{n}", None)
