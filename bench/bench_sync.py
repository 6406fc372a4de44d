"""The offline laptop against PostgreSQL on loopback: checking out a caseload of 200
clients with their history, and pushing 2,000 offline changes back. Each figure next to
a bare baseline in the same run (psycopg and plain sqlite3 doing the same rows).

    .venv/bin/python bench/bench_sync.py

Targets: check-out of 200 clients <= 3 s; push of 2,000 offline changes <= 3 s.
The server is a throwaway PostgreSQL (Debian package) started with fsync on, as a real
one; the laptop store is SQLCipher-encrypted, as on a laptop.
"""

from __future__ import annotations

import random
import sqlite3
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import keyring  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402
from sqlalchemy import func, insert, select  # noqa: E402
from tests.support.laptop import as_input  # noqa: E402
from tests.support.pg_server import PgServer, bindir  # noqa: E402

from intake_desktop.config import load_config  # noqa: E402
from intake_desktop.db.models import Client, Note, Staff, Task  # noqa: E402
from intake_desktop.demo.demo_data import DEMO_PASSWORD, seed_demo  # noqa: E402
from intake_desktop.services.beheer import accounts  # noqa: E402
from intake_desktop.services.core.store import Store  # noqa: E402
from intake_desktop.services.dossier import dossier, notes
from intake_desktop.services.laptop import checkout, laptop_key, sync
from intake_desktop.services.laptop.sync_rows import CLIENT_TABLES  # noqa: E402

CASELOAD = 200
NOTES_PER_CLIENT = 10
TASKS_PER_CLIENT = 5
CHANGES = 2_000
TARGET_CHECKOUT_S = 3.0
TARGET_PUSH_S = 3.0


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self):
        super().__init__()
        self.values: dict = {}

    def get_password(self, service, username):
        return self.values.get((service, username))

    def set_password(self, service, username, password):
        self.values[(service, username)] = password

    def delete_password(self, service, username):
        self.values.pop((service, username), None)


