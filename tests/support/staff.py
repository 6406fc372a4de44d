"""Staff members for tests: made by the beheer service, signed in as a user would."""

from __future__ import annotations

from sqlalchemy import select

from intake_desktop.db.models import Staff, StaffExpertise
from intake_desktop.services.beheer import accounts

DEMO_PASSWORD = "geheim-wachtwoord"


def make_staff(store, username, roles, actor=None, password=DEMO_PASSWORD, name=None, team=""):
    """Create an account (``actor`` None: the very first account, as on a new store)."""
    return accounts.create_staff(
        store,
        actor,
        accounts.NewStaff(
            username=username,
            display_name=name or username.title(),
            password=password,
            roles=set(roles),
            gemeente_code=store.config.default_gemeente.code,
            team=team or "",
        ),
    )


def set_profile(store, username, *, functie=None, max_caseload=None, expertise=(), team=None):
    """What Beheer → Medewerkers records beside the roles: function, maximum, expertise,
    team (the need-to-know rules of toegang.toml reach a team's clients)."""
    with store.transaction() as s:
        staff = s.scalar(select(Staff).where(Staff.username == username))
        staff.functie, staff.max_caseload, staff.team = functie, max_caseload, team
        staff.expertise = [StaffExpertise(tag=t) for t in expertise]
        return staff.id


def sign_in(store, username, password=DEMO_PASSWORD):
    return accounts.sign_in(store, username, password)
