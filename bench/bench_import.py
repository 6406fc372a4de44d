"""Importing a caseload of 250,000 clients from CSV into an empty store, against a bare
sqlite3 executemany of the same rows (no validation, no audit rows) in the same run.

    .venv/bin/python bench/bench_import.py [--profile]

Target: the import takes <= 60 s. --profile runs the import under cProfile (slower)
and prints the top entries.
"""

from __future__ import annotations

import csv
import sqlite3
import sys
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

from make_store import DATA_DIR, fictional_people, remove_store

from intake_desktop.config import load_config
from intake_desktop.services.beheer import accounts
from intake_desktop.services.beheer.importer import import_clients
from intake_desktop.services.core.store import Store

CLIENTS = 250_000
TARGET_SECONDS = 60.0
HEADER = (
    "bsn;voornamen;tussenvoegsel;achternaam;geboortedatum;straat;huisnummer;"
    "toevoeging;postcode;woonplaats;telefoon;email"
).split(";")
BARE_COLUMNS = (
    "id, version, created_at, updated_at, bsn, first_names, tussenvoegsel, "
    "surname, search_name, birth_date, street, house_number, house_number_suffix, "
    "postcode, city, phone, email, gemeente_code, status"
)


def write_csv(path: Path, clients: int) -> Path:
    """The caseload as a municipality would export it: ';', dd-mm-yyyy, '1234 AB'."""
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(HEADER)
        for number, p in enumerate(fictional_people(clients, seed=2027)):
            pc = p["postcode"]
            email = "" if number % 3 else f"klant{number}@voorbeeld.nl"
            writer.writerow(
                [
                    p["bsn"],
                    p["first_names"],
                    p["tussenvoegsel"] or "",
                    p["surname"],
                    p["birth_date"].strftime("%d-%m-%Y"),
                    p["street"],
                    p["house_number"],
                    p["house_number_suffix"] or "",
                    f"{pc[:4]} {pc[4:]}",
                    p["city"],
                    p["phone"],
                    email,
                ]
            )
    return path


def fresh_store(path: Path) -> tuple[Store, accounts.Actor]:
    """An empty, migrated store with one beheerder, signed in."""
    remove_store(path)
    store = Store.open(f"sqlite:///{path}", load_config())
    accounts.create_staff(
        store,
        None,
        accounts.NewStaff(
            username="bench",
            display_name="Bench",
            password="bench-wachtwoord",
            roles={"beheerder"},
            gemeente_code=store.config.default_gemeente.code,
        ),
    )
    return store, accounts.sign_in(store, "bench", "bench-wachtwoord")


def bare_import(csv_path: Path, db_path: Path, template: Path, gemeente: str) -> tuple[float, int]:
    """Baseline: csv.reader + executemany into a table with the client table's columns
    and indexes (DDL copied from the program's store), in one transaction."""
    remove_store(db_path)
    connection = sqlite3.connect(db_path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")  # the program's settings
    connection.execute("PRAGMA synchronous=FULL")
    with sqlite3.connect(template) as source:
        ddl = [
            sql
            for (sql,) in source.execute(
                "SELECT sql FROM sqlite_master WHERE tbl_name = 'client' AND sql IS NOT NULL "
                "ORDER BY type DESC"
            )
        ]  # table first, then its indexes
    for statement in ddl:
        connection.execute(statement)

    started = time.perf_counter()
    now = datetime.now(UTC).isoformat(" ")
    with csv_path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh, delimiter=";")
        next(reader)
        rows = [
            (
                uuid.uuid4().hex,
                1,
                now,
                now,
                bsn,
                first,
                tussen or None,
                surname,
                surname.lower(),
                f"{born[6:]}-{born[3:5]}-{born[:2]}",
                street,
                number,
                suffix or None,
                postcode.replace(" ", ""),
                city,
                phone,
                email or None,
                gemeente,
                "in_traject",
            )
            for (
                bsn,
                first,
                tussen,
                surname,
                born,
                street,
                number,
                suffix,
                postcode,
                city,
                phone,
                email,
            ) in reader
        ]
    connection.execute("BEGIN")
    connection.executemany(
        f"INSERT INTO client ({BARE_COLUMNS}) VALUES ({', '.join('?' * 19)})", rows
    )
    connection.execute("COMMIT")
    seconds = time.perf_counter() - started
    count = connection.execute("SELECT count(*) FROM client").fetchone()[0]
    connection.close()
    remove_store(db_path)  # 100 MB that nobody needs afterwards
    return seconds, count


def main() -> None:
    started = time.perf_counter()
    csv_path = write_csv(DATA_DIR / f"import-{CLIENTS}.csv", CLIENTS)
    print(
        f"CSV: {csv_path.name}, {csv_path.stat().st_size / 1e6:.1f} MB "
        f"(ready in {time.perf_counter() - started:.1f} s)"
    )
    store, actor = fresh_store(DATA_DIR / "import-target.sqlite")
    gemeente = store.config.default_gemeente.code

    bare_seconds, bare_count = bare_import(
        csv_path, DATA_DIR / "import-bare.sqlite", DATA_DIR / "import-target.sqlite", gemeente
    )

    profiler = None
    if "--profile" in sys.argv:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    started = time.perf_counter()
    report = import_clients(store, actor, csv_path)
    seconds = time.perf_counter() - started
    if profiler:
        profiler.disable()
    store.close()

    print(f"\nImport of {CLIENTS:,} rows:")
    print(
        f"  import_clients   {seconds:6.1f} s   rows {report.rows}, imported "
        f"{report.imported}, already present {report.already_present}, "
        f"errors {len(report.errors)}"
    )
    for error in report.errors[:5]:
        print(f"    line {error.line}: {error.message}")
    print(f"  bare sqlite3     {bare_seconds:6.1f} s   rows inserted {bare_count}")
    print(f"  ratio (import / bare): {seconds / bare_seconds:.1f}")
    print(
        f"  target <= {TARGET_SECONDS:.0f} s: "
        f"{'MET' if seconds <= TARGET_SECONDS else 'NOT MET'} ({seconds:.1f} s"
        f"{', under cProfile' if profiler else ''})"
    )
    if profiler:
        import pstats

        pstats.Stats(profiler).sort_stats("tottime").print_stats(25)


if __name__ == "__main__":
    main()
