"""Search as you type on 250,000 clients: the program's search service against the same
SQL through a bare sqlite3 connection, on the same file.

    .venv/bin/python bench/bench_search.py [--profile]

Targets: service p95 <= 15 ms, and service p95 / bare p95 <= 2.0.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import sys
import time
from collections import defaultdict
from datetime import UTC
from pathlib import Path

from make_store import make_store, store_path
from sqlalchemy import event

from intake_desktop.config import load_config
from intake_desktop.db import audit_chain, logboek
from intake_desktop.domain.roles import Actor
from intake_desktop.services.balie.search import classify, search_clients
from intake_desktop.services.core.store import Store

# The counter clerk on whose behalf the search runs; each search writes its audit row
# (kind and number of hits), which this benchmark includes.
COUNTER = Actor(None, "bench", "Bench Balie", frozenset({"baliemedewerker"}))

CLIENTS = 250_000
ROUNDS = 5
SMOKE = "--smoke" in sys.argv
TARGET_P95_MS = 15.0
TARGET_RATIO = 2.0

COLUMNS = (
    "SELECT id, first_names, tussenvoegsel, surname, bsn, birth_date, postcode, "
    "house_number, city FROM client WHERE deleted_at IS NULL"
)
BARE_SQL = {
    "naam": COLUMNS + " AND search_name >= ? AND search_name < ?"
    " ORDER BY search_name, first_names LIMIT ?",
    "bsn": COLUMNS + " AND bsn = ? LIMIT ?",
    "postcode": COLUMNS + " AND postcode = ? ORDER BY house_number, search_name LIMIT ?",
    "geboortedatum": COLUMNS + " AND birth_date = ? ORDER BY search_name LIMIT ?",
}


def bare_query(text: str, limit: int) -> tuple[str, tuple]:
    """The SQL and parameters the service runs for ``text``, from the same classify()."""
    kind, value = classify(text)
    if kind == "naam":
        return BARE_SQL[kind], (value, value + "\uffff", limit + 1)
    if kind == "postcode":
        postcode, number = value
        assert number is None, "the query list has postcodes without a house number"
        return BARE_SQL[kind], (postcode, limit + 1)
    if kind == "geboortedatum":
        return BARE_SQL[kind], (value.isoformat(), limit + 1)  # SQLite stores ISO dates
    return BARE_SQL[kind], (value, limit + 1)


def make_queries(connection: sqlite3.Connection, count: int = 200) -> list[str]:
    """What people type at the counter, drawn from the clients in the store."""
    rng = random.Random(7)
    total = connection.execute("SELECT max(rowid) FROM client").fetchone()[0]
    sample = [
        connection.execute(
            "SELECT surname, search_name, bsn, postcode, birth_date FROM client WHERE rowid = ?",
            (rng.randrange(1, total + 1),),
        ).fetchone()
        for _ in range(count)
    ]
    queries = []
    for number, (surname, key, bsn, postcode, born) in enumerate(sample):
        share = number % 20
        if share < 8:  # 40 %: accent-free lower-case prefix, 1-4 letters
            queries.append(key[: rng.randint(1, 4)])
        elif share < 10:  # 10 %: typed as written, capital and accents ("Maë", "Çel")
            queries.append(surname[: rng.randint(2, 4)])
        elif share < 14:  # 20 %: full BSN
            queries.append(bsn)
        elif share < 17:  # 15 %: postcode "1234 AB"
            queries.append(f"{postcode[:4]} {postcode[4:]}")
        else:  # 15 %: birth date dd-mm-yyyy
            year, month, day = born.split("-")
            queries.append(f"{day}-{month}-{year}")
    # Make sure names with diacritics are typed with them.
    queries[9::20] = ["Maë", "Çel", "Hoë", "Noë", "Öz", "Peñ", "Maës", "Çelik", "Hoëv", "No"]
    return queries


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def summary(values: list[float]) -> str:
    return (
        f"p50 {percentile(values, 0.50):6.2f} ms   p95 {percentile(values, 0.95):6.2f} ms"
        f"   max {max(values):6.2f} ms   (n={len(values)})"
    )


def service_sql(url: str, queries: list[str]) -> dict[str, tuple[str, tuple]]:
    """The SQL the service really sends, one example per kind (via an engine event).

    Uses a store of its own: an engine keeps its slower event-dispatch path even after
    the listener is removed, which would slow down the timed store.
    """
    seen: dict[str, tuple[str, tuple]] = {}
    current = {}

    def remember(_conn, _cursor, statement, parameters, _context, _many):
        seen.setdefault(current["kind"], (statement, parameters))

    probe = Store.open(url, load_config())
    event.listen(probe.engine, "before_cursor_execute", remember)
    for text in queries:
        current["kind"] = classify(text)[0]
        search_clients(probe, COUNTER, text)
    probe.close()
    return seen


BARE_AUDIT = (
    "INSERT INTO audit_event (id, occurred_at, staff_id, username, roles, action, entity,"
    " entity_id, client_id, details, workstation) VALUES (?, ?, NULL, 'bench',"
    " 'baliemedewerker', 'zoeken', NULL, NULL, NULL, ?, '')"
)


def bare_audit(bare: sqlite3.Connection, kind: str, hits: int) -> None:
    """The baseline writes the same audit row a search must write, and commits it."""
    import json
    import uuid
    from datetime import datetime

    bare.execute(
        BARE_AUDIT,
        (
            uuid.uuid4().hex,
            datetime.now(UTC).isoformat(sep=" "),
            json.dumps({"soort": kind, "treffers": hits}),
        ),
    )
    bare.commit()


def show_plans(bare: sqlite3.Connection, examples: dict, queries: list[str], limit: int) -> None:
    print("\nEXPLAIN QUERY PLAN (service SQL | bare SQL):")
    for kind, (statement, parameters) in examples.items():
        text = next(q for q in queries if classify(q)[0] == kind)
        sql, params = bare_query(text, limit)
        plans = [
            [row[3] for row in bare.execute("EXPLAIN QUERY PLAN " + s, p)]
            for s, p in ((statement, parameters), (sql, params))
        ]
        scans = [step for plan in plans for step in plan if step.startswith("SCAN client")]
        verdict = "FULL SCAN!" if scans else "index used"
        print(f"  {kind:14} {' / '.join(plans[0])}  |  {' / '.join(plans[1])}  -> {verdict}")


def main() -> None:
    global CLIENTS, ROUNDS
    if SMOKE:  # the test command runs this: every step once, on a small store in tmp
        import tempfile

        CLIENTS, ROUNDS = 2_000, 1
        path = make_store(Path(tempfile.mkdtemp(prefix="bench-search-")) / "s.sqlite", CLIENTS)
    else:
        path = make_store(store_path(CLIENTS), CLIENTS)
    store = Store.open(f"sqlite:///{path}", load_config())  # one store for every call
    limit = store.config.max_search_results
    bare = sqlite3.connect(path)
    # The database's audit trigger (the hash chain) needs its function, as in the store.
    audit_chain.register_sqlite(bare)
    logboek.register_sqlite(bare)
    queries = make_queries(bare)
    kinds = [classify(q)[0] for q in queries]
    plan = [
        (text, kind, *bare_query(text, limit)) for text, kind in zip(queries, kinds, strict=True)
    ]
    print(
        f"{len(queries)} queries on {CLIENTS:,} clients: "
        + ", ".join(f"{k} {kinds.count(k)}" for k in BARE_SQL)
    )
    print("examples:", ", ".join(repr(q) for q in queries[:12]))

    examples = service_sql(f"sqlite:///{path}", queries)
    print("\nService SQL (as sent to SQLite):")
    for kind, (statement, parameters) in examples.items():
        print(f"  {kind}: {' '.join(statement.split())}  {parameters}")
    for text, _kind, sql, params in plan:  # warm-up, both sides
        search_clients(store, COUNTER, text)
        bare.execute(sql, params).fetchall()

    if "--profile" in sys.argv:
        import cProfile
        import pstats

        cProfile.runctx(
            "for q in queries * 5: search_clients(store, COUNTER, q)",
            globals(),
            {"queries": queries, "store": store, "COUNTER": COUNTER},
            "/tmp/bench_search.prof",
        )
        pstats.Stats("/tmp/bench_search.prof").sort_stats("tottime").print_stats(20)

    service: dict[str, list[float]] = defaultdict(list)
    raw: dict[str, list[float]] = defaultdict(list)
    rows_seen = 0
    for round_number in range(ROUNDS):
        for index, (text, kind, sql, params) in enumerate(plan):
            # Interleaved, and alternating which side goes first.
            for side in ("service", "bare") if (index + round_number) % 2 else ("bare", "service"):
                started = time.perf_counter()
                if side == "service":
                    hits = search_clients(store, COUNTER, text).hits
                    service[kind].append((time.perf_counter() - started) * 1000)
                else:
                    rows = bare.execute(sql, params).fetchall()
                    bare_audit(bare, kind, len(rows))
                    raw[kind].append((time.perf_counter() - started) * 1000)
            assert len(hits) == min(len(rows), limit), (text, len(hits), len(rows))
            rows_seen += len(rows)
    print(
        f"\nresults agree (service hits == bare rows, capped at {limit}); "
        f"on average {rows_seen / (ROUNDS * len(plan)):.1f} rows per query"
    )

    print("\nPer kind:")
    for kind in BARE_SQL:
        print(f"  {kind:14} service {summary(service[kind])}")
        print(f"  {'':14} bare    {summary(raw[kind])}")

    all_service = [t for times in service.values() for t in times]
    all_raw = [t for times in raw.values() for t in times]
    p95_service, p95_raw = percentile(all_service, 0.95), percentile(all_raw, 0.95)
    ratio = p95_service / p95_raw
    print("\nAll queries:")
    print(f"  service (search_clients)  {summary(all_service)}")
    print(f"  bare sqlite3             {summary(all_raw)}")
    print(f"  ratio of p95 (service / bare): {ratio:.2f}")
    print(
        f"  target service p95 <= {TARGET_P95_MS} ms: "
        f"{'MET' if p95_service <= TARGET_P95_MS else 'NOT MET'} ({p95_service:.2f} ms)"
    )
    print(
        f"  target ratio <= {TARGET_RATIO}: {'MET' if ratio <= TARGET_RATIO else 'NOT MET'} "
        f"({ratio:.2f})"
    )

    show_plans(bare, examples, queries, limit)
    bare.close()
    target = encrypted_cost(path, store, plan)
    store.close()
    store.engine.dispose()
    if target is not None:
        from intake_desktop.db.encrypted import encrypted_url

        opening_cost(f"sqlite:///{path.as_posix()}", encrypted_url(target, BENCH_KEY))


BENCH_KEY = "0" * 64  # fictional data in bench/.data: the key need not be secret


def encrypted_copy(path: Path) -> Path | None:
    """The same store encrypted as a single-PC store is (services/core/local_store),
    made once next to it."""
    try:
        import sqlcipher3
    except ImportError:
        return None
    target = path.with_name(path.stem + ".encrypted.sqlite")
    if target.exists():
        return target
    plain = sqlcipher3.connect(str(path))
    plain.execute(f"ATTACH DATABASE '{target.as_posix()}' AS e KEY '{BENCH_KEY}'")
    plain.execute("SELECT sqlcipher_export('e')")
    plain.execute("DETACH DATABASE e")
    plain.close()
    return target


def encrypted_cost(path: Path, store: Store, plan) -> Path | None:
    """The service on the encrypted copy against the plain file, in turn."""
    from intake_desktop.db.encrypted import encrypted_url

    target = encrypted_copy(path)
    if target is None:
        print("\nencrypted store: sqlcipher3 is not installed, not measured")
        return None
    secret = Store.open(encrypted_url(target, BENCH_KEY), load_config())
    for text, *_rest in plan:  # warm-up
        search_clients(secret, COUNTER, text)
    plain_ms, secret_ms = [], []
    for round_number in range(ROUNDS):
        for index, (text, *_rest) in enumerate(plan):
            order = ((store, plain_ms), (secret, secret_ms))
            for which, out in order if (index + round_number) % 2 else order[::-1]:
                started = time.perf_counter()
                search_clients(which, COUNTER, text)
                out.append((time.perf_counter() - started) * 1000)
    secret.close()
    secret.engine.dispose()
    ratio = percentile(secret_ms, 0.95) / percentile(plain_ms, 0.95)
    print("\nEncrypted single-PC store (SQLCipher), same queries, in turn:")
    print(f"  plain file      {summary(plain_ms)}")
    print(f"  encrypted file  {summary(secret_ms)}")
    print(f"  ratio of p95 (encrypted / plain): {ratio:.2f}")
    return target


def opening_cost(plain_url: str, secret_url: str) -> None:
    """Start-up's share of the store: open it (the schema check at start included) and
    read the first rows the sign-in window needs, plain and encrypted in turn. The key
    comes from the OS keyring in the program; that look-up is not in these figures."""
    from sqlalchemy import func, select

    from intake_desktop.db.models import Staff

    config = load_config()

    def open_once(url: str) -> float:
        started = time.perf_counter()
        opened = Store.open(url, config)
        with opened.reading() as session:
            session.scalar(select(func.count()).select_from(Staff))
        opened.close()
        opened.engine.dispose()
        return (time.perf_counter() - started) * 1000

    open_once(plain_url), open_once(secret_url)  # warm-up (imports, file cache)
    plain_ms, secret_ms = [], []
    for round_number in range(3 if SMOKE else 15):
        order = ((plain_url, plain_ms), (secret_url, secret_ms))
        for url, out in order if round_number % 2 else order[::-1]:
            out.append(open_once(url))
    ratio = statistics.median(secret_ms) / statistics.median(plain_ms)
    print("\nOpening the store at start-up (schema check, first read), in turn:")
    print(f"  plain file      median {statistics.median(plain_ms):.1f} ms")
    print(f"  encrypted file  median {statistics.median(secret_ms):.1f} ms")
    print(f"  ratio of medians (encrypted / plain): {ratio:.2f}")


if __name__ == "__main__":
    main()
