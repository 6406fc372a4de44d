"""Importing an existing caseload: service, command line and the Importeren screen."""

from __future__ import annotations

import io

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from intake_desktop import cli
from intake_desktop.db.models import AuditEvent, Client
from intake_desktop.services.beheer import importer
from intake_desktop.services.beheer.errors import (
    ImportCancelled,
    ImportColumnsMissing,
    ImportMixedEncoding,
    ImportNotAllowed,
    ImportUnknownEncoding,
)
from intake_desktop.ui.beheer.import_view import ImportView
from tests.support.staff import DEMO_PASSWORD
from tests.support.store import count
from tests.support.ui import type_text

pytestmark = pytest.mark.both_stores  # every test here runs on SQLite and PostgreSQL

HEADER = (
    "bsn;voornamen;tussenvoegsel;achternaam;geboortedatum;straat;huisnummer;toevoeging;"
    "postcode;woonplaats;telefoon;email\n"
)
GOOD = [
    "999990019;Anaïs;;Maës;05-03-1980;Dorpsstraat;12;;1234 AB;Voorbeeld;0612345678;a@b.nl",
    "999990020;Jan;de;Vries;01-01-1970;Kerkweg;3;A;2345 BC;Voorbeeld;;",
    "999990032;José;;Peña;12-12-1990;;;;;;;",
]
BROKEN = [
    "123456789;Piet;;Jansen;01-01-1980;;;;;;;",  # elfproef
    "999990044;;;Bakker;01-01-1980;;;;;;;",  # first names missing
    "999990056;Kees;;Smit;31-02-1980;;;;;;;",  # no such date
    "999990068;Els;;Vos;01-01-1980;;;;0123 AB;;;",  # postcode
    "999990019;Anaïs;;Maës;05-03-1980;;;;;;;",  # same BSN as line 2
]


def write(tmp_path, lines, encoding="utf-8", delimiter=";", name="klanten.csv"):
    text = HEADER + "\n".join(lines) + "\n"
    if delimiter != ";":
        text = text.replace(";", delimiter)
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_valid_rows_imported_broken_rows_listed_with_line_and_reason(store, beheerder, tmp_path):
    path = write(tmp_path, GOOD + BROKEN)
    report = importer.import_clients(store, beheerder, path)
    assert (report.rows, report.imported, report.already_present) == (8, 3, 0)
    lines = {e.line: e.message for e in report.errors}
    assert set(lines) == {5, 6, 7, 8, 9}
    assert "elfproef" in lines[5]
    assert lines[6].startswith("voornamen:")
    assert "bestaat niet" in lines[7]
    assert "postcode" in lines[8]
    assert "regel 2" in lines[9]
    with store.reading() as s:
        names = sorted(s.scalars(select(Client.surname)))
    assert names == ["Maës", "Peña", "Vries"]
    assert (
        count(store, AuditEvent, AuditEvent.action == "aanmaken", AuditEvent.entity == "client")
        == 3
    )
    assert count(store, AuditEvent, AuditEvent.action == "importeren") == 1  # one, finished


def test_importing_the_same_file_twice_creates_no_duplicates(store, beheerder, tmp_path):
    path = write(tmp_path, GOOD)
    importer.import_clients(store, beheerder, path)
    again = importer.import_clients(store, beheerder, path)
    assert (again.imported, again.already_present) == (0, 3)
    assert count(store, Client) == 3


@pytest.mark.parametrize(
    "encoding,delimiter", [("cp1252", ";"), ("utf-8-sig", ","), ("utf-8", ",")]
)
def test_windows_1252_and_comma_files(store, beheerder, tmp_path, encoding, delimiter):
    path = write(tmp_path, GOOD, encoding=encoding, delimiter=delimiter)
    report = importer.import_clients(store, beheerder, path)
    assert report.imported == 3 and report.delimiter == delimiter
    with store.reading() as s:
        assert s.scalar(select(Client.first_names).where(Client.bsn == "999990032")) == "José"


def test_a_utf8_file_with_one_stray_byte_is_refused_naming_the_line(store, beheerder, tmp_path):
    path = write(tmp_path, GOOD)  # UTF-8, with ë, ï and é
    raw = path.read_bytes().split(b"\n")
    raw[2] = raw[2].replace(b"Vries", b"Vri\xebs")  # one name typed in an old program
    path.write_bytes(b"\n".join(raw))
    with pytest.raises(ImportMixedEncoding, match="regel 3 is dat niet"):
        importer.import_clients(store, beheerder, path)
    assert count(store, Client) == 0  # nothing garbled, nothing half-imported


def test_an_over_long_surname_refuses_its_row_only(store, beheerder, tmp_path):
    long_row = "999990044;Kees;;" + "Bakker" * 900 + ";01-01-1980;;;;;;;"
    report = importer.import_clients(store, beheerder, write(tmp_path, [*GOOD, long_row]))
    assert report.imported == 3
    assert [(e.line, e.message) for e in report.errors] == [
        (5, "achternaam: Te lang: hier passen hoogstens 200 tekens.")
    ]
    assert count(store, Client) == 3


