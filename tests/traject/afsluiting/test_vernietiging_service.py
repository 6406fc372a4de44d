"""Retention: a closed dossier's destruction date from bewaartermijnen.toml, and the
Vernietigingslijst's dossiers due by a date (fixed dates: the term plus a day is on
it, the term minus a day is not); beheerder only, a refusal audited."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from intake_desktop.db.models import AuditEvent
from intake_desktop.domain.clock import add_years
from intake_desktop.services.beheer import vernietiging
from intake_desktop.services.traject import afsluiting
from tests.support.afsluiting import TODAY, to_work

pytestmark = pytest.mark.both_stores


def test_a_dossier_is_due_ten_years_after_its_closure_not_a_day_before(
    store, km, beheerder, client_id
):
    assert vernietiging.due(store, beheerder, add_years(TODAY, 20)) == []  # still open
    context = afsluiting.prepare(store, km, client_id)
    afsluiting.close_traject(store, km, client_id, to_work(context), context.client_version)
    ten_years = add_years(TODAY, 10)
    assert vernietiging.due(store, beheerder, ten_years - timedelta(days=1)) == []
    [due] = vernietiging.due(store, beheerder, ten_years + timedelta(days=1))
    assert (due.client_id, due.closed_on, due.destroy_on) == (client_id, TODAY, ten_years)
    assert (due.termijn, due.categorie, due.reason) == ("traject_beeindigd", "8.1", "werk")
    with store.reading() as s:
        details = s.scalars(
            select(AuditEvent.details).where(AuditEvent.entity == "vernietigingslijst")
        ).all()
    assert [d["dossiers"] for d in details] == [0, 0, 1]


def test_only_a_beheerder_draws_up_the_list(store, km, client_id):
    with pytest.raises(vernietiging.RetentionNotAllowed):
        vernietiging.due(store, km, TODAY)
    with store.reading() as s:
        refused = s.scalars(
            select(AuditEvent.username).where(AuditEvent.result == "geweigerd")
        ).all()
    assert refused == ["karin"]
