"""Closing a traject to work from the dossier with the keyboard, reopening it, and a
refused save that keeps what was typed."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from sqlalchemy import select

from intake_desktop.db.models import Afsluiting, Appointment, Client, Task, Trajectplan
from intake_desktop.services.core import drafts
from intake_desktop.services.traject import afsluiting, trajectplan
from intake_desktop.ui.caseload.werkvoorraad_view import WerkvoorraadView
from intake_desktop.ui.main_window import MainWindow
from intake_desktop.ui.traject.afsluiting_dialog import AfsluitingDialog
from intake_desktop.ui.traject.afsluiting_heropenen import HeropenenDialog
from tests.support.afsluiting import to_work
from tests.support.journey import a_plan
from tests.support.ui import activate, answer_message_box, type_text, when_modal

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
        row = s.scalar(select(Afsluiting))
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
        row = s.scalar(select(Afsluiting))
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
        assert s.scalar(select(Afsluiting.id)) is None
        assert s.get(Client, client_id).status == "in_traject"
    assert dossier.close_button.text().replace("&", "") == "Traject afsluiten…"


def test_a_closure_made_stale_by_a_colleague_saves_after_the_screen_reloads(
    qtbot, store, km, client_id
):
    """A colleague changes the client and saves a plan with a third goal while the screen
    is open: the save is refused, the screen reads both again with what was typed still
    there (the outcomes stay with their goals), and the next save works."""
    dossier = open_dossier(qtbot, store, km, client_id)
    seen: dict = {}

    def close(dialog):
        key(qtbot, Qt.Key.Key_Down)
        key(qtbot, Qt.Key.Key_Down)  # Opleiding: no sector or hours
        first, second = dialog.outcomes.values()
        first.setFocus()
        key(qtbot, Qt.Key.Key_Down)  # goal 1: Bereikt
        second.setFocus()
        key(qtbot, Qt.Key.Key_Down)  # goal 2: Bereikt
        dialog.note.setFocus()
        type_text(qtbot, dialog.note, "Start met de mbo-opleiding logistiek.")
        with store.transaction() as s:  # a colleague meanwhile
            s.get(Client, client_id).phone = "0612345678"
        plan = trajectplan.open_plan(store, km, client_id)
        trajectplan.save_plan(store, km, plan.id, a_plan(goals=3), plan.row_version)

        key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        seen["summary"] = dialog.summary.text()
        seen["outcomes"] = [c.currentText() for c in dialog.outcomes.values()]
        seen["note"] = dialog.note.toPlainText()
        seen["reason"] = dialog.reason.currentData()
        third = list(dialog.outcomes.values())[2]
        third.setFocus()
        key(qtbot, Qt.Key.Key_Down)
        key(qtbot, Qt.Key.Key_Down)  # goal 3: Deels bereikt
        answer_message_box("OK", seen.setdefault("outcome", []))
        key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    failures = when_modal(close)
    qtbot.mouseClick(dossier.close_button, Qt.MouseButton.LeftButton)
    failures.check()

    assert "heeft de klant of het trajectplan intussen gewijzigd" in seen["summary"]
    assert seen["outcomes"] == ["Bereikt", "Bereikt", "Kies de uitkomst…"]
    assert seen["note"] == "Start met de mbo-opleiding logistiek." and seen["reason"]
    assert seen["outcome"][0].startswith("Het traject is afgesloten.")
    with store.reading() as s:
        row = s.scalar(select(Afsluiting))
        assert [o["outcome"] for o in row.goal_outcomes] == ["Bereikt", "Bereikt", "Deels bereikt"]
        assert s.get(Client, client_id).status == "afgesloten"
    assert drafts.load_draft(store, km, f"afsluiting:{client_id}") is None


def test_a_draft_never_brings_back_an_old_version(qtbot, store, km, client_id):
    """A draft kept after a stale save (or by an older version of the program, with the
    client's version in it) is offered again, and saving it works."""
    old = afsluiting.prepare(store, km, client_id)
    with store.transaction() as s:
        s.get(Client, client_id).phone = "0612345678"
    outcomes = {str(g.goal_id): "Bereikt" for g in old.goals}
    drafts.save_draft(
        store,
        km,
        f"afsluiting:{client_id}",
        {
            "label": old.client_name,
            "client_version": old.client_version,
            "reason": "opleiding",
            "closed_on": date.today().strftime("%d-%m-%Y"),
            "outcomes": outcomes,
            "note": "",
        },
    )
    dossier = open_dossier(qtbot, store, km, client_id)
    seen: dict = {}

    def close(dialog):
        answer_message_box("OK", seen.setdefault("outcome", []))
        key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        seen["summary"] = dialog.summary.text()

    answer_message_box("Yes")  # "Wilt u daarmee verdergaan?"
    failures = when_modal(close, kind=AfsluitingDialog)
    qtbot.mouseClick(dossier.close_button, Qt.MouseButton.LeftButton)
    failures.check()
    assert seen["outcome"] and seen["outcome"][0].startswith("Het traject is afgesloten.")
    with store.reading() as s:
        assert s.get(Client, client_id).status == "afgesloten"


def test_a_reopen_made_stale_by_a_colleague_works_the_second_time(qtbot, store, km, client_id):
    context = afsluiting.prepare(store, km, client_id)
    afsluiting.close_traject(store, km, client_id, to_work(context), None)
    dossier = open_dossier(qtbot, store, km, client_id)
    seen: dict = {}

    def reopen(dialog):
        type_text(qtbot, dialog.reason, "Baan ging niet door.")
        with store.transaction() as s:
            s.get(Client, client_id).phone = "0612345678"
        key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        seen["summary"] = dialog.summary.text()
        seen["reason"] = dialog.reason.toPlainText()
        answer_message_box("OK", seen.setdefault("outcome", []))
        key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    failures = when_modal(reopen)
    qtbot.mouseClick(dossier.close_button, Qt.MouseButton.LeftButton)
    failures.check()
    assert "intussen gewijzigd" in seen["summary"] and seen["reason"] == "Baan ging niet door."
    assert seen["outcome"][0].startswith("Het traject is heropend.")
    with store.reading() as s:
        assert s.get(Client, client_id).status == "in_traject"


def test_the_teamleider_hands_out_a_handover_from_the_werkvoorraad(
    qtbot, store, km, client_id, teamleider, consultant
):
    context = afsluiting.prepare(store, km, client_id)
    data = to_work(
        context,
        reason="overdracht_inkomen",
        sector="",
        hours_per_week=None,
        note="Geen werk in zicht door gezondheid.",
    )
    afsluiting.close_traject(store, km, client_id, data, None)
    view = WerkvoorraadView(store, teamleider)
    qtbot.addWidget(view)
    view.show()
    view.filter.setCurrentIndex(2)  # everything open
    view.refresh()
    row = next(n for n, i in enumerate(view.shown) if i.kind == "overdracht_inkomen")
    activate(view)
    view.table.selectRow(row)
    view.table.setFocus()
    seen: dict = {}

    def hand_out(dialog):
        seen["about"] = dialog.findChild(QLabel, "closedAbout").text()
        assert QApplication.focusWidget() is dialog.consultant
        key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # nobody chosen
        seen["error"] = dialog.fields.rows["handover_to"].error.text()
        dialog.consultant.setFocus()
        key(qtbot, Qt.Key.Key_Down)  # Sandra Bakker
        answer_message_box("OK", seen.setdefault("outcome", []))
        key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    failures = when_modal(hand_out)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    failures.check()
    assert "Geen werk in zicht door gezondheid." in seen["about"]
    assert seen["error"] == "Kies de inkomensconsulent die de klant overneemt."
    assert seen["outcome"] == ["De overdracht staat nu in de werkvoorraad van Sandra Bakker."]
    assert "overdracht_inkomen" not in [i.kind for i in view.items]
    with store.reading() as s:
        task = s.scalar(select(Task).where(Task.kind == "overdracht_inkomen"))
        assert (task.assigned_to, task.assigned_role) == (consultant.staff_id, None)
