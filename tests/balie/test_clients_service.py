"""Registering, finding and changing clients, without Qt."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from intake_desktop.db.models import Aanmelding, AuditEvent, Client, Task
from intake_desktop.domain.validation import ClientInput
from intake_desktop.services.balie import aanmelding, search
from intake_desktop.services.core import audit
from intake_desktop.services.core.access import SearchNotAllowed
from intake_desktop.services.core.errors import StaleVersion, ValidationFailed
from intake_desktop.services.dossier.dossier import open_dossier, reveal_bsn, update_client
from tests.support.store import count

pytestmark = pytest.mark.both_stores  # every test here runs on SQLite and PostgreSQL

MAES = ClientInput(
    first_names="Anaïs",
    surname="Maës",
    bsn="999990019",
    birth_date="05-03-1980",
    postcode="1234 ab",
    house_number="12",
    street="Dorpsstraat",
    city="Voorbeeld",
    phone="06-12345678",
    email="anais@example.org",
)


def register(store, actor, client=MAES, route="intake", **kw):
    return aanmelding.register_aanmelding(
        store,
        actor,
        aanmelding.AanmeldingRequest(
            channel="balie",
            route=route,
            question="Ik zoek werk en heb geen inkomen",
            client=client,
            **kw,
        ),
    )


def test_register_creates_client_and_aanmelding(store, balie):
    result = register(store, balie)
    with store.reading() as s:
        client = s.get(Client, result.client_id)
        assert client.surname == "Maës" and client.search_name == "maes"
        assert client.postcode == "1234AB" and client.phone == "0612345678"
        item = s.scalar(select(Aanmelding))
        assert item.status == "wacht_op_poortwachter" and item.client_id == client.id
    actions = {e.entity: e.action for e in _events(store)}
    assert actions == {"client": "aanmaken", "aanmelding": "aanmaken"}


def _events(store):
    with store.reading() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.client_id.is_not(None))))


def test_every_field_error_is_reported_at_once(store, balie):
    bad = ClientInput(
        first_names="",
        surname="J4nsen",
        bsn="123456789",
        birth_date="31-02-1990",
        postcode="0123 AB",
        phone="12345",
        email="geen-adres",
    )
    with pytest.raises(ValidationFailed) as err:
        register(store, balie, client=bad)
    assert set(err.value.errors) == {
        "first_names",
        "surname",
        "bsn",
        "birth_date",
        "postcode",
        "phone",
        "email",
    }
    assert "elfproef" in err.value.errors["bsn"]
    assert count(store, Client) == 0 and count(store, Aanmelding) == 0


def test_same_bsn_attaches_to_existing_client(store, balie):
    first = register(store, balie)
    again = register(store, balie, client=ClientInput(**{**MAES.as_dict(), "first_names": "A."}))
    assert again.existing_client and again.client_id == first.client_id
    assert count(store, Client) == 1 and count(store, Aanmelding) == 2


def test_same_surname_and_birth_date_asks_first(store, balie):
    register(store, balie)
    other = ClientInput(**{**MAES.as_dict(), "bsn": "999990020"})
    with pytest.raises(aanmelding.PossibleDuplicate) as dup:
        register(store, balie, client=other)
    assert dup.value.candidates[0].surname == "Maës"
    register(store, balie, client=other, confirmed_new_person=True)
    assert count(store, Client) == 2


def test_third_party_creates_no_client_only_an_anonymous_count(store, balie):
    result = register(store, balie, client=None, route="derden", referred_to="Juridisch Loket")
    assert result.client_id is None
    assert count(store, Client) == 0
    with store.reading() as s:
        item = s.scalar(select(Aanmelding))
    assert item.client_id is None and item.question == "" and item.status == "doorverwezen"


def test_schuldhulp_gives_sheet_and_task(store, balie):
    result = register(store, balie, route="schuldhulpverlening")
    assert any("Bankafschriften" in line for line in result.meenemen)
    assert count(store, Task, Task.kind == "schuldhulp_afspraak") == 1


def test_search_finds_without_accents_bsn_postcode_and_birth_date(store, balie):
    register(store, balie)
    register(
        store,
        balie,
        client=ClientInput(
            first_names="Jan",
            tussenvoegsel="de",
            surname="Vries",
            bsn="999990020",
            birth_date="01-01-1970",
        ),
    )
    assert [h.surname for h in search.search_clients(store, balie, "mae").hits] == ["Maës"]
    assert [h.surname for h in search.search_clients(store, balie, "MAËS").hits] == ["Maës"]
    assert [h.surname for h in search.search_clients(store, balie, "de vri").hits] == ["Vries"]
    assert [h.surname for h in search.search_clients(store, balie, "Vries, Jan de").hits] == [
        "Vries"
    ]
    assert search.search_clients(store, balie, "999990019").hits[0].surname == "Maës"
    assert search.search_clients(store, balie, "1234ab").hits[0].surname == "Maës"
    assert search.search_clients(store, balie, "1234 AB 12").hits[0].surname == "Maës"
    assert search.search_clients(store, balie, "05-03-1980").hits[0].surname == "Maës"
    assert search.search_clients(store, balie, "xyz").hits == []
    assert search.search_clients(store, balie, "999990019").hits[0].bsn_masked == "******019"


def test_opening_a_dossier_is_audited(store, balie):
    result = register(store, balie)
    dossier = open_dossier(store, balie, result.client_id)
    assert dossier.bsn_masked == "******019"
    reveal_bsn(store, balie, result.client_id)
    with store.reading() as s:
        events = list(
            s.scalars(
                select(AuditEvent)
                .where(AuditEvent.client_id == result.client_id)
                .order_by(AuditEvent.occurred_at)
            )
        )
    assert [e.action for e in events][-2:] == [audit.VIEW, audit.SHOW_BSN]
    assert events[-2].username == "balie" and events[-2].roles == "baliemedewerker"


def test_stale_version_save_is_refused(store, balie, beheerder):
    result = register(store, balie)
    mine = open_dossier(store, balie, result.client_id)
    theirs = open_dossier(store, beheerder, result.client_id)
    update_client(
        store,
        beheerder,
        result.client_id,
        theirs.version,
        ClientInput(**{**MAES.as_dict(), "city": "Anderstad"}),
        reason="test: gegevens bijgewerkt",
    )
    with pytest.raises(StaleVersion) as err:
        update_client(
            store,
            balie,
            result.client_id,
            mine.version,
            ClientInput(**{**MAES.as_dict(), "phone": "0701234567"}),
            reason="test: gegevens bijgewerkt",
        )
    assert "Bea Beheer" in str(err.value)
    with store.reading() as s:
        client = s.get(Client, result.client_id)
        assert client.city == "Anderstad" and client.phone == "0612345678"
        assert client.version == 2


def test_update_audits_field_names_not_values(store, balie):
    result = register(store, balie)
    d = open_dossier(store, balie, result.client_id)
    update_client(
        store,
        balie,
        result.client_id,
        d.version,
        ClientInput(**{**MAES.as_dict(), "phone": "0701234567"}),
        reason="test: gegevens bijgewerkt",
    )
    with store.reading() as s:
        event = s.scalar(select(AuditEvent).where(AuditEvent.action == audit.UPDATE))
    assert event.details == {"velden": ["phone"]}
    assert "0701234567" not in str(event.details)


def test_a_search_is_audited_by_kind_and_hits_never_the_text(store, balie):
    register(store, balie)
    search.search_clients(store, balie, "mae")
    search.search_clients(store, balie, "999990019")
    search.search_clients(store, balie, "")  # nothing typed: no search
    with store.reading() as s:
        rows = s.scalars(
            select(AuditEvent).where(AuditEvent.action == "zoeken").order_by(AuditEvent.occurred_at)
        ).all()
    assert [r.details for r in rows] == [
        {"soort": "naam", "treffers": 1},
        {"soort": "bsn", "treffers": 1},
    ]
    assert all("mae" not in str(r.details) and "999990019" not in str(r.details) for r in rows)
    assert all(r.username == "balie" for r in rows)


def test_a_result_list_never_holds_a_full_bsn(store, balie):
    register(store, balie)
    hit = search.search_clients(store, balie, "999990019").hits[0]
    assert hit.bsn_masked == "******019"
    assert not hasattr(hit, "bsn")


def test_roles_without_clients_do_not_search_and_the_refusal_is_audited(store, staff_member):
    register_as = staff_member("beleid", {"beleidsmedewerker"})
    with pytest.raises(SearchNotAllowed, match="Met uw rol zoekt u geen klanten op."):
        search.search_clients(store, register_as, "mae")
    with store.reading() as s:
        refused = s.scalars(select(AuditEvent).where(AuditEvent.action == "geweigerd")).one()
    assert refused.username == "beleid" and refused.details == {"handeling": "zoeken"}


def test_roles_without_the_counters_rights_register_nobody(store, staff_member):
    from intake_desktop.services.core.access import RegisterNotAllowed

    for username, role in (("beleid", "beleidsmedewerker"), ("admin", "beheerder")):
        actor = staff_member(username, {role})
        with pytest.raises(RegisterNotAllowed, match="Met uw rol schrijft u geen aanmeldingen"):
            register(store, actor)
    assert count(store, Client) == 0 and count(store, Aanmelding) == 0
    with store.reading() as s:
        refused = s.scalars(select(AuditEvent).where(AuditEvent.action == "geweigerd")).all()
    assert sorted(r.username for r in refused) == ["admin", "beleid"]
