"""Command line: start the program, or import a caseload without a screen."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from intake_desktop import __version__
from intake_desktop.cli_input import read_password

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="intake-desktop",
        description="Intake voor het Werkplein: aanmelding, quickscan, ambitiegesprek en "
        "trajectplan. Zonder opdracht start het programma.",
        epilog="Gegevens: INTAKE_DB_URL kiest de database (standaard een SQLite-bestand in de "
        "gebruikersmap); INTAKE_HOME zet gegevens, logboek en instellingen in één map.",
    )
    parser.add_argument("--version", action="version", version=f"intake-desktop {__version__}")
    parser.add_argument("--taal", choices=["nl", "en"], help="taal van het scherm (standaard nl)")
    parser.add_argument(
        "--offline",
        action="store_true",
        help="werk op de laptop met de klanten die u hebt meegenomen, zonder server",
    )
    sub = parser.add_subparsers(dest="command", metavar="opdracht")
    imp = sub.add_parser("import", help="gegevens importeren")
    imp_sub = imp.add_subparsers(dest="what", metavar="soort", required=True)
    clients = imp_sub.add_parser(
        "clients", help="klanten uit een CSV-bestand importeren (formaat: zie README)"
    )
    clients.add_argument("file", type=Path, metavar="BESTAND.csv")
    clients.add_argument(
        "--gebruiker",
        required=True,
        help="gebruikersnaam van een beheerder; het wachtwoord wordt gevraagd "
        "(of gelezen van standaardinvoer)",
    )
    from intake_desktop import cli_audit, cli_server

    cli_server.add_parser(sub)
    cli_audit.add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "import":
        return _import_clients(args)
    if args.command == "audit":
        from intake_desktop import cli_audit
        from intake_desktop.logging_setup import setup_logging
        from intake_desktop.settings import load_settings

        setup_logging(load_settings().log_file)
        return cli_audit.run(args)
    if args.command == "server":
        from intake_desktop import cli_server
        from intake_desktop.logging_setup import setup_logging
        from intake_desktop.settings import load_settings

        setup_logging(load_settings().log_file)
        return cli_server.run(args)
    from intake_desktop.ui.app import run_gui

    return run_gui(language=args.taal, offline=args.offline)


def _import_clients(args) -> int:
    from intake_desktop.config import ConfigError, load_config
    from intake_desktop.logging_setup import setup_logging
    from intake_desktop.services.beheer import accounts, importer
    from intake_desktop.services.core.errors import ServiceError
    from intake_desktop.services.core.store import Store
    from intake_desktop.settings import load_settings

    settings = load_settings()
    setup_logging(settings.log_file)
    if not args.file.exists():
        print(f"Bestand niet gevonden: {args.file}", file=sys.stderr)
        return 2
    try:
        store = Store.open(settings.database_url, load_config())
        actor = accounts.sign_in(store, args.gebruiker, read_password())

        def progress(done: int, total: int) -> None:
            print(f"\r{done * 100 // max(total, 1):3d}%", end="", file=sys.stderr, flush=True)

        report = importer.import_clients(store, actor, args.file, progress=progress)
    except (ServiceError, ConfigError) as exc:
        print(f"\n{exc}", file=sys.stderr)
        return 2
    except Exception:
        log.exception("import failed")
        print(f"\nOnverwachte fout; zie het logboek: {settings.log_file}", file=sys.stderr)
        return 2
    print(file=sys.stderr)
    print(f"Regels gelezen:       {report.rows}")
    print(f"Geïmporteerd:         {report.imported}")
    print(f"Al aanwezig (BSN):    {report.already_present}")
    print(f"Afgekeurd:            {report.error_count}")
    print(f"Tekenset en scheidingsteken: {report.encoding}, '{report.delimiter}'")
    if report.undone_earlier:
        print(f"Eerder afgebroken import teruggedraaid: {report.undone_earlier} klanten verwijderd")
    for error in report.errors:
        print(f"  regel {error.line}: {error.message}")
    if report.error_count > len(report.errors):
        print(f"  … en nog {report.error_count - len(report.errors)} afgekeurde regels")
    return 1 if report.error_count else 0
