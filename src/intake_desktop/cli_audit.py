"""``intake-desktop audit verify``: check the audit log's hash chain as a beheerder
(services/core/audit_verify.py). Exit 0: intact; 1: broken (the first broken link is
named); 2: could not check.

``intake-desktop audit logboek BESTAND``: the Logboek Dataverwerkingen as JSON lines for
the municipality's log service (services/beheer/logboek_export.py), from ``--na-regel``
on; prints the last record's number for the next run. Exit 0: written; 2: not."""

from __future__ import annotations

import logging
import sys

log = logging.getLogger(__name__)


def add_parser(sub) -> None:
    audit = sub.add_parser("audit", help="het auditlogboek controleren")
    commands = audit.add_subparsers(dest="what", metavar="opdracht", required=True)
    verify = commands.add_parser(
        "verify", help="de hele keten van het auditlogboek nagaan; noemt de eerste breuk"
    )
    verify.add_argument(
        "--gebruiker",
        required=True,
        help="gebruikersnaam van een beheerder; het wachtwoord wordt gevraagd "
        "(of gelezen van standaardinvoer)",
    )

    logboek = commands.add_parser(
        "logboek", help="het Logboek Dataverwerkingen exporteren als JSON-regels"
    )
    logboek.add_argument("bestand", help="het bestand om te schrijven (JSON Lines)")
    logboek.add_argument(
        "--na-regel",
        type=int,
        default=0,
        help="alleen regels na dit nummer (het laatste nummer van de vorige export)",
    )
    logboek.add_argument(
        "--gebruiker",
        required=True,
        help="gebruikersnaam van een beheerder; het wachtwoord wordt gevraagd "
        "(of gelezen van standaardinvoer)",
    )


def describe(report) -> list[str]:
    """The report in Dutch, one line each (also the screen's wording)."""
    from intake_desktop.services.core import audit_verify

    lines = [f"Schakels nagegaan: {report.checked}"]
    if report.intact:
        lines.append("De keten is heel.")
    else:
        broken = report.broken
        where = f"schakel {broken.seq}" if broken.seq else "auditregel buiten de keten"
        lines.append(f"De keten is gebroken bij {where}: {audit_verify.REASONS[broken.reason]}.")
        if broken.audit_id:
            lines.append(f"  auditregel {broken.audit_id}")
        if broken.occurred_at:
            lines.append(f"  vastgelegd {broken.occurred_at.astimezone():%d-%m-%Y %H:%M:%S}")
    if report.unlinked:
        lines.append(f"Auditregels buiten de keten: {report.unlinked}")
    lines.append(f"Laatste schakel: {report.head_seq}, hash {report.head_hash}")
    lines.append(
        "Noteer de laatste schakel buiten dit systeem; dan valt ook weglaten aan het eind op."
    )
    return lines


def run(args) -> int:
    from intake_desktop.cli_input import read_password
    from intake_desktop.config import ConfigError, load_config
    from intake_desktop.services.beheer import accounts
    from intake_desktop.services.core import audit_verify
    from intake_desktop.services.core.errors import ServiceError
    from intake_desktop.services.core.store import Store
    from intake_desktop.settings import load_settings

    settings = load_settings()
    try:
        store = Store.open(settings.database_url, load_config())
        actor = accounts.sign_in(store, args.gebruiker, read_password())
        if args.what == "logboek":
            return _export_logboek(store, actor, args)
        report = audit_verify.verify(store, actor)
    except (ServiceError, ConfigError) as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except Exception:
        log.exception("audit verify failed")
        print(f"Onverwachte fout; zie het logboek: {settings.log_file}", file=sys.stderr)
        return 2
    for line in describe(report):
        print(line)
    return 0 if report.intact else 1


def _export_logboek(store, actor, args) -> int:
    from pathlib import Path

    from intake_desktop.services.beheer import logboek_export

    done = logboek_export.export(store, actor, Path(args.bestand), after=args.na_regel)
    print(f"Regels geschreven: {done.records}")
    print(f"Laatste regel: {done.last_seq} (volgende keer: --na-regel {done.last_seq})")
    return 0
