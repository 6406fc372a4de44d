"""A SQLite store filled with N fictional clients, for the benchmarks.

    .venv/bin/python bench/make_store.py 250000

builds (or reuses) bench/.data/clients-250000.sqlite. Names come from Faker's Dutch
lists; BSNs are random 9-digit numbers that pass the elfproef. Everything is fictional
and lives only in bench/.data (gitignored).
"""

from __future__ import annotations

import random
import sqlite3
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / ".data"
CHUNK = 20_000
SEED = 2026

# A few names with diacritics, so that "mae" must find "Maës".
DIACRITIC_FIRST = ["Anaïs", "Noël", "Zoë", "José", "Chloé", "Ömer", "Loïs"]
DIACRITIC_SURNAMES = ["Maës", "Çelik", "Noël", "Hoëvenaars", "Peña", "Öztürk", "Bülent"]
POSTCODE_LETTERS = "ABCDEGHJKLMNPRTVWXZ"  # no S: "SA", "SD", "SS" are not used
TODAY = date.today()


def store_path(clients: int) -> Path:
    return DATA_DIR / f"clients-{clients}.sqlite"


def elfproef_bsn(rng: random.Random) -> str:
    """A random 9-digit number that passes the elfproef (weights 9..2, then -1)."""
    while True:
        head = str(rng.randrange(10_000_000, 100_000_000))  # first digit 1-9
        check = sum(int(d) * w for d, w in zip(head, range(9, 1, -1), strict=True)) % 11
        if check < 10:
            return head + str(check)


def name_lists(rng: random.Random, size: int = 2000) -> tuple[list[str], list[str], list[str]]:
    """Sample Faker's nl_NL names (and streets) once; random.choice is much faster."""
    from faker import Faker

    fake = Faker("nl_NL")
    fake.seed_instance(rng.randrange(1 << 30))
    first = [fake.first_name() for _ in range(size)] + DIACRITIC_FIRST * 5
    last = [fake.last_name() for _ in range(size)] + DIACRITIC_SURNAMES * 10
    streets = [fake.street_name() for _ in range(300)]
    return first, last, streets


def fictional_people(clients: int, seed: int = SEED) -> Iterator[dict]:
    """Plain personal data (no ids, no search key), the same for the same seed."""
    rng = random.Random(seed)
    first_names, last_names, streets = name_lists(rng)
    # Addresses cluster: about ten clients per postcode, as in a real caseload.
    postcodes = [
        f"{rng.randrange(1000, 10000)}{rng.choice(POSTCODE_LETTERS)}{rng.choice(POSTCODE_LETTERS)}"
        for _ in range(max(clients // 10, 1))
    ]
    used: set[str] = set()
    for _ in range(clients):
        bsn = elfproef_bsn(rng)
        while bsn in used:
            bsn = elfproef_bsn(rng)
        used.add(bsn)
        *tussen, surname = rng.choice(last_names).split(" ")
        yield {
            "bsn": bsn,
            "first_names": rng.choice(first_names),
            "tussenvoegsel": " ".join(tussen) or None,
            "surname": surname,
            "birth_date": TODAY - timedelta(days=rng.randrange(18 * 365, 66 * 365)),
            "street": rng.choice(streets),
            "house_number": str(rng.randrange(1, 180)),
            "house_number_suffix": rng.choice([None, None, None, None, "A", "B"]),
            "postcode": rng.choice(postcodes),
            "city": "Voorbeeld",
            "phone": "06" + str(rng.randrange(10_000_000, 100_000_000)),
        }


def client_count(path: Path) -> int | None:
    """Clients in an existing store, or None if there is no usable store."""
    if not path.exists():
        return None
    try:
        with sqlite3.connect(path) as connection:
            return connection.execute("SELECT count(*) FROM client").fetchone()[0]
    except sqlite3.Error:
        return None


def remove_store(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def make_store(path: Path, clients: int) -> Path:
    """Build the store at ``path`` with ``clients`` rows, or reuse it if it has them."""
    if client_count(path) == clients:
        return path
    from sqlalchemy import insert

    from intake_desktop.config import load_config
    from intake_desktop.db.models import Client
    from intake_desktop.domain.text import search_key
    from intake_desktop.services.core.store import Store

    started = time.perf_counter()
    remove_store(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    config = load_config()
    store = Store.open(f"sqlite:///{path}", config)  # runs the migrations
    gemeente = config.default_gemeente.code
    keys: dict[str, str] = {}  # search_key per surname, computed once
    now = datetime.now(UTC)
    rows: list[dict] = []
    # Core insert on the table, not insert(Client): the ORM bulk path drops None values
    # from each row and splits the batch wherever the set of keys changes (tussenvoegsel
    # or toevoeging present or not), which gives thousands of small statements.
    statement = insert(Client.__table__)
    with store.transaction() as session:
        # The same keys as importer._client_row (created_by/updated_by stay empty).
        for person in fictional_people(clients):
            surname = person["surname"]
            if surname not in keys:
                keys[surname] = search_key(surname)
            rows.append(
                {
                    "id": uuid.uuid4(),
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                    **person,
                    "search_name": keys[surname],
                    "email": None,
                    "gemeente_code": gemeente,
                    "status": "in_traject",
                }
            )
            if len(rows) >= CHUNK:
                session.execute(statement, rows)
                rows.clear()
        if rows:
            session.execute(statement, rows)
    store.close()
    print(
        f"built {path.name}: {clients} clients in {time.perf_counter() - started:.1f} s",
        file=sys.stderr,
    )
    return path


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 250_000
    print(make_store(store_path(count), count))
