"""Fictional demo data for a first start: staff with a known password and clients.

Every BSN is from the test range (starting 9999) and passes the elfproef; names and
addresses come from Faker and belong to nobody. The clients are ``demo_clients``, the
work waiting for the staff ``demo_work``, two trajectplannen ``demo_plans`` and the
history after the intake (for Monitoring) ``demo_traject``.
"""

from __future__ import annotations

import random

from sqlalchemy import insert

from intake_desktop.db.models import (
    Aanmelding,
    Client,
    KlantgroepKeuze,
    KlantmanagerToewijzing,
    Staff,
    StaffExpertise,
    StaffRole,
)
from intake_desktop.demo.demo_clients import (
    client_rows,
    households_and_a_leaver,
    intake_history,
)
from intake_desktop.demo.demo_handovers import handovers, referral_and_past_kickoff
from intake_desktop.demo.demo_plans import demo_plans
from intake_desktop.demo.demo_work import (
    kickoff_sessions,
    referred_contacts,
    waiting_at_the_counter,
    work_to_do,
)
from intake_desktop.domain.roles import (
    BACKOFFICE,
    BALIEMEDEWERKER,
    BEHEERDER,
    KLANTMANAGER,
    POORTWACHTER,
    TEAMLEIDER,
    WISSELWACHTER,
)
from intake_desktop.services.beheer import accounts
from intake_desktop.services.core import audit
from intake_desktop.services.core.store import Store

DEMO_PASSWORD = "demo-werkplein"

# username, name, roles, team, functie, expertise
DEMO_STAFF = [
    ("beheerder", "Bea de Beheerder", {BEHEERDER}, None, None, ()),
    ("teamleider", "Tineke Teamleider", {TEAMLEIDER}, "werk", None, ()),
    ("balie", "Bram Balie", {BALIEMEDEWERKER}, None, None, ()),
    ("poortwachter", "Petra Poort", {POORTWACHTER, BALIEMEDEWERKER}, "inkomen", None, ()),
    ("wisselwachter", "Willem Wissel", {WISSELWACHTER}, "werk", None, ()),
    ("km.jansen", "Karin Jansen", {KLANTMANAGER}, "werk", "werkcoach", ("jongeren", "educatie")),
    (
        "km.elamrani",
        "Youssef El Amrani",
        {KLANTMANAGER},
        "werk",
        "werkcoach",
        ("inburgering", "zelfstandigen"),
    ),
    ("km.visser", "Jeroen Visser", {KLANTMANAGER}, "werk", "werkcoach", ()),
    (
        "km.devries",
        "Noëlle de Vries",
        {KLANTMANAGER},
        "werk",
        "participatiemakelaar",
        ("gezondheid",),
    ),
    (
        "km.yilmaz",
        "Fatma Yılmaz",
        {KLANTMANAGER},
        "werk",
        "participatiemakelaar",
        ("inburgering",),
    ),
    ("km.bakker", "Sandra Bakker", {KLANTMANAGER}, "inkomen", "inkomensconsulent", ("schulden",)),
    ("km.mulder", "Els Mulder", {KLANTMANAGER}, "inkomen", "inkomensconsulent", ("gezondheid",)),
    # The back offices (toewijzing.toml): hand-overs land in their team's werkvoorraad;
    # the teamleider of inkomen leads the three under it.
    ("teamleider.inkomen", "Ilona Inkomensleider", {TEAMLEIDER}, "inkomen", None, ()),
    ("shv.dekker", "Sanne Dekker", {BACKOFFICE}, "schuldhulpverlening", None, ()),
    ("shv.smit", "Ruben Smit", {BACKOFFICE}, "schuldhulpverlening", None, ()),
    ("bbz.kok", "Hanneke Kok", {BACKOFFICE}, "bbz", None, ()),
    ("bo.inkomen", "Gerrit Meijer", {BACKOFFICE}, "backoffice_inkomen", None, ()),
    ("bo.inburgering", "Aylin Demir", {BACKOFFICE}, "inburgering", None, ()),
]


def seed_demo(
    store: Store, clients: int = 400, seed: int = 2026, demo_mode: bool | None = None
) -> None:
    """Fill an empty store with demo staff and clients (one transaction).

    Demo mode is a single PC's own SQLite file, tried out by one person: the demo
    accounts keep the published password. Anywhere else (a PostgreSQL database others
    reach over the network) each demo account must choose its own password at its
    first sign-in, as the published one is known to everyone."""
    if demo_mode is None:
        demo_mode = store.engine.dialect.name == "sqlite"
    from faker import Faker

    fake = Faker("nl_NL")
    Faker.seed(seed)
    rng = random.Random(seed)
    gemeente = store.config.default_gemeente.code
    password_hash = accounts.hash_password(DEMO_PASSWORD)
    with store.transaction() as session:
        staff = _add_staff(session, gemeente, password_hash, not demo_mode)
        rows = client_rows(fake, rng, gemeente, clients)
        history_groups, history_assign, aanmeldingen = intake_history(rng, rows, store, staff)
        households_and_a_leaver(session, rows, history_assign, password_hash, gemeente)
        session.execute(insert(Client).execution_options(render_nulls=True), rows)
        session.execute(insert(Aanmelding), aanmeldingen)
        if history_assign:
            session.execute(insert(KlantmanagerToewijzing), history_assign)
            session.execute(insert(KlantgroepKeuze), history_groups)
        work_to_do(session, store, rows, staff)
        balie = next(s for s in staff if BALIEMEDEWERKER in s.role_codes)
        waiting_at_the_counter(session, rng, rows, gemeente, balie)
        kickoff_sessions(session)
        handovers(session, store, rows, staff)
        referral_and_past_kickoff(session, store, rows, staff)
        referred_contacts(session, store, rng, gemeente)
        audit.record(
            session,
            None,
            audit.IMPORT,
            username="demo",
            entity="client",
            workstation=store.workstation,
            details={"demo": True, "klanten": clients, "medewerkers": len(staff)},
        )
    demo_plans(store)
    from intake_desktop.demo.demo_traject import seed_history

    seed_history(store)  # closures, talks, activities, inburgering: for Monitoring


def _add_staff(session, gemeente: str, password_hash: str, must_change: bool) -> list[Staff]:
    """The accounts of DEMO_STAFF, all with the demo password."""
    staff = []
    for username, name, roles, team, functie, expertise in DEMO_STAFF:
        member = Staff(
            username=username,
            display_name=name,
            password_hash=password_hash,
            must_change_password=must_change,
            gemeente_code=gemeente,
            team=team,
            functie=functie,
            max_caseload=(70 if functie == "werkcoach" else 55) if KLANTMANAGER in roles else None,
            working_days="ma,di,wo,do,vr" if username != "km.mulder" else "ma,di,do",
            roles=[StaffRole(role=r) for r in sorted(roles)],
            expertise=[StaffExpertise(tag=t) for t in expertise],
        )
        session.add(member)
        staff.append(member)
    session.flush()
    return staff
