"""The sign-in window in server mode: a one-time password leads to choosing one's own,
typed twice; a mismatch is said next to the field and nothing is lost."""

from __future__ import annotations

from PySide6.QtCore import Qt

from intake_desktop.db.engine import make_engine
from intake_desktop.db.server import setup
from intake_desktop.db.server.names import OWNER
from intake_desktop.services.core.store import Store
from intake_desktop.ui.new_password_dialog import NewPasswordDialog
from intake_desktop.ui.sign_in_dialog import SignInDialog
from tests.support.ui import type_text, when_modal


def test_a_one_time_password_is_replaced_in_the_sign_in_window(qtbot, server_db, tmp_path):
    username = f"nieuw-{server_db.suffix}"
    engine = make_engine(server_db.dba_url)
    once = setup.add_staff(
        engine, OWNER, setup.NewLogin(username, "Nieuw", {"klantmanager"}, "0000")
    )
    engine.dispose()
    store = Store.open(server_db.workstation_url, server_db.config)
    server_db.stores.append(store)
    dialog = SignInDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    seen = {}

    def choose(new: NewPasswordDialog) -> None:
        type_text(qtbot, new.password, "Mijn-eigen-wachtwoord")
        type_text(qtbot, new.again, "Mijn-eigen-wachtwoordd")
        qtbot.keyClick(new.again, Qt.Key.Key_Return)
        seen["error"] = new.fields.rows["again"].error.text()
        seen["kept"] = new.password.text()
        new.grab().save(str(tmp_path / "nieuw-wachtwoord.png"))
        new.again.clear()
        type_text(qtbot, new.again, "Mijn-eigen-wachtwoord")
        qtbot.keyClick(new.again, Qt.Key.Key_Return)

    watch = when_modal(choose, kind=NewPasswordDialog)
    type_text(qtbot, dialog.username, username)
    type_text(qtbot, dialog.password, once)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    watch.check()
    assert seen == {
        "error": "De twee wachtwoorden zijn niet gelijk.",
        "kept": "Mijn-eigen-wachtwoord",
    }
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.actor.username == username
    again = Store.open(server_db.workstation_url, server_db.config)
    server_db.stores.append(again)
    from intake_desktop.services.beheer import accounts

    accounts.sign_in(again, username, "Mijn-eigen-wachtwoord")
