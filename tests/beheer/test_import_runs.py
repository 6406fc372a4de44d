"""A long import on SQLite: colleagues can save meanwhile, and it stays all-or-nothing
(cancelled, failed, or killed with SIGKILL); a large file of garbage costs bounded
memory. Real subprocesses, real kills."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select
from stdnum.nl import bsn

from intake_desktop.db.models import Aanmelding, AuditEvent, Client
from intake_desktop.domain.clock import utcnow
from intake_desktop.services.beheer import importer
from intake_desktop.services.beheer.import_file import MAX_LINE
from intake_desktop.services.core import audit
from tests.support.store import count

ROOT = Path(__file__).resolve().parents[2]
HEADER = "bsn;voornamen;achternaam;geboortedatum\n"
BSNS = [f"9999{n:05d}" for n in range(100_000) if bsn.is_valid(f"9999{n:05d}")]


def caseload(tmp_path: Path, clients: int, name="klanten.csv", start=0) -> Path:
    path = tmp_path / name
    lines = [
        f"{b};Jan;Klant{chr(65 + i % 26)};01-01-1980"
        for i, b in enumerate(BSNS[start : start + clients])
    ]
    path.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    return path


def child(store, csv_path: Path, chunk: int, pause: float) -> subprocess.Popen:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.support.import_child",
            store.engine.url.database,
            str(csv_path),
            str(chunk),
            str(pause),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def test_colleagues_can_save_while_a_long_import_runs(store, beheerder, tmp_path):
    database = store.engine.url.database
    saves = []

    def progress(done, total):
        # A colleague's save between two chunks: the write lock is free, at once.
        colleague = sqlite3.connect(database, timeout=0.05)
        colleague.execute("BEGIN IMMEDIATE")
        colleague.execute("ROLLBACK")
        colleague.close()
        saves.append(done)

    importer.CHUNK, old = 50, importer.CHUNK
    try:
        report = importer.import_clients(store, beheerder, caseload(tmp_path, 400), progress)
    finally:
        importer.CHUNK = old
    assert report.imported == 400 and len(saves) >= 8
    assert count(store, AuditEvent, AuditEvent.action == audit.IMPORT) == 1


def test_an_import_killed_halfway_is_removed_at_the_next_import(store, beheerder, tmp_path):
    process = child(store, caseload(tmp_path, 300), chunk=20, pause=0.2)
    for _ in range(3):
        assert process.stdout.readline().strip() == "chunk"
    process.send_signal(signal.SIGKILL)
    process.wait()
    left = count(store, Client)
    assert 60 <= left < 300  # committed chunks of an import that never finished

    # Meanwhile a colleague starts an aanmelding for one of those clients.
    with store.reading() as session:
        worked_on = session.scalars(select(Client.id)).first()
    with store.transaction() as session:
        session.add(
            Aanmelding(
                client_id=worked_on,
                gemeente_code="0664",
                channel="balie",
                registered_at=utcnow(),
                route="intake",
                status="nieuw",
            )
        )

    report = importer.import_clients(store, beheerder, caseload(tmp_path, 5, "ander.csv", 400))
    assert report.undone_earlier == left - 1 and report.imported == 5
    with store.reading() as session:
        remaining = set(session.scalars(select(Client.id)))
        undone = session.scalars(
            select(AuditEvent).where(AuditEvent.action == audit.IMPORT_UNDONE)
        ).one()
        deletes = count(store, AuditEvent, AuditEvent.action == audit.DELETE)
    assert worked_on in remaining and len(remaining) == 6
    assert undone.details["verwijderd"] == left - 1 and undone.details["bleven_staan"] == 1
    assert deletes == left - 1  # every removed client has its own audit row


def test_a_cancelled_chunked_import_removes_what_it_had_stored(store, beheerder, tmp_path):
    from intake_desktop.services.beheer.errors import ImportCancelled

    stored = []
    importer.CHUNK, old = 25, importer.CHUNK
    try:
        with pytest.raises(ImportCancelled):
            importer.import_clients(
                store,
                beheerder,
                caseload(tmp_path, 200),
                progress=lambda done, total: stored.append(count(store, Client)),
                cancelled=lambda: len(stored) >= 3,
            )
    finally:
        importer.CHUNK = old
    assert stored[-1] >= 50  # chunks were committed (colleagues could save) ...
    assert count(store, Client) == 0  # ... and removed again when it was stopped


def garbage_file(path: Path, megabytes: int) -> Path:
    """The header, then garbage: very long lines, an unclosed quote, short junk lines
    and a few valid clients among them."""
    rng = random.Random(7)
    with open(path, "wb") as file:
        file.write(HEADER.encode())
        written = 0
        while written < megabytes << 20:
            kind = rng.random()
            if kind < 0.6:
                block = bytes(rng.randrange(32, 127) for _ in range(256)) * (MAX_LINE // 128)
                block = block.replace(b"\n", b" ") + b"\n"
            elif kind < 0.65:
                block = b'999900006;"nooit gesloten;' + b"x;" * 200_000 + b"\n"
            else:
                block = b"".join(
                    f"{rng.randrange(10**9)};{'ab' * rng.randrange(40)};;junk\n".encode()
                    for _ in range(2000)
                )
            file.write(block)
            written += len(block)
        file.write(f"{BSNS[0]};Jan;Echt;01-01-1980\n".encode())
    return path


def test_a_large_garbage_file_is_read_in_bounded_memory(store, beheerder, tmp_path):
    path = garbage_file(tmp_path / "rommel.csv", 120)
    process = child(store, path, chunk=5000, pause=0)
    out, err = process.communicate(timeout=600)
    assert process.returncode == 0, err[-2000:]
    last = out.strip().splitlines()[-1].split()
    assert last[0] == "klaar", out[-500:]
    imported, refused, listed, peak_mb = (int(v) for v in last[1:])
    assert imported == 1
    assert refused > importer.MAX_ERRORS and listed == importer.MAX_ERRORS
    print(f"peak {peak_mb} MB for a {path.stat().st_size >> 20} MB file")
    assert peak_mb <= 300, f"{peak_mb} MB for a {path.stat().st_size >> 20} MB file"
