"""Fictional demo data for a first start: staff with a known password and clients.

Every BSN is from the test range (starting 9999) and passes the elfproef; names and
addresses come from Faker and belong to nobody.
"""

from __future__ import annotations

import random
import uuid
from datetime import date, datetime, time, timedelta

from sqlalchemy import insert

from intake_desktop.db.models import (
    Aanmelding,
    Appointment,
    Client,
    Household,
    KlantgroepKeuze,
    KlantmanagerToewijzing,
    Staff,
    StaffAbsence,
    StaffExpertise,
    StaffRole,
    Task,
)
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.roles import (
    BALIEMEDEWERKER,
    BEHEERDER,
    KLANTMANAGER,
    POORTWACHTER,
    TEAMLEIDER,
    WISSELWACHTER,
)
from intake_desktop.domain.text import search_key
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
]

KLANTGROEPEN = ("matchen", "groeien", "faciliteren", "zorgen")


def fictional_bsn(rng: random.Random) -> str:
    """A BSN from the test range 9999xxxxx that passes the elfproef."""
    while True:
        head = "9999" + "".join(str(rng.randrange(10)) for _ in range(4))
        total = sum(int(d) * w for d, w in zip(head, range(9, 1, -1), strict=True))
        check = total % 11
        if check < 10:
            return head + str(check)


def _client(fake, rng: random.Random, bsn: str, gemeente: str, names: dict) -> dict:
    female = rng.random() < 0.5
    first = fake.first_name_female() if female else fake.first_name_male()
    surname_full = fake.last_name()
    parts = surname_full.split(" ")
    tussen = " ".join(parts[:-1]) or None
    surname = parts[-1]
    if rng.random() < 0.04:
        first = rng.choice(names["first"])
    if rng.random() < 0.04:
        surname, tussen = rng.choice(names["surname"])
    born = date.today() - timedelta(days=rng.randrange(18 * 365, 66 * 365))
    now = utcnow()
    return {
        "id": uuid.uuid4(),
        "version": 1,
        "created_at": now,
        "updated_at": now,
        "bsn": bsn,
        "first_names": first,
        "tussenvoegsel": tussen,
        "surname": surname,
        "search_name": search_key(surname),
        "birth_date": born,
        "street": fake.street_name(),
        "house_number": str(rng.randrange(1, 180)),
        "house_number_suffix": rng.choice([None, None, None, "A", "B", "bis"]),
        "postcode": f"{rng.randrange(1000, 9999)}{rng.choice('ABCDEGHJKLMNPRTVWXZ')}"
        f"{rng.choice('ABCDEGHJKLMNPRTVWXZ')}",
        "city": "Voorbeeld",
        "phone": "06" + "".join(str(rng.randrange(10)) for _ in range(8)),
        "email": None,
        "gemeente_code": gemeente,
        "status": "in_traject",
    }


