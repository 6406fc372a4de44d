"""Caseloads made directly in the store: klantmanagers with a profile, clients in a
klantgroep, full caseloads (the assignment and count tests need many at once); the names
in a suggestion."""

from __future__ import annotations

from datetime import date

from intake_desktop.db.models import Client
from intake_desktop.domain.text import search_key
from tests.support.staff import make_staff, set_profile


def klantmanager(store, actor, username, *, functie=None, max_caseload=None, expertise=()):
    """A klantmanager with a profile, not signed in (its staff id)."""
    make_staff(store, username, {"klantmanager"}, actor=actor, name=username.title())
    return set_profile(
        store, username, functie=functie, max_caseload=max_caseload, expertise=expertise
    )


def client(store, *, klantgroep=None, km=None, household=None, surname="Jansen", born=None):
    with store.transaction() as s:
        c = Client(
            first_names="Test",
            surname=surname,
            search_name=search_key(surname),
            birth_date=born or date(1980, 5, 1),
            gemeente_code=store.config.default_gemeente.code,
            status="in_traject",
            klantgroep=klantgroep,
            klantmanager_id=km,
            household_id=household,
        )
        s.add(c)
        s.flush()
        return c.id


def fill_caseload(store, km, n, klantgroep="groeien"):
    for i in range(n):
        client(store, klantgroep=klantgroep, km=km, surname=f"Vol{i}")


def names(ranked):
    """The names of suggested klantmanagers, best first."""
    return [c.staff.name for c in ranked]


def scanned_by(store, staff_id, *client_ids) -> None:
    """The wisselwachter held the quickscan of these clients just now (so they are in her
    reach, toegang.toml: klanten = "wachtrij")."""
    from intake_desktop.db.models import IntakeRecord
    from intake_desktop.domain.clock import utcnow

    with store.transaction() as s:
        for client_id in client_ids:
            s.add(
                IntakeRecord(
                    client_id=client_id,
                    kind="quickscan",
                    status="afgerond",
                    conducted_by=staff_id,
                    conducted_at=utcnow(),
                )
            )
