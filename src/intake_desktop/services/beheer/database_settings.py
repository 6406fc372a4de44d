"""Which database the program uses: the local SQLite file or a shared PostgreSQL server.

A beheerder sets the server in the program; it is written to ``instellingen.toml`` and
takes effect at the next start (``INTAKE_DB_URL`` still wins, for administrators who set
it centrally). The address holds no user and no password: in server mode every staff
member signs in to PostgreSQL as themselves (db/server), over TLS with the server's
certificate checked against the organisation's CA (``sslrootcert``; without it, libpq's
``~/.postgresql/root.crt``). A settings file on a laptop holds no secret.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from urllib.parse import quote

from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.roles import BEHEERDER, Actor
from intake_desktop.services.beheer.errors import DatabaseChoiceNotAllowed
from intake_desktop.services.core import audit
from intake_desktop.settings import Settings

# A name no staff member has: the server answers it with a password request, after the
# TLS handshake in which its certificate was checked.
PROBE_USER = "intake-desktop-controle"


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
    ca_file: str = ""  # the CA's certificate; empty: libpq's default

    @property
    def url(self) -> str:
        url = f"postgresql+psycopg://{self.host}:{self.port}/{self.database}"
        if self.ca_file:
            url += f"?sslrootcert={quote(self.ca_file)}"
        return url


def describe(url: str) -> tuple[str, str]:
    if url.startswith("sqlite"):
        return "SQLite", url.split(":///", 1)[-1]
    # Strip a password, should a URL carry one, and the query.
    match = re.match(r"^[\w+]+://(?:([^:@/]+)(?::[^@]*)?@)?([^/]+)/([^?]+)", url)
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
    if address.ca_file and not os.path.isfile(address.ca_file):
        errors["ca_file"] = QT_TRANSLATE_NOOP(
            "database", "Dit bestand bestaat niet op deze computer."
        )
    return errors


MSG_UNREACHABLE = QT_TRANSLATE_NOOP(
    "database",
    "Geen verbinding met de server. Controleer de naam van de server en de poort, en of "
    "deze computer de server mag bereiken.",
)
MSG_NO_TLS = QT_TRANSLATE_NOOP(
    "database",
    "De server biedt geen versleutelde verbinding (TLS). Het programma maakt geen "
    "onversleutelde verbinding; vraag de beheerder van de server om TLS aan te zetten.",
)
MSG_CERTIFICATE = QT_TRANSLATE_NOOP(
    "database",
    "De server antwoordt, maar zijn certificaat is niet te controleren (een ander servernaam "
    "of een onbekende uitgever). Geef het CA-certificaat van uw organisatie op.",
)
MSG_OK = QT_TRANSLATE_NOOP(
    "database",
    "De server antwoordt versleuteld en zijn certificaat klopt. Medewerkers melden zich "
    "straks aan met hun eigen account op de server.",
)


def test_connection(address: ServerAddress) -> tuple[bool, str, dict]:
    """Whether the server answers over TLS with a certificate that checks out: (ok,
    Dutch message, values for the message). Nobody signs in: the server's request for
    a password, after the handshake, is the good answer."""
    import psycopg

    from intake_desktop.db.engine import CONNECT_TIMEOUT_S

    options = {"sslmode": "verify-full", "connect_timeout": CONNECT_TIMEOUT_S}
    if address.ca_file:
        options["sslrootcert"] = address.ca_file
    try:
        psycopg.connect(
            host=address.host,
            port=address.port,
            dbname=address.database,
            user=PROBE_USER,
            password="",
            **options,
        ).close()
    except psycopg.OperationalError as exc:
        text = str(exc)
        if "no password supplied" in text or "password authentication failed" in text:
            return True, MSG_OK, {}
        if "does not support SSL" in text or "no encryption" in text:
            return False, MSG_NO_TLS, {}
        if "certificate" in text or "SSL" in text:
            return False, MSG_CERTIFICATE, {}
        return False, MSG_UNREACHABLE, {}
    return False, MSG_OPEN_DOOR, {}


MSG_OPEN_DOOR = QT_TRANSLATE_NOOP(
    "database",
    "De server laat iemand zonder wachtwoord toe: zo is hij niet veilig genoeg voor "
    "klantgegevens. Vraag de beheerder van de server om in pg_hba.conf scram-sha-256 te "
    "gebruiken (zie docs/server.md).",
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