def seed_demo(store: Store, clients: int = 400, seed: int = 2026) -> None:
    """Fill an empty store with demo staff and clients (one transaction)."""
    from faker import Faker

    fake = Faker("nl_NL")
    Faker.seed(seed)
    rng = random.Random(seed)
    gemeente = store.config.default_gemeente.code
    # Names with diacritics, mixed in so search and print are tried on them.
    names = {
        "first": ["Anaïs", "Noë", "Zoë", "José", "Chloé", "Inés", "Gaël", "Ömer", "Renée"],
        "surname": [
            ("Maës", None),
            ("Peña", None),
            ("Hoëvenaars", "van"),
            ("Çelik", None),
            ("Brouwer", None),
            ("Ekström", None),
            ("Dijkstra", None),
        ],
    }
    password_hash = accounts.hash_password(DEMO_PASSWORD)
    with store.transaction() as session:
        staff = []
        for username, name, roles, team, functie, expertise in DEMO_STAFF:
            member = Staff(
                username=username,
                display_name=name,
                password_hash=password_hash,
                gemeente_code=gemeente,
                team=team,
                functie=functie,
                max_caseload=(70 if functie == "werkcoach" else 55)
                if KLANTMANAGER in roles
                else None,
                working_days="ma,di,wo,do,vr" if username != "km.mulder" else "ma,di,do",
                roles=[StaffRole(role=r) for r in sorted(roles)],
                expertise=[StaffExpertise(tag=t) for t in expertise],
            )
            session.add(member)
            staff.append(member)
        session.flush()
        klantmanagers = [
            s for s in staff if KLANTMANAGER in s.role_codes and WISSELWACHTER not in s.role_codes
        ]
        by_group = {
            group: [
                s
                for s in klantmanagers
                if s.functie == getattr(store.config.toewijzing.functie_for(group), "code", None)
            ]
            or klantmanagers
            for group in KLANTGROEPEN
        }
        balie = next(s for s in staff if BALIEMEDEWERKER in s.role_codes)
        wissel = next(s for s in staff if WISSELWACHTER in s.role_codes)
        used: set[str] = set()
        rows = []
        while len(rows) < clients:
            bsn = fictional_bsn(rng)
            if bsn not in used:
                used.add(bsn)
                rows.append(_client(fake, rng, bsn, gemeente, names))
        history_groups, history_assign, aanmeldingen = [], [], []
        for row in rows:
            registered = utcnow() - timedelta(days=rng.randrange(1, 700), hours=rng.randrange(8))
            row["created_at"] = row["updated_at"] = registered
            row["created_by"] = row["updated_by"] = balie.id
            aanmeldingen.append(
                dict(
                    id=uuid.uuid4(),
                    client_id=row["id"],
                    gemeente_code=gemeente,
                    channel=rng.choice(["balie", "balie", "telefoon", "email"]),
                    registered_at=registered,
                    question=rng.choice(QUESTIONS),
                    route="intake",
                    status="afgerond",
                    version=1,
                    created_at=registered,
                    updated_at=registered,
                    created_by=balie.id,
                )
            )
            if rng.random() < 0.85:
                group = rng.choice(KLANTGROEPEN)
                # Mostly the function that guides the group; now and then someone else.
                km = rng.choice(by_group[group] if rng.random() < 0.9 else klantmanagers)
                row["klantmanager_id"], row["klantgroep"] = km.id, group
                row["benefit_since"] = registered.date() - timedelta(days=rng.randrange(0, 900))
                when = registered + timedelta(days=rng.randrange(1, 20))
                history_assign.append(
                    dict(
                        id=uuid.uuid4(),
                        client_id=row["id"],
                        klantmanager_id=km.id,
                        assigned_at=when,
                        assigned_by=wissel.id,
                        reason="Toegewezen na quickscan",
                        version=1,
                        created_at=when,
                        updated_at=when,
                    )
                )
                history_groups.append(
                    dict(
                        id=uuid.uuid4(),
                        client_id=row["id"],
                        klantgroep=group,
                        suggested=group,
                        decided_at=when,
                        decided_by=wissel.id,
                        reason="Keuze van de klant in het ambitiegesprek",
                        deviates_from_advice=False,
                        version=1,
                        created_at=when,
                        updated_at=when,
                    )
                )
            else:
                row["status"] = "aangemeld"
                row["benefit_since"] = None
        _households_and_a_leaver(session, store, rows, history_assign, password_hash, gemeente)
        session.execute(insert(Client).execution_options(render_nulls=True), rows)
        session.execute(insert(Aanmelding), aanmeldingen)
        if history_assign:
            session.execute(insert(KlantmanagerToewijzing), history_assign)
            session.execute(insert(KlantgroepKeuze), history_groups)
        _work_to_do(session, store, rng, rows, staff)
        # A few people waiting at the counter right now, so the queue is not empty.
        for minutes, row in zip((42, 25, 12, 4), rows[:4], strict=True):
            when = utcnow() - timedelta(minutes=minutes)
            session.add(
                Aanmelding(
                    client_id=row["id"],
                    gemeente_code=gemeente,
                    channel="balie" if minutes != 25 else "telefoon",
                    registered_at=when,
                    question=rng.choice(QUESTIONS),
                    route="intake",
                    status="wacht_op_poortwachter",
                    created_by=balie.id,
                )
            )
        # Kick-off sessions in two and three weeks for every klantgroep.
        from intake_desktop.db.models import KickoffSession

        for weeks in (2, 3):
            day = (utcnow() + timedelta(weeks=weeks)).astimezone().date()
            for hour, group in zip((9, 11, 13, 15), KLANTGROEPEN, strict=True):
                start = datetime.combine(day, time(hour, 0)).astimezone()
                session.add(
                    KickoffSession(
                        klantgroep=group,
                        starts_at=start,
                        location="Werkplein, zaal 2",
                        trainer="Tom Trainer",
                        capacity=12,
                    )
                )
        for _ in range(25):  # anonymous contacts routed to a partner
            when = utcnow() - timedelta(days=rng.randrange(1, 300))
            session.add(
                Aanmelding(
                    client_id=None,
                    gemeente_code=gemeente,
                    channel="balie",
                    registered_at=when,
                    question="",
                    route="derden",
                    referred_to=rng.choice(store.config.partners).naam
                    if store.config.partners
                    else "Partner",
                    status="doorverwezen",
                )
            )
        audit.record(
            session,
            None,
            audit.IMPORT,
            username="demo",
            entity="client",
            workstation=store.workstation,
            details={"demo": True, "klanten": clients, "medewerkers": len(staff)},
        )
    _demo_plans(store)
    from intake_desktop.demo.demo_traject import seed_history

    seed_history(store)  # closures, talks, activities, inburgering: for Monitoring


