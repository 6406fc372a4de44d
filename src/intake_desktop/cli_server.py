"""``intake-desktop server ...``: setting up and migrating the shared PostgreSQL server.

Run by the DBA on a machine that reaches the server, with an address of a role that may
create roles (a superuser, say): ``--url`` or ``INTAKE_ADMIN_URL``. Its password comes
from libpq (``.pgpass`` or ``PGPASSWORD``), never from the command line.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys

log = logging.getLogger(__name__)


def add_parser(sub) -> None:
    server = sub.add_parser("server", help="de gedeelde PostgreSQL-server klaarzetten (DBA)")
    commands = server.add_subparsers(dest="what", metavar="opdracht", required=True)

    def with_url(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
        parser.add_argument(
            "--url",
            default=os.environ.get("INTAKE_ADMIN_URL"),
            help="adres van de database als DBA, bijvoorbeeld "
            "postgresql+psycopg://postgres@server/intake (standaard: INTAKE_ADMIN_URL)",
        )
        parser.add_argument(
            "--eigenaar", default=None, help="naam van de eigenaarsrol (standaard intake_eigenaar)"
        )
        return parser

    with_url(
        commands.add_parser(
            "init",
            help="lege database klaarzetten, of een bestaande met één gedeeld account omzetten",
        )
    )
    with_url(commands.add_parser("migrate", help="schema bijwerken, rechten opnieuw zetten"))
    add = with_url(commands.add_parser("add-staff", help="medewerker met eigen databaserol"))
    add.add_argument("username", metavar="GEBRUIKERSNAAM")
    add.add_argument("--naam", required=True, help="naam zoals collega's die zien")
    add.add_argument("--rol", action="append", required=True, help="rol (mag vaker)")
    add.add_argument("--team", default=None)


def run(args) -> int:
    from intake_desktop.config import ConfigError, load_config
    from intake_desktop.db.engine import make_engine
    from intake_desktop.db.server import setup
    from intake_desktop.db.server.names import OWNER

    if not args.url:
        print("Geef het adres van de database: --url of INTAKE_ADMIN_URL.", file=sys.stderr)
        return 2
    owner = args.eigenaar or OWNER
    try:
        config = load_config()
        engine = make_engine(args.url)
        if args.what == "init":
            report = setup.init(engine, config, owner)
            print(f"Server klaargezet; eigenaar: {report.owner}.")
            if report.converted:
                print("De tabellen van het gedeelde account zijn overgedragen aan de eigenaar.")
            if report.one_time_passwords:
                print("Eenmalige wachtwoorden (bij de eerste aanmelding kiest ieder een nieuw):")
                for username, password in sorted(report.one_time_passwords.items()):
                    print(f"  {username}: {password}")
            if not report.pgaudit:
                print(
                    "Let op: pgaudit is niet geladen (shared_preload_libraries); lezen buiten "
                    "het programma om wordt dan niet door de server vastgelegd."
                )
        elif args.what == "migrate":
            before, after = setup.migrate(engine, config, owner)
            print(f"Schema bijgewerkt van {before or 'leeg'} naar {after}; rechten opnieuw gezet.")
        else:
            password = setup.add_staff(
                engine,
                owner,
                setup.NewLogin(
                    args.username,
                    args.naam,
                    set(args.rol),
                    config.default_gemeente.code,
                    args.team,
                ),
            )
            print(f"Medewerker {args.username.lower()} aangemaakt.")
            print(f"Eenmalig wachtwoord: {password}")
    except (ConfigError, setup.ServerSetupError) as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except Exception as exc:
        log.exception("server %s failed", args.what)
        print(f"Mislukt ({type(exc).__name__}): {_reason(exc)}", file=sys.stderr)
        return 2
    return 0


def _reason(exc: Exception) -> str:
    """The server's own words (no statement values: the engine hides parameters)."""
    orig = getattr(exc, "orig", None)
    return str(orig or exc).splitlines()[0][:300]
