"""Choosing the database: a shared PostgreSQL server (tested for real on loopback) or
the local file; written to instellingen.toml without a password, audited."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from intake_desktop.db.models import AuditEvent
from intake_desktop.services.beheer import database_settings
from intake_desktop.services.beheer.database_settings import ServerAddress
from intake_desktop.services.beheer.errors import DatabaseChoiceNotAllowed
from intake_desktop.settings import load_settings
from tests.support.pg_server import admin as _admin
from tests.support.ui import answer_message_box, type_text


def test_an_address_is_checked_and_a_password_never_shown():
    errors = database_settings.check_address(ServerAddress("", 0, "x y", ""))
    assert set(errors) == {"host", "port", "database", "user"}
    assert database_settings.describe(
        "postgresql+psycopg://ik:geheim@db.gemeente.nl:5432/intake"
    ) == (
        "PostgreSQL",
        "ik@db.gemeente.nl:5432/intake",
    )


def test_connection_to_a_real_server(pg_server):
    server, _base = pg_server
    _admin(server, "CREATE DATABASE leeg")
    address = ServerAddress("127.0.0.1", server.port, "leeg", "intake")
    ok, message, values = database_settings.test_connection(address)
    assert ok and "De database is leeg" in message and values["major"] >= 15
    in_use = ServerAddress("127.0.0.1", server.port, "intake_template", "intake")
    ok, message, _ = database_settings.test_connection(in_use)
    assert ok and "al in gebruik" in message
    wrong = ServerAddress("127.0.0.1", 1, "leeg", "intake")
    ok, message, _ = database_settings.test_connection(wrong)
    assert not ok and message.startswith("Geen verbinding met de server")


def test_saving_writes_the_settings_file_and_is_audited(store, beheerder, balie):
    settings = load_settings()
    settings.settings_file.parent.mkdir(parents=True, exist_ok=True)
    settings.settings_file.write_text('language = "nl"\n', encoding="utf-8")
    url = ServerAddress("db.gemeente.nl", 5432, "intake", "werkplein").url
    with pytest.raises(DatabaseChoiceNotAllowed, match="Alleen een beheerder kiest de database\\."):
        database_settings.save(store, balie, settings, url)
    database_settings.save(store, beheerder, settings, url)
    assert load_settings().database_url == url
    assert 'language = "nl"' in settings.settings_file.read_text(encoding="utf-8")
    database_settings.save(store, beheerder, settings, None)
    assert load_settings().database_url.startswith("sqlite:///")
    with store.reading() as s:
        rows = s.scalars(
            select(AuditEvent.details).where(AuditEvent.entity == "instellingen")
        ).all()
    assert rows == [
        {"velden": ["database_url"], "soort": "PostgreSQL"},
        {"velden": ["database_url"], "soort": "SQLite"},
    ]


def test_the_beheerder_switches_to_the_server_on_screen(qtbot, store, beheerder, pg_server):
    from intake_desktop.ui.beheer.database_view import DatabaseView

    server, _base = pg_server
    view = DatabaseView(store, beheerder)
    qtbot.addWidget(view)
    view.show()
    assert view.now.text().startswith("Nu in gebruik: SQLite")
    type_text(qtbot, view.host, "127.0.0.1")
    view.port.setFocus()
    view.port.selectAll()
    type_text(qtbot, view.port, str(server.port))
    view.database.selectAll()
    type_text(qtbot, view.database, "intake_template")
    type_text(qtbot, view.user, "intake")
    qtbot.mouseClick(view.test_button, Qt.MouseButton.LeftButton)
    assert "Verbinding gelukt" in view.result.text()
    seen = []
    answer_message_box("OK", seen)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0].startswith("Opgeslagen.")
    assert load_settings().database_url.endswith(f"@127.0.0.1:{server.port}/intake_template")
    assert "instellingen.toml" in view.now.text()
