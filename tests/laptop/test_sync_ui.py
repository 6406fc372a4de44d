"""The laptop from the klantmanager's side: Meenemen voor huisbezoek in Mijn caseload,
working offline with the status bar counting, Synchroniseren, and a conflict decided in
the screen that shows base, laptop and server."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from intake_desktop.db.models import Client
from intake_desktop.services.dossier import dossier
from intake_desktop.services.laptop import checkout
from intake_desktop.services.laptop.workplace import Workplace
from intake_desktop.ui.laptop.conflict_dialog import ConflictDialog
from intake_desktop.ui.main_window import MainWindow
from tests.support.laptop import add_clients, as_input
from tests.support.ui import answer_message_box, when_modal


def key(qtbot, k, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), k, modifier)


def phone_of(store, client_id):
    with store.reading() as s:
        return s.get(Client, client_id).phone


def test_take_along_work_offline_and_synchronise_with_a_conflict(
    qtbot, store, karin, tmp_path, memory_keyring
):
    ids = add_clients(store, karin, ["Aalders", "Bakker", "Claes"])
    online = Workplace.online(store, str(store.engine.url), tmp_path / "data")
    window = MainWindow(store, karin, online)
    qtbot.addWidget(window)
    window.show()
    window._go_to(4)  # Mijn caseload
    view = window.caseload_view
    view.refresh()
    assert view.take_along_button.isVisible()
    seen: dict = {}

    def choose_all(dialog):
        seen["start"] = dialog.count.text()
        key(qtbot, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)  # Hele caseload
        qtbot.waitUntil(lambda: dialog.count.text() == "3 van 3 gekozen")
        answer_message_box("OK", seen.setdefault("done", []))
        key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    failures = when_modal(choose_all)
    qtbot.mouseClick(view.take_along_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen.get("done")) or bool(failures), timeout=15_000)
    failures.check()
    assert seen["start"] == "1 van 3 gekozen"  # the selected row
    assert "3 klanten staan nu versleuteld op deze laptop." in seen["done"][0]
    assert window.sync_status.pending.text() == "Klanten op de laptop: 3 · gesynchroniseerd"
    window.close()

    # Offline on the laptop: a change, while the counter changes the same field.
    laptop = online.laptop(karin)
    offline = Workplace.offline_on(laptop, str(store.engine.url), tmp_path / "data")
    offline._server = store  # the server is reachable again when synchronising
    typed, version = as_input(laptop, ids[1], phone="0622222222")
    dossier.update_client(laptop, karin, ids[1], version, typed, reason="test: gegevens bijgewerkt")
    typed, version = as_input(store, ids[1], phone="0611111111")
    dossier.update_client(store, karin, ids[1], version, typed, reason="test: gegevens bijgewerkt")
    window = MainWindow(laptop, karin, offline)
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle().endswith("(offline)")
    status = window.sync_status
    assert status.connection.text() == "● Offline: u werkt op de laptop"
    assert status.pending.text() == "Nog niet gesynchroniseerd: 1"

    def synchronise(dialog):
        assert "Wijzigingen nog niet naar de server: 1" in dialog.state.text()

        def decide(conflicts):
            seen["sides"] = [conflicts.sides[s].toPlainText() for s in ("base", "mine", "theirs")]
            seen["row"] = [conflicts.table.item(0, c).text() for c in range(3)]
            key(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # Laptop-versie houden
            qtbot.waitUntil(lambda: conflicts.done_label.isVisible())
            conflicts.reject()

        seen["conflicts"] = when_modal(decide, 15_000, ConflictDialog)
        key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # Synchroniseren
        qtbot.waitUntil(lambda: "sides" in seen, timeout=15_000)
        qtbot.waitUntil(lambda: dialog.outcome.isVisible())
        seen["outcome"] = dialog.outcome.text()
        answer_message_box("OK", seen.setdefault("restart", []))
        dialog.reject()

    failures = when_modal(synchronise)
    qtbot.mouseClick(status.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen.get("restart")) or bool(failures), timeout=20_000)
    failures.check()
    seen["conflicts"].check()
    assert seen["row"] == ["Test Bakker", "Persoonsgegevens", "Telefoon"]
    assert seen["sides"] == ["0101234567", "0622222222", "0611111111"]
    assert "Van de laptop gehaald: 3 klanten." in seen["outcome"]
    assert "Naar de server: wijzigingen 1, regels voor het auditlog" in seen["outcome"]
    assert phone_of(store, ids[1]) == "0622222222"
    assert checkout.laptop_status(laptop).checked_out == 0
    assert "weer op de server" in seen["restart"][0]
    assert window.start_online
