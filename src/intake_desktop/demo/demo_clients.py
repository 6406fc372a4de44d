"""The demo's clients: fictional people (names and addresses from Faker, a BSN from the
test range that passes the elfproef), their aanmelding, klantgroep and klantmanager
history, a few households, and a klantmanager who left with clients still assigned."""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta

from intake_desktop.db.models import Household, Staff, StaffRole
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.roles import BALIEMEDEWERKER, KLANTMANAGER, WISSELWACHTER
from intake_desktop.domain.statuses import AanmeldingStatus, ClientStatus
from intake_desktop.domain.text import search_key

KLANTGROEPEN = ("matchen", "groeien", "faciliteren", "zorgen")

QUESTIONS = [
    "Ik ben mijn baan kwijt en zoek zo snel mogelijk nieuw werk.",
    "Ik heb geen inkomen meer en kan de huur niet betalen.",
    "Ik wil graag een opleiding volgen om werk te vinden.",
    "Ik moet inburgeren en wil daarnaast aan het werk.",
    "Ik zorg voor mijn moeder en wil daarnaast iets doen.",
    "Mijn WW-uitkering stopt volgende maand.",
]

# Names with diacritics, mixed in so search and print are tried on them.
NAMES = {
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


def fictional_bsn(rng: random.Random) -> str:
    """A BSN from the test range 9999xxxxx that passes the elfproef."""
    while True:
        head = "9999" + "".join(str(rng.randrange(10)) for _ in range(4))
        total = sum(int(d) * w for d, w in zip(head, range(9, 1, -1), strict=True))
        check = total % 11
        if check < 10:
            return head + str(check)


def client_rows(fake, rng: random.Random, gemeente: str, count: int) -> list[dict]:
    """``count`` fictional clients, each with a BSN of their own."""
    used: set[str] = set()
    rows: list[dict] = []
    while len(rows) < count:
        bsn = fictional_bsn(rng)
        if bsn not in used:
            used.add(bsn)
            rows.append(_client(fake, rng, bsn, gemeente, NAMES))
    return rows


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
        "phone": "06" + rng.choice("12345") + "".join(str(rng.randrange(10)) for _ in range(7)),
        "email": None,
        "gemeente_code": gemeente,
        "status": ClientStatus.IN_TRAJECT,
    }


def intake_history(rng: random.Random, rows: list[dict], store, staff: list[Staff]):
    """Per client an aanmelding in the past; most got a klantgroep and a klantmanager
    (mostly of the function that guides the group), the others are still aangemeld.
    Fills in the client rows; returns the rows for KlantgroepKeuze,
    KlantmanagerToewijzing and Aanmelding."""
    gemeente = store.config.default_gemeente.code
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
    history_groups, history_assign, aanmeldingen = [], [], []
    for row in rows:
        registered = utcnow() - timedelta(days=rng.randrange(1, 700), hours=rng.randrange(8))
        row["created_at"] = row["updated_at"] = registered
        row["created_by"] = row["updated_by"] = balie.id
        aanmeldingen.append(_aanmelding(rng, row, registered, gemeente, balie))
        if rng.random() < 0.85:
            group = rng.choice(KLANTGROEPEN)
            # Mostly the function that guides the group; now and then someone else.
            km = rng.choice(by_group[group] if rng.random() < 0.9 else klantmanagers)
            row["klantmanager_id"], row["klantgroep"] = km.id, group
            row["benefit_since"] = registered.date() - timedelta(days=rng.randrange(0, 900))
            when = registered + timedelta(days=rng.randrange(1, 20))
            assigned, chosen = _after_quickscan(row, km, group, when, wissel)
            history_assign.append(assigned)
            history_groups.append(chosen)
        else:
            row["status"] = ClientStatus.AANGEMELD
            row["benefit_since"] = None
    return history_groups, history_assign, aanmeldingen


def _aanmelding(rng: random.Random, row: dict, registered, gemeente: str, balie) -> dict:
    return dict(
        id=uuid.uuid4(),
        client_id=row["id"],
        gemeente_code=gemeente,
        channel=rng.choice(["balie", "balie", "telefoon", "email"]),
        registered_at=registered,
        question=rng.choice(QUESTIONS),
        route="intake",
        status=AanmeldingStatus.AFGEROND,
        version=1,
        created_at=registered,
        updated_at=registered,
        created_by=balie.id,
    )


def _after_quickscan(row: dict, km, group: str, when, wissel) -> tuple[dict, dict]:
    """The klantmanager assigned and the klantgroep chosen, as history rows."""
    assigned = dict(
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
    chosen = dict(
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
    return assigned, chosen


def households_and_a_leaver(session, rows, history_assign, password_hash, gemeente):
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