def _households_and_a_leaver(session, store, rows, history_assign, password_hash, gemeente):
    """Some clients live together (one household, one klantmanager); a klantmanager who
    left still has four clients (they show up as "zonder klantmanager")."""
    history = {h["client_id"]: h for h in history_assign}
    assigned = [r for r in rows if r.get("klantmanager_id")]
    for row in rows:
        row.setdefault("household_id", None)
    for first, second in zip(assigned[10:40:2], assigned[11:41:2], strict=True):
        home = Household(label=f"Huishouden {first['surname']}")
        session.add(home)
        session.flush()
        for key in (
            "surname",
            "tussenvoegsel",
            "search_name",
            "street",
            "house_number",
            "house_number_suffix",
            "postcode",
            "city",
        ):
            second[key] = first[key]
        first["household_id"] = second["household_id"] = home.id
        second["klantmanager_id"] = first["klantmanager_id"]
        history[second["id"]]["klantmanager_id"] = first["klantmanager_id"]
    former = Staff(
        username="km.dewit",
        display_name="Paul de Wit",
        password_hash=password_hash,
        gemeente_code=gemeente,
        team="werk",
        functie="werkcoach",
        max_caseload=60,
        active=False,
        roles=[StaffRole(role=KLANTMANAGER)],
    )
    session.add(former)
    session.flush()
    for row in assigned[50:54]:
        row["klantmanager_id"] = former.id
        history[row["id"]]["klantmanager_id"] = former.id


def _work_to_do(session, store, rng, rows, staff):
    """A werkvoorraad that is not empty: progress talks in the coming days, an
    appointment still to record, a few deadlines (one overdue), an absence."""
    now = utcnow()
    today = now.astimezone().date()
    by_name = {s.username: s for s in staff}
    progress = store.config.ambitie.progress_appointment_type
    kind = store.config.appointment_type(progress)
    for member in staff:
        if member.functie is None or WISSELWACHTER in member.role_codes:
            continue
        theirs = [r for r in rows if r.get("klantmanager_id") == member.id]
        for offset, row in enumerate(theirs[:3]):
            day = today + timedelta(days=1 + offset * 2)
            start = datetime.combine(day, time(10 + offset, 0)).astimezone()
            session.add(
                Appointment(
                    client_id=row["id"],
                    kind=progress,
                    starts_at=start,
                    ends_at=start + timedelta(minutes=kind.duur_minuten),
                    location=kind.locatie,
                    staff_id=member.id,
                    with_party=kind.naam,
                    at_home=row["klantgroep"] in ("faciliteren", "zorgen"),
                )
            )
        if len(theirs) > 4 and member.username == "km.jansen":
            yesterday = datetime.combine(today - timedelta(days=1), time(14, 0)).astimezone()
            session.add(
                Appointment(
                    client_id=theirs[3]["id"],
                    kind=progress,
                    starts_at=yesterday,
                    ends_at=yesterday + timedelta(minutes=kind.duur_minuten),
                    location=kind.locatie,
                    staff_id=member.id,
                    with_party=kind.naam,
                )
            )
            session.add(
                Task(
                    client_id=theirs[4]["id"],
                    kind="route:work_first",
                    title="Contact opnemen met Work First",
                    due_at=now - timedelta(days=2),
                    assigned_to=member.id,
                )
            )
        if len(theirs) > 5 and member.username == "km.elamrani":
            months = store.config.toewijzing.poortwachterstoets_maanden
            session.add(
                Task(
                    client_id=theirs[5]["id"],
                    kind="poortwachterstoets",
                    title=f"Poortwachterstoets: uiterlijk na {months} maanden intensieve "
                    "persoonlijke dienstverlening",
                    due_at=now + timedelta(days=4),
                    assigned_to=member.id,
                )
            )
    wissel = next(s for s in staff if WISSELWACHTER in s.role_codes)
    waiting = next(r for r in rows if r.get("klantmanager_id"))
    session.add(
        Task(
            client_id=waiting["id"],
            kind="route:work_first",
            title="Uitkeringsintake plannen als de klant niet binnen 48 uur aan het werk is",
            due_at=now + timedelta(hours=20),
            assigned_to=wissel.id,
        )
    )
    session.add(
        StaffAbsence(
            staff_id=by_name["km.bakker"].id,
            starts_on=today + timedelta(days=2),
            ends_on=today + timedelta(days=16),
            reason="Vakantie",
        )
    )


