"""Choosing the database: a shared PostgreSQL server (tested for real on loopback, over
TLS with the test CA) or the local file; written to instellingen.toml without a user or
a password, audited."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from intake_desktop.db.models import AuditEvent
from intake_desktop.services.beheer import database_settings
from intake_desktop.services.beheer.database_settings import ServerAddress
from intake_desktop.services.beheer.errors import DatabaseChoiceNotAllowed
from intake_desktop.settings import load_settings
from tests.support.ui import answer_message_box, type_text


def test_an_address_is_checked_and_a_password_never_shown():
    errors = database_settings.check_address(ServerAddress("", 0, "x y", "/geen/ca.crt"))
    assert set(errors) == {"host", "port", "database", "ca_file"}
    assert database_settings.describe(
        "postgresql+psycopg://ik:geheim@db.gemeente.nl:5432/intake"
    ) == (
        "PostgreSQL",
        "ik@db.gemeente.nl:5432/intake",
    )


def test_connection_to_a_real_server_checks_its_certificate(pg_server, tmp_path):
    server, _base = pg_server
    ca = str(server.ca_file)
    ok, message, _ = database_settings.test_connection(
        ServerAddress("localhost", server.port, "intake_template", ca)
    )
    assert ok and message.startswith("De server antwoordt versleuteld en zijn certificaat klopt")
    # A certificate from another authority than the one given: refused, and said so.
    other = tmp_path / "ander-ca.crt"
    other.write_text(_other_ca(tmp_path))
    address = ServerAddress("localhost", server.port, "intake_template", str(other))
    ok, message, _ = database_settings.test_connection(address)
    assert not ok and "certificaat is niet te controleren" in message
    wrong = ServerAddress("localhost", 1, "leeg", ca)
    ok, message, _ = database_settings.test_connection(wrong)
    assert not ok and message.startswith("Geen verbinding met de server")


def _other_ca(folder) -> str:
    import subprocess

    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-keyout", str(folder / "k"), "-out", str(folder / "c"), "-days", "1",
         "-subj", "/CN=ander"],
        check=True, capture_output=True,
    )  # fmt: skip
    return (folder / "c").read_text()


def test_saving_writes_the_settings_file_and_is_audited(store, beheerder, balie):
    settings = load_settings()
    settings.settings_file.parent.mkdir(parents=True, exist_ok=True)
    settings.settings_file.write_text('language = "nl"\n', encoding="utf-8")
    url = ServerAddress("db.gemeente.nl", 5432, "intake").url
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
    type_text(qtbot, view.host, "localhost")
    view.port.setFocus()
    view.port.selectAll()
    type_text(qtbot, view.port, str(server.port))
    view.database.selectAll()
    type_text(qtbot, view.database, "intake_template")
    type_text(qtbot, view.ca_file, "/geen/ca.crt")
    qtbot.mouseClick(view.test_button, Qt.MouseButton.LeftButton)
    assert view.fields.rows["ca_file"].error.text() == "Dit bestand bestaat niet op deze computer."
    view.ca_file.clear()
    type_text(qtbot, view.ca_file, str(server.ca_file))
    qtbot.mouseClick(view.test_button, Qt.MouseButton.LeftButton)
    assert "certificaat klopt" in view.result.text()
    seen = []
    answer_message_box("OK", seen)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0].startswith("Opgeslagen.")
    assert load_settings().database_url == (
        f"postgresql+psycopg://localhost:{server.port}/intake_template?sslrootcert="
        + str(server.ca_file)
    )
    assert "instellingen.toml" in view.now.text()
