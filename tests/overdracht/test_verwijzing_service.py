"""Referrals to partners are records with the client's consent; with no answer by the
partner's term the follow-up task falls due (warme overdracht); an answer lapses it.
The screening's ticked partners become such records. Three stores."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from intake_desktop.db.models import Aanmelding, AuditEvent, Overdracht, Task
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.balie import screening
from intake_desktop.services.caseload import werkvoorraad
from intake_desktop.services.dossier.dossier import open_dossier
from intake_desktop.services.overdracht import verwijzing
from intake_desktop.services.overdracht.verwijzing import Referral
from tests.support.journey import new_aanmelding, scan, screen

pytestmark = pytest.mark.both_stores


@pytest.fixture
def client_of_km(store, balie, staff):
    wissel, km = staff
    item = new_aanmelding(store, balie)
    screen(store, wissel, item)
    scan(store, wissel, item, km.staff_id)
    with store.reading() as s:
        return s.get(Aanmelding, item).client_id


def test_a_referral_without_an_answer_falls_due_and_an_answer_lapses_it(store, staff, client_of_km):
    km = staff[1]
    with pytest.raises(ValidationFailed) as bad:
        verwijzing.refer(store, km, client_of_km, Referral("Juridisch Loket", "Huurgeschil", ""))
    assert bad.value.errors == {
        "consent_how": "Zonder toestemming van de klant verwijst u niet door: kies hoe de "
        "klant toestemming gaf."
    }
    with store.reading() as s:
        assert s.scalar(select(Overdracht)) is None  # nothing written

    verwijzing.refer(
        store,
        km,
        client_of_km,
        Referral("Juridisch Loket", "Huurgeschil met de verhuurder", "mondeling"),
    )
    with store.reading() as s:
        item = s.scalar(select(Overdracht))
        assert (item.soort, item.partner, item.status, item.consent_how) == (
            "partner",
            "Juridisch Loket",
            "verstuurd",
            "mondeling",
        )
        assert (item.consent_by, item.consent_at is not None) == (km.staff_id, True)
        follow = s.get(Task, item.follow_up_task_id)
        days = (follow.due_at - item.sent_at).days
        assert days == 10  # reactie_binnen_dagen of the Juridisch Loket
        assert s.scalar(
            select(AuditEvent).where(
                AuditEvent.entity == "overdracht", AuditEvent.action == "aanmaken"
            )
        )

    title = "Verwijzing naar Juridisch Loket: nog geen reactie? Neem contact op (warme overdracht)"
    now = [i for i in werkvoorraad.items(store, km) if i.kind == "verwijzing_opvolgen"]
    assert [(i.title, i.state) for i in now] == [(title, werkvoorraad.LATER)]
    later = werkvoorraad.items(store, km, utcnow() + timedelta(days=11))
    assert [i.state for i in later if i.kind == "verwijzing_opvolgen"] == [werkvoorraad.OVERDUE]

    rows = verwijzing.client_handovers(store, km, client_of_km)
    assert [(r.to, r.status, r.open) for r in rows] == [("Juridisch Loket", "verstuurd", True)]
    with pytest.raises(ValidationFailed):
        verwijzing.record_answer(store, km, rows[0].id, "afgerond")  # no outcome
    verwijzing.record_answer(store, km, rows[0].id, "geaccepteerd")
    assert not [i for i in werkvoorraad.items(store, km) if i.kind == "verwijzing_opvolgen"]
    verwijzing.record_answer(
        store, km, rows[0].id, "afgerond", "Gratis advies gehad; huur is verlaagd."
    )
    rows = verwijzing.client_handovers(store, km, client_of_km)
    assert [(r.status, r.outcome, r.open) for r in rows] == [
        ("afgerond", "Gratis advies gehad; huur is verlaagd.", False)
    ]
    entries = {e.title: e.detail for e in open_dossier(store, km, client_of_km).timeline}
    assert entries["Verwezen naar partner"].startswith("Juridisch Loket · Huurgeschil")
    assert entries["Antwoord van partner"] == (
        "Juridisch Loket · afgerond · Gratis advies gehad; huur is verlaagd."
    )


def test_the_screenings_partners_become_referrals_only_with_consent(store, balie, staff):
    wissel = staff[0]
    item = new_aanmelding(store, balie)
    data = screening.ScreeningInput(
        answers={"geen_geld_eten": True},
        eligibility="waarschijnlijk",
        eligibility_reason="Geen inkomen",
        referrals=["Voedselbank"],
    )
    with pytest.raises(ValidationFailed) as bad:
        screening.complete_screening(store, wissel, item, data)
    assert set(bad.value.errors) == {"consent"}
    data.consent = "mondeling"
    screening.complete_screening(store, wissel, item, data)
    with store.reading() as s:
        referral = s.scalar(select(Overdracht))
        assert (referral.partner, referral.origin, referral.consent_by) == (
            "Voedselbank",
            "screening",
            wissel.staff_id,
        )
        follow = s.get(Task, referral.follow_up_task_id)
        assert follow.assigned_to == wissel.staff_id  # no klantmanager yet: who referred
        assert (follow.due_at - referral.sent_at).days == 3
