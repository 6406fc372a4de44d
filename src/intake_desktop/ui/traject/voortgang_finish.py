"""The last step of the voortgangsgesprek: lawfulness checked, "zit de klant nog in de
juiste groep?" with the four klantgroepen to move to and why, and a summary of what
saving will set in motion."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.validation import format_date, format_moment
from intake_desktop.services.traject.voortgang import Preview, Previous
from intake_desktop.ui.widgets.forms import FieldRow, FieldSet


class FinishStep(QWidget):
    def __init__(self, config, prev: Previous, fields: FieldSet, changed: Callable, parent=None):
        super().__init__(parent)
        self.config, self.prev, self.changed = config, prev, changed
        self.touched = False  # the user set "next talk at home" themselves
        layout = QVBoxLayout(self)
        self.lawfulness = QCheckBox(self.tr("&Rechtmatigheid gecontroleerd"))
        self.lawfulness.setObjectName("lawfulness")
        self.lawfulness.toggled.connect(changed)
        layout.addWidget(self.lawfulness)
        if prev.rechtmatigheid_task_due:
            due = QLabel(
                self.tr("De rechtmatigheidstoets staat open tot {date}.").format(
                    date=format_date(prev.rechtmatigheid_task_due.astimezone().date())
                )
            )
            due.setWordWrap(True)
            layout.addWidget(due)
        layout.addWidget(self._question(fields))
        layout.addWidget(self._groups(fields))
        form = QFormLayout()
        self.reason = QLineEdit()
        self.reason.textChanged.connect(changed)
        fields.add(FieldRow(self.tr("Re&den van de wisseling *"), self.reason, "reason")).add_to(
            form
        )
        self.next_at_home = QCheckBox(self.tr("Volgend gesprek bij de klant th&uis"))
        self.next_at_home.setObjectName("next_at_home")
        self.next_at_home.clicked.connect(self._touch)
        self.next_at_home.toggled.connect(changed)
        form.addRow(self.next_at_home)
        layout.addLayout(form)
        self.preview = QLabel()
        self.preview.setObjectName("preview")
        self.preview.setWordWrap(True)
        self.preview.setProperty("role", "notice")
        layout.addWidget(self.preview)
        layout.addStretch(1)
        self._enable()

    def _touch(self, *_args) -> None:
        self.touched = True

    def _question(self, fields: FieldSet) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.yes = QRadioButton(self.tr("&Ja, de groep past nog"))
        self.yes.setObjectName("right_group_yes")
        self.no = QRadioButton(self.tr("&Nee, een andere groep"))
        self.no.setObjectName("right_group_no")
        answers = QButtonGroup(self)
        for radio in (self.yes, self.no):
            answers.addButton(radio)
            radio.toggled.connect(self._enable)
            radio.toggled.connect(self.changed)
            row.addWidget(radio)
        row.addStretch(1)
        self.question_row = fields.add(
            FieldRow(self.tr("Zit de klant nog in de juiste groep? *"), box, "right_group")
        )
        self.question_row.label.setBuddy(self.yes)
        self.question_row.label.setWordWrap(True)
        holder = QWidget()
        form = QFormLayout(holder)
        form.setContentsMargins(0, 0, 0, 0)
        self.question_row.add_to(form)
        return holder

    def _groups(self, fields: FieldSet) -> QWidget:
        self.group_box = QGroupBox(self.tr("Naar welke klantgroep?"))
        inner = QVBoxLayout(self.group_box)
        self.group_buttons: dict[str, QRadioButton] = {}
        buttons = QButtonGroup(self)
        for group in self.config.klantgroepen:
            radio = QRadioButton(group.naam)
            radio.setObjectName(f"new_group_{group.code}")
            radio.setStyleSheet(f"QRadioButton {{ border-left: 6px solid {group.kleur}; }}")
            radio.toggled.connect(self.changed)
            buttons.addButton(radio)
            self.group_buttons[group.code] = radio
            current = group.code == self.prev.klantgroep
            if current:
                radio.setText(self.tr("{group} (huidige groep)").format(group=group.naam))
                radio.setEnabled(False)
            talks = (
                self.tr("{n}× per jaar een voortgangsgesprek").format(n=group.voortgang_per_jaar)
                if group.voortgang_per_jaar
                else self.tr("geen vaste voortgangsgesprekken")
            )
            text = QLabel(
                f"{escape(group.wie)} {escape(group.dienstverlening)} <i>{escape(talks)}</i>"
            )
            text.setWordWrap(True)
            text.setIndent(24)
            radio.setAccessibleDescription(group.wie)
            inner.addWidget(radio)
            inner.addWidget(text)
        self.group_row = fields.add(FieldRow("", QWidget(), "new_group"))
        inner.addWidget(self.group_row.error)
        return self.group_box

    def _enable(self, *_args) -> None:
        changing = self.no.isChecked()
        self.group_box.setEnabled(changing)
        self.reason.setEnabled(changing)

    def right_group(self) -> bool | None:
        return True if self.yes.isChecked() else (False if self.no.isChecked() else None)

    def new_group(self) -> str:
        if not self.no.isChecked():
            return ""
        return next((c for c, radio in self.group_buttons.items() if radio.isChecked()), "")

    def show_preview(self, preview: Preview) -> None:
        group = self.config.klantgroep(preview.klantgroep)
        name = group.naam if group else preview.klantgroep
        lines = [
            self.tr("De klant gaat naar {group}.").format(group=name)
            if preview.group_changes
            else self.tr("De klantgroep blijft {group}.").format(group=name)
        ]
        if preview.next_talk is None:
            lines.append(
                self.tr("Geen vast volgend voortgangsgesprek (zo gaat het in deze groep).")
            )
        elif preview.next_is_planned:
            lines.append(
                self.tr("Het volgende voortgangsgesprek staat al gepland: {when}.").format(
                    when=format_moment(preview.next_talk)
                )
            )
        else:
            lines.append(
                self.tr("Het volgende voortgangsgesprek wordt gepland rond {date}.").format(
                    date=format_date(preview.next_talk.astimezone().date())
                )
            )
        if preview.reassign_functie:
            lines.append(
                self.tr(
                    "Deze groep vraagt om een {functie}: de wisselwachters krijgen een taak om "
                    "een andere klantmanager te zoeken."
                ).format(functie=preview.reassign_functie.lower())
            )
        if preview.plan_changes:
            lines.append(
                self.tr("Het trajectplan krijgt de nieuwe doelstatussen (versie {n}).").format(
                    n=preview.plan_version_no
                )
            )
        if preview.closes_lawfulness:
            lines.append(self.tr("De open rechtmatigheidstoets wordt afgehandeld."))
        self.preview.setText("\n".join(f"• {line}" for line in lines))

    def collect(self) -> dict:
        return {
            "lawfulness": self.lawfulness.isChecked(),
            "right_group": self.right_group(),
            "new_group": self.new_group(),
            "reason": self.reason.text(),
            "next_at_home": self.next_at_home.isChecked(),
            "next_at_home_touched": self.touched,
        }

    def restore(self, data: dict) -> None:
        self.lawfulness.setChecked(bool(data.get("lawfulness")))
        answer = data.get("right_group")
        if answer is not None:
            (self.yes if answer else self.no).setChecked(True)
        if data.get("new_group") in self.group_buttons:
            self.group_buttons[data["new_group"]].setChecked(True)
        self.reason.setText(data.get("reason", ""))
        self.next_at_home.setChecked(bool(data.get("next_at_home")))
        self.touched = bool(data.get("next_at_home_touched"))