def test_bytes_of_no_known_encoding_are_refused(store, beheerder, tmp_path):
    path = write(tmp_path, ["999990019;Jan;;Jansen;01-01-1980;;;;;;;"])
    path.write_bytes(path.read_bytes().replace(b"Jansen", b"Jan\x81sen"))
    with pytest.raises(ImportUnknownEncoding, match="Regel 2 bevat tekens"):
        importer.import_clients(store, beheerder, path)
    assert count(store, Client) == 0


def test_cancelled_import_stores_nothing(store, beheerder, tmp_path, monkeypatch):
    monkeypatch.setattr(importer, "CHUNK", 1)
    path = write(tmp_path, GOOD)
    with pytest.raises(ImportCancelled, match="Import afgebroken: er is niets opgeslagen\\."):
        importer.import_clients(store, beheerder, path, cancelled=lambda: True)
    assert count(store, Client) == 0


def test_a_crash_halfway_stores_nothing(store, beheerder, tmp_path, monkeypatch):
    monkeypatch.setattr(importer, "CHUNK", 1)
    calls = {"n": 0}
    real_flush = importer._flush

    def flaky(*args):
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError("disk full")
        real_flush(*args)

    monkeypatch.setattr(importer, "_flush", flaky)
    with pytest.raises(OSError, match="disk full"):
        importer.import_clients(store, beheerder, write(tmp_path, GOOD))
    assert count(store, Client) == 0


def test_missing_column_refuses_the_file(store, beheerder, tmp_path):
    path = tmp_path / "kapot.csv"
    path.write_text("bsn;naam\n999990019;Maës\n", encoding="utf-8")
    with pytest.raises(ImportColumnsMissing, match="voornamen, achternaam, geboortedatum"):
        importer.import_clients(store, beheerder, path)


def test_only_a_beheerder_imports(store, balie, tmp_path):
    with pytest.raises(ImportNotAllowed, match="Alleen een beheerder mag klanten importeren\\."):
        importer.import_clients(store, balie, write(tmp_path, GOOD))


def test_command_line_import_prints_a_summary(store, beheerder, tmp_path, monkeypatch, capsys):
    # In server mode the command signs in to the server as the beheerder, as the window does.
    monkeypatch.setenv("INTAKE_DB_URL", store.server_url or str(store.engine.url))
    monkeypatch.setattr("sys.stdin", io.StringIO(DEMO_PASSWORD + "\n"))
    code = cli.main(
        ["import", "clients", str(write(tmp_path, GOOD + BROKEN[:1])), "--gebruiker", "beheer"]
    )
    out = capsys.readouterr().out
    assert code == 1  # one row refused
    assert "Geïmporteerd:         3" in out
    assert "regel 5:" in out and "elfproef" in out
    assert count(store, Client) == 3


def test_command_line_refuses_a_wrong_password(store, beheerder, tmp_path, monkeypatch, capsys):
    # In server mode the command signs in to the server as the beheerder, as the window does.
    monkeypatch.setenv("INTAKE_DB_URL", store.server_url or str(store.engine.url))
    monkeypatch.setattr("sys.stdin", io.StringIO("fout\n"))
    code = cli.main(["import", "clients", str(write(tmp_path, GOOD)), "--gebruiker", "beheer"])
    assert code == 2
    assert "klopt niet" in capsys.readouterr().err
    assert count(store, Client) == 0


def test_import_screen_shows_progress_summary_and_broken_lines(qtbot, store, beheerder, tmp_path):
    view = ImportView(store, beheerder)
    qtbot.addWidget(view)
    view.show()
    type_text(qtbot, view.path, str(write(tmp_path, GOOD + BROKEN)))
    qtbot.mouseClick(view.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "geïmporteerd" in view.summary.text(), timeout=10000)
    assert "8 regels gelezen: 3 klanten geïmporteerd, 0 al aanwezig" in view.summary.text()
    assert view.errors.rowCount() == 5
    assert view.errors.item(0, 0).text() == "5"
    assert "elfproef" in view.errors.item(0, 1).text()
    assert count(store, Client) == 3


def test_the_import_screen_names_the_line_of_a_mixed_file(qtbot, store, beheerder, tmp_path):
    path = write(tmp_path, GOOD)
    path.write_bytes(path.read_bytes().replace(b"Vries", b"Vri\xebs"))
    view = ImportView(store, beheerder)
    qtbot.addWidget(view)
    view.show()
    type_text(qtbot, view.path, str(path))
    qtbot.mouseClick(view.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "regel 3" in view.summary.text(), timeout=10000)
    assert "twee tekensets door elkaar" in view.summary.text()
    assert view.errors.rowCount() == 0 and count(store, Client) == 0
