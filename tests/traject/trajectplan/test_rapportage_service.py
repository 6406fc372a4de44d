"""Providers' progress reports: an external activity with an agreed report date gives
the klantmanager a task that falls due on it; the report settles it, shows in the plan
and the dossier's timeline; a new date asks for a new report. Three stores."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from intake_desktop.db.models import Task
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.dossier.dossier import open_dossier
from intake_desktop.services.traject import rapportage, trajectplan
from intake_desktop.services.traject.trajectplan_input import ActivityInput, GoalInput, PlanInput

pytestmark = pytest.mark.both_stores
TODAY = date.today()


def _plan(due):
    return PlanInput(
        doelperspectief="Binnen een jaar aan het werk.",
        goals=[
            GoalInput(
                "werk",
                "Werkfit worden",
                TODAY + timedelta(days=90),
                "open",
                [
                    ActivityInput(
                        "werkfit",
                        "Twee dagdelen per week",
                        "extern",
                        "Re-integratiebedrijf Noord",
                        TODAY,
                        TODAY + timedelta(days=90),
                        "lopend",
                        due,
                    ),
                    ActivityInput(
                        "taalcursus", "", "intern", "Werkplein", TODAY, None, "lopend", due
                    ),
                ],
            )
        ],
    )


def _missing(store, client_id):
    with store.reading() as s:
        return [
            (t.title, t.status)
            for t in s.scalars(
                select(Task).where(Task.client_id == client_id, Task.kind == "rapportage_ontbreekt")
            )
        ]


def test_a_missing_report_is_a_task_and_the_report_settles_it(store, km, client_id):
    due = TODAY + timedelta(days=30)
    plan = trajectplan.open_plan(store, km, client_id)
    plan = trajectplan.save_plan(store, km, plan.id, _plan(due), plan.row_version)
    title = (
        "Voortgangsrapportage van Re-integratiebedrijf Noord over Werkfit-traject ontbreekt "
        f"(afgesproken {due:%d-%m-%Y})"
    )
    # Only the external activity is awaited (the internal one has no report date).
    assert _missing(store, client_id) == [(title, "open")]
    assert [a.provider for a in rapportage.activities(store, km, plan.id)] == [
        "Re-integratiebedrijf Noord"
    ]
    with pytest.raises(ValidationFailed) as bad:
        rapportage.record_report(
            store,
            km,
            rapportage.ReportInput(plan.id, "werkfit", "Re-integratiebedrijf Noord", None, "", ""),
        )
    assert set(bad.value.errors) == {"reported_on", "attendance", "text"}
    rapportage.record_report(
        store,
        km,
        rapportage.ReportInput(
            plan.id,
            "werkfit",
            "Re-integratiebedrijf Noord",
            TODAY,
            "wisselend",
            "Komt op dinsdag, mist de donderdag; motivatie groeit.",
        ),
    )
    assert _missing(store, client_id) == [(title, "vervallen")]
    rows = rapportage.reports(store, km, plan.id)
    assert [(r.provider, r.attendance, r.activity_label) for r in rows] == [
        ("Re-integratiebedrijf Noord", "wisselend", "Werkfit-traject")
    ]
    timeline = {e.title: e.detail for e in open_dossier(store, km, client_id).timeline}
    assert (
        "Re-integratiebedrijf Noord · Werkfit-traject · Komt op dinsdag"
        in (timeline["Voortgangsrapportage aanbieder"])
    )
    # A save that changes nothing keeps it settled; a new agreed date asks again.
    plan = trajectplan.open_plan(store, km, client_id)
    later = due + timedelta(days=42)
    trajectplan.save_plan(store, km, plan.id, _plan(later), plan.row_version)
    assert [s for _t, s in _missing(store, client_id)] == ["vervallen", "open"]