def build_server(url: str, config) -> tuple[Store, list[uuid.UUID]]:
    """Demo data, then 200 clients of one klantmanager, each with ten notes and five
    tasks on top of their demo history."""
    store = Store.open(url, config)
    seed_demo(store, clients=1_200)
    rng = random.Random(5)
    with store.transaction() as session:
        karin = session.scalar(select(Staff).where(Staff.username == "km.jansen"))
        chosen = list(session.scalars(select(Client.id).order_by(Client.id).limit(CASELOAD)))
        for client_id in chosen:
            session.get(Client, client_id).klantmanager_id = karin.id
        now = datetime.now(UTC)
        session.execute(
            insert(Note),
            [
                {
                    "id": uuid.uuid4(),
                    "client_id": c,
                    "author_id": karin.id,
                    "body": f"Gesprek {n}: afspraken gemaakt over sollicitaties.",
                    "at_home": rng.random() < 0.3,
                    "version": 1,
                    "created_at": now - timedelta(days=n * 7),
                    "updated_at": now - timedelta(days=n * 7),
                }
                for c in chosen
                for n in range(NOTES_PER_CLIENT)
            ],
        )
        session.execute(
            insert(Task),
            [
                {
                    "id": uuid.uuid4(),
                    "client_id": c,
                    "kind": "voortgang",
                    "title": f"Taak {n}",
                    "assigned_to": karin.id,
                    "status": "afgehandeld" if n < 4 else "open",
                    "due_at": now + timedelta(days=n),
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
                for c in chosen
                for n in range(TASKS_PER_CLIENT)
            ],
        )
    return store, chosen


def bare_checkout(pg_url: str, ids: list[uuid.UUID], folder: Path) -> float:
    """psycopg reads the same tables for the same clients; sqlite3 writes them as-is."""
    import psycopg

    dsn = pg_url.replace("postgresql+psycopg://", "postgresql://")
    target = sqlite3.connect(folder / "bare.sqlite")
    started = time.perf_counter()
    with psycopg.connect(dsn) as pg:
        found: dict[str, list] = {"client": ids}
        for name, column, source in CLIENT_TABLES:
            keys = [k for k in found.get(source, []) if k is not None]
            rows = pg.execute(f"SELECT * FROM {name} WHERE {column} = ANY(%s)", (keys,)).fetchall()
            columns = [d.name for d in pg.execute(f"SELECT * FROM {name} LIMIT 0").description]
            target.execute(f"CREATE TABLE IF NOT EXISTS {name} ({', '.join(columns)})")
            marks = ", ".join("?" for _ in columns)
            target.executemany(
                f"INSERT INTO {name} VALUES ({marks})",
                [tuple(str(v) if v is not None else None for v in r) for r in rows],
            )
            found[f"{name}.id"] = [r[0] for r in rows]
            if name == "client":
                found["client.household_id"] = [r[columns.index("household_id")] for r in rows]
        target.commit()
    elapsed = time.perf_counter() - started
    target.close()
    return elapsed


def bare_push(pg_url: str, ids: list[uuid.UUID], karin_id) -> float:
    """psycopg: 1,200 note inserts and 800 client updates in one transaction."""
    import psycopg

    dsn = pg_url.replace("postgresql+psycopg://", "postgresql://")
    now = datetime.now(UTC)
    started = time.perf_counter()
    with psycopg.connect(dsn) as pg:
        with pg.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO note (id, client_id, author_id, body, at_home, version, "
                "created_at, updated_at) VALUES (%s, %s, %s, %s, true, 1, %s, %s)",
                [
                    (uuid.uuid4(), ids[n % len(ids)], karin_id, "Baseline-notitie", now, now)
                    for n in range(1_200)
                ],
            )
            cursor.executemany(
                "UPDATE client SET phone = %s, version = version + 1 WHERE id = %s",
                [(f"06{n:08d}", ids[n % len(ids)]) for n in range(800)],
            )
    return time.perf_counter() - started


def main() -> int:
    if bindir() is None:
        print("PostgreSQL is not installed (apt-get install postgresql)")
        return 1
    keyring.set_keyring(MemoryKeyring())
    config = load_config()
    server = PgServer(durable=True)
    base = server.start()
    folder = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    try:
        import psycopg

        with psycopg.connect(
            f"host=127.0.0.1 port={server.port} user=intake dbname=postgres", autocommit=True
        ) as admin:
            admin.execute("CREATE DATABASE bench")
        url = f"{base}/bench"
        print("building the server store (demo data, 1,200 clients) ...", flush=True)
        store, ids = build_server(url, config)
        karin = accounts.sign_in(store, "km.jansen", DEMO_PASSWORD)

        bare_out = bare_checkout(url, ids, folder)
        laptop = laptop_key.open_laptop_store(
            folder / "karin.sqlite", "km.jansen", config, create=True
        )
        started = time.perf_counter()
        result = checkout.check_out(store, laptop, karin, ids)
        took_out = time.perf_counter() - started
        assert result.clients == CASELOAD, result
        print(f"rows of {CASELOAD} clients with their history: {result.rows}")

        print(f"making {CHANGES} offline changes on the laptop (not timed) ...", flush=True)
        for n in range(CHANGES):
            client_id = ids[n % len(ids)]
            if n % 5 < 3:
                notes.add_note(laptop, karin, client_id, f"Huisbezoek {n}: het gaat goed.")
            else:
                typed, version = as_input(laptop, client_id, phone=f"06{n:08d}")
                dossier.update_client(
                    laptop, karin, client_id, version, typed, reason="test: gegevens bijgewerkt"
                )
        outbox = checkout.laptop_status(laptop).unsynced

        with store.reading() as s:
            others = list(s.scalars(select(Client.id).where(Client.id.not_in(ids)).limit(CASELOAD)))
        bare_in = bare_push(url, others, karin.staff_id)  # other clients: no conflicts
        started = time.perf_counter()
        pushed = sync.push(store, laptop, karin)
        took_push = time.perf_counter() - started
        with store.reading() as s:
            assert (
                s.scalar(
                    select(func.count()).select_from(Note).where(Note.body.like("Huisbezoek %"))
                )
                == 1_200
            )

        print()
        print(
            f"check-out of {CASELOAD} clients: {took_out:6.2f} s   bare psycopg + sqlite3: "
            f"{bare_out:5.2f} s   ratio {took_out / bare_out:4.1f}   target <= {TARGET_CHECKOUT_S} s"
        )
        print(
            f"push of {CHANGES} changes ({outbox} outbox rows, incl. their audit events): "
            f"{took_push:6.2f} s   bare psycopg: {bare_in:5.2f} s   ratio {took_push / bare_in:4.1f}"
            f"   target <= {TARGET_PUSH_S} s"
        )
        print(f"   applied rows {pushed.rows_applied}, conflicts {pushed.conflicts}")
        ok = took_out <= TARGET_CHECKOUT_S and took_push <= TARGET_PUSH_S
        print("targets met" if ok else "TARGET NOT MET")
        laptop.close()
        store.close()
        return 0 if ok else 2
    finally:
        server.stop()


if __name__ == "__main__":
    sys.exit(main())
