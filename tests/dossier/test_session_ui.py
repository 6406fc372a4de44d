"""Signing in, the first start, the idle lock, and the audit screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from intake_desktop.db.models import AuditChain, AuditEvent, Client, Staff
from intake_desktop.ui.balie.aanmelding_dialog import AanmeldingDialog
from intake_desktop.ui.first_run_dialog import FirstRunDialog
from intake_desktop.ui.idle_lock import IdleLock, UnlockDialog
from intake_desktop.ui.main_window import MainWindow
from intake_desktop.ui.sign_in_dialog import SignInDialog
from tests.support.journey import register_client as register
from tests.support.raw_sql import run_as_owner
from tests.support.staff import DEMO_PASSWORD
from tests.support.store import count
from tests.support.ui import activate, replace_text, type_text, when_modal


def test_sign_in_refuses_a_wrong_password_audits_it_then_accepts(qtbot, store, beheerder):
    dialog = SignInDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.username, "beheer")
    type_text(qtbot, dialog.password, "verkeerd")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.error.isVisible()
    assert dialog.error.text() == "Gebruikersnaam of wachtwoord klopt niet."
    assert dialog.password.text() == "" and dialog.username.text() == "beheer"
    assert (
        count(
            store,
            AuditEvent,
            AuditEvent.action == "aanmelden_mislukt",
            AuditEvent.username == "beheer",
        )
        == 1
    )
    type_text(qtbot, dialog.password, DEMO_PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.actor.username == "beheer"


def test_guessing_in_the_sign_in_window_is_slowed_down_and_said_so(qtbot, store, beheerder):
    dialog = SignInDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.username, "beheer")
    for _ in range(3):
        type_text(qtbot, dialog.password, "verkeerd")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    type_text(qtbot, dialog.password, DEMO_PASSWORD)  # right, but too soon
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.error.text().startswith("Te veel mislukte pogingen. Probeer het over")
    assert dialog.error.wordWrap() and dialog.width() <= 1366


def test_first_start_creates_the_first_beheerder(qtbot, store):
    dialog = FirstRunDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.display_name, "Eerste Beheerder")
    type_text(qtbot, dialog.username, "eerste")
    type_text(qtbot, dialog.password, "kort")
    type_text(qtbot, dialog.password_again, "kort")
    qtbot.mouseClick(dialog.admin_button, Qt.MouseButton.LeftButton)
    assert "minstens 10 tekens" in dialog.fields.rows["password"].error.text()
    for weak, said in [("Welkom2026!", "te bekend"), ("eerste-en-beste", "gebruikersnaam")]:
        replace_text(qtbot, dialog.password, weak)
        replace_text(qtbot, dialog.password_again, weak)
        qtbot.mouseClick(dialog.admin_button, Qt.MouseButton.LeftButton)
        assert said in dialog.fields.rows["password"].error.text()
        assert count(store, Staff) == 0
    replace_text(qtbot, dialog.password, "lang-genoeg-1")
    replace_text(qtbot, dialog.password_again, "lang-genoeg-2")
    qtbot.mouseClick(dialog.admin_button, Qt.MouseButton.LeftButton)
    assert dialog.fields.rows["password_again"].error.text() == "De wachtwoorden verschillen."
    replace_text(qtbot, dialog.password_again, "lang-genoeg-1")
    qtbot.mouseClick(dialog.admin_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == FirstRunDialog.ADMIN
    with store.reading() as s:
        staff = s.scalar(select(Staff))
        assert staff.username == "eerste" and "beheerder" in staff.role_codes


def test_first_start_loads_demo_data(qtbot, store):
    dialog = FirstRunDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == FirstRunDialog.DEMO
    assert count(store, Client) == 400
    with store.reading() as s:
        bsns = list(s.scalars(select(Client.bsn)))
    assert all(b.startswith("9999") for b in bsns)
    from intake_desktop.demo.demo_data import DEMO_PASSWORD as DEMO
    from intake_desktop.services.beheer import accounts

    assert accounts.sign_in(store, "balie", DEMO).has("baliemedewerker")


def test_idle_lock_covers_windows_and_keeps_what_was_typed(qtbot, store, balie):
    window = MainWindow(store, balie)
    qtbot.addWidget(window)
    window.show()
    dialog = AanmeldingDialog(store, balie, window)
    dialog.show()
    type_text(qtbot, dialog.question, "Half getypte vraag")
    lock = IdleLock(store, balie, minutes=0.002, parent=window)  # ~0.1 s

    seen = {}

    def unlock(widget):
        assert isinstance(widget, UnlockDialog)
        seen["covered"] = all(
            w.findChild(QWidget, "lockCover").isVisible() for w in (window, dialog)
        )
        type_text(qtbot, widget.password, "fout")
        qtbot.keyClick(widget.password, Qt.Key.Key_Return)
        seen["error"] = widget.error.text()
        type_text(qtbot, widget.password, DEMO_PASSWORD)
        qtbot.keyClick(widget.password, Qt.Key.Key_Return)

    failures = when_modal(unlock)
    qtbot.waitUntil(lambda: "error" in seen, timeout=5000)
    qtbot.waitUntil(lambda: not lock.locked, timeout=5000)
    failures.check()
    assert seen["covered"]
    assert seen["error"] == "Dat wachtwoord klopt niet."
    assert dialog.isVisible() and dialog.question.toPlainText() == "Half getypte vraag"
    assert count(store, AuditEvent, AuditEvent.action == "ontgrendelen_mislukt") == 1
    lock.stop()
    dialog.done(0)


def test_beheer_is_only_there_for_a_beheerder_and_shows_the_audit_log(
    qtbot, store, balie, beheerder, tmp_path, monkeypatch
):
    counter = MainWindow(store, balie)
    qtbot.addWidget(counter)
    assert [counter.nav.item(i).text() for i in range(counter.nav.count())] == [
        "Balie",
        "Wachtrij",
        "Agenda",
        "Werkvoorraad",
    ]

    client_id = register(store, balie)
    counter.open_dossier(client_id)

    admin = MainWindow(store, beheerder)
    qtbot.addWidget(admin)
    admin.show()
    assert [admin.nav.item(i).text() for i in range(admin.nav.count())] == [
        "Balie",
        "Wachtrij",
        "Agenda",
        "Werkvoorraad",
        "Caseloads",
        "Beheer",
        "Monitoring",
    ]
    beheer_item = admin.nav.visualItemRect(admin.nav.item(5)).center()
    qtbot.mouseClick(admin.nav.viewport(), Qt.MouseButton.LeftButton, pos=beheer_item)
    audit_view = admin.beheer.content.audit
    rows = [
        [audit_view.table.item(r, c).text() for c in range(8)]
        for r in range(audit_view.table.rowCount())
    ]
    viewed = [r for r in rows if r[3] == "Dossier bekeken"]
    assert viewed and viewed[0][1] == "Bram Balie (balie)" and viewed[0][2] == "baliemedewerker"
    assert viewed[0][4] == "gedaan" and str(client_id)[:8] in viewed[0][5]
    with store.reading() as s:
        surname = s.get(Client, client_id).surname
    assert viewed[0][5].startswith("klant · ") and surname in viewed[0][5]  # a name, not an id

    # Only this client's rows: her name typed in Klant (Alt+L), then Enter.
    activate(admin)
    audit_view.apply.setFocus()
    qtbot.keyClick(audit_view.apply, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert admin.focusWidget() is audit_view.client
    type_text(qtbot, audit_view.client, surname)
    qtbot.keyClick(audit_view.client, Qt.Key.Key_Return)
    subjects = {audit_view.table.item(r, 5).text() for r in range(audit_view.table.rowCount())}
    assert len(subjects) >= 1 and all(surname in subject for subject in subjects)
    audit_view.client.clear()
    qtbot.keyClick(audit_view.client, Qt.Key.Key_Return)

    # Keten controleren, by keyboard (Alt+K), off the UI thread.
    audit_view.verify_button.setFocus()
    qtbot.keyClick(audit_view.verify_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "heel" in audit_view.chain_result.text(), timeout=10000)
    assert audit_view.chain_result.text().startswith("De keten is heel: ")
    assert audit_view.table.item(0, 3).text() == "Auditketen gecontroleerd"

    # Logboek exporteren (Alt+X): JSON lines to the file she chose.
    import json

    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "logboek"  # ".jsonl" is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    activate(admin)
    qtbot.keyClick(audit_view.verify_button, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: "logboekregel" in audit_view.chain_result.text(), timeout=10000)
    lines = (tmp_path / "logboek.jsonl").read_text(encoding="utf-8").splitlines()
    assert lines and all(json.loads(x)["attributes"]["dpl.core.data_subject_id"] for x in lines)
    assert audit_view.chain_result.text().startswith(f"{len(lines)} logboekregel(s) geschreven")
    assert audit_view.table.item(0, 3).text() == "Geëxporteerd"

    with store.reading() as s:
        second = s.scalar(select(AuditChain.audit_id).where(AuditChain.seq == 2))
    run_as_owner(store, f"DELETE FROM audit_event WHERE id = '{second.hex}'")
    qtbot.mouseClick(audit_view.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "gebroken" in audit_view.chain_result.text(), timeout=10000)
    assert audit_view.chain_result.text().startswith(
        "De keten is gebroken bij schakel 2: de auditregel is verwijderd."
    )
    audit_view.grab().save(str(tmp_path / "auditlog.png"))
