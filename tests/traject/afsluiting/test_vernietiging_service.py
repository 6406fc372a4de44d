"""Retention: a closed dossier's destruction date from bewaartermijnen.toml, and the
Vernietigingslijst's dossiers due by a date (fixed dates: the term plus a day is on
it, the term minus a day is not); beheerder only, a refusal audited."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from intake_desktop.db.models import AuditEvent, Vernietigingslijst
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


def test_the_list_is_drawn_up_by_a_beheerder_and_approved_by_another(
    store, km, beheerder, teamleider, client_id
):
    ten_years_on = add_years(TODAY, 10) + timedelta(days=1)
    with pytest.raises(vernietiging.NothingDue):
        vernietiging.draw_up(store, beheerder, ten_years_on)
    context = afsluiting.prepare(store, km, client_id)
    afsluiting.close_traject(store, km, client_id, to_work(context), context.client_version)
    list_id = vernietiging.draw_up(store, beheerder, ten_years_on)
    with store.reading() as s:
        row = s.get(Vernietigingslijst, list_id)
        assert (row.status, row.peildatum, len(row.entries)) == ("opgesteld", ten_years_on, 1)
        assert row.entries[0]["klantnummer"] == str(client_id)[:8]
        assert row.entries[0]["categorie"] == "8.1"
    # Bea holds every role, teamleider too: still not the second person.
    with pytest.raises(vernietiging.NotTheSecondPerson):
        vernietiging.decide(store, beheerder, list_id, approve=True)
    with pytest.raises(vernietiging.NotTheSecondPerson):
        vernietiging.decide(store, km, list_id, approve=True)
    vernietiging.decide(store, teamleider, list_id, approve=True, note="Gecontroleerd")
    with pytest.raises(vernietiging.ListAlreadyDecided):
        vernietiging.decide(store, teamleider, list_id, approve=False)
    with store.reading() as s:
        row = s.get(Vernietigingslijst, list_id)
        # Approved today: the dossier is due only in ten years, so nothing is destroyed.
        assert [e["uitkomst"] for e in row.entries] == ["overgeslagen"]
        assert (row.status, row.decided_by, row.decision_note) == (
            "uitgevoerd",
            teamleider.staff_id,
            "Gecontroleerd",
        )
        actions = s.execute(
            select(AuditEvent.username, AuditEvent.action, AuditEvent.result)
            .where(AuditEvent.entity_id == list_id)
            .order_by(AuditEvent.occurred_at)
        ).all()
        refused = s.scalars(
            select(AuditEvent.username).where(AuditEvent.result == "geweigerd")
        ).all()
    assert [tuple(a) for a in actions if not a[1].startswith("rij_")] == [
        ("beheer", "aanmaken", "gedaan"),
        ("tl", "beoordeeld", "gedaan"),
    ]
    assert sorted(refused) == ["beheer", "karin"]
