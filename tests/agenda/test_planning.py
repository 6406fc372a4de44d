"""Ambitiegesprekken with the existing caseload: order, and booking in bulk."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from intake_desktop.db.models import Appointment, Client
from intake_desktop.services.agenda import planning
from intake_desktop.services.agenda.errors import PlanningCancelled
from intake_desktop.services.beheer import importer
from tests.support.staff import make_staff

pytestmark = pytest.mark.both_stores  # every test here runs on SQLite and PostgreSQL

CSV = """bsn;voornamen;achternaam;geboortedatum;uitkering_sinds
999990019;Anaïs;Maës;05-03-1980;01-01-2020
999990020;Jan;Vries;01-01-1970;01-06-2026
999990032;José;Peña;12-12-1990;
999990044;Kees;Bakker;01-01-1985;31-02-2024
"""


@pytest.fixture
def caseload(store, beheerder, tmp_path):
    path = tmp_path / "oud.csv"
    path.write_text(CSV, encoding="utf-8")
    report = importer.import_clients(store, beheerder, path)
    assert report.imported == 3 and "uitkering_sinds" in report.errors[0].message
    with store.transaction() as s:  # the old system's groups
        for client in s.scalars(select(Client)):
            client.klantgroep = {"Maës": "zorgen", "Vries": "matchen"}.get(client.surname)
    return report


def test_order_by_priority_or_by_months_on_benefit(store, beheerder, caseload):
    rows, total = planning.candidates(store, beheerder, "prioriteit")
    assert total == 3
    assert [r.name for r in rows] == ["Jan Vries", "Anaïs Maës", "José Peña"]
    rows, _ = planning.candidates(store, beheerder, "maanden")
    assert [r.name for r in rows] == ["Anaïs Maës", "Jan Vries", "José Peña"]
    assert rows[0].months_on_benefit(date(2026, 11, 22)) == 82


def test_book_in_bulk_spreads_over_intakers_and_free_slots(store, beheerder, caseload):
    make_staff(store, "wissel", {"wisselwachter"}, actor=beheerder, name="Willem Wissel")
    rows, _ = planning.candidates(store, beheerder)
    monday = date.today() + timedelta(days=7 - date.today().weekday())
    booked = planning.book_in_bulk(store, beheerder, [r.client_id for r in rows], monday)
    # Bea Beheer holds every role, so two intakers share the first slot, then the next.
    assert [(b.starts_at.astimezone().strftime("%a %H:%M"), b.intaker) for b in booked] == [
        ("Mon 09:00", "Bea Beheer"),
        ("Mon 09:00", "Willem Wissel"),
        ("Mon 10:00", "Bea Beheer"),
    ]
    assert planning.candidates(store, beheerder)[1] == 0  # all planned now
    with store.reading() as s:
        assert (
            len(list(s.scalars(select(Appointment).where(Appointment.kind == "ambitiegesprek"))))
            == 3
        )


def test_cancelled_bulk_booking_books_nobody(store, beheerder, caseload):
    rows, _ = planning.candidates(store, beheerder)
    with pytest.raises(PlanningCancelled, match="afgebroken"):
        planning.book_in_bulk(
            store,
            beheerder,
            [r.client_id for r in rows],
            date.today() + timedelta(days=3),
            cancelled=lambda: True,
        )
    assert planning.candidates(store, beheerder)[1] == 3


def test_planning_screen_books_the_selected_clients(qtbot, store, beheerder, caseload):
    from PySide6.QtCore import Qt

    from intake_desktop.ui.agenda.planning_view import PlanningView
    from tests.support.ui import answer_message_box

    view = PlanningView(store, beheerder)
    qtbot.addWidget(view)
    view.show()
    assert view.table.rowCount() == 3
    assert view.table.item(0, 0).text() == "Jan Vries"
    assert view.count.text() == "3 van 3 klanten zonder ambitiegesprek getoond."
    view.table.setFocus()
    view.table.selectRow(0)
    qtbot.keyClick(view.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    seen: list[str] = []
    answer_message_box("OK", seen)
    qtbot.mouseClick(view.book_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0].startswith("2 ambitiegesprek(ken) ingepland")
    assert view.table.rowCount() == 1 and view.table.item(0, 0).text() == "José Peña"


def test_clients_still_in_intake_or_closed_are_not_offered(store, beheerder, caseload):
    with store.transaction() as s:
        for client in s.scalars(select(Client)):
            client.status = {"Maës": "afgesloten", "Vries": "in_intake"}.get(
                client.surname, client.status
            )
    rows, total = planning.candidates(store, beheerder)
    assert [r.name for r in rows] == ["José Peña"] and total == 1
