"""The fields a new account and a change of a staff member share (StaffForm), and
small pieces both dialogs use."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from intake_desktop.domain.roles import BEHEERDER, ROLE_LABELS, Actor
from intake_desktop.services.beheer import medewerkers
from intake_desktop.services.beheer.medewerkers import StaffChange
from intake_desktop.services.core.store import Store
from intake_desktop.ui.widgets.forms import FieldRow, FieldSet
from intake_desktop.ui.widgets.i18n import tr_domain


class CheckGroup(QWidget):
    """Checkboxes for a set of codes, laid out in ``columns``; the group's label
    (a FieldRow buddy) gives the keyboard focus to the first box."""

    def __init__(self, items: Iterable[tuple[str, str]], columns: int = 1):
        super().__init__()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        self.boxes: dict[str, QCheckBox] = {}
        for index, (code, text) in enumerate(items):
            box = QCheckBox(text)
            box.setObjectName(f"{code}_box")
            self.boxes[code] = box
            grid.addWidget(box, index // columns, index % columns)
        if self.boxes:
            self.setFocusProxy(next(iter(self.boxes.values())))

    def checked(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def set_checked(self, codes: Iterable[str]) -> None:
        codes = set(codes)
        for code, box in self.boxes.items():
            box.setChecked(code in codes)


class StaffForm(QWidget):
    """Name, e-mail, functie, team, caseload, working days, active, roles and expertise.
    ``account_rows`` (label, input, field name) come right after the name: the
    username and first password of a new account."""

    def __init__(
        self,
        store: Store,
        actor: Actor,
        account_rows: Sequence[tuple[str, QWidget, str]] = (),
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        config = store.config.toewijzing
        self.fields = FieldSet()
        self.left, self.right = QFormLayout(), QFormLayout()
        for form in (self.left, self.right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
            form.setHorizontalSpacing(12)
            form.setVerticalSpacing(8)
        columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(self.left, 3)
        columns.addSpacing(24)
        columns.addLayout(self.right, 2)
        self._make_inputs(config, actor)
        rows = [(self.tr("&Naam"), self.display_name, "display_name"), *account_rows]
        rows += [
            (self.tr("&E-mailadres"), self.email, "email"),
            (self.tr("&Functie"), self.functie, "functie"),
            (self.tr("Tea&m"), self.team, "team"),
            (self.tr("Max. case&load"), self.max_caseload, "max_caseload"),
            (self.tr("Wer&kdagen"), self.working_days, "working_days"),
            (self.tr("Account"), self.active, "active"),
        ]
        for label, widget, name in rows:
            self.fields.add(FieldRow(label, widget, name)).add_to(self.left)
        for label, widget, name in (
            (self.tr("&Rollen"), self.roles, "roles"),
            (self.tr("E&xpertise"), self.expertise, "expertise"),
        ):
            self.fields.add(FieldRow(label, widget, name)).add_to(self.right)
        self._inputs = [w for _, w, _ in rows] + [self.roles, self.expertise]
        self.active.setChecked(True)
        self.working_days.set_checked(medewerkers.DEFAULT_WORKING_DAYS)

    def _make_inputs(self, config, actor: Actor) -> None:
        """The inputs, before they go into their rows. Only a beheerder gives or takes
        the beheerder role."""
        self.display_name, self.email = QLineEdit(), QLineEdit()
        self.display_name.setMaxLength(200)
        self.email.setMaxLength(254)
        self.functie = self._combo((f.code, f.naam) for f in config.functies)
        self.team = self._combo((t.code, t.naam) for t in config.teams)
        self.max_caseload = QSpinBox()
        self.max_caseload.setRange(0, medewerkers.MAX_CASELOAD)
        self.max_caseload.setSpecialValueText(self.tr("geen maximum"))
        self.max_caseload.setSuffix(self.tr(" klanten"))
        self.max_caseload.setMinimumWidth(150)
        self.working_days = CheckGroup(
            zip(medewerkers.WEEKDAYS, self._day_names(), strict=True), columns=7
        )
        for box, name in zip(
            self.working_days.boxes.values(), self._day_names(full=True), strict=True
        ):
            box.setAccessibleName(name)
            box.setToolTip(name)
        self.active = QCheckBox(self.tr("A&ctief: kan aanmelden en krijgt werk"))
        self.roles = CheckGroup((c, tr_domain(label)) for c, label in ROLE_LABELS.items())
        if not actor.has(BEHEERDER):
            beheerder = self.roles.boxes[BEHEERDER]
            beheerder.setEnabled(False)
            beheerder.setToolTip(self.tr("Alleen een beheerder geeft of neemt deze rol."))
        self.expertise = CheckGroup(((e.code, e.naam) for e in config.expertise), columns=2)

    def _combo(self, items: Iterable[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("(geen)"), "")
        for code, name in items:
            combo.addItem(name, code)
        return combo

    def _day_names(self, full: bool = False) -> list[str]:
        if full:
            return [
                self.tr("maandag"),
                self.tr("dinsdag"),
                self.tr("woensdag"),
                self.tr("donderdag"),
                self.tr("vrijdag"),
                self.tr("zaterdag"),
                self.tr("zondag"),
            ]
        return [
            self.tr("ma"),
            self.tr("di"),
            self.tr("wo"),
            self.tr("do"),
            self.tr("vr"),
            self.tr("za"),
            self.tr("zo"),
        ]

    def focus_chain(self) -> list[QWidget]:
        """The inputs in tab order (checkbox groups box by box)."""
        chain: list[QWidget] = []
        for widget in self._inputs:
            if isinstance(widget, CheckGroup):
                chain += list(widget.boxes.values())
            else:
                chain.append(widget)
        return chain

    def value(self) -> StaffChange:
        caseload = self.max_caseload.value()
        return StaffChange(
            display_name=self.display_name.text(),
            email=self.email.text(),
            roles=set(self.roles.checked()),
            team=self.team.currentData() or "",
            functie=self.functie.currentData() or "",
            expertise=set(self.expertise.checked()),
            max_caseload=caseload or None,
            working_days=tuple(self.working_days.checked()),
            active=self.active.isChecked(),
        )

    def set_value(self, change: StaffChange) -> None:
        self.display_name.setText(change.display_name)
        self.email.setText(change.email)
        self.roles.set_checked(change.roles)
        for combo, code in ((self.team, change.team), (self.functie, change.functie)):
            index = combo.findData(code or "")
            if index < 0:  # a code no longer in toewijzing.toml: keep it visible
                combo.addItem(code, code)
                index = combo.count() - 1
            combo.setCurrentIndex(index)
        self.expertise.set_checked(change.expertise)
        self.max_caseload.setValue(change.max_caseload or 0)
        self.working_days.set_checked(change.working_days)
        self.active.setChecked(change.active)


def set_tab_order(widgets: Sequence[QWidget]) -> None:
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)


def save_buttons(dialog: QDialog) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """Opslaan (default, also Ctrl+S) and Annuleren (also Esc)."""
    buttons = QDialogButtonBox()
    save = buttons.addButton(
        QCoreApplication.translate("StaffForm", "&Opslaan"), QDialogButtonBox.ButtonRole.AcceptRole
    )
    save.setObjectName("save")
    save.setDefault(True)
    cancel = buttons.addButton(
        QCoreApplication.translate("StaffForm", "&Annuleren"),
        QDialogButtonBox.ButtonRole.RejectRole,
    )
    cancel.setObjectName("cancel")
    buttons.accepted.connect(dialog.save)
    buttons.rejected.connect(dialog.reject)
    QShortcut(QKeySequence.StandardKey.Save, dialog, activated=dialog.save)
    return buttons, save, cancel
