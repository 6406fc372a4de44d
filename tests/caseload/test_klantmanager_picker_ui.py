"""The klantmanager suggestion list shows every reason whole: wrapped in rows that grow
with them, and each reason on its own line in the tooltip."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from intake_desktop.domain.toewijzing import Candidate, Reason, StaffInfo
from intake_desktop.ui.caseload.klantmanager_picker import KlantmanagerPicker
from intake_desktop.ui.widgets.forms import FieldSet

REASONS = (
    Reason("Functie past bij de klantgroep Groeien (werkcoach)", points=40),
    Reason("Deskundig in schulden, taal en inburgering, wonen en zorg", points=20),
    Reason("Eerder klantmanager van deze klant, in 2023 en 2024", points=10),
    Reason("Ruimte in de caseload: 12 van de 40 plaatsen bezet", points=5),
    Reason("Afwezig van 3 tot en met 14 maart wegens verlof", warning=True),
)


def _candidate(name: str) -> Candidate:
    staff = StaffInfo(uuid.uuid4(), name, "werkcoach", caseload=12, max_caseload=40)
    return Candidate(staff, 75, REASONS, True, False, False)


def _cut_rows(table) -> list[int]:
    """Rows whose "Waarom" text needs more height than the row has."""
    width = table.columnWidth(3) - 8  # the cell's margins
    cut = []
    for row in range(table.rowCount()):
        text = table.item(row, 3).text()
        needed = table.fontMetrics().boundingRect(
            QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text
        )
        if needed.height() > table.rowHeight(row):
            cut.append(row)
    return cut


def test_the_reasons_are_never_cut_off(qtbot):
    window = QWidget()
    layout = QVBoxLayout(window)
    picker = KlantmanagerPicker(FieldSet(), lambda code: code)
    layout.addWidget(picker)
    qtbot.addWidget(window)
    picker.load([_candidate("Karin Klant"), _candidate("Willem Wissel")])  # before shown
    window.resize(900, 420)
    window.show()
    qtbot.waitExposed(window)
    table = picker.table
    assert table.rowHeight(0) > 2 * table.fontMetrics().height()  # wrapped, not one line
    assert _cut_rows(table) == []
    window.resize(640, 420)  # narrower: the rows grow
    qtbot.waitUntil(lambda: _cut_rows(table) == [])
    tip = table.item(0, 3).toolTip().splitlines()
    assert tip[0] == "Functie past bij de klantgroep Groeien (werkcoach)"
    assert tip[-1] == "⚠ Afwezig van 3 tot en met 14 maart wegens verlof" and len(tip) == 5
    window.close()
