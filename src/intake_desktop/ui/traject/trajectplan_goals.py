"""The trajectplan's goals per life domain: the list, and adding, changing (Enter) and
removing (Delete) a goal through the goal dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.trajectplan import GOAL_STATUS
from intake_desktop.domain.validation import format_date
from intake_desktop.services.core.store import Store
from intake_desktop.services.traject.trajectplan_input import GoalInput
from intake_desktop.ui.traject.trajectplan_goal_dialog import GoalDialog
from intake_desktop.ui.widgets.forms import list_table
from intake_desktop.ui.widgets.i18n import tr_domain


class GoalList(QWidget):
    """The goals of the working copy. ``changed`` is emitted when the user added,
    changed or removed one (not when the list is filled from the store)."""

    changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.goals: list[GoalInput] = []
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.table = list_table(
            [
                self.tr("Leefgebied"),
                self.tr("Doel"),
                self.tr("Uiterlijk"),
                self.tr("Status"),
                self.tr("Activiteiten"),
            ]
        )
        self.table.setMinimumHeight(170)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.edit_goal())
        for key, slot in (
            (Qt.Key.Key_Return, self.edit_goal),
            (Qt.Key.Key_Delete, self.remove_goal),
        ):
            QShortcut(
                QKeySequence(key),
                self.table,
                activated=slot,
                context=Qt.ShortcutContext.WidgetShortcut,
            )
        box.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Doel &toevoegen…"))
        self.add_button.setObjectName("addGoal")
        self.add_button.clicked.connect(self.add_goal)
        edit = QPushButton(self.tr("Doel &wijzigen…"))
        edit.clicked.connect(self.edit_goal)
        remove = QPushButton(self.tr("Doel &verwijderen"))
        remove.clicked.connect(self.remove_goal)
        self.buttons = (self.add_button, edit, remove)
        for button in self.buttons:
            row.addWidget(button)
        row.addStretch(1)
        box.addLayout(row)
        self.setFocusProxy(self.table)  # Alt+L and a message land in the list

    def set_goals(self, goals: list[GoalInput]) -> None:
        self.goals = list(goals)
        self._fill()

    def set_editable(self, editable: bool) -> None:
        for button in self.buttons:
            button.setEnabled(editable)

    def _fill(self) -> None:
        self.table.setRowCount(len(self.goals))
        for n, goal in enumerate(self.goals):
            cells = (
                self.store.config.domain_name(goal.domain_code),
                goal.description,
                format_date(goal.due_on),
                tr_domain(GOAL_STATUS.get(goal.status, goal.status)),
                str(len(goal.activities)),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(n, column, item)

    def add_goal(self) -> None:
        dialog = GoalDialog(self.store, None, self.window())
        if dialog.exec():
            self.goals.append(dialog.value())
            self._goals_changed(len(self.goals) - 1)
        dialog.deleteLater()

    def edit_goal(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.goals):
            return
        dialog = GoalDialog(self.store, self.goals[row], self.window())
        if dialog.exec():
            self.goals[row] = dialog.value()
            self._goals_changed(row)
        dialog.deleteLater()

    def remove_goal(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.goals):
            del self.goals[row]
            self._goals_changed(min(row, len(self.goals) - 1))

    def _goals_changed(self, select: int) -> None:
        self._fill()
        if select >= 0:
            self.table.selectRow(select)
        self.table.setFocus()
        self.changed.emit()
