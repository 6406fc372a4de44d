"""The personal data of a client, used by the aanmelding and the change dialog."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLineEdit, QWidget

from intake_desktop.config import AppConfig
from intake_desktop.domain.validation import ClientInput
from intake_desktop.ui.widgets.forms import FieldRow, FieldSet


class ClientForm(QWidget):
    changed = Signal()

    def __init__(self, config: AppConfig, parent: QWidget | None = None):
        super().__init__(parent)
        self.fields = FieldSet()
        self._edits: dict[str, QLineEdit] = {}
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._line(layout, "bsn", self.tr("&BSN *"), self.tr("9 cijfers"))
        self._line(layout, "first_names", self.tr("Voor&namen *"))
        self._line(layout, "tussenvoegsel", self.tr("T&ussenvoegsel"), self.tr("bijv. van der"))
        self._line(layout, "surname", self.tr("A&chternaam *"))
        self._line(layout, "birth_date", self.tr("&Geboortedatum *"), self.tr("dd-mm-jjjj"))
        self._line(layout, "street", self.tr("&Straat"))
        self._house_number_row(layout)
        self._line(layout, "postcode", self.tr("&Postcode"), self.tr("1234 AB"))
        self._line(layout, "city", self.tr("&Woonplaats"))
        self._line(layout, "phone", self.tr("Te&lefoon"), self.tr("06 12345678"))
        self._line(layout, "email", self.tr("&E-mail"), self.tr("naam@voorbeeld.nl"))
        self.gemeente = QComboBox()
        for g in config.gemeenten:
            self.gemeente.addItem(g.naam, g.code)
        row = self.fields.add(FieldRow(self.tr("Ge&meente"), self.gemeente, "gemeente_code"))
        row.add_to(layout)
        row.set_visible(config.several_gemeenten)
        self._several_gemeenten = config.several_gemeenten
        self.gemeente.currentIndexChanged.connect(self.changed)
        self._edits["birth_date"].setMaxLength(10)
        self._edits["bsn"].setMaxLength(11)

    def _line(self, layout: QFormLayout, name: str, label: str, hint: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(hint)
        edit.textChanged.connect(self.changed)
        self._edits[name] = edit
        self.fields.add(FieldRow(label, edit, name)).add_to(layout)
        return edit

    def _house_number_row(self, layout: QFormLayout) -> None:
        number, suffix = QLineEdit(), QLineEdit()
        number.setMaxLength(10)
        suffix.setMaxLength(10)
        suffix.setPlaceholderText(self.tr("toevoeging"))
        for name, edit in (("house_number", number), ("house_number_suffix", suffix)):
            edit.textChanged.connect(self.changed)
            self._edits[name] = edit
        row = self.fields.add(FieldRow(self.tr("&Huisnummer"), number, "house_number"))
        suffix_row = self.fields.add(FieldRow(self.tr("Toevoeging"), suffix, "house_number_suffix"))
        pair = QWidget()
        box = QHBoxLayout(pair)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(row.container, 2)
        box.addWidget(suffix_row.container, 1)
        layout.addRow(row.label, pair)

    def edit(self, name: str) -> QLineEdit:
        return self._edits[name]

    def first_input(self) -> QWidget:
        return self._edits["bsn"]

    def value(self) -> ClientInput:
        data = {name: edit.text() for name, edit in self._edits.items()}
        return ClientInput(**data, gemeente_code=self.gemeente.currentData() or "")

    def set_value(self, data: ClientInput | dict) -> None:
        values = data.as_dict() if isinstance(data, ClientInput) else data
        for name, edit in self._edits.items():
            edit.setText(values.get(name, "") or "")
        index = self.gemeente.findData(values.get("gemeente_code"))
        if index >= 0:
            self.gemeente.setCurrentIndex(index)

    def set_personal_visible(self, visible: bool) -> None:
        """Show or hide every row but the BSN: for a BSN already known only the BSN
        stays, the rest of the personal data is the dossier's."""
        for name, row in self.fields.rows.items():
            if name == "bsn":
                continue
            if name == "house_number_suffix":
                pass  # shown and hidden with the house number, its pair
            elif name == "gemeente_code":
                row.set_visible(visible and self._several_gemeenten)
            elif name == "house_number":
                row.label.setVisible(visible)
                row.container.parentWidget().setVisible(visible)
            else:
                row.set_visible(visible)
            if not visible:
                row.set_error("")

    def set_read_only(self, read_only: bool) -> None:
        for edit in self._edits.values():
            edit.setReadOnly(read_only)
        self.gemeente.setEnabled(not read_only)
