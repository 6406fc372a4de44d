"""The trajectplan service and its document: goals, activities, agreements, signing that
freezes a version, reprinting exactly as signed."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from intake_desktop.db.models import AuditEvent
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.core.errors import StaleVersion, UniqueClash
from intake_desktop.services.traject import trajectplan, trajectplan_document, trajectplan_status
from intake_desktop.services.traject.errors import PlanFinished, PlanNotAllowed
from tests.support.journey import a_plan

pytestmark = pytest.mark.both_stores  # every test here runs on SQLite and PostgreSQL

TODAY = date.today()


def text_of(pdf: bytes) -> tuple[str, int]:
    """All text with runs of white space as one space (table cells wrap lines)."""
    reader = PdfReader(io.BytesIO(pdf))
    text = " ".join(page.extract_text() for page in reader.pages)
    return " ".join(text.split()), len(reader.pages)


def test_a_plan_is_made_signed_and_printed_with_everything_in_it(store, km, client_id):
    plan = trajectplan.open_plan(store, km, client_id)
    assert (plan.status, plan.version_no, plan.klantmanager) == ("concept", 1, "Karin Jansen")
    plan = trajectplan.save_plan(store, km, plan.id, a_plan(), plan.row_version)
    trajectplan_status.mark_discussed(store, km, plan.id, plan.row_version)
    plan = trajectplan.open_plan(store, km, client_id)
    assert plan.status == "besproken"
    version_id = trajectplan_status.sign(store, km, plan.id, plan.row_version, "Voorbeeld")
    pdf = trajectplan_document.version_pdf(store, km, version_id)
    text, pages = text_of(pdf)
    for expected in (
        "Noël Maës",
        "******019",
        "Kerkstraat 7, 1234 AB Voorbeeld",
        "Karin Jansen",
        "heftruckchauffeur; café-werk",
        "Doel 1: rijbewijs heftruck",
        "Werkfit-traject",
        "Taalcursus (NT2) bij het ROC",
        "Re-integratiebedrijf Noord",
        "Ik solliciteer vier keer per maand.",
        "€ 25 per maand",
        "Afspraken voor de klant",
        "Afspraken voor de gemeente",
        "Ondertekening",
        "Plaats: Voorbeeld",
        f"pagina 1 van {pages}",
    ):
        assert expected in text, expected
    assert "999990019" not in text
    assert text.count("Handtekening") == 2  # both signature blocks
    assert text.count("Naam: ") == 2
    meta = PdfReader(io.BytesIO(pdf)).metadata
    assert (meta.title, meta.author) == ("Trajectplan", "Karin Jansen, Gemeente Voorbeeld")
    plan = trajectplan.open_plan(store, km, client_id)
    assert plan.status == "ondertekend"
    assert [(v.version_no, v.signed_place, v.signed_by) for v in plan.versions] == [
        (1, "Voorbeeld", "Karin Jansen")
    ]


def test_a_long_plan_runs_over_pages_with_its_table_headers(store, km, client_id):
    plan = trajectplan.open_plan(store, km, client_id)
    plan = trajectplan.save_plan(
        store, km, plan.id, a_plan(goals=6, activities=4), plan.row_version
    )
    text, pages = text_of(trajectplan_document.current_pdf(store, km, plan.id))
    assert pages >= 3
    # The activities table repeats its header row on the next page.
    assert text.count("Activiteit of dienst") >= 2
    assert f"pagina {pages} van {pages}" in text


def test_a_signed_version_stays_as_signed_when_the_plan_changes(store, km, client_id):
    plan = trajectplan.open_plan(store, km, client_id)
    plan = trajectplan.save_plan(store, km, plan.id, a_plan(), plan.row_version)
    first = trajectplan_status.sign(store, km, plan.id, plan.row_version, "Voorbeeld")
    signed = trajectplan_document.version_pdf(store, km, first)

    plan = trajectplan.open_plan(store, km, client_id)
    changed = a_plan()
    changed.goals[0].description = "Doel 1: werken als magazijnmedewerker"
    plan = trajectplan.save_plan(store, km, plan.id, changed, plan.row_version)
    assert (plan.status, plan.version_no) == ("concept", 2)  # the next version
    assert trajectplan_document.version_pdf(store, km, first) == signed  # byte for byte
    assert "heftruck" in text_of(signed)[0]
    assert "magazijnmedewerker" in text_of(trajectplan_document.current_pdf(store, km, plan.id))[0]

    second = trajectplan_status.sign(store, km, plan.id, plan.row_version, "Voorbeeld")
    plan = trajectplan.open_plan(store, km, client_id)
    assert [v.version_no for v in plan.versions] == [2, 1]
    assert "magazijnmedewerker" in text_of(trajectplan_document.version_pdf(store, km, second))[0]
    trajectplan_status.finish(store, km, plan.id, plan.row_version)
    plan = trajectplan.open_plan(store, km, client_id)
    with pytest.raises(PlanFinished, match="afgerond en wijzigt niet meer"):
        trajectplan.save_plan(store, km, plan.id, a_plan(), plan.row_version)


def test_wrong_input_and_stale_versions_are_refused(store, km, balie, client_id):
    plan = trajectplan.open_plan(store, km, client_id)
    wrong = a_plan()
    wrong.goals[0].description = " "
    wrong.goals[1].activities[0].ends_on = TODAY - timedelta(days=10)
    with pytest.raises(ValidationFailed) as err:
        trajectplan.save_plan(store, km, plan.id, wrong, plan.row_version)
    assert err.value.errors == {
        "goal_1": "Beschrijf het doel: wat wil de klant bereiken?",
        "goal_2": "Een activiteit eindigt voordat ze begint.",
    }
    with pytest.raises(ValidationFailed) as err:  # nothing to sign yet
        trajectplan_status.sign(store, km, plan.id, plan.row_version, "Voorbeeld")
    assert set(err.value.errors) == {"doelperspectief", "goals"}
    saved = trajectplan.save_plan(store, km, plan.id, a_plan(), plan.row_version)
    with pytest.raises(
        StaleVersion, match="Deze gegevens zijn intussen gewijzigd door Karin Jansen"
    ):  # a second screen still on the old version
        trajectplan.save_plan(store, km, plan.id, a_plan(goals=1), plan.row_version)
    with pytest.raises(PlanNotAllowed, match="maakt de klantmanager"):
        trajectplan.open_plan(store, balie, client_id)
    with store.reading() as s:
        details = [
            e.details
            for e in s.scalars(
                select(AuditEvent).where(
                    AuditEvent.entity == "trajectplan", AuditEvent.action == "wijzigen"
                )
            )
        ]
    assert details == [
        {
            "velden": [
                "doelperspectief",
                "goals",
                "afspraken_klant",
                "afspraken_gemeente",
                "next_progress_talk_on",
            ],
            "versie": 1,
        }
    ]
    assert saved.status == "concept"


def test_a_second_screen_is_refused_also_when_only_goals_changed(store, km, client_id):
    plan = trajectplan.open_plan(store, km, client_id)
    plan = trajectplan.save_plan(store, km, plan.id, a_plan(), plan.row_version)
    stale = plan.row_version  # the laptop still shows this version
    only_goals = a_plan()
    only_goals.goals[0].activities.pop()
    trajectplan.save_plan(store, km, plan.id, only_goals, plan.row_version)
    with pytest.raises(
        StaleVersion, match="Deze gegevens zijn intussen gewijzigd door Karin Jansen"
    ):
        trajectplan.save_plan(store, km, plan.id, a_plan(goals=1), stale)


def test_white_space_is_no_change_and_paragraphs_stay(store, km, client_id):
    plan = trajectplan.open_plan(store, km, client_id)
    data = a_plan()
    data.afspraken_klant = "Eerste afspraak.\nTweede afspraak."
    plan = trajectplan.save_plan(store, km, plan.id, data, plan.row_version)
    trajectplan_status.sign(store, km, plan.id, plan.row_version, "Voorbeeld")
    plan = trajectplan.open_plan(store, km, client_id)
    data.doelperspectief += "   "
    data.afspraken_klant = "Eerste  afspraak. \nTweede afspraak.\n"
    after = trajectplan.save_plan(store, km, plan.id, data, plan.row_version)
    assert (after.status, after.version_no) == ("ondertekend", 1)  # nothing changed
    assert after.data.afspraken_klant == "Eerste afspraak.\nTweede afspraak."


def test_a_finished_plan_stays_and_a_returning_client_gets_a_new_one(store, km, client_id):
    plan = trajectplan.open_plan(store, km, client_id)
    plan = trajectplan.save_plan(store, km, plan.id, a_plan(), plan.row_version)
    trajectplan_status.sign(store, km, plan.id, plan.row_version, "Voorbeeld")
    plan = trajectplan.open_plan(store, km, client_id)
    trajectplan_status.finish(store, km, plan.id, plan.row_version)
    again = trajectplan.open_plan(store, km, client_id)
    assert (again.id, again.status) == (plan.id, "afgerond")  # looking does not start one
    new = trajectplan.open_plan(store, km, client_id, start_new=True)
    assert new.id != plan.id and (new.status, new.data.goals) == ("concept", [])
    assert trajectplan.open_plan(store, km, client_id).id == new.id
    with pytest.raises(
        UniqueClash, match="Dit kon niet worden opgeslagen: op een andere werkplek werd"
    ):  # one plan in progress per client (unique index)
        with store.transaction() as s:
            from intake_desktop.db.models import Trajectplan

            s.add(Trajectplan(client_id=client_id, status="concept"))
