"""Destruction of an approved Vernietigingslijst (Archiefwet): every row of a dossier
whose term ended goes in the approving transaction, its drafts with it; the audit keeps
its chain without the personal link; the monitoring tally keeps its counts; a dossier
not yet due stays. On SQLite the raw file (and its log) no longer holds the name or the
BSN. Run on SQLite, PostgreSQL and in server mode (where the database does it)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select, text, update

from intake_desktop.db.audit_chain import ref
from intake_desktop.db.client_tables import CLIENT_TABLES
from intake_desktop.db.models import (
    Afsluiting,
    AuditEvent,
    Client,
    Draft,
    VernietigdDossier,
    Vernietigingslijst,
)
from intake_desktop.domain.clock import add_years
from intake_desktop.services.balie import search
from intake_desktop.services.beheer import vernietiging
from intake_desktop.services.core import audit_verify, drafts
from intake_desktop.services.laptop.sync_rows import table
from intake_desktop.services.traject import afsluiting
from tests.support.afsluiting import to_work
from tests.support.journey import new_aanmelding

pytestmark = pytest.mark.both_stores

TODAY = date.today()
TERM_ENDED = add_years(TODAY, -10) - timedelta(days=1)  # closed 10 years and a day ago
TERM_RUNS = add_years(TODAY, -10) + timedelta(days=1)  # 10 years minus a day


def _close(store, km, client_id, closed_on: date) -> None:
    context = afsluiting.prepare(store, km, client_id)
    afsluiting.close_traject(store, km, client_id, to_work(context), context.client_version)
    with store.transaction() as s:  # the closure as it was made ten years ago
        s.execute(
            update(Afsluiting).where(Afsluiting.client_id == client_id).values(closed_on=closed_on)
        )


def _second_client(store, balie, km) -> object:
    new_aanmelding(store, balie, surname="Vandeputte", bsn="999990032")
    with store.transaction() as s:
        c = s.scalar(select(Client).where(Client.surname == "Vandeputte"))
        c.klantmanager_id, c.klantgroep, c.status = km.staff_id, "groeien", "in_traject"
        return c.id


def _rows_of(session, client_id) -> dict[str, int]:
    counts = {}
    for name, column, source in CLIENT_TABLES:
        if source == "client" and name != "client":
            tbl = table(name)
            counts[name] = session.scalar(
                select(func.count()).select_from(tbl).where(tbl.c[column] == client_id)
            )
    counts["client"] = session.scalar(select(func.count()).where(Client.id == client_id))
    return counts


def _tally(session) -> list[tuple]:
    return sorted(
        tuple(r)
        for r in session.execute(
            text("SELECT measure, bucket, klantgroep, label, n FROM monitoring_tally")
        )
    )


def test_an_approved_list_destroys_the_dossier_and_keeps_the_proof(
    store, km, balie, beheerder, teamleider, client_id
):
    other = _second_client(store, balie, km)
    _close(store, km, client_id, TERM_ENDED)
    _close(store, km, other, TERM_RUNS)
    drafts.save_draft(store, km, f"aanmelding:{client_id}", {"surname": "Maës"})
    due = vernietiging.due(store, beheerder, TODAY)
    assert [d.client_id for d in due] == [client_id]  # the one a day short is not on it
    list_id = vernietiging.draw_up(store, beheerder, TODAY)
    with store.reading() as s:
        tally_before = _tally(s)
        assert sum(_rows_of(s, client_id).values()) > 10
        about_client = s.scalar(select(func.count()).where(AuditEvent.client_id == client_id))
        assert about_client > 3

    outcome = vernietiging.decide(store, teamleider, list_id, approve=True, note="Akkoord")

    assert (outcome.destroyed, outcome.skipped) == (1, 0)
    with store.reading() as s:
        assert set(_rows_of(s, client_id).values()) == {0}
        assert sum(_rows_of(s, other).values()) > 5  # not due: untouched
        assert s.scalar(select(func.count()).select_from(Draft)) == 0
        assert s.scalar(select(func.count()).where(AuditEvent.client_id == client_id)) == 0
        forgotten = s.scalars(
            select(AuditEvent.action).where(AuditEvent.client_ref == ref(client_id))
        ).all()
        assert len(forgotten) > about_client and "vernietigd" in forgotten
        assert _tally(s) == tally_before  # monitoring figures survive
        row = s.get(Vernietigingslijst, list_id)
        assert row.status == "uitgevoerd"
        assert [e.get("uitkomst") for e in row.entries] == ["vernietigd"]
        assert "client_id" not in row.entries[0]
        assert row.entries[0]["client_ref"] == ref(client_id)
        assert s.get(VernietigdDossier, ref(client_id)).list_id == list_id
    for typed in ("Maës", "999990019", "Noël Maës"):
        assert search.search_clients(store, beheerder, typed).hits == []
    assert [h.id for h in search.search_clients(store, beheerder, "Vandeputte").hits] == [other]
    report = audit_verify.verify(store, beheerder)
    assert report.intact, report


def test_a_dossier_reopened_after_the_list_was_drawn_up_is_skipped(
    store, km, beheerder, teamleider, client_id
):
    _close(store, km, client_id, TERM_ENDED)
    list_id = vernietiging.draw_up(store, beheerder, TODAY)
    with store.transaction() as s:
        s.execute(update(Client).where(Client.id == client_id).values(status="in_traject"))
    outcome = vernietiging.decide(store, teamleider, list_id, approve=True)
    assert (outcome.destroyed, outcome.skipped) == (0, 1)
    with store.reading() as s:
        assert s.get(Client, client_id) is not None
        row = s.get(Vernietigingslijst, list_id)
        assert [e["uitkomst"] for e in row.entries] == ["overgeslagen"]


def test_a_rejected_list_destroys_nothing(store, km, beheerder, teamleider, client_id):
    _close(store, km, client_id, TERM_ENDED)
    list_id = vernietiging.draw_up(store, beheerder, TODAY)
    assert vernietiging.decide(store, teamleider, list_id, approve=False, note="Nog niet") is None
    with store.reading() as s:
        assert s.get(Client, client_id) is not None
        assert s.get(Vernietigingslijst, list_id).status == "afgewezen"


def test_the_raw_sqlite_file_no_longer_holds_the_name_or_bsn(
    store, km, beheerder, teamleider, client_id
):
    if store.engine.dialect.name != "sqlite":
        pytest.skip("a server's files are its DBA's (docs/bewaren.md)")
    _close(store, km, client_id, TERM_ENDED)
    drafts.save_draft(store, km, f"aanmelding:{client_id}", {"note": "Maës belt terug"})
    list_id = vernietiging.draw_up(store, beheerder, TODAY)
    vernietiging.decide(store, teamleider, list_id, approve=True)
    path = store.engine.url.database
    raw = b""
    for suffix in ("", "-wal"):
        try:
            with open(path + suffix, "rb") as f:
                raw += f.read()
        except FileNotFoundError:
            pass
    for needle in ("Maës", "999990019", "Noël"):
        assert needle.encode() not in raw, needle
        assert needle.encode("utf-16-le") not in raw, needle


def test_the_proof_of_destruction_is_a_pdf_and_a_csv_without_the_person(
    store, km, beheerder, teamleider, client_id
):
    import io

    from pypdf import PdfReader

    from intake_desktop.services.beheer import vernietiging_bewijs

    _close(store, km, client_id, TERM_ENDED)
    list_id = vernietiging.draw_up(store, beheerder, TODAY)
    vernietiging.decide(store, teamleider, list_id, approve=True, note="Steekproef gedaan")
    [view] = vernietiging_bewijs.lists(store, teamleider)
    assert (view.status, view.made_by_name, view.decided_by_name) == (
        "uitgevoerd",
        "Bea Beheer",
        "Tineke Leider",
    )
    csv_text = vernietiging_bewijs.proof_csv(store, beheerder, list_id).decode("utf-8-sig")
    head, line = csv_text.strip().split("\r\n")
    assert head.startswith("lijst;peildatum;status;opgesteld_door;besloten_door")
    assert str(client_id)[:8] in line and ref(client_id) in line and "vernietigd" in line
    pdf = vernietiging_bewijs.proof_pdf(store, teamleider, list_id)
    reader = PdfReader(io.BytesIO(pdf))
    words = " ".join(page.extract_text() for page in reader.pages)
    assert len(reader.pages) == 1
    for expected in (
        "Verklaring van vernietiging",
        "Bea Beheer",
        "Tineke Leider",
        str(client_id)[:8],
        "Steekproef gedaan",
        "8.1",
        "vernietigd",
    ):
        assert expected in " ".join(words.split()), expected
    for person in ("Maës", "Noël", "999990019"):
        assert person not in words and person not in csv_text
    with pytest.raises(vernietiging_bewijs.ListsNotAllowed):
        vernietiging_bewijs.lists(store, km)
    with store.reading() as s:
        actions = s.scalars(
            select(AuditEvent.action).where(AuditEvent.entity == "vernietigingslijst")
        ).all()
    assert {"exporteren", "afdrukken", "bekijken"} <= set(actions)
