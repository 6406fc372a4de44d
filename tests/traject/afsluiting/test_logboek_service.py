"""The Logboek Dataverwerkingen: the database writes one record per audited processing
of one person, each valid against the schema written from the Logius specification
(resources/schemas/logboek-regel-1.schema.json), the person a keyed hash; a beheerder
exports them as JSON lines from a sequence number on. Uses the traject's client (many
kinds of processing); SQLite, PostgreSQL and server mode."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest
from sqlalchemy import select

from intake_desktop.db.models import AuditEvent, Client, LogboekRegel
from intake_desktop.services.beheer import logboek_export
from intake_desktop.services.dossier import dossier, notes
from tests.support.journey import new_aanmelding

pytestmark = pytest.mark.both_stores


def _schema() -> dict:
    path = resources.files("intake_desktop") / "resources/schemas/logboek-regel-1.schema.json"
    return json.loads(path.read_text(encoding="utf-8"))


def _processing(session) -> list:
    """The audit rows that are a processing of one person's data."""
    return [
        e
        for e in session.scalars(select(AuditEvent).where(AuditEvent.client_id.is_not(None)))
        if e.result == "gedaan" and not e.action.startswith("rij_")
    ]


def test_one_valid_record_per_person_per_processing(
    store, km, balie, beheerder, client_id, tmp_path
):
    dossier.open_dossier(store, km, client_id)
    notes.add_note(store, km, client_id, "Belt volgende week over de stage.")
    new_aanmelding(store, balie, surname="Vandeputte", bsn="999990032")
    with store.reading() as s:
        other = s.scalar(select(Client.id).where(Client.surname == "Vandeputte"))
        events = _processing(s)
        lines = [json.loads(line) for line in s.scalars(select(LogboekRegel.line))]
        bsns = list(s.scalars(select(Client.bsn)))
    assert len(events) > 5
    by_trace = {line["trace_id"]: line for line in lines}
    assert len(by_trace) == len(lines) == len(events)  # exactly one per processing
    validator = jsonschema.Draft202012Validator(_schema())
    subjects: dict = {}
    for event in events:
        record = by_trace[event.id.hex]
        validator.validate(record)
        assert record["end_time"] >= record["start_time"]
        assert abs(record["start_time"] / 1000 - event.occurred_at.timestamp()) < 1
        attributes = record["attributes"]
        subjects.setdefault(event.client_id, set()).add(attributes["dpl.core.data_subject_id"])
        assert attributes["dpl.core.processing_activity_id"].startswith("urn:intake-desktop:")
    assert set(subjects) == {client_id, other}
    assert all(len(found) == 1 for found in subjects.values())  # one pseudonym a person
    assert subjects[client_id] != subjects[other]
    note = next(r for r in lines if r["name"] == "aanmaken note")
    assert note["attributes"]["dpl.core.processing_activity_id"].endswith(":begeleiding")
    text = "\n".join(json.dumps(r) for r in lines)
    for secret in (*bsns, "Maës", "Vandeputte", "karin", "stage", str(client_id), client_id.hex):
        assert secret not in text, secret

    target = tmp_path / "logboek.jsonl"
    first = logboek_export.export(store, beheerder, target)
    exported = target.read_text(encoding="utf-8").splitlines()
    assert first.records == len(exported) >= len(lines)  # the beheerder's views too
    assert {json.loads(x)["trace_id"] for x in exported} >= set(by_trace)
    again = logboek_export.export(store, beheerder, tmp_path / "next.jsonl", after=first.last_seq)
    assert again.records == 0
    with pytest.raises(logboek_export.LogboekNotAllowed):
        logboek_export.export(store, km, tmp_path / "km.jsonl")
    assert not (tmp_path / "km.jsonl").exists()
