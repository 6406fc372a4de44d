"""The quarterly Monitoring overview: 250,000 clients and about 2,000,000 events.

    .venv/bin/python bench/bench_monitoring.py

Builds (once) bench/.data/monitoring-250000.sqlite from the toewijzing benchmark's store
(250,000 clients in caseloads, 200 klantmanagers): three years of history spread over the
tables the overview reads: the klantgroep history (one choice per client, one in five
changed group later), closures (15 %, half to work with a sector, some reopened),
trajectplans with 2-3 activities per client, inburgering duties with enforcement steps,
planned progress talks, the talks held (intake records) and their ladder assessments.
Everything fictional.

Then times ``services.monitoring.overview`` for the last four quarters (several runs,
median and p95; it reads the monitoring tally the database keeps with triggers, migration
0010) interleaved with a bare baseline through a plain sqlite3 connection on
the same file: hand-written GROUP BY queries for the core figures (inflow and outflow per
group and quarter, activities per group, talks held and due, enforcement per decision).

Target: overview median <= 500 ms. Last, once: the same figures read from the source
tables (``monitoring_queries.fill(..., tally=False)``), timed and compared table by table
with the overview's.
"""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import statistics
import sys
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from make_store import DATA_DIR, remove_store  # noqa: E402

CLIENTS = 250_000
RUNS = 9
TARGET_MS = 500.0
GROUPS = ("matchen", "groeien", "faciliteren", "zorgen")
TALKS_PER_YEAR = {"matchen": 0, "groeien": 1, "faciliteren": 2, "zorgen": 2}
REASONS = [("werk", 50), ("opleiding", 10), ("verhuisd", 8), ("geen_recht", 12)]
REASONS += [("overdracht_inkomen", 12), ("anders", 8)]
SECTORS = ("Logistiek", "Bouw", "Zorg", "Schoonmaak", "Techniek", "Horeca", "Detailhandel")
SERVICES = ("sollicitatietraining", "werkfit", "stage", "vrijwilligerswerk", "schuldhulp")
PROGRESS = "voortgangsgesprek"
YEARS = 3


def hexid() -> str:
    return uuid.uuid4().hex  # how SQLAlchemy's Uuid type stores ids in SQLite


