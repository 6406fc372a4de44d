"""AVG art. 15: the inzage report holds everything of the client, who consulted or
changed it with names and purposes, the corrections with old and new values; it
validates against the published schema; only the own klantmanager or teamleider makes
one, and making and saving it are audited. On SQLite and PostgreSQL (and as staff)."""

from __future__ import annotations

import json

import jsonschema
import pytest
from sqlalchemy import select

from intake_desktop.db.models import AuditEvent
from intake_desktop.services.core.access import NoAccess
from intake_desktop.services.dossier import dossier, inzage, notes, toegang
from intake_desktop.services.dossier.inzage import InzageNotAllowed
from tests.support.laptop import as_input

pytestmark = pytest.mark.both_stores

REASON = "De klant staat aan de balie en de eigen klantmanager is ziek."


def audited(store, entity="inzage"):
    with store.reading() as s:
        rows = s.scalars(
            select(AuditEvent).where(AuditEvent.entity == entity).order_by(AuditEvent.occurred_at)
        )
        return [(r.username, r.action, r.result) for r in rows]


def test_the_report_holds_every_part_and_validates_against_the_schema(store, km, client_id):
    notes.add_note(store, km, client_id, "Klant gebeld over de kick-off")
    typed, version = as_input(store, client_id, city="Nieuwdorp")
    dossier.update_client(store, km, client_id, version, typed, reason="Verhuisd")
    dossier.open_dossier(store, km, client_id)

    report = inzage.report(store, km, client_id)

    jsonschema.validate(report, inzage.schema())
    assert report["klant"]["naam"] == "Noël Maës"
    assert report["klant"]["bsn"] == "999990019"
    assert report["klant"]["klantmanager"] == "Karin Jansen"
    data = report["gegevens"]
    assert data["klant"][0]["city"] == "Nieuwdorp"
    assert "search_name" not in data["klant"][0]
    assert [n["body"] for n in data["notities"]] == ["Klant gebeld over de kick-off"]
    assert data["notities"][0]["author_id_naam"] == "Karin Jansen"
    assert len(data["aanmeldingen"]) == 1
    [correction] = data["correcties"]
    assert (correction["field"], correction["new_value"], correction["reason"]) == (
        "city",
        "Nieuwdorp",
        "Verhuisd",
    )
    assert correction["staff_id_naam"] == "Karin Jansen"
    seen = [(p["medewerker"], p["handeling"]) for p in report["verwerkingen"]]
    assert ("Karin Jansen", "Dossier bekeken") in seen
    assert ("Karin Jansen", "Gewijzigd") in seen
    assert ("Bram Balie", "Aangemaakt") in seen  # who registered the client, by name
    purposes = {p["activiteit"]: p["doel"] for p in report["verwerkingen"]}
    assert purposes["begeleiding"].startswith("Vaststellen wat u nodig hebt")
    assert {a["code"] for a in report["activiteiten"]} == set(purposes)
    # Only the client: the JSON holds no other client's name.
    text = inzage.as_json(report).decode()
    json.loads(text)
    assert audited(store) == [("karin", "bekijken", "gedaan")]


def test_a_view_with_a_reason_gives_that_reason_as_the_why(store, km, client_id, staff_member):
    other = staff_member("piet", {"klantmanager"}, name="Piet Pieters")
    toegang.ask_with_reason(store, other, client_id, REASON)
    dossier.open_dossier(store, other, client_id)
    report = inzage.report(store, km, client_id)
    views = [p for p in report["verwerkingen"] if p["medewerker"] == "Piet Pieters"]
    assert views and all(p["met_reden"] and p["doel"] == REASON for p in views[-1:])


def test_saving_the_pdf_and_the_json_is_audited(store, km, client_id):
    inzage.report(store, km, client_id)
    inzage.record_saved(store, km, client_id, "pdf", "afdrukken")
    inzage.record_saved(store, km, client_id, "json", "opslaan")
    assert audited(store) == [
        ("karin", "bekijken", "gedaan"),
        ("karin", "afdrukken", "gedaan"),
        ("karin", "exporteren", "gedaan"),
    ]


def test_only_the_own_klantmanager_or_teamleider_and_the_refusal_is_audited(
    store, km, client_id, balie, staff_member
):
    with pytest.raises(InzageNotAllowed):
        inzage.report(store, balie, client_id)
    other = staff_member("piet", {"klantmanager"}, name="Piet Pieters")
    with pytest.raises((InzageNotAllowed, NoAccess)):  # server mode: hidden by the row
        inzage.report(store, other, client_id)
    with store.reading() as s:
        refused = s.scalars(
            select(AuditEvent.username).where(AuditEvent.result == "geweigerd")
        ).all()
    assert sorted(refused) == ["balie", "piet"]
    assert audited(store) == []


def test_a_long_note_and_the_household_are_in_the_report_and_the_pdf(store, km, client_id):
    from pypdf import PdfReader

    from intake_desktop.db.models import Client, Household
    from intake_desktop.documents.inzage import render_inzage

    with store.transaction() as s:
        household = Household(label="Huishouden Maës")
        s.add(household)
        s.flush()
        s.get(Client, client_id).household_id = household.id
    long_word = "https://voorbeeld.nl/" + "x" * 300
    notes.add_note(store, km, client_id, ("Een lange notitie. " * 190) + long_word)
    report = inzage.report(store, km, client_id)
    jsonschema.validate(report, inzage.schema())
    assert report["gegevens"]["huishouden"] == [
        {"id": str(household.id), "label": "Huishouden Maës"}
    ]
    import io

    pdf = render_inzage(store.config.huisstijl, report)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 3
    assert "Een lange notitie." in "".join(page.extract_text() for page in reader.pages)


def test_a_klantmanager_with_a_reason_may_look_but_makes_no_inzage(
    store, km, client_id, staff_member
):
    other = staff_member("piet", {"klantmanager"}, name="Piet Pieters")
    toegang.ask_with_reason(store, other, client_id, REASON)
    dossier.open_dossier(store, other, client_id)  # she may look
    with pytest.raises(InzageNotAllowed):
        inzage.report(store, other, client_id)  # not her client: no inzage
