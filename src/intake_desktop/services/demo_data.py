"""Fictional demo data for a first start: staff with a known password and clients.

Every BSN is from the test range (starting 9999) and passes the elfproef; names and
addresses come from Faker and belong to nobody.
"""

from __future__ import annotations

import random
import uuid
from datetime import date, datetime, time, timedelta

from sqlalchemy import insert

from intake_desktop.db.base import utcnow
from intake_desktop.db.models import (
    Aanmelding,
    Client,
    KlantgroepKeuze,
    KlantmanagerToewijzing,
    Staff,
    StaffRole,
)
from intake_desktop.domain.roles import (
    BALIEMEDEWERKER,
    BEHEERDER,
    KLANTMANAGER,
    POORTWACHTER,
    TEAMLEIDER,
    WISSELWACHTER,
)
from intake_desktop.domain.text import search_key
from intake_desktop.services import accounts, audit
from intake_desktop.services.store import Store

DEMO_PASSWORD = "demo-werkplein"

DEMO_STAFF = [
    ("beheerder", "Bea de Beheerder", {BEHEERDER, TEAMLEIDER}, "werk"),
    ("balie", "Bram Balie", {BALIEMEDEWERKER}, "balie"),
    ("poortwachter", "Petra Poort", {POORTWACHTER, BALIEMEDEWERKER}, "inkomen"),
    ("wisselwachter", "Willem Wissel", {WISSELWACHTER, KLANTMANAGER}, "werk"),
    ("km.jansen", "Karin Jansen", {KLANTMANAGER}, "werk"),
    ("km.elamrani", "Youssef El Amrani", {KLANTMANAGER}, "werk"),
    ("km.devries", "Noëlle de Vries", {KLANTMANAGER}, "participatie"),
    ("km.bakker", "Sandra Bakker", {KLANTMANAGER}, "inkomen"),
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
        for username, name, roles, team in DEMO_STAFF:
            member = Staff(
                username=username,
                display_name=name,
                password_hash=password_hash,
                gemeente_code=gemeente,
                team=team,
                max_caseload=60 if KLANTMANAGER in roles else None,
                roles=[StaffRole(role=r) for r in sorted(roles)],
            )
            session.add(member)
            staff.append(member)
        session.flush()
        klantmanagers = [s for s in staff if KLANTMANAGER in s.role_codes]
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
                km = rng.choice(klantmanagers)
                group = rng.choice(KLANTGROEPEN)
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
        session.execute(insert(Client).execution_options(render_nulls=True), rows)
        session.execute(insert(Aanmelding), aanmeldingen)
        if history_assign:
            session.execute(insert(KlantmanagerToewijzing), history_assign)
            session.execute(insert(KlantgroepKeuze), history_groups)
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


QUESTIONS = [
    "Ik ben mijn baan kwijt en zoek zo snel mogelijk nieuw werk.",
    "Ik heb geen inkomen meer en kan de huur niet betalen.",
    "Ik wil graag een opleiding volgen om werk te vinden.",
    "Ik moet inburgeren en wil daarnaast aan het werk.",
    "Ik zorg voor mijn moeder en wil daarnaast iets doen.",
    "Mijn WW-uitkering stopt volgende maand.",
]
