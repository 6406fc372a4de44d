"""What server mode costs: the same services on two copies of one PostgreSQL database,
one used as before (one account, no row-level security) and one after ``server init``
(each staff member signs in as their own login role; grants, row-level security and
the audit triggers apply). Both in the same run, on the same server.

    .venv/bin/python bench/bench_server.py [--smoke] [--clients N]

Figures (p95 over the rounds): search as you type (the counter), the klantmanager
suggestion (the wisselwachter), the monitoring overview (the teamleider), opening a
dossier (its klantmanager). Target: server mode within 1.2x of the plain copy.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import select  # noqa: E402
from tests.support.pg_server import PgServer, admin, bindir  # noqa: E402

from intake_desktop.config import load_config  # noqa: E402
from intake_desktop.db.engine import make_engine  # noqa: E402
from intake_desktop.db.models import Client, Staff  # noqa: E402
from intake_desktop.demo.demo_data import DEMO_PASSWORD, seed_demo  # noqa: E402
from intake_desktop.services.balie.search import search_clients  # noqa: E402
from intake_desktop.services.beheer import accounts  # noqa: E402
from intake_desktop.services.caseload import toewijzing  # noqa: E402
from intake_desktop.services.core.store import Store  # noqa: E402
from intake_desktop.services.dossier import dossier  # noqa: E402
from intake_desktop.services.monitoring import overview  # noqa: E402

SMOKE = "--smoke" in sys.argv
CLIENTS = 300 if SMOKE else 4000
if "--clients" in sys.argv:
    CLIENTS = int(sys.argv[sys.argv.index("--clients") + 1])
ROUNDS = 3 if SMOKE else 200
TARGET = 1.2
PREFIXES = ["ja", "de", "ba", "ve", "mae", "bo", "sm", "ha", "ko", "pe"]


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def timed_pair(plain_call, secured_call, rounds: int) -> tuple[list[float], list[float]]:
    """Both calls in turn, round by round: the machine's drift hits both alike."""
    plain_call(), secured_call()  # warm-up: prepared statements, caches
    plain, secured = [], []
    for _ in range(rounds):
        for call, out in ((plain_call, plain), (secured_call, secured)):
            start = time.perf_counter()
            call()
            out.append((time.perf_counter() - start) * 1000)
    return plain, secured


def calls(stores: dict, actors: dict, client_ids: list, own_clients: list) -> dict:
    balie, wissel, tl, km = (actors[k] for k in ("balie", "wisselwachter", "teamleider", "km"))
    return {
        "zoeken (balie, 10 zoekopdrachten)": lambda: [
            search_clients(stores["balie"], balie, p) for p in PREFIXES
        ],
        "suggestie klantmanager": lambda: toewijzing.suggest(
            stores["wisselwachter"], wissel, client_ids[0], audit_view=False
        ),
        "monitoring-overzicht": lambda: overview.overview(stores["teamleider"], tl),
        "dossier openen (klantmanager)": lambda: dossier.open_dossier(
            stores["km"], km, own_clients[0]
        ),
    }


def main() -> int:
    if bindir() is None:
        print("PostgreSQL is not installed here (scripts/test.sh installs it)")
        return 1
    import tempfile

    config = load_config()
    # Directly under /tmp, whatever TMPDIR says: the postgres user must reach it.
    server = PgServer(Path(tempfile.mkdtemp(prefix="intake-pg-", dir="/tmp")))
    base = server.start()
    try:
        admin(server, "CREATE DATABASE bron")
        source = Store.open(f"{base}/bron", config)
        started = time.perf_counter()
        seed_demo(source, clients=CLIENTS)
        with source.reading() as s:
            karin = s.scalar(select(Staff.id).where(Staff.username == "km.jansen"))
            client_ids = list(s.scalars(select(Client.id).limit(50)))
            own = list(s.scalars(select(Client.id).where(Client.klantmanager_id == karin).limit(5)))
        source.close()
        print(f"{CLIENTS} demo clients made in {time.perf_counter() - started:.0f} s")
        admin(server, "CREATE DATABASE gewoon TEMPLATE bron")
        admin(server, "CREATE DATABASE beveiligd TEMPLATE bron")
        from intake_desktop.db.server import setup

        engine = make_engine(f"{base}/beveiligd")
        report = setup.init(engine, config)
        engine.dispose()
        names = {
            "balie": "balie",
            "wisselwachter": "wisselwachter",
            "teamleider": "teamleider",
            "km": "km.jansen",
        }
        plain_stores, plain_actors, secured_stores, secured_actors = {}, {}, {}, {}
        workstation = (
            f"postgresql+psycopg://localhost:{server.port}/beveiligd?sslrootcert={server.ca_file}"
        )
        for key, username in names.items():
            plain_stores[key] = Store.open(f"{base}/gewoon", config, migrate=False)
            plain_actors[key] = accounts.sign_in(plain_stores[key], username, DEMO_PASSWORD)
            secured_stores[key] = Store.open(workstation, config)
            secured_actors[key] = accounts.sign_in(
                secured_stores[key], username, report.one_time_passwords[username]
            )
        plain_calls = calls(plain_stores, plain_actors, client_ids, own)
        secured_calls = calls(secured_stores, secured_actors, client_ids, own)
        print(
            f"\n{'':36} {'zonder: mediaan / p95':>22} {'servermodus: mediaan / p95':>27}"
            f" {'ratio':>12}"
        )
        worst = 0.0
        for name in plain_calls:
            rounds = max(3, ROUNDS // 4) if name.startswith("monitoring") else ROUNDS
            a, b = timed_pair(plain_calls[name], secured_calls[name], rounds)
            ratio_med = statistics.median(b) / statistics.median(a)
            ratio = p95(b) / p95(a)
            worst = max(worst, ratio)
            print(
                f"{name:36} {statistics.median(a):10.2f} / {p95(a):7.2f} ms"
                f" {statistics.median(b):13.2f} / {p95(b):7.2f} ms"
                f"   {ratio_med:4.2f} / {ratio:4.2f}"
            )
        print(f"ratio of p95 (worst): {worst:.2f} (target <= {TARGET})")
        for store in (*plain_stores.values(), *secured_stores.values()):
            store.close()
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
