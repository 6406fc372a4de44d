"""The counter flow on screen: queue, screening with acute need, quickscan, agenda,
and resuming a quickscan after the program was killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from intake_desktop.db.models import Aanmelding, Appointment, AuditEvent, Task
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.validation import ClientInput
from intake_desktop.services.balie import aanmelding, screening
from intake_desktop.services.beheer import accounts
from intake_desktop.services.core import drafts
from intake_desktop.ui.main_window import MainWindow
from tests.support.staff import DEMO_PASSWORD, make_staff
from tests.support.ui import answer_message_box, answer_message_boxes, type_text, when_modal


@pytest.fixture
def team(store, beheerder):
    make_staff(
        store, "wissel", {"poortwachter", "wisselwachter"}, actor=beheerder, name="Willem Wissel"
    )
    make_staff(store, "km", {"klantmanager"}, actor=beheerder, name="Karin Klant")
    return (
        accounts.sign_in(store, "wissel", DEMO_PASSWORD),
        accounts.sign_in(store, "km", DEMO_PASSWORD),
    )


def register(store, actor, surname="Maës"):
    return aanmelding.register_aanmelding(
        store,
        actor,
        aanmelding.AanmeldingRequest(
            channel="balie",
            route="intake",
            question="Ik heb geen geld meer",
            client=ClientInput(
                first_names="Noël", surname=surname, bsn="999990019", birth_date="01-01-1990"
            ),
        ),
    ).aanmelding_id


def open_queue(qtbot, store, actor) -> MainWindow:
    window = MainWindow(store, actor)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert window.pages.currentWidget() is window.queue
    assert window.focusWidget() is window.queue.content.table  # Enter works from here
    return window


def key(qtbot, ch, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), ch, modifier)


def test_aanmelding_through_screening_and_quickscan_from_the_keyboard(qtbot, store, balie, team):
    wissel, km = team
    item_id = register(store, balie)
    window = open_queue(qtbot, store, wissel)
    queue_view = window.queue.content
    assert queue_view.table.item(0, 2).text() == "Noël Maës"
    assert queue_view.table.item(0, 4).text() == "Wacht op poortwachter"

    def screen(dialog):
        acute = dialog.answers["geen_geld_eten"]
        acute.setFocus()
        key(qtbot, Qt.Key.Key_Space)
        dialog.eligibility.setFocus()
        key(qtbot, Qt.Key.Key_Down)
        type_text(qtbot, dialog.reason, "Geen inkomen sinds vorige maand")
        key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    failures = when_modal(screen)
    seen: list[str] = []
    answer_message_box("OK", seen)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return)
    failures.check()
    assert "Acute nood vastgelegd" in seen[0]
    assert queue_view.table.item(0, 4).text() == "ACUUT · Wacht op quickscan"

    def quickscan(dialog):
        observation = dialog.domain_widgets["werk"][0]
        type_text(qtbot, observation, "Ervaren heftruckchauffeur, wil graag café-werk")
        need = dialog.domain_widgets["werk"][2]
        need.setFocus()
        key(qtbot, Qt.Key.Key_Down)  # onbekend -> ja
        key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # step 2
        assert dialog.steps.currentIndex() == 1
        key(qtbot, Qt.Key.Key_Escape)  # Escape steps back ...
        assert dialog.steps.currentIndex() == 0
        key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # ... and on
        type_text(qtbot, dialog.summary, "Wil snel werk; geen geld voor eten deze week")
        dialog.benefit.setFocus()
        key(qtbot, Qt.Key.Key_Down)
        key(qtbot, Qt.Key.Key_Down)  # "Ja, mogelijk recht op uitkering"
        dialog.route_boxes["work_first"].setFocus()
        key(qtbot, Qt.Key.Key_Space)
        table = dialog.picker.table
        table.setFocus()
        names = [table.item(row, 0).text() for row in range(table.rowCount())]
        index = next(i for i, name in enumerate(names) if name.startswith("Karin Klant"))
        for _ in range(index):
            key(qtbot, Qt.Key.Key_Down)
        if index:  # not the suggestion: a reason is asked
            dialog.picker.reason.setFocus()
            type_text(qtbot, dialog.picker.reason, "Karin kent het gezin al")
        key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    failures = when_modal(quickscan)
    seen = []
    answer_message_boxes(["Toch afronden", "OK"], seen)  # only "werk" was filled in
    qtbot.keyClick(queue_view.table, Qt.Key.Key_Return)
    failures.check()
    assert "Wonen" in seen[0] and "Klantmanager: Karin Klant" in seen[1]
    assert queue_view.table.item(0, 4).text() == "ACUUT · Afgerond"

    with store.reading() as s:
        item = s.get(Aanmelding, item_id)
        tasks = {
            t.title: t for t in s.scalars(select(Task).where(Task.client_id == item.client_id))
        }
        assert tasks[
            "Uitkeringsintake plannen als de klant niet binnen 48 uur aan het werk is"
        ].due_at == item.registered_at + timedelta(hours=48)
        assert tasks["Contact opnemen met Work First"].assigned_to == km.staff_id
        assert any(t.urgent and t.kind == "acuut" for t in tasks.values())
        appointment = s.scalar(select(Appointment).where(Appointment.client_id == item.client_id))
        assert appointment.kind == "work_first_intake"
        assert appointment.documents_to_bring.splitlines() == [
            "Geldig identiteitsbewijs",
            "Cv (als u dat heeft)",
            "Diploma's en certificaten",
        ]
        entities = {
            e.entity
            for e in s.scalars(
                select(AuditEvent).where(
                    AuditEvent.client_id == item.client_id, AuditEvent.action == "aanmaken"
                )
            )
        }
        assert {"client", "aanmelding", "screening", "quickscan"} <= entities

    # The back office sees what was discussed; the dossier shows the acute flag.
    view = window.open_dossier(item.client_id)
    assert view.badges.text().startswith("ACUTE NOOD")
    text = view.conversations.toPlainText()
    assert "café-werk" in text and "Geen inkomen sinds vorige maand" in text
    assert "Geen geld voor eten" in text


def test_missed_appointment_in_the_agenda_says_no_sanction(qtbot, store, balie, team):
    from tests.support.journey import scan, screen, started_a_while_ago

    wissel, km = team
    item_id = register(store, balie)
    screen(store, wissel, item_id)
    when = utcnow() + timedelta(hours=3)
    done = scan(store, wissel, item_id, km.staff_id, when=when)
    started_a_while_ago(store, done.appointment_ids)
    when = utcnow() - timedelta(minutes=10)
    window = MainWindow(store, km)
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(2)
    agenda_view = window.agenda.content.widget(0)  # the "Afspraken" tab
    agenda_view.day.setDate(when.astimezone().date())
    assert agenda_view.table.rowCount() == 1
    assert agenda_view.table.item(0, 1).text() == "Intake Work First"
    assert "Cv" in agenda_view.table.item(0, 6).text()
    seen: list[str] = []
    answer_message_boxes(["Yes", "OK"], seen)
    qtbot.mouseClick(agenda_view.missed_button, Qt.MouseButton.LeftButton)
    assert "niet is verschenen" in seen[0] and "geen sanctie" in seen[1]
    assert agenda_view.table.item(0, 5).text() == "Niet verschenen"


def test_two_people_cannot_finish_the_same_screening(qtbot, store, balie, team):
    wissel, _ = team
    item_id = register(store, balie)
    make_staff(
        store,
        "poort2",
        {"poortwachter"},
        actor=accounts.sign_in(store, "beheer", DEMO_PASSWORD),
        name="Petra Poort",
    )
    petra = accounts.sign_in(store, "poort2", DEMO_PASSWORD)
    from intake_desktop.ui.balie.screening_dialog import ScreeningDialog

    mine = ScreeningDialog(store, wissel, item_id, "Noël Maës")
    theirs = ScreeningDialog(store, petra, item_id, "Noël Maës")
    for dialog in (mine, theirs):
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.eligibility.setCurrentIndex(1)
        type_text(qtbot, dialog.reason, "Reden")
    qtbot.mouseClick(mine.finish_button, Qt.MouseButton.LeftButton)
    assert mine.result() == mine.DialogCode.Accepted
    qtbot.mouseClick(theirs.finish_button, Qt.MouseButton.LeftButton)
    assert theirs.isVisible()
    assert "al afgerond door Willem Wissel" in theirs.summary.text()


CHILD = textwrap.dedent("""
    import sys, time, uuid
    from PySide6.QtWidgets import QApplication
    from intake_desktop.config import load_config
    from intake_desktop.services.beheer import accounts
    from intake_desktop.services.core import drafts
    from intake_desktop.services.core.store import Store
    from intake_desktop.ui.balie.quickscan_dialog import QuickscanDialog
    from tests.support.ui import type_text

    class Bot:  # the bits of qtbot that type_text uses
        def keyClicks(self, widget, text):
            from PySide6.QtTest import QTest
            QTest.keyClicks(widget, text)

    app = QApplication([])
    store = Store.open(sys.argv[1], load_config(), migrate=False)
    actor = accounts.sign_in(store, "wissel", sys.argv[3])
    dialog = QuickscanDialog(store, actor, uuid.UUID(sys.argv[2]), "Noël Maës")
    dialog.show()
    type_text(Bot(), dialog.domain_widgets["werk"][0], "Zoekt werk als kok in een café")
    key = "quickscan:" + sys.argv[2]
    for _ in range(300):
        app.processEvents()
        found = drafts.load_draft(store, actor, key)
        if found and "café" in found[0]["domains"]["werk"]["observation"]:
            break
        time.sleep(0.01)
    print("READY", flush=True)
    while True:
        app.processEvents()
        time.sleep(0.05)
