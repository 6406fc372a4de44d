"""Beheer → Medewerkers, the service: changing a staff member (roles, functie, team,
expertise, caseload, working days, active) field by field and audited by name only, wrong
input refused per field in Dutch, who may maintain staff and give the beheerder role,
nobody deactivating themselves, a stale version, absences, and what the list holds."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from intake_desktop.db.models import AuditEvent, StaffAbsence
from intake_desktop.services.beheer import accounts, afwezigheid, medewerkers
from intake_desktop.services.beheer.errors import AbsenceGone, MaintainNotAllowed
from intake_desktop.services.core.errors import StaleVersion, ValidationFailed
from tests.support.medewerkers import change_of, update
from tests.support.staff import DEMO_PASSWORD, make_staff

pytestmark = pytest.mark.both_stores  # every test here runs on SQLite and PostgreSQL

TODAY = date.today()


def audit_rows(store, entity):
    with store.reading() as s:
        return list(
            s.scalars(
                select(AuditEvent)
                .where(AuditEvent.entity == entity)
                .order_by(AuditEvent.occurred_at)
            )
        )


def refused(store, actor, staff_id, **fields) -> dict[str, str]:
    with pytest.raises(ValidationFailed) as err:
        update(store, actor, staff_id, **fields)
    return err.value.errors


def test_each_field_is_saved_and_audited_by_name_only(store, beheerder, kees):
    before = medewerkers.staff_detail(store, beheerder, kees)
    assert before.working_days == ("ma", "di", "wo", "do", "vr")
    new_version = update(
        store,
        beheerder,
        kees,
        display_name=" Kees Jansen-Özil ",
        email="K.Jansen@Voorbeeld.nl",
        roles={"klantmanager", "wisselwachter"},
        team="werk",
        functie="werkcoach",
        expertise={"jongeren", "schulden"},
        max_caseload=45,
        working_days=("ma", "di", "do"),
        active=False,
    )
    after = medewerkers.staff_detail(store, beheerder, kees)
    assert new_version == after.version == before.version + 1
    assert after.display_name == "Kees Jansen-Özil"
    assert after.email == "k.jansen@voorbeeld.nl"
    assert after.roles == ("wisselwachter", "klantmanager")
    assert (after.team, after.functie, after.max_caseload) == ("werk", "werkcoach", 45)
    assert after.expertise == ("jongeren", "schulden")
    assert after.working_days == ("ma", "di", "do")
    assert after.active is False
    [event] = [e for e in audit_rows(store, "staff") if e.action == "wijzigen"]
    assert event.entity_id == kees and event.username == "beheer"
    assert event.details == {
        "velden": [
            "display_name",
            "email",
            "roles",
            "team",
            "functie",
            "expertise",
            "max_caseload",
            "working_days",
            "active",
        ]
    }
    stored = str(event.details)
    for value in ("Özil", "voorbeeld", "werkcoach", "jongeren", "45"):
        assert value not in stored


def test_one_field_at_a_time_and_nothing_changed_writes_nothing(store, beheerder, kees):
    for name, value in (
        ("max_caseload", 30),
        ("max_caseload", None),
        ("expertise", {"inburgering"}),
        ("roles", {"klantmanager", "poortwachter"}),
        ("working_days", ("di", "za")),
        ("team", "inkomen"),
        ("team", ""),
    ):
        version = medewerkers.staff_detail(store, beheerder, kees).version
        assert update(store, beheerder, kees, **{name: value}) == version + 1
        assert audit_rows(store, "staff")[-1].details == {"velden": [name]}
    detail = medewerkers.staff_detail(store, beheerder, kees)
    assert (detail.max_caseload, detail.team, detail.working_days) == (None, "", ("di", "za"))
    assert detail.expertise == ("inburgering",)
    count = len(audit_rows(store, "staff"))
    assert update(store, beheerder, kees) == detail.version
    assert len(audit_rows(store, "staff")) == count


def test_wrong_input_is_refused_with_a_dutch_message_per_field(store, beheerder, kees):
    errors = refused(
        store,
        beheerder,
        kees,
        display_name="  ",
        email="geen-adres",
        roles=set(),
        team="onbekend",
        functie="kok",
        expertise={"schulden", "toveren"},
        max_caseload=0,
        working_days=(),
    )
    assert errors == {
        "display_name": "Vul de naam in.",
        "email": "Vul een e-mailadres in als naam@voorbeeld.nl.",
        "roles": "Kies minstens één rol.",
        "team": "Dit team staat niet in de lijst.",
        "functie": "Deze functie staat niet in de lijst.",
        "expertise": "Deze expertise staat niet in de lijst.",
        "max_caseload": "Vul een maximum van 1 tot en met 500 in, of kies 'geen maximum'.",
        "working_days": "Kies minstens één werkdag.",
    }
    assert "max_caseload" in refused(store, beheerder, kees, max_caseload=501)
    assert refused(store, beheerder, kees, working_days=("ma", "vrij")) == {
        "working_days": "Kies werkdagen van maandag tot en met zondag."
    }
    assert refused(store, beheerder, kees, roles={"koning"}) == {"roles": "Kies minstens één rol."}
    assert medewerkers.staff_detail(store, beheerder, kees).display_name == "Kees Jansen"


def test_only_beheerder_and_teamleider_maintain_staff(store, beheerder, balie, kees):
    change, version = change_of(store, beheerder, kees, max_caseload=20)
    with pytest.raises(MaintainNotAllowed, match="Alleen een beheerder of teamleider"):
        medewerkers.update_staff(store, balie, kees, change, version)
    with pytest.raises(
        MaintainNotAllowed, match="Alleen een beheerder of teamleider beheert medewerkers\\."
    ):
        afwezigheid.add_absence(store, balie, kees, TODAY, TODAY, "")
    with pytest.raises(
        MaintainNotAllowed, match="Alleen een beheerder of teamleider beheert medewerkers\\."
    ):
        make_staff(store, "nieuw", {"baliemedewerker"}, actor=balie)


def test_a_teamleider_may_not_give_or_take_the_beheerder_role(store, beheerder, teamleider, kees):
    assert refused(store, teamleider, kees, roles={"klantmanager", "beheerder"}) == {
        "roles": "Alleen een beheerder geeft of neemt de rol beheerder."
    }
    admin = beheerder.staff_id
    assert refused(store, teamleider, admin, roles={"teamleider"}) == {
        "roles": "Alleen een beheerder geeft of neemt de rol beheerder."
    }
    assert refused(store, teamleider, admin, active=False) == {
        "active": "Alleen een beheerder zet een beheerder op inactief."
    }
    # Everything else a teamleider may change, also of a beheerder.
    update(store, teamleider, kees, roles={"klantmanager", "teamleider"}, max_caseload=12)
    update(store, teamleider, admin, team="werk")
    assert medewerkers.staff_detail(store, beheerder, kees).roles == ("klantmanager", "teamleider")
    assert medewerkers.staff_detail(store, beheerder, admin).team == "werk"


def test_a_teamleider_creates_accounts_but_no_beheerder(store, beheerder, teamleider):
    new_id = accounts.create_staff(
        store,
        teamleider,
        accounts.NewStaff(
            username="w.coach",
            display_name="Wim Coach",
            password=DEMO_PASSWORD,
            roles={"klantmanager"},
            gemeente_code=store.config.default_gemeente.code,
            team="werk",
            functie="werkcoach",
            expertise={"educatie"},
            max_caseload=40,
            working_days=("di", "wo", "do"),
        ),
    )
    detail = medewerkers.staff_detail(store, beheerder, new_id)
    assert (detail.functie, detail.team, detail.max_caseload) == ("werkcoach", "werk", 40)
    assert detail.expertise == ("educatie",) and detail.working_days == ("di", "wo", "do")
    with pytest.raises(ValidationFailed) as err:
        make_staff(store, "baas", {"beheerder"}, actor=teamleider)
    assert err.value.errors == {"roles": "Alleen een beheerder geeft of neemt de rol beheerder."}
    with pytest.raises(ValidationFailed) as err:
        accounts.create_staff(
            store,
            beheerder,
            accounts.NewStaff(
                "x.y", "X Y", DEMO_PASSWORD, {"klantmanager"}, "", functie="kok", working_days=()
            ),
        )
    assert set(err.value.errors) == {"functie", "working_days"}


def test_nobody_deactivates_themselves_or_drops_their_own_beheerder_role(store, beheerder):
    me = beheerder.staff_id
    assert refused(store, beheerder, me, active=False) == {
        "active": "U kunt uw eigen account niet op inactief zetten."
    }
    assert refused(store, beheerder, me, roles={"teamleider"}) == {
        "roles": "U kunt uw eigen rol beheerder niet weghalen."
    }
    update(store, beheerder, me, roles={"beheerder"})  # other roles of one's own: fine
    assert medewerkers.staff_detail(store, beheerder, me).roles == ("beheerder",)


def test_a_stale_version_is_refused_also_after_a_roles_only_change(
    store, beheerder, teamleider, kees
):
    mine, version = change_of(store, beheerder, kees, max_caseload=25)
    update(store, teamleider, kees, roles={"klantmanager", "poortwachter"})  # a colleague
    with pytest.raises(StaleVersion) as err:
        medewerkers.update_staff(store, beheerder, kees, mine, version)
    assert "gewijzigd door Tineke Leider" in str(err.value)
    detail = medewerkers.staff_detail(store, beheerder, kees)
    assert detail.max_caseload is None and "poortwachter" in detail.roles


def test_absences_are_added_listed_and_removed(store, beheerder, kees):
    with pytest.raises(ValidationFailed) as err:
        afwezigheid.add_absence(store, beheerder, kees, TODAY, TODAY - timedelta(days=1), "")
    assert err.value.errors == {
        "ends_on": "De laatste dag ligt vóór de eerste dag. Controleer de data."
    }
    with pytest.raises(ValidationFailed) as err:
        afwezigheid.add_absence(store, beheerder, kees, None, None, "x" * 201)
    assert set(err.value.errors) == {"starts_on", "ends_on", "reason"}

    until = TODAY + timedelta(days=5)
    now = afwezigheid.add_absence(store, beheerder, kees, TODAY, until, " Verlof ")
    later = afwezigheid.add_absence(
        store, beheerder, kees, until + timedelta(days=30), until + timedelta(days=31)
    )
    one_day = afwezigheid.add_absence(store, beheerder, kees, TODAY, TODAY, "")  # same day is fine
    detail = medewerkers.staff_detail(store, beheerder, kees)
    assert [(a.id, a.reason) for a in detail.absences] == [
        (one_day, ""),
        (now, "Verlof"),
        (later, ""),
    ]
    [row] = [r for r in medewerkers.list_staff(store) if r.id == kees]
    assert row.absent_today and row.absent_until == until

    afwezigheid.remove_absence(store, beheerder, now)
    afwezigheid.remove_absence(store, beheerder, one_day)
    assert [a.id for a in medewerkers.staff_detail(store, beheerder, kees).absences] == [later]
    [row] = [r for r in medewerkers.list_staff(store) if r.id == kees]
    assert not row.absent_today
    with store.reading() as s:
        assert s.get(StaffAbsence, now).deleted_at is not None  # kept, marked removed
    with pytest.raises(AbsenceGone, match="Deze afwezigheid bestaat niet \\(meer\\)\\."):
        afwezigheid.remove_absence(store, beheerder, now)
    events = audit_rows(store, "staff_absence")
    assert [e.action for e in events] == ["aanmaken"] * 3 + ["verwijderen"] * 2
    assert all(e.details == {} for e in events)  # no dates, no reasons


def test_the_list_holds_what_the_table_shows(store, beheerder, kees):
    update(
        store,
        beheerder,
        kees,
        team="werk",
        functie="werkcoach",
        expertise={"schulden"},
        max_caseload=40,
    )
    [row] = [r for r in medewerkers.list_staff(store) if r.id == kees]
    assert (row.username, row.display_name, row.roles, row.active) == (
        "k.jansen",
        "Kees Jansen",
        ("klantmanager",),
        True,
    )
    assert (row.team, row.functie, row.max_caseload, row.expertise) == (
        "werk",
        "werkcoach",
        40,
        ("schulden",),
    )
    assert [r.username for r in medewerkers.list_staff(store, role="klantmanager")] == [
        "beheer",
        "k.jansen",
    ]
