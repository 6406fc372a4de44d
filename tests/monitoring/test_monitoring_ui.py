"""The Monitoring area as a teamleider uses it: reached with Alt+7, the period changed
with the keyboard, the charts and tables show the known figures of the prepared store,
and a table and the whole overview are exported through the (answered) file dialog."""

from __future__ import annotations

import csv

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from sqlalchemy import select

from intake_desktop.db.models import AuditEvent
from intake_desktop.services.beheer import accounts
from intake_desktop.ui.main_window import MainWindow
from tests.support.monitoring_store import BSNS, SURNAMES, prepared_store
from tests.support.staff import DEMO_PASSWORD, make_staff
from tests.support.ui import activate


@pytest.fixture
def teamleider(store, beheerder):
    make_staff(store, "tineke", {"teamleider"}, actor=beheerder, name="Tineke Teamleider")
    return accounts.sign_in(store, "tineke", DEMO_PASSWORD)


def cells(table) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_a_teamleider_reads_and_exports_the_monitoring(
    qtbot, store, teamleider, balie, tmp_path, monkeypatch
):
    prepared_store(store)
    counter = MainWindow(store, balie)
    qtbot.addWidget(counter)
    assert "Monitoring" not in [counter.nav.item(i).text() for i in range(counter.nav.count())]

    window = MainWindow(store, teamleider)
    qtbot.addWidget(window)
    window.show()
    activate(window)
    names = [window.nav.item(i).text() for i in range(window.nav.count())]
    # Beheer: only its Vernietiging tab, where she approves the destruction list.
    assert names == [
        "Balie",
        "Wachtrij",
        "Agenda",
        "Werkvoorraad",
        "Caseloads",
        "Beheer",
        "Monitoring",
    ]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_7, Qt.KeyboardModifier.AltModifier)
    view = window.monitoring.content
    assert view is not None and view.isVisible()
    qtbot.waitUntil(lambda: view.overview is not None, timeout=20_000)

    # The period with the keyboard: Alt+V to "Van kwartaal", type; Alt+T, type; F5.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    assert view.first.hasFocus()
    qtbot.keyClicks(view.first, "2025-K1")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert view.last.hasFocus()
    qtbot.keyClicks(view.last, "2025-K4")
    assert (view.first.currentText(), view.last.currentText()) == ("2025-K1", "2025-K4")
    qtbot.keyClick(view.last, Qt.Key.Key_F5)
    qtbot.waitUntil(
        lambda: (
            view.overview.period.label == "2025-K1 t/m 2025-K4" and "berekend" in view.state.text()
        ),
        timeout=20_000,
    )

    # Charts: caseload at each quarter end, inflow, the targets with their verdicts.
    series = {name: values for name, _c, values in view.caseload_chart.series}
    assert series == {
        "Matchen": [1, 1, 1, 1],
        "Groeien": [1, 0, 0, 0],
        "Faciliteren": [1, 2, 2, 2],
        "Zorgen": [0, 0, 0, 1],
    }
    assert view.caseload_chart.categories == ["2025-K1", "2025-K2", "2025-K3", "2025-K4"]
    inflow = {name: values for name, _c, values in view.inflow_chart.series}
    assert inflow["Groeien"] == [0, 0, 1, 0]
    verdicts = {group: verdict for group, verdict, _t in view.target_chart.rows}
    assert verdicts["Matchen"] == "Uitstroom 66,7% (doel 80–100%): niet gehaald"
    assert verdicts["Faciliteren"].endswith("50,0% (doel 50–100%): gehaald")
    assert "Zorgen: Uitstroom 0,0% (doel 0–10%): gehaald" in (
        view.target_chart.accessibleDescription()
    )

    # Tables.
    _caption, bestand = view.tables["bestand"]
    rows = cells(bestand)
    assert rows[0] == ["Matchen", "1", "1", "1", "1", "1", "1"]
    assert rows[-1] == ["Totaal", "3", "3", "3", "3", "4", "6"]
    _caption, plaatsingen = view.tables["plaatsingen"]
    assert cells(plaatsingen) == [
        ["Bouw", "1", "0", "0", "0", "1"],
        ["Zorg", "0", "1", "0", "0", "1"],
        ["Totaal", "1", "1", "0", "0", "2"],
    ]
    _caption, gesprekken = view.tables["voortgangsgesprekken"]
    assert ["2025-K3", "Faciliteren", "2", "1", "50"] in cells(gesprekken)
    _caption, handhaving = view.tables["handhaving"]
    assert ["Beboeten", "Boetebedrag (euro)", "0", "250", "0", "0", "250"] in cells(handhaving)

    # Export one table as CSV: the file dialog is answered.
    target = tmp_path / "export" / "stroom.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    view.tabs.setCurrentIndex(2)  # In- en uitstroom
    button = view.export_buttons["instroom_uitstroom"]
    qtbot.waitUntil(button.isVisible)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    with target.open(encoding="utf-8-sig", newline="") as fh:
        exported = list(csv.reader(fh, delimiter=";"))
    assert exported[0][:3] == ["Kwartaal", "Klantgroep", "Instroom"]
    assert ["2025-K2", "Matchen", "0", "1", "0", "1", "0"] in exported
    assert str(target) in view.state.text()

    # Everything to Excel with Alt+E.
    book_path = tmp_path / "export" / "alles"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(book_path), ""))
    )
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    book_file = tmp_path / "export" / "alles.xlsx"
    qtbot.waitUntil(book_file.exists)  # a mnemonic clicks the button after a moment
    book = load_workbook(book_file)
    assert "streefcijfers" in book.sheetnames
    sheet = [list(r) for r in book["streefcijfers"].iter_rows(values_only=True)]
    assert sheet[1] == ["Matchen", "Uitstroom", 2, 3, 66.7, 80, 100, "Nee"]
    everything = repr([list(s.iter_rows(values_only=True)) for s in book.worksheets])
    for secret in [*SURNAMES, *BSNS]:
        assert secret not in everything

    with store.reading() as s:
        actions = [
            (e.action, e.details.get("formaat"))
            for e in s.scalars(
                select(AuditEvent)
                .where(AuditEvent.entity == "monitoring")
                .order_by(AuditEvent.occurred_at)
            )
        ]
    assert [a for a in actions if a[0] == "exporteren"] == [
        ("exporteren", "csv"),
        ("exporteren", "xlsx"),
    ]
    assert ("bekijken", None) in actions