""")


def test_quickscan_draft_comes_back_after_the_program_is_killed(
    qtbot, store, balie, team, tmp_path
):
    wissel, _ = team
    item_id = register(store, balie)
    screening.complete_screening(
        store,
        wissel,
        item_id,
        screening.ScreeningInput(eligibility="onduidelijk", eligibility_reason="Nog uitzoeken"),
    )
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": os.pathsep.join([os.getcwd(), os.environ.get("PYTHONPATH", "")]),
    }
    child = subprocess.Popen(
        [sys.executable, str(script), str(store.engine.url), str(item_id), DEMO_PASSWORD],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert child.stdout.readline().strip() == "READY"
    finally:
        child.send_signal(signal.SIGKILL)  # the PC dies: no clean-up, no save
        child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL

    window = MainWindow(store, wissel)
    qtbot.addWidget(window)
    window.show()
    seen: list[str] = []
    restored: dict = {}

    def on_question(widget):
        seen.append(widget.text())
        resume = next(b for b in widget.buttons() if "Hervatten" in b.text())

        def inspect(dialog):
            restored["werk"] = dialog.domain_widgets["werk"][0].toPlainText()
            dialog.done(0)

        when_modal(inspect)
        resume.click()

    failures = when_modal(on_question)
    window.offer_unfinished()
    failures.check()
    assert (
        seen
        and seen[0].startswith("Quickscan van")
        and "nog niet afgerond" in seen[0]
        and "Noël Maës" in seen[0]
    )
    assert restored["werk"] == "Zoekt werk als kok in een café"
    # Closing the resumed dialog without finishing keeps the draft for later.
    assert drafts.load_draft(store, wissel, f"quickscan:{item_id}") is not None


def test_a_broken_configuration_file_gives_a_clear_start_up_error(tmp_path, monkeypatch):
    from intake_desktop.config import resources_dir
    from intake_desktop.ui import app as app_module

    folder = tmp_path / "res" / "config"
    folder.mkdir(parents=True)
    for source in (resources_dir() / "config").glob("*.toml"):
        (folder / source.name).write_bytes(source.read_bytes())
    routes = (folder / "routes.toml").read_text(encoding="utf-8")
    (folder / "routes.toml").write_text(
        routes.replace('afspraak = "uitkeringsintake"', 'afspraak = "onbekend_type"'),
        encoding="utf-8",
    )
    (tmp_path / "res" / "fonts").symlink_to(resources_dir() / "fonts")
    monkeypatch.setenv("INTAKE_RESOURCES", str(tmp_path / "res"))
    shown = []
    # Keep this process's Qt state as the other tests expect it (no Dutch Qt texts, no
    # exception hook); the rest of the start-up path is the real one.
    monkeypatch.setattr(app_module, "install_translators", lambda app, language: None)
    monkeypatch.setattr(app_module, "install_exception_hook", lambda log_file: None)
    monkeypatch.setattr(
        app_module.QMessageBox, "critical", lambda parent, title, text: shown.append(text)
    )
    assert app_module.run_gui() == 1
    assert "routes.toml, regel" in shown[0]
    assert "afspraaktype 'onbekend_type' staat niet in afspraken.toml" in shown[0]


def test_enter_does_not_finish_and_closing_untouched_hands_the_aanmelding_back(
    qtbot, store, balie, team
):
    from intake_desktop.services.balie import queue
    from intake_desktop.ui.balie.screening_dialog import ScreeningDialog

    wissel, _ = team
    item_id = register(store, balie)
    queue.pick_up(store, wissel, item_id)
    dialog = ScreeningDialog(store, wissel, item_id, "Noël Maës")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.eligibility.setCurrentIndex(1)
    type_text(qtbot, dialog.reason, "Reden")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert dialog.isVisible()  # plain Enter did not finish the screening
    assert queue.today_queue(store, wissel)[0].status == "in_screening"

    untouched = ScreeningDialog(store, wissel, item_id, "Noël Maës")
    qtbot.addWidget(untouched)
    untouched.show()
    qtbot.keyClick(untouched, Qt.Key.Key_Escape)
    assert queue.today_queue(store, wissel)[0].status == "wacht_op_poortwachter"
    assert queue.today_queue(store, wissel)[0].picked_up_by == ""
