"""The Work First result is recorded, not only a task closed: at work (the planned
uitkeringsintake is not needed), or not and then what; the timeline tells it."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from intake_desktop.db.models import Aanmelding, Task, WorkFirstResultaat
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.agenda import work_first
from intake_desktop.services.caseload import werkvoorraad
from intake_desktop.services.dossier.dossier import open_dossier
from tests.support.journey import new_aanmelding, scan, screen

pytestmark = pytest.mark.both_stores


def _work_first_client(store, balie, staff):
    wissel, km = staff
    item = new_aanmelding(store, balie)
    screen(store, wissel, item)
    scan(store, wissel, item, km.staff_id)
    with store.reading() as s:
        return s.get(Aanmelding, item).client_id


def test_at_work_within_48_hours_is_a_result(store, balie, staff):
    wissel = staff[0]
    client_id = _work_first_client(store, balie, staff)
    check = next(i for i in werkvoorraad.items(store, wissel) if i.where == werkvoorraad.WORK_FIRST)
    assert check.title.startswith("Uitkeringsintake plannen als de klant niet binnen 48 uur")
    with pytest.raises(ValidationFailed) as bad:
        work_first.record_result(store, wissel, check.task_id, at_work=False)
    assert set(bad.value.errors) == {"next_step"}
    work_first.record_result(store, wissel, check.task_id, at_work=True, toelichting="Bij DC Noord")
    with store.reading() as s:
        row = s.scalar(select(WorkFirstResultaat))
        assert (row.at_work, row.next_step, row.recorded_by) == (
            True,
            "aan_het_werk",
            wissel.staff_id,
        )
        assert s.get(Task, check.task_id).status == "vervallen"
    entries = {e.title: e.detail for e in open_dossier(store, staff[1], client_id).timeline}
    assert entries["Work First-resultaat"] == "aan het werk · Bij DC Noord"


def test_not_at_work_keeps_the_uitkeringsintake_to_plan(store, balie, staff):
    wissel = staff[0]
    _work_first_client(store, balie, staff)
    check = next(i for i in werkvoorraad.items(store, wissel) if i.where == werkvoorraad.WORK_FIRST)
    work_first.record_result(store, wissel, check.task_id, False, "uitkeringsintake")
    with store.reading() as s:
        assert s.get(Task, check.task_id).status == "open"  # until it is booked
