"""The third step of the voortgangsgesprek: each goal of the trajectplan with its status
until now, the new status and a note. A finished plan shows its goals read-only."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.trajectplan import GOAL_STATUS, PLAN_STATUS
from intake_desktop.domain.validation import format_date
from intake_desktop.services.traject.voortgang import Previous
from intake_desktop.services.traject.voortgang_record import GoalProgress
from intake_desktop.ui.widgets.forms import FieldRow, FieldSet
from intake_desktop.ui.widgets.i18n import tr_domain


class GoalsStep(QWidget):
    def __init__(self, config, prev: Previous, fields: FieldSet, changed, parent=None):
        super().__init__(parent)
        self.config, self.prev = config, prev
        layout = QVBoxLayout(self)
        self.goals: list[tuple[int, QComboBox, QLineEdit]] = []
        layout.addWidget(self._about())
        for goal in prev.goals:
            layout.addWidget(self._goal(goal, changed))
        self.goals_row = fields.add(FieldRow("", QWidget(), "goals"))
        layout.addWidget(self.goals_row.error)
        layout.addStretch(1)

    def _about(self) -> QLabel:
        prev = self.prev
        if not prev.goals:
            notice = QLabel(
                self.tr(
                    "Er is nog geen trajectplan met doelen. Maak het plan met de klant via "
                    "Trajectplan… in het dossier."
                )
            )
        else:
            status = tr_domain(PLAN_STATUS.get(prev.plan_status, prev.plan_status))
            about = self.tr("Trajectplan versie {n} ({status}).").format(
                n=prev.plan_version_no, status=status.lower()
            )
            if prev.plan_status == "ondertekend":
                about += " " + self.tr(
                    "Een gewijzigde status begint versie {n}; de ondertekende versie blijft."
                ).format(n=prev.plan_version_no + 1)
            elif prev.plan_status == "afgerond":
                about += " " + self.tr(
                    "Een afgerond plan verandert niet meer: de statussen staan vast. Maak zo "
                    "nodig een nieuw plan via Trajectplan… in het dossier."
                )
            notice = QLabel(about)
        notice.setWordWrap(True)
        notice.setProperty("role", "notice")
        return notice

    def _goal(self, goal, changed) -> QGroupBox:
        box = QGroupBox(self.config.domain_name(goal.domain_code))
        form = QFormLayout(box)
        was = self.tr("Status tot nu: {status}").format(
            status=tr_domain(GOAL_STATUS.get(goal.status, goal.status))
        )
        if goal.due_on:
            was += " · " + self.tr("streefdatum {date}").format(date=format_date(goal.due_on))
        text = QLabel(f"{goal.description}\n{was}")
        text.setWordWrap(True)
        form.addRow(text)
        combo = QComboBox()
        combo.setObjectName(f"goal_{goal.position}")
        for code, label in GOAL_STATUS.items():
            combo.addItem(tr_domain(label), code)
        combo.setCurrentIndex(max(combo.findData(goal.status), 0))
        combo.setEnabled(self.prev.plan_status != "afgerond")  # read-only: it cannot change
        note = QLineEdit()
        note.setObjectName(f"goal_note_{goal.position}")
        note.setPlaceholderText(self.tr("Wat is er bereikt, wat is de volgende stap"))
        for widget, label in ((combo, self.tr("Status")), (note, self.tr("Notitie"))):
            caption = QLabel(label)
            caption.setBuddy(widget)
            widget.setAccessibleName(f"{goal.description[:60]}: {label}")
            form.addRow(caption, widget)
        combo.currentIndexChanged.connect(changed)
        note.textChanged.connect(changed)
        self.goals.append((goal.position, combo, note))
        return box

    def values(self) -> list[GoalProgress]:
        return [
            GoalProgress(position, combo.currentData(), note.text())
            for position, combo, note in self.goals
        ]

    def collect(self) -> dict:
        return {"goals": {str(g.position): [g.status, g.note] for g in self.values()}}

    def restore(self, data: dict) -> None:
        saved = data.get("goals", {})
        for position, combo, note in self.goals:
            status, text = saved.get(str(position), [combo.currentData(), ""])
            combo.setCurrentIndex(max(combo.findData(status), 0))
            note.setText(text)
