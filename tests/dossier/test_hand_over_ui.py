"""A shared counter PC changes hands without closing the program: Nu vergrendelen
(Ctrl+L), "Andere gebruiker" on the lock, Afmelden and Wissel gebruiker in the menu
under one's name, and Wachtwoord wijzigen there. What the first person typed is kept as
her draft and never shown to the next one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from intake_desktop.db.models import AuditEvent, Staff
from intake_desktop.services.beheer import accounts, passwords
from intake_desktop.services.core import audit, drafts
from intake_desktop.ui.balie.aanmelding_dialog import DRAFT_KEY, AanmeldingDialog
from intake_desktop.ui.idle_lock import IdleLock, UnlockDialog
from intake_desktop.ui.main_window import MainWindow
from intake_desktop.ui.new_password_dialog import NewPasswordDialog
from intake_desktop.ui.sign_in_dialog import SignInDialog
from tests.support.staff import DEMO_PASSWORD
from tests.support.ui import activate, answer_message_box, type_text, when_modal


def counter_window(qtbot, store, actor) -> tuple[MainWindow, list]:
    store.bind(actor)
    window = MainWindow(store, actor)
    qtbot.addWidget(window)
    window.attach_idle_lock(IdleLock(store, actor, minutes=60, parent=window))
    ended: list[str] = []
    window.session_ended.connect(ended.append)
    window.show()
    return window, ended


def sign_outs(store) -> list[dict]:
    with store.reading() as s:
        return [
            e.details
            for e in s.scalars(select(AuditEvent).where(AuditEvent.action == audit.SIGN_OUT))
        ]


def test_ctrl_l_then_another_user_keeps_the_draft_for_its_author(qtbot, store, balie, staff_member):
    window, ended = counter_window(qtbot, store, balie)
    dialog = AanmeldingDialog(store, balie, window)
    dialog.show()
    type_text(qtbot, dialog.question, "Vraag van Bram over schulden")
    seen = {}

    def at_the_lock(widget):
        assert isinstance(widget, UnlockDialog)
        seen["covered"] = all(
            w.findChild(QWidget, "lockCover").isVisible() for w in (window, dialog)
        )
        seen["text"] = widget.findChild(QWidget, "switchUser").toolTip()
        qtbot.mouseClick(widget.findChild(QWidget, "switchUser"), Qt.MouseButton.LeftButton)

    failures = when_modal(at_the_lock)
    activate(dialog)
    qtbot.keyClick(dialog.question, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(ended), timeout=5000)
    failures.check()
    assert seen["covered"] and "Bram Balie" in seen["text"]
    assert ended == ["wissel_gebruiker"]
    assert not dialog.isVisible() and not window.isVisible()
    assert store.bound_to is None  # the store works for nobody until the next sign-in
    assert sign_outs(store) == [{"wijze": "wissel_gebruiker"}]
    kept = drafts.load_draft(store, balie, DRAFT_KEY)
    assert kept and kept[0]["question"] == "Vraag van Bram over schulden"

    # The next person at the counter: nothing of Bram's is offered or filled in.
    next_one = staff_member("balie2", {"baliemedewerker"}, name="Bo Balie")
    window2, _ = counter_window(qtbot, store, next_one)
    assert drafts.list_drafts(store, next_one, ("",)) == []
    offered = []
    watch = answer_message_box("No", offered, timeout_ms=600)
    theirs = AanmeldingDialog(store, next_one, window2)
    watch.stop()
    assert offered == [] and theirs.question.toPlainText() == ""
    theirs.done(0)

    # Bram again: his own draft is offered and comes back.
    store.bind(balie)
    answer_message_box("Yes")
    again = AanmeldingDialog(store, balie, window2)
    assert again.question.toPlainText() == "Vraag van Bram over schulden"
    again.done(0)


def test_afmelden_from_the_menu_closes_every_window_without_asking(qtbot, store, balie):
    window, ended = counter_window(qtbot, store, balie)
    dialog = AanmeldingDialog(store, balie, window)
    dialog.show()
    type_text(qtbot, dialog.question, "Nog niet klaar")
    menu = window.session_menu
    texts = [a.text() for a in menu.button.menu().actions() if a.text()]
    assert texts == ["Nu &vergrendelen", "&Wachtwoord wijzigen…", "Wissel &gebruiker", "&Afmelden"]
    assert menu.lock_action.shortcut().toString() == "Ctrl+L"
    menu.sign_out_action.trigger()  # the aanmelding's own Annuleren would ask first
    assert ended == ["afmelden"] and not dialog.isVisible()
    assert sign_outs(store) == [{"wijze": "afmelden"}]
    assert drafts.load_draft(store, balie, DRAFT_KEY)[0]["question"] == "Nog niet klaar"


def test_change_ones_own_password_from_the_menu(qtbot, store, balie):
    window, _ = counter_window(qtbot, store, balie)
    seen = {}

    def change(dialog):
        assert isinstance(dialog, NewPasswordDialog)
        type_text(qtbot, dialog.current, "niet-het-wachtwoord")
        type_text(qtbot, dialog.password, "Regenjas aan de kapstok")
        type_text(qtbot, dialog.again, "Regenjas aan de kapstok")
        qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
        seen["wrong"] = dialog.fields.rows["current"].error.text()
        assert dialog.isVisible() and dialog.current.text() == ""
        type_text(qtbot, dialog.current, DEMO_PASSWORD)
        qtbot.keyClick(dialog.current, Qt.Key.Key_Return)

    failures = when_modal(change)
    window.session_menu.password_action.trigger()
    failures.check()
    assert seen["wrong"] == "Het huidige wachtwoord klopt niet."
    assert "gewijzigd" in window.statusBar().currentMessage()
    assert accounts.sign_in(store, "balie", "Regenjas aan de kapstok").username == "balie"


def test_a_temporary_password_is_replaced_at_sign_in(qtbot, store, beheerder, staff_member):
    staff_member("karin", {"klantmanager"})
    with store.reading() as s:
        karin_id = s.scalar(select(Staff.id).where(Staff.username == "karin"))
    temporary = passwords.reset_password(store, beheerder, karin_id)
    sign_in = SignInDialog(store)
    qtbot.addWidget(sign_in)
    sign_in.show()
    type_text(qtbot, sign_in.username, "karin")
    type_text(qtbot, sign_in.password, temporary)

    def choose(dialog):
        assert isinstance(dialog, NewPasswordDialog)
        assert not dialog.current.isVisible()  # she just typed it
        type_text(qtbot, dialog.password, "Karin")  # too short
        type_text(qtbot, dialog.again, "Karin")
        qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
        assert "minstens 10 tekens" in dialog.fields.rows["password"].error.text()
        for field in (dialog.password, dialog.again):
            field.clear()
            type_text(qtbot, field, "Tulpen langs de dijk")
        qtbot.keyClick(dialog.again, Qt.Key.Key_Return)

    failures = when_modal(choose)
    qtbot.keyClick(sign_in.password, Qt.Key.Key_Return)
    failures.check()
    assert sign_in.actor is not None and sign_in.actor.username == "karin"
    assert not passwords.must_change_password(store, sign_in.actor)
    assert accounts.sign_in(store, "karin", "Tulpen langs de dijk").username == "karin"
