"""Ranking klantmanagers for one client: 200 staff, 250,000 clients in caseloads.

    .venv/bin/python bench/bench_toewijzing.py

Builds (once) bench/.data/toewijzing-250000.sqlite from the search benchmark's store:
200 klantmanagers with functions, expertise, maximum caseloads and some absences; every
client in a caseload with a klantgroep; one in ten in a two-person household; some with
an earlier klantmanager and a quickscan. Then times ``services.toewijzing.suggest`` for
100 clients (half with an earlier klantmanager, a household or a quickscan), interleaved
with a bare baseline through a plain sqlite3 connection on the same file: counting the
caseloads over the client table, which is what the suggestion would cost without the
counts the database keeps with triggers (table caseload_count, migration 0005).

Target: suggestion p95 <= 50 ms.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import statistics
import time
import uuid
from datetime import UTC, date, datetime, timedelta

from make_store import DATA_DIR, make_store, remove_store, store_path

from intake_desktop.config import load_config
from intake_desktop.services.caseload import toewijzing
from intake_desktop.services.core.store import Store

CLIENTS = 250_000
STAFF = 200
SAMPLES = 100
TARGET_P95_MS = 50.0
GROUPS = ("matchen", "groeien", "faciliteren", "zorgen")
FUNCTIES = {"matchen": "werkcoach", "groeien": "werkcoach"}
FUNCTIES.update(faciliteren="participatiemakelaar", zorgen="inkomensconsulent")
EXPERTISE = ("inburgering", "educatie", "jongeren", "schulden", "zelfstandigen", "gezondheid")
BARE_SQL = (
    "SELECT klantmanager_id, count(*) FROM client "
    "WHERE klantmanager_id IS NOT NULL AND status != 'afgesloten' GROUP BY klantmanager_id"
)


def hexid(value: uuid.UUID) -> str:
    return value.hex  # how SQLAlchemy's Uuid type stores ids in SQLite


def build(path) -> None:
    if path.exists():
        return
    started = time.perf_counter()
    source = make_store(store_path(CLIENTS), CLIENTS)
    shutil.copy(source, path)
    Store.open(f"sqlite:///{path}", load_config()).close()  # migrate to the current schema
    rng = random.Random(5)
    now = datetime.now(UTC).isoformat(sep=" ")
    today = date.today()
    db = sqlite3.connect(path)
    staff = []
    for n in range(STAFF):
        staff_id = uuid.uuid4()
        functie = ("werkcoach", "werkcoach", "participatiemakelaar", "inkomensconsulent")[n % 4]
        staff.append((staff_id, functie))
        db.execute(
            "INSERT INTO staff (id, version, created_at, updated_at, username, display_name,"
            " password_hash, gemeente_code, team, functie, max_caseload, working_days, active)"
            " VALUES (?, 1, ?, ?, ?, ?, 'x', 'voorbeeld', 'werk', ?, ?, 'ma,di,wo,do,vr', 1)",
            (
                hexid(staff_id),
                now,
                now,
                f"km{n}",
                f"Klantmanager {n:03}",
                functie,
                rng.choice((1100, 1250, 1400)),
            ),
        )
        db.execute("INSERT INTO staff_role VALUES (?, 'klantmanager')", (hexid(staff_id),))
        for tag in rng.sample(EXPERTISE, rng.randrange(0, 3)):
            db.execute("INSERT INTO staff_expertise VALUES (?, ?)", (hexid(staff_id), tag))
        if n % 20 == 0:
            start = today + timedelta(days=rng.randrange(-5, 8))
            db.execute(
                "INSERT INTO staff_absence (id, version, created_at, updated_at, staff_id,"
                " starts_on, ends_on, reason) VALUES (?, 1, ?, ?, ?, ?, ?, 'Vakantie')",
                (
                    hexid(uuid.uuid4()),
                    now,
                    now,
                    hexid(staff_id),
                    start.isoformat(),
                    (start + timedelta(days=14)).isoformat(),
                ),
            )
    by_functie: dict[str, list] = {}
    for staff_id, functie in staff:
        by_functie.setdefault(functie, []).append(hexid(staff_id))
    ids = [row[0] for row in db.execute("SELECT id FROM client ORDER BY rowid")]
    updates = []
    for i, client_id in enumerate(ids):
        group = GROUPS[i % 4]
        updates.append((rng.choice(by_functie[FUNCTIES[group]]), group, client_id))
    db.executemany(
        "UPDATE client SET klantmanager_id = ?, klantgroep = ?, status = 'in_traject' WHERE id = ?",
        updates,
    )
    # One in ten clients shares a household with the next one.
    for i in range(0, len(ids) // 10 * 2, 20):
        household = hexid(uuid.uuid4())
        db.execute(
            "INSERT INTO household (id, version, created_at, updated_at, label) VALUES (?, 1, ?, ?, 'Huishouden')",
            (household, now, now),
        )
        db.execute(
            "UPDATE client SET household_id = ? WHERE id IN (?, ?)", (household, ids[i], ids[i + 1])
        )
    # Earlier klantmanagers and a quickscan with needs for a sample.
    for client_id in rng.sample(ids, 20_000):
        db.execute(
            "INSERT INTO klantmanager_toewijzing (id, version, created_at, updated_at, client_id,"
            " klantmanager_id, assigned_at, reason, ended_at) VALUES (?, 1, ?, ?, ?, ?, ?, '', ?)",
            (hexid(uuid.uuid4()), now, now, client_id, hexid(rng.choice(staff)[0]), now, now),
        )
        record = hexid(uuid.uuid4())
        db.execute(
            "INSERT INTO intake_record (id, version, created_at, updated_at, client_id, kind,"
            " status, conducted_at, summary, details) VALUES (?, 1, ?, ?, ?, 'quickscan',"
            " 'afgerond', ?, '', '{\"routes\": [\"inburgering\"]}')",
            (record, now, now, client_id, now),
        )
        db.execute(
            "INSERT INTO intake_domain_answer (id, version, created_at, updated_at, intake_id,"
            " domain_code, observation, client_question, client_view, need)"
            " VALUES (?, 1, ?, ?, ?, 'financien', '', '', '', 'ja')",
            (hexid(uuid.uuid4()), now, now, record),
        )
    db.commit()
    db.execute("ANALYZE")
    db.close()
    print(f"built {path.name} in {time.perf_counter() - started:.0f} s")


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def main() -> None:
    path = DATA_DIR / f"toewijzing-{CLIENTS}.sqlite"
    try:
        build(path)
    except BaseException:
        remove_store(path)
        raise
    store = Store.open(f"sqlite:///{path}", load_config())
    bare = sqlite3.connect(path)
    rng = random.Random(11)
    with_history = [
        uuid.UUID(r[0])
        for r in bare.execute("SELECT client_id FROM klantmanager_toewijzing LIMIT 2000")
    ]
    all_ids = [
        uuid.UUID(r[0]) for r in bare.execute("SELECT id FROM client LIMIT 5000 OFFSET 100000")
    ]
    sample = rng.sample(with_history, SAMPLES // 2) + rng.sample(all_ids, SAMPLES // 2)
    ranked = toewijzing.suggest(store, sample[0])  # warm-up (prepared statements, caches)
    bare.execute(BARE_SQL).fetchall()
    service_ms, bare_ms = [], []
    for client_id in sample:
        t0 = time.perf_counter()
        ranked = toewijzing.suggest(store, client_id)
        service_ms.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        bare.execute(BARE_SQL).fetchall()
        bare_ms.append((time.perf_counter() - t0) * 1000)
    print(f"{STAFF} klantmanagers, {CLIENTS:,} clients in caseloads, {SAMPLES} suggestions")
    print(f"first suggestion for the last client: {ranked[0].staff.name}, score {ranked[0].score}")
    print(
        f"suggest():                   median {statistics.median(service_ms):6.1f} ms   "
        f"p95 {percentile(service_ms, 95):6.1f} ms   (target p95 <= {TARGET_P95_MS:.0f} ms)"
    )
    print(
        f"bare count over the clients: median {statistics.median(bare_ms):6.1f} ms   "
        f"p95 {percentile(bare_ms, 95):6.1f} ms"
    )
    print(
        f"ratio p95 suggest / bare caseload count: "
        f"{percentile(service_ms, 95) / percentile(bare_ms, 95):.2f}"
    )
    plan = bare.execute("EXPLAIN QUERY PLAN " + BARE_SQL).fetchall()
    print("plan of the caseload count:", "; ".join(row[-1] for row in plan))
    store.close()


if __name__ == "__main__":
    main()
