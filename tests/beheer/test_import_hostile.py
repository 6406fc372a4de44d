"""A caseload file as old systems and careless hands make them, imported on every store
(SQLite, PostgreSQL, PostgreSQL in server mode) with the outcome of every line checked."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, select

from intake_desktop.db.models import Client
from intake_desktop.services.beheer import importer
from intake_desktop.services.beheer.errors import ImportMixedEncoding
from intake_desktop.services.beheer.import_file import MAX_LINE
from tests.support.store import count

pytestmark = pytest.mark.both_stores

HEADER = "bsn;voornamen;tussenvoegsel;achternaam;geboortedatum;woonplaats;telefoon;email\r\n"
# (line as in the file, outcome): "ok" stored as given below, otherwise the message part.
LINES = [
    ("999990019;Anaïs;;Maës;05-03-1980;Voorbeeld;;", "ok"),  # line 2
    ('999990020;"Jan\r\nPieter";de;Vries;01-01-1970;;;', "ok"),  # 3-4: quoted newline
    ('999990032;José;;"Peña; ""de Oude""";12-12-1990;;;', "ok"),  # 5: quotes, delimiter
    ("999990044;Robert');;DROP TABLE client--;01-01-1980;;;", "ok"),  # 6: SQL-looking
    ('999990056;=HYPERLINK("x");;Smit;01-01-1980;;;', "voornamen: Begin niet met ="),  # 7
    ("999990068;Els;;@SUM;01-01-1980;;;", "achternaam: Begin niet met ="),  # 8
    ("999990081;Kees;;+Bakker;01-01-1980;;;", "achternaam: Begin niet met ="),  # 9
    ("999990093;Bel\x07la;;Nul\x00l;01-01-1980;;;", "ok"),  # 10: control characters
    ("999900201;\u200b;;Leeg;01-01-1980;;;", "voornamen: Dit veld is verplicht."),  # 11
    ("999900213;Piet;;" + "Lang" * 60 + ";01-01-1980;;;", "achternaam: Te lang"),  # 12
    ("999990019;Anaïs;;Maës;05-03-1980;;;", "BSN: staat ook al op regel 2 van dit bestand"),
    ("999900225;Ria;;Mol;01-01-0980;;;", "geboortedatum: Deze geboortedatum ligt meer"),  # 14
    ("999900237;Tom;;Kok;01-01-1980;;0600000000;", "telefoon: Vul een telefoonnummer"),  # 15
    ("999900249;Ada;;Ros;01-01-1980;;;ada@@voorbeeld.nl", "e-mail: Vul een e-mailadres"),
    ("999900250;Bob;;Bos;01-01-1980;;;bob@voorbeeld.nl", "ok"),  # 17
    ("x" * (MAX_LINE + 10), "regel: de regel is langer dan"),  # 18: garbage, not read
    ("999900262;Ina;;Hoe\u0308l;02-02-1982;;06 12345678;", "ok"),  # 19: NFD
]
STORED = {
    "999990019": ("Anaïs", "Maës"),
    "999990020": ("Jan Pieter", "Vries"),
    "999990032": ("José", 'Peña; "de Oude"'),
    "999990044": ("Robert')", "DROP TABLE client--"),
    "999990093": ("Bella", "Null"),
    "999900250": ("Bob", "Bos"),
    "999900262": ("Ina", "Hoël"),
}


def hostile_file(tmp_path):
    path = tmp_path / "export oud systeem.csv"
    body = HEADER + "\r\n".join(line for line, _ in LINES) + "\r\n"
    path.write_bytes(b"\xef\xbb\xbf" + body.encode("utf-8"))  # with BOM, CRLF
    return path


def test_every_line_of_a_hostile_file_gets_its_own_outcome(store, beheerder, tmp_path):
    report = importer.import_clients(store, beheerder, hostile_file(tmp_path))

    assert report.encoding == "UTF-8" and report.delimiter == ";"
    refused = {error.line: error.message for error in report.errors}
    line = 2
    expected_refused = {}
    for text, outcome in LINES:
        if outcome != "ok":
            expected_refused[line] = outcome
        line += text.count("\n") + 1
    assert set(refused) == set(expected_refused), refused
    for number, start in expected_refused.items():
        assert refused[number].startswith(start), (number, refused[number])
    assert report.imported == len(STORED) and report.error_count == len(expected_refused)

    with store.reading() as session:
        stored = {c.bsn: (c.first_names, c.surname) for c in session.scalars(select(Client))}
        table_still_there = inspect(session.connection()).has_table("client")
    assert stored == STORED
    assert table_still_there
    with store.reading() as session:
        ina = session.scalar(select(Client).where(Client.bsn == "999900262"))
        assert ina.phone == "0612345678" and ina.search_name == "hoel"


def test_the_same_hostile_file_again_adds_nothing(store, beheerder, tmp_path):
    importer.import_clients(store, beheerder, hostile_file(tmp_path))
    again = importer.import_clients(store, beheerder, hostile_file(tmp_path))
    # The in-file duplicate of line 2 is now already present too; in server mode the
    # server is asked per chunk, after the file's own duplicates are found.
    duplicate = 0 if store.staff_login else 1
    assert (again.imported, again.already_present) == (0, len(STORED) + duplicate)
    assert count(store, Client) == len(STORED)


def test_a_hostile_file_with_one_line_in_another_encoding_stores_nothing(
    store, beheerder, tmp_path
):
    path = hostile_file(tmp_path)
    path.write_bytes(path.read_bytes().replace(b"Bob;;Bos", "Bob;;B\xf6s".encode("cp1252")))
    with pytest.raises(ImportMixedEncoding, match="regel 17 is dat niet"):
        importer.import_clients(store, beheerder, path)
    assert count(store, Client) == 0