def _demo_plans(store: Store) -> None:
    """Two trajectplannen of Karin Jansen's clients: one signed, one in concept."""
    from sqlalchemy import select

    from intake_desktop.services.traject import trajectplan, trajectplan_status
    from intake_desktop.services.traject.trajectplan import ActivityInput, GoalInput, PlanInput

    with store.reading() as session:
        karin = session.scalar(select(Staff).where(Staff.username == "km.jansen"))
        actor = accounts.actor_of(karin)
        clients = session.scalars(
            select(Client.id)
            .where(Client.klantmanager_id == karin.id, Client.klantgroep == "groeien")
            .order_by(Client.search_name)
            .limit(2)
        ).all()
    today = date.today()
    for n, client_id in enumerate(clients):
        plan = trajectplan.open_plan(store, actor, client_id)
        data = PlanInput(
            doelperspectief=(
                "Binnen een jaar betaald werk in de logistiek, met een stabiele financiële "
                "situatie; daarnaast Nederlands op B1-niveau."
            ),
            goals=[
                GoalInput(
                    "werk",
                    "Heftruckcertificaat halen en solliciteren bij drie logistieke bedrijven",
                    today + timedelta(days=120),
                    "bezig",
                    [
                        ActivityInput(
                            "werkfit",
                            "Twee dagdelen per week",
                            "extern",
                            "Re-integratiebedrijf Noord",
                            today,
                            today + timedelta(days=90),
                            "lopend",
                        ),
                        ActivityInput(
                            "stage",
                            "Stage in een magazijn",
                            "extern",
                            "Werkgever in de regio",
                            today + timedelta(days=60),
                            today + timedelta(days=150),
                        ),
                    ],
                ),
                GoalInput(
                    "financien",
                    "Betalingsachterstanden geregeld en een sluitend budget",
                    today + timedelta(days=180),
                    "open",
                    [
                        ActivityInput(
                            "schuldhulp",
                            "",
                            "intern",
                            "Back office schuldhulpverlening",
                            today,
                            None,
                        )
                    ],
                ),
                GoalInput(
                    "educatie",
                    "Nederlands op B1-niveau",
                    today + timedelta(days=365),
                    "open",
                    [
                        ActivityInput(
                            "taalcursus",
                            "Avondcursus, twee keer per week",
                            "extern",
                            "ROC",
                            today + timedelta(days=14),
                            today + timedelta(days=300),
                        )
                    ],
                ),
            ],
            afspraken_klant=(
                "Ik kom op tijd naar afspraken en meld het als ik verhinderd ben.\n"
                "Ik solliciteer vier keer per maand en houd dat bij."
            ),
            afspraken_gemeente=(
                "De klantmanager meldt de klant binnen twee weken aan bij het ROC.\n"
                "De gemeente vergoedt de reiskosten naar de stage (€ 25 per maand)."
            ),
            next_progress_talk_on=today + timedelta(days=90),
        )
        plan = trajectplan.save_plan(store, actor, plan.id, data, plan.row_version)
        if n == 0:
            trajectplan_status.sign(
                store, actor, plan.id, plan.row_version, store.config.huisstijl.plaats
            )


QUESTIONS = [
    "Ik ben mijn baan kwijt en zoek zo snel mogelijk nieuw werk.",
    "Ik heb geen inkomen meer en kan de huur niet betalen.",
    "Ik wil graag een opleiding volgen om werk te vinden.",
    "Ik moet inburgeren en wil daarnaast aan het werk.",
    "Ik zorg voor mijn moeder en wil daarnaast iets doen.",
    "Mijn WW-uitkering stopt volgende maand.",
]
