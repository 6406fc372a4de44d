"""Which database the program uses: the local SQLite file or a shared PostgreSQL server.

A beheerder sets the server in the program; it is written to ``instellingen.toml`` and
takes effect at the next start (``INTAKE_DB_URL`` still wins, for administrators who set
it centrally). The password is never written here: PostgreSQL takes it from the user's
``.pgpass`` file or ``PGPASSWORD``, so a settings file on a laptop holds no secret.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.roles import BEHEERDER, Actor
from intake_desktop.services.beheer.errors import DatabaseChoiceNotAllowed
from intake_desktop.services.core import audit
from intake_desktop.settings import Settings

MIN_POSTGRES = 15


@dataclass(frozen=True)
class DatabaseInfo:
    kind: str  # "SQLite" or "PostgreSQL"
    where: str  # a file path, or server:port/database (never a password)
    source: str  # "omgeving" (INTAKE_DB_URL), "instellingen" or "standaard"


@dataclass(frozen=True)
class ServerAddress:
    host: str
    port: int
    database: str
    user: str

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://{self.user}@{self.host}:{self.port}/{self.database}"


def describe(url: str) -> tuple[str, str]:
    if url.startswith("sqlite"):
        return "SQLite", url.split(":///", 1)[-1]
    # Strip a password, should a URL carry one.
    match = re.match(r"^[\w+]+://(?:([^:@/]+)(?::[^@]*)?@)?([^/]+)/(.+)$", url)
    if not match:
        return "PostgreSQL", ""
    user, server, database = match.groups()
    return "PostgreSQL", f"{user + '@' if user else ''}{server}/{database}"


def current(settings: Settings, user_file_url: str | None) -> DatabaseInfo:
    kind, where = describe(settings.database_url)
    if os.environ.get("INTAKE_DB_URL"):
        source = "omgeving"
    elif user_file_url:
        source = "instellingen"
    else:
        source = "standaard"
    return DatabaseInfo(kind, where, source)


def check_address(address: ServerAddress) -> dict[str, str]:
    errors = {}
    if not re.fullmatch(r"[A-Za-z0-9.\-]+", address.host or ""):
        errors["host"] = QT_TRANSLATE_NOOP("database", "Vul de naam of het adres van de server in.")
    if not 1 <= address.port <= 65535:
        errors["port"] = QT_TRANSLATE_NOOP("database", "Een poort is een getal van 1 tot 65535.")
    if not re.fullmatch(r"[A-Za-z0-9_\-]+", address.database or ""):
        errors["database"] = QT_TRANSLATE_NOOP("database", "Vul de naam van de database in.")
    if not re.fullmatch(r"[A-Za-z0-9_.\-]+", address.user or ""):
        errors["user"] = QT_TRANSLATE_NOOP("database", "Vul de gebruikersnaam op de server in.")
    return errors


def test_connection(address: ServerAddress) -> tuple[bool, str, dict]:
    """Try the server: (ok, Dutch message, values for the message)."""
    from sqlalchemy import text
    from sqlalchemy.exc import SQLAlchemyError

    from intake_desktop.db.engine import make_engine

    engine = make_engine(address.url)
    try:
        with engine.connect() as connection:
            version = connection.execute(text("SHOW server_version_num")).scalar()
            major = int(version) // 10000
            has_schema = connection.execute(
                text("SELECT to_regclass('public.alembic_version') IS NOT NULL")
            ).scalar()
    except SQLAlchemyError:
        return (
            False,
            QT_TRANSLATE_NOOP(
                "database",
                "Geen verbinding met de server. Controleer server, poort, database en gebruiker, "
                "en of het wachtwoord in het pgpass-bestand staat.",
            ),
            {},
        )
    finally:
        engine.dispose()
    if major < MIN_POSTGRES:
        return (
            False,
            QT_TRANSLATE_NOOP(
                "database", "De server draait PostgreSQL {major}; nodig is {need} of nieuwer."
            ),
            {"major": major, "need": MIN_POSTGRES},
        )
    if has_schema:
        return (
            True,
            QT_TRANSLATE_NOOP(
                "database", "Verbinding gelukt (PostgreSQL {major}). De database is al in gebruik."
            ),
            {"major": major},
        )
    return (
        True,
        QT_TRANSLATE_NOOP(
            "database",
            "Verbinding gelukt (PostgreSQL {major}). De database is leeg: bij de volgende start "
            "zet het programma de tabellen klaar.",
        ),
        {"major": major},
    )


def save(store, actor: Actor, settings: Settings, url: str | None) -> None:
    """Write the server (or, with None, the local file again) to instellingen.toml;
    it takes effect at the next start. Audited without the address."""
    if not actor.has(BEHEERDER):
        raise audit.refusal(store, actor, DatabaseChoiceNotAllowed())
    path = settings.settings_file
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    lines = [line for line in lines if not re.match(r"\s*database_url\s*=", line)]
    if url:
        lines.insert(0, f'database_url = "{url}"')
    from intake_desktop.documents.output import write_atomically

    write_atomically(path, ("\n".join(lines) + "\n").encode("utf-8"))
    audit.record_standalone(
        store,
        actor,
        audit.UPDATE,
        entity="instellingen",
        details={"velden": ["database_url"], "soort": "PostgreSQL" if url else "SQLite"},
    )