def ts(value: datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")  # SQLAlchemy's SQLite datetime format


def build(path: Path) -> None:
    if path.exists():
        return
    started = time.perf_counter()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_toewijzing import build as build_toewijzing

    source = DATA_DIR / f"toewijzing-{CLIENTS}.sqlite"
    build_toewijzing(source)
    shutil.copy(source, path)
    from intake_desktop.config import load_config
    from intake_desktop.services.core.store import Store

    Store.open(f"sqlite:///{path}", load_config()).close()  # migrate to the current schema
    rng = random.Random(8)
    now = datetime.now(UTC).replace(tzinfo=None)
    stamp = ts(now)
    span = YEARS * 365 * 86400
    db = sqlite3.connect(path)
    db.execute("PRAGMA synchronous = OFF")
    clients = db.execute("SELECT id, klantgroep FROM client ORDER BY rowid").fetchall()
    keuze, closures, status, plans, goals, acts = [], [], [], [], [], []
    duties, steps, appts, records, assessments = [], [], [], [], []
    ed = (1, stamp, stamp)  # version, created_at, updated_at
    reasons = [r for r, w in REASONS for _ in range(w)]
    for client_id, group in clients:
        first = now - timedelta(seconds=rng.randrange(span))
        if rng.random() < 0.2:
            other = rng.choice([g for g in GROUPS if g != group])
            keuze.append((hexid(), *ed, client_id, other, "", 0, ts(first)))
            first = first + (now - first) * rng.random()
        keuze.append((hexid(), *ed, client_id, group, "", 0, ts(first)))
        rung = rng.randrange(1, 7)
        assessments.append((hexid(), *ed, client_id, None, ts(first), rung, "{}"))
        closed = None
        if rng.random() < 0.15:
            closed = (first + (now - first) * rng.random()).date()
            reason = rng.choice(reasons)
            reopened = (
                ts(now - timedelta(days=rng.randrange(1, 30))) if rng.random() < 0.05 else None
            )
            sector = rng.choice(SECTORS) if reason == "werk" else None
            closures.append(
                (
                    hexid(),
                    *ed,
                    client_id,
                    closed.isoformat(),
                    reason,
                    group,
                    sector,
                    "[]",
                    "",
                    reopened,
                    "",
                )
            )
            if reopened is None:
                status.append((client_id,))
        plan, goal = hexid(), hexid()
        plans.append((plan, *ed, client_id, "ondertekend", "", "", ""))
        goals.append((goal, *ed, plan, 0, "werk", "Werk vinden", "open"))
        for n in range(rng.choice((2, 2, 3))):
            start = (first + (now - first) * rng.random()).date()
            service = rng.choice(SERVICES)
            acts.append(
                (hexid(), *ed, goal, service, "intern", "", start.isoformat(), "gepland", n)
            )
        if rng.random() < 0.1:
            duty = hexid()
            since = first.date()
            duties.append(
                (
                    duty,
                    *ed,
                    client_id,
                    since.isoformat(),
                    (since + timedelta(days=1095)).isoformat(),
                    "loopt",
                )
            )
            day = since
            for procedure, step, decision, amount in rng.choice(ENFORCEMENT):
                day = day + timedelta(days=rng.randrange(10, 60))
                steps.append(
                    (
                        hexid(),
                        *ed,
                        duty,
                        client_id,
                        procedure,
                        step,
                        day.isoformat(),
                        decision,
                        amount,
                        "",
                    )
                )
        per_year = TALKS_PER_YEAR[group]
        if per_year:
            at = first + timedelta(days=365 // per_year)
            end = now + timedelta(days=90)
            while at < end and (closed is None or at.date() < closed):
                held = at < now and rng.random() < 0.85
                appt = hexid()
                appts.append(
                    (
                        appt,
                        *ed,
                        client_id,
                        PROGRESS,
                        ts(at),
                        "",
                        "",
                        "gehouden" if held else "gepland",
                        0,
                    )
                )
                if held:
                    record = hexid()
                    records.append(
                        (
                            record,
                            *ed,
                            client_id,
                            PROGRESS,
                            "afgerond",
                            ts(at),
                            "",
                            json.dumps({"appointment_id": appt}),
                        )
                    )
                    rung = max(1, min(6, rung + rng.choice((-1, 0, 1, 1))))
                    assessments.append((hexid(), *ed, client_id, record, ts(at), rung, "{}"))
                at += timedelta(days=365 // per_year)
    e = "id, version, created_at, updated_at"
    db.executemany(
        f"INSERT INTO klantgroep_keuze ({e}, client_id, klantgroep, reason, deviates_from_advice, decided_at) VALUES (?,?,?,?,?,?,?,?,?)",
        keuze,
    )
    db.executemany(
        f"INSERT INTO beeindiging ({e}, client_id, closed_on, reason, klantgroep, sector, goal_outcomes, note, reopened_at, reopen_reason) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        closures,
    )
    db.executemany("UPDATE client SET status = 'afgesloten' WHERE id = ?", status)
    db.executemany(
        f"INSERT INTO trajectplan ({e}, client_id, status, doelperspectief, afspraken_klant, afspraken_gemeente) VALUES (?,?,?,?,?,?,?,?,?)",
        plans,
    )
    db.executemany(
        f"INSERT INTO trajectplan_goal ({e}, plan_id, position, domain_code, description, status) VALUES (?,?,?,?,?,?,?,?,?)",
        goals,
    )
    db.executemany(
        f"INSERT INTO trajectplan_activity ({e}, goal_id, service_code, provider_kind, responsible, starts_on, status, position) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        acts,
    )
    db.executemany(
        f"INSERT INTO inburgeringsplicht ({e}, client_id, duty_since, deadline, status) VALUES (?,?,?,?,?,?,?,?)",
        duties,
    )
    db.executemany(
        f"INSERT INTO inburgering_stap ({e}, plicht_id, client_id, procedure, step, occurred_on, decision, amount_cents, reason) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        steps,
    )
    db.executemany(
        f"INSERT INTO appointment ({e}, client_id, kind, starts_at, location, documents_to_bring, status, at_home) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        appts,
    )
    db.executemany(
        f"INSERT INTO intake_record ({e}, client_id, kind, status, conducted_at, summary, details) VALUES (?,?,?,?,?,?,?,?,?,?)",
        records,
    )
    db.executemany(
        f"INSERT INTO assessment ({e}, client_id, intake_id, assessed_at, ladder_rung, details) VALUES (?,?,?,?,?,?,?,?,?)",
        assessments,
    )
    db.commit()
    db.execute("ANALYZE")
    db.close()
    events = sum(map(len, (keuze, closures, acts, steps, appts, records, assessments)))
    print(f"built {path.name}: {events:,} events in {time.perf_counter() - started:.0f} s")


# Enforcement histories: (procedure, step, decision, amount in cents).
ENFORCEMENT = [
    [("handhaven", "signaal", None, None), ("handhaven", "aanschrijving", None, None)],
    [
        ("handhaven", "signaal", None, None),
        ("handhaven", "besluit", "Naar beboeten", None),
        ("beboeten", "voornemen", None, None),
        ("beboeten", "beschikking", "Boete opgelegd", 25000),
    ],
    [("ontheffen", "aanvraag", None, None), ("ontheffen", "besluit", "Ontheffing verleend", None)],
    [("verlengen", "verzoek", None, None), ("verlengen", "besluit", "Termijn verlengd", None)],
]


def quarter_sql(column: str) -> str:
    """The quarter label of a stored date or datetime, written out for SQLite alone."""
    return f"substr({column}, 1, 4) || '-K' || ((CAST(substr({column}, 6, 2) AS INTEGER) + 2) / 3)"


def baseline_queries(start: date, end: date) -> list[tuple[str, tuple]]:
    """The core figures as one would write them by hand for SQLite, on the same file."""
    s, e = start.isoformat(), end.isoformat()
    care = "c.status IN ('in_intake', 'in_traject') AND c.deleted_at IS NULL"
    return [
        (
            "SELECT klantgroep, count(*) FROM client c WHERE " + care + " GROUP BY klantgroep",
            (),
        ),
        (
            "SELECT klantgroep, prev, " + quarter_sql("decided_at") + ", count(*) FROM ("
            " SELECT klantgroep, decided_at, lag(klantgroep) OVER"
            " (PARTITION BY client_id ORDER BY decided_at) AS prev FROM klantgroep_keuze"
            " WHERE deleted_at IS NULL) WHERE decided_at >= ? AND decided_at < ?"
            " GROUP BY 1, 2, 3",
            (s, e),
        ),
        (
            "SELECT klantgroep, reason, sector, " + quarter_sql("closed_on") + ", count(*)"
            " FROM beeindiging WHERE closed_on >= ? AND closed_on < ? AND reopened_at IS NULL"
            " AND deleted_at IS NULL GROUP BY 1, 2, 3, 4",
            (s, e),
        ),
        (
            "SELECT c.klantgroep, a.service_code, " + quarter_sql("a.starts_on") + ", count(*)"
            " FROM trajectplan_activity a JOIN trajectplan_goal g ON g.id = a.goal_id"
            " JOIN trajectplan p ON p.id = g.plan_id JOIN client c ON c.id = p.client_id"
            " WHERE a.starts_on >= ? AND a.starts_on < ? AND a.deleted_at IS NULL"
            " GROUP BY 1, 2, 3",
            (s, e),
        ),
        (
            "SELECT procedure, decision, " + quarter_sql("occurred_on") + ", count(*),"
            " sum(amount_cents) FROM inburgering_stap WHERE occurred_on >= ? AND"
            " occurred_on < ? AND deleted_at IS NULL GROUP BY 1, 2, 3",
            (s, e),
        ),
        (
            "SELECT c.klantgroep, " + quarter_sql("x.starts_at") + ", count(*) FROM appointment x"
            " JOIN client c ON c.id = x.client_id WHERE x.kind = ? AND x.starts_at >= ?"
            " AND x.starts_at < ? AND x.status != 'geannuleerd' AND x.deleted_at IS NULL"
            " GROUP BY 1, 2",
            (PROGRESS, s, e),
        ),
        (
            "SELECT c.klantgroep, " + quarter_sql("r.conducted_at") + ", count(*)"
            " FROM intake_record r JOIN client c ON c.id = r.client_id WHERE r.kind = ?"
            " AND r.status = 'afgerond' AND r.conducted_at >= ? AND r.conducted_at < ?"
            " AND r.deleted_at IS NULL GROUP BY 1, 2",
            (PROGRESS, s, e),
        ),
        (
            "SELECT c.klantgroep, count(*), sum(a.ladder_rung >= 3) FROM client c"
            " JOIN assessment a ON a.client_id = c.id WHERE " + care + " AND c.klantgroep ="
            " 'faciliteren' AND a.ladder_rung IS NOT NULL AND a.assessed_at = (SELECT"
            " max(b.assessed_at) FROM assessment b WHERE b.client_id = c.id AND"
            " b.ladder_rung IS NOT NULL AND b.assessed_at < ?) GROUP BY 1",
            (e,),
        ),
    ]


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def main() -> None:
    from intake_desktop.config import load_config
    from intake_desktop.domain.quarters import default_period
    from intake_desktop.domain.roles import Actor
    from intake_desktop.services.core.store import Store
    from intake_desktop.services.monitoring import overview as monitoring
    from intake_desktop.services.monitoring import queries as monitoring_queries
    from intake_desktop.services.monitoring.figures import Overview

    path = DATA_DIR / f"monitoring-{CLIENTS}.sqlite"
    try:
        build(path)
    except BaseException:
        remove_store(path)
        raise
    store = Store.open(f"sqlite:///{path}", load_config())
    bare = sqlite3.connect(path)
    bare.execute("PRAGMA cache_size=-131072")  # the same page cache as the program's
    actor = Actor(None, "bench", "Benchmark", frozenset({"teamleider"}))
    period = default_period()
    queries = baseline_queries(period.start, period.end)
    overview = monitoring.overview(store, actor, period)  # warm-up (caches, statements)
    for sql, params in queries:
        bare.execute(sql, params).fetchall()
    service_ms, bare_ms = [], []
    for _ in range(RUNS):
        t0 = time.perf_counter()
        overview = monitoring.overview(store, actor, period)
        service_ms.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        for sql, params in queries:
            bare.execute(sql, params).fetchall()
        bare_ms.append((time.perf_counter() - t0) * 1000)
    counts = {t: bare.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in EVENT_TABLES}
    print(
        f"{CLIENTS:,} clients, {sum(counts.values()):,} events: "
        + ", ".join(f"{t} {n:,}" for t, n in counts.items())
    )
    print(f"period {period.label}, {RUNS} runs, interleaved")
    now = sum(overview.caseload_now.values())
    print(
        f"caseload now {now:,}; outflow in the period "
        f"{sum(n for per in overview.outflow.values() for n in per.values()):,}"
    )
    med, p95 = statistics.median(service_ms), percentile(service_ms, 95)
    print(
        f"overview():          median {med:7.1f} ms   p95 {p95:7.1f} ms   "
        f"(target median <= {TARGET_MS:.0f} ms: {'met' if med <= TARGET_MS else 'NOT met'})"
    )
    bmed, bp95 = statistics.median(bare_ms), percentile(bare_ms, 95)
    print(f"bare GROUP BYs:      median {bmed:7.1f} ms   p95 {bp95:7.1f} ms")
    print(f"ratio overview / bare: median {med / bmed:.2f}, p95 {p95 / bp95:.2f}")
    from intake_desktop.domain.clock import utcnow

    sources = Overview(period=period, computed_at=utcnow(), groups=overview.groups)
    monitoring._labels(store, sources)
    t0 = time.perf_counter()
    with store.reading() as session:
        monitoring_queries.fill(session, store, sources, tally=False)
    source_ms = (time.perf_counter() - t0) * 1000
    same = [(t.key, t.rows) for t in sources.tables()] == [
        (t.key, t.rows) for t in overview.tables()
    ]
    print(
        f"from the source tables (no tally), once: {source_ms:7.1f} ms; "
        f"figures equal to the overview's: {'yes' if same else 'NO'}"
    )


EVENT_TABLES = (
    "klantgroep_keuze",
    "beeindiging",
    "trajectplan_activity",
    "inburgering_stap",
    "appointment",
    "intake_record",
    "assessment",
)

if __name__ == "__main__":
    main()
