"""Closing a traject to work from the dossier with the keyboard, reopening it, and a
refused save that keeps what was typed."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from intake_desktop.db.models import Appointment, Beeindiging, Client, Task, Trajectplan
from intake_desktop.services import drafts
from intake_desktop.ui.afsluiting_dialog import AfsluitingDialog
from intake_desktop.ui.afsluiting_heropenen import HeropenenDialog
from intake_desktop.ui.main_window import MainWindow
from tests import test_afsluiting_service as svc
from tests.ui_helpers import activate, answer_message_box, type_text, when_modal

km = svc.km  # fixtures shared with the service tests
client_id = svc.client_id
NOTE = "Start bij Transport Noord; werkgever is blij met Noël."


def key(qtbot, k, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), k, modifier)


def open_dossier(qtbot, store, actor, client_id):
    window = MainWindow(store, actor)
    qtbot.addWidget(window)
    window.show()
    activate(window)
    return window.open_dossier(client_id)


def test_a_traject_closed_to_work_from_the_keyboard_and_reopened(qtbot, store, km, client_id):
    dossier = open_dossier(qtbot, store, km, client_id)
    assert dossier.close_button.text().replace("&", "") == "Traject afsluiten…"
    seen: dict = {}

    def close(dialog):
        assert isinstance(dialog, AfsluitingDialog)
        assert QApplication.focusWidget() is dialog.reason
        key(qtbot, Qt.Key.Key_Down)  # the first reason: "Uitstroom naar werk"
        key(qtbot, Qt.Key.Key_Tab)  # the date stays today
        key(qtbot, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is dialog.sector
        key(qtbot, Qt.Key.Key_Down)  # Logistiek
        key(qtbot, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is dialog.hours
        type_text(qtbot, dialog.hours, "32")
        key(qtbot, Qt.Key.Key_Tab)  # the hidden consultant choice is skipped
        key(qtbot, Qt.Key.Key_Down)  # goal 1: Bereikt
        key(qtbot, Qt.Key.Key_Tab)
        key(qtbot, Qt.Key.Key_Down)
        key(qtbot, Qt.Key.Key_Down)  # goal 2: Deels bereikt
        key(qtbot, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is dialog.note
        type_text(qtbot, dialog.note, NOTE)
        seen["summary"] = dialog.what_happens.text()
        answer_message_box("OK", seen.setdefault("outcome", []))
        key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    failures = when_modal(close)
    qtbot.mouseClick(dossier.close_button, Qt.MouseButton.LeftButton)
    failures.check()

    today = date.today()
    nazorg_days = [n.dagen for n in store.config.afsluiting.nazorg]
    for days in nazorg_days:
        assert (today + timedelta(days=days)).strftime("%d-%m-%Y") in seen["summary"]
    assert "Klant bellen over de stage" in seen["summary"]
    assert seen["outcome"][0].startswith("Het traject is afgesloten. 3 nazorgtaken")
    with store.reading() as s:
        row = s.scalar(select(Beeindiging))
        assert (row.reason, row.sector, row.hours_per_week) == ("werk", "Logistiek", 32)
        assert row.closed_on == today and row.note == NOTE
        assert [o["outcome"] for o in row.goal_outcomes] == ["Bereikt", "Deels bereikt"]
        assert s.get(Client, client_id).status == "afgesloten"
        tasks = s.scalars(select(Task).where(Task.status == "open").order_by(Task.due_at)).all()
        assert [(t.kind, t.assigned_to) for t in tasks] == [("nazorg", km.staff_id)] * 3
        assert [t.due_at.astimezone().date() for t in tasks] == [
            today + timedelta(days=d) for d in nazorg_days
        ]
        assert s.scalar(select(Trajectplan.status)) == "afgerond"
        assert "geannuleerd" in set(s.scalars(select(Appointment.status)))
    assert drafts.load_draft(store, km, f"afsluiting:{client_id}") is None
    # The dossier reloaded: status and the button that now reopens.
    assert dossier.close_button.text().replace("&", "") == "Traject heropenen…"
    assert dossier.badges.text() == "Status: Afgesloten"

    def reopen(dialog):
        assert isinstance(dialog, HeropenenDialog)
        assert (
            "Uitstroom naar werk (Logistiek, 32 uur per week)"
            in dialog.findChild(type(dialog.summary), "closedAbout").text()
        )
        type_text(qtbot, dialog.reason, "Proeftijd niet gehaald; zoekt opnieuw werk.")
        answer_message_box("OK")
        key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    failures = when_modal(reopen)
    qtbot.mouseClick(dossier.close_button, Qt.MouseButton.LeftButton)
    failures.check()
    with store.reading() as s:
        row = s.scalar(select(Beeindiging))
        assert row.reopen_reason == "Proeftijd niet gehaald; zoekt opnieuw werk."
        assert s.get(Client, client_id).status == "in_traject"
        assert s.scalar(select(Task.id).where(Task.status == "open")) is None
    assert dossier.close_button.text().replace("&", "") == "Traject afsluiten…"
    assert dossier.badges.text() == "Status: In traject"


def test_a_refused_closure_keeps_the_input_and_esc_asks_first(qtbot, store, km, client_id):
    dossier = open_dossier(qtbot, store, km, client_id)
    seen: dict = {}

    def close(dialog):
        key(qtbot, Qt.Key.Key_Down)  # werk, but no sector, hours or outcomes
        dialog.note.setFocus()
        type_text(qtbot, dialog.note, "Concept: nog navragen bij de werkgever")
        key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        seen["errors"] = {
            name: row.error.text() for name, row in dialog.fields.rows.items() if row.error.text()
        }
        seen["summary"] = dialog.summary.text()
        seen["focus"] = QApplication.focusWidget() is dialog.sector
        seen["draft"] = drafts.load_draft(store, km, f"afsluiting:{client_id}")
        answer_message_box("No", seen.setdefault("asked", []))  # keep working
        key(qtbot, Qt.Key.Key_Escape)
        seen["still_open"] = dialog.isVisible()
        activate(dialog)  # back from the question
        answer_message_box("Yes")
        key(qtbot, Qt.Key.Key_Escape)

    failures = when_modal(close)
    qtbot.mouseClick(dossier.close_button, Qt.MouseButton.LeftButton)
    failures.check()

    assert set(seen["errors"]) == {"sector", "hours_per_week", "goal_1", "goal_2"}
    assert seen["errors"]["hours_per_week"].startswith("Vul het aantal uren per week in")
    assert seen["summary"] == "Controleer de gemarkeerde velden. Er is nog niets opgeslagen."
    assert seen["focus"]
    data, _at = seen["draft"]
    assert data["note"] == "Concept: nog navragen bij de werkgever" and data["reason"] == "werk"
    assert seen["asked"] and seen["still_open"]
    assert drafts.load_draft(store, km, f"afsluiting:{client_id}") is None
    with store.reading() as s:
        assert s.scalar(select(Beeindiging.id)) is None
        assert s.get(Client, client_id).status == "in_traject"
    assert dossier.close_button.text().replace("&", "") == "Traject afsluiten…"
