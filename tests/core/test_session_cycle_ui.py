"""The whole program (ui/app.py) at a shared counter PC: Bram signs in, starts an
aanmelding, locks with Ctrl+L; Bo chooses "Andere gebruiker" on the lock and signs in
in the same running program, sees nothing of Bram's, signs out; the sign-in window is
closed and the program ends. Driven through the real event loops (app.exec and the
dialogs' exec), as a user would."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select, update

from intake_desktop.db.models import AuditEvent, Staff
from intake_desktop.services.core import audit, drafts
from intake_desktop.ui import app as app_module
from intake_desktop.ui.balie.aanmelding_dialog import DRAFT_KEY, AanmeldingDialog
from intake_desktop.ui.idle_lock import UnlockDialog
from intake_desktop.ui.main_window import MainWindow
from intake_desktop.ui.sign_in_dialog import SignInDialog
from tests.support.staff import DEMO_PASSWORD
from tests.support.ui import activate, type_text, when_modal


def when_main_window(action, seen: list) -> None:
    """Run ``action(window)`` once a main window is on screen (polled on the loop)."""

    def poll() -> None:
        windows = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        if windows and QApplication.activeModalWidget() is None:
            seen.append(windows[0].actor.username)
            action(windows[0])
        else:
            QTimer.singleShot(30, poll)

    QTimer.singleShot(30, poll)


def test_the_counter_pc_changes_hands_in_one_running_program(
    qtbot, store, balie, staff_member, monkeypatch, tmp_path
):
    from intake_desktop.services.laptop.workplace import Workplace

    bo = staff_member("balie2", {"baliemedewerker"}, name="Bo Balie")
    with store.transaction() as s:  # both chose their own password long ago
        s.execute(update(Staff).values(must_change_password=False))
    workplace = Workplace.online(store, str(store.engine.url), tmp_path)
    monkeypatch.setattr(workplace, "close", lambda: None)  # the fixture closes the store
    monkeypatch.setattr(app_module, "open_workplace", lambda settings, offline: workplace)
    monkeypatch.setattr(app_module, "offer_encryption", lambda app, workplace: None)
    failures, windows, found = [], [], {}

    def sign_in_as(name):
        def act(dialog):
            assert isinstance(dialog, SignInDialog)
            type_text(qtbot, dialog.username, name)
            type_text(qtbot, dialog.password, DEMO_PASSWORD)
            qtbot.keyClick(dialog.password, Qt.Key.Key_Return)

        failures.append(when_modal(act, kind=SignInDialog, timeout_ms=10000))

    def bram_works(window):
        found["maximised"] = window.isMaximized()  # the program starts full screen
        failures.append(when_modal(type_and_lock, kind=AanmeldingDialog))
        QTimer.singleShot(0, window.new_aanmelding)

    def type_and_lock(dialog):
        type_text(qtbot, dialog.question, "Bram zijn halve vraag")
        failures.append(when_modal(take_over, kind=UnlockDialog))
        activate(dialog)
        qtbot.keyClick(dialog.question, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    def take_over(lock):
        sign_in_as("balie2")
        when_main_window(bo_works, windows)
        qtbot.mouseClick(lock.findChild(QWidget, "switchUser"), Qt.MouseButton.LeftButton)

    def bo_works(window):
        found["bo_drafts"] = drafts.list_drafts(store, bo, ("",))
        found["signed_in_as"] = window.session_menu.button.text()
        failures.append(when_modal(lambda d: d.reject(), kind=SignInDialog, timeout_ms=10000))
        window.session_menu.sign_out_action.trigger()

    sign_in_as("balie")
    when_main_window(bram_works, windows)
    settings = SimpleNamespace(single_sign_on=False, log_file="")
    code, again = app_module._run_once(QApplication.instance(), settings, offline=False)
    for failure in failures:
        failure.check()
    assert (code, again) == (0, False)
    assert windows == ["balie", "balie2"]
    assert found["maximised"]
    assert found["bo_drafts"] == [] and found["signed_in_as"].startswith("Bo Balie")
    kept = drafts.load_draft(store, balie, DRAFT_KEY)
    assert kept and kept[0]["question"] == "Bram zijn halve vraag"
    with store.reading() as s:
        events = [
            (e.username, e.action)
            for e in s.scalars(
                select(AuditEvent)
                .where(AuditEvent.action.in_([audit.SIGN_IN, audit.SIGN_OUT]))
                .order_by(AuditEvent.occurred_at)
            )
        ]
    assert events[-4:] == [
        ("balie", "aanmelden"),
        ("balie", "afmelden"),
        ("balie2", "aanmelden"),
        ("balie2", "afmelden"),
    ]
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
