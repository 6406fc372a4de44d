"""When a colleague saved the same client first: both versions side by side, and per
field the user chooses theirs or their own (the fields domain/merge found in conflict;
fields only one side changed need no choice).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)


class CompareDialog(QDialog):
    """Per conflicting field two choices: "Opgeslagen door <collega>" or "Uw invoer"."""

    def __init__(
        self,
        labels: dict[str, str],
        conflicts: list[str],
        mine: dict,
        theirs: dict,
        colleague: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Twee versies: kies per gegeven"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "{who} heeft deze gegevens intussen ook gewijzigd. Wat alleen u of alleen "
                "{who} wijzigde, is al samengevoegd. Kies hieronder per gegeven welke "
                "waarde blijft."
            ).format(who=colleague)
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "notice")
        layout.addWidget(intro)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("<b>Gegeven</b>")), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Opgeslagen door {who}</b>").format(who=colleague)), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>Uw invoer</b>")), 0, 2)
        self.groups: dict[str, tuple[QButtonGroup, QRadioButton, QRadioButton]] = {}
        for row, name in enumerate(conflicts, start=1):
            label = QLabel(labels.get(name, name))
            theirs_button = QRadioButton(str(theirs.get(name) or self.tr("(leeg)")))
            mine_button = QRadioButton(str(mine.get(name) or self.tr("(leeg)")))
            theirs_button.setObjectName(f"theirs_{name}")
            mine_button.setObjectName(f"mine_{name}")
            for button, side in ((theirs_button, "theirs"), (mine_button, "mine")):
                button.setAccessibleName(f"{labels.get(name, name)}: {side}")
            mine_button.setChecked(True)  # what the user typed, unless they choose otherwise
            group = QButtonGroup(self)
            group.addButton(theirs_button)
            group.addButton(mine_button)
            label.setBuddy(mine_button)
            grid.addWidget(label, row, 0)
            grid.addWidget(theirs_button, row, 1)
            grid.addWidget(mine_button, row, 2)
            self.groups[name] = (group, theirs_button, mine_button)
        layout.addLayout(grid)
        buttons = QDialogButtonBox()
        ok = buttons.addButton(
            self.tr("&Deze keuze gebruiken"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        ok.setObjectName("useChoice")
        buttons.addButton(self.tr("&Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.mine, self.theirs = mine, theirs
        if conflicts:
            self.groups[conflicts[0]][2].setFocus()

    def chosen(self) -> dict:
        """Field -> the value the user chose."""
        return {
            name: (self.mine if mine_button.isChecked() else self.theirs).get(name)
            for name, (_group, _theirs, mine_button) in self.groups.items()
        }
