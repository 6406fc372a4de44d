"""Writing and reading the audit log. Rows are only ever added, never changed."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from intake_desktop.db.models import AuditEvent
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.roles import BEHEERDER, Actor
from intake_desktop.services.core.errors import NotAllowed
from intake_desktop.services.core.store import Store

# Actions and how the audit screen names them.
VIEW = "bekijken"
CREATE = "aanmaken"
UPDATE = "wijzigen"
DELETE = "verwijderen"
SHOW_BSN = "bsn_tonen"
PRINT = "afdrukken"
EXPORT = "exporteren"
IMPORT = "importeren"
IMPORT_STARTED = "import_gestart"  # SQLite imports in chunks (beheer/import_runs.py)
IMPORT_UNDONE = "import_teruggedraaid"
SIGN_IN = "aanmelden"
SIGN_IN_FAILED = "aanmelden_mislukt"
UNLOCK_FAILED = "ontgrendelen_mislukt"
SIGN_OUT = "afmelden"
PASSWORD_CHANGED = "wachtwoord_gewijzigd"
PASSWORD_CHANGE_FAILED = "wachtwoord_wijzigen_mislukt"  # the current one was wrong
PASSWORD_RESET = "wachtwoord_hersteld"  # a temporary one from a beheerder
REFUSED = "geweigerd"  # outside the need to know (services/core/access.py)
SEARCH = "zoeken"  # kind of search and number of hits, never the typed text
WITH_REASON = "toegang_met_reden"
REVIEWED = "beoordeeld"
CHAIN_VERIFIED = "keten_gecontroleerd"  # services/core/audit_verify.py
DESTROYED = "vernietigd"  # a dossier whose retention term ended (beheer/vernietigen.py)

# The result of what was audited (BIO2 8.15): done, refused, or failed.
DONE = "gedaan"
DENIED = "geweigerd"
FAILED = "mislukt"
RESULT_OF = {
    REFUSED: DENIED,
    SIGN_IN_FAILED: FAILED,
    UNLOCK_FAILED: FAILED,
    PASSWORD_CHANGE_FAILED: FAILED,
}
RESULT_LABELS = {
    DONE: QT_TRANSLATE_NOOP("audit", "gedaan"),
    DENIED: QT_TRANSLATE_NOOP("audit", "geweigerd"),
    FAILED: QT_TRANSLATE_NOOP("audit", "mislukt"),
}

ACTION_LABELS = {
    VIEW: QT_TRANSLATE_NOOP("audit", "Bekeken"),
    CREATE: QT_TRANSLATE_NOOP("audit", "Aangemaakt"),
    UPDATE: QT_TRANSLATE_NOOP("audit", "Gewijzigd"),
    DELETE: QT_TRANSLATE_NOOP("audit", "Verwijderd"),
    SHOW_BSN: QT_TRANSLATE_NOOP("audit", "BSN getoond"),
    PRINT: QT_TRANSLATE_NOOP("audit", "Afgedrukt"),
    EXPORT: QT_TRANSLATE_NOOP("audit", "Geëxporteerd"),
    IMPORT: QT_TRANSLATE_NOOP("audit", "Geïmporteerd"),
    IMPORT_STARTED: QT_TRANSLATE_NOOP("audit", "Import gestart"),
    IMPORT_UNDONE: QT_TRANSLATE_NOOP("audit", "Import teruggedraaid"),
    SIGN_IN: QT_TRANSLATE_NOOP("audit", "Aangemeld"),
    SIGN_IN_FAILED: QT_TRANSLATE_NOOP("audit", "Aanmelden mislukt"),
    UNLOCK_FAILED: QT_TRANSLATE_NOOP("audit", "Ontgrendelen mislukt"),
    SIGN_OUT: QT_TRANSLATE_NOOP("audit", "Afgemeld"),
    PASSWORD_CHANGED: QT_TRANSLATE_NOOP("audit", "Wachtwoord gewijzigd"),
    PASSWORD_CHANGE_FAILED: QT_TRANSLATE_NOOP("audit", "Wachtwoord wijzigen mislukt"),
    PASSWORD_RESET: QT_TRANSLATE_NOOP("audit", "Tijdelijk wachtwoord gegeven"),
    REFUSED: QT_TRANSLATE_NOOP("audit", "Geweigerd"),
    SEARCH: QT_TRANSLATE_NOOP("audit", "Gezocht"),
    WITH_REASON: QT_TRANSLATE_NOOP("audit", "Toegang met reden"),
    REVIEWED: QT_TRANSLATE_NOOP("audit", "Beoordeeld"),
    CHAIN_VERIFIED: QT_TRANSLATE_NOOP("audit", "Auditketen gecontroleerd"),
    DESTROYED: QT_TRANSLATE_NOOP("audit", "Dossier vernietigd"),
    # Laptops (services/checkout, sync, sync_conflicts)
    "meenemen": QT_TRANSLATE_NOOP("audit", "Meegenomen op laptop"),
    "terugzetten": QT_TRANSLATE_NOOP("audit", "Van laptop teruggezet"),
    "synchroniseren": QT_TRANSLATE_NOOP("audit", "Laptop gesynchroniseerd"),
    "conflict_opgelost": QT_TRANSLATE_NOOP("audit", "Conflict opgelost"),
}

# The database itself audits changes of rows in server mode (db/server/functions.py).
ACTION_LABELS.update(
    {
        "rij_insert": QT_TRANSLATE_NOOP("audit", "Rij toegevoegd (server)"),
        "rij_update": QT_TRANSLATE_NOOP("audit", "Rij gewijzigd (server)"),
        "rij_delete": QT_TRANSLATE_NOOP("audit", "Rij verwijderd (server)"),
    }
)

ENTITY_LABELS = {
    "client": QT_TRANSLATE_NOOP("audit", "klant"),
    "aanmelding": QT_TRANSLATE_NOOP("audit", "aanmelding"),
    "staff": QT_TRANSLATE_NOOP("audit", "medewerker"),
    "meeneemblad": QT_TRANSLATE_NOOP("audit", "meeneemblad"),
    "screening": QT_TRANSLATE_NOOP("audit", "screening"),
    "quickscan": QT_TRANSLATE_NOOP("audit", "quickscan"),
    "afspraak": QT_TRANSLATE_NOOP("audit", "afspraak"),
    "ambitiegesprek": QT_TRANSLATE_NOOP("audit", "ambitiegesprek"),
    "kickoff": QT_TRANSLATE_NOOP("audit", "kick-off"),
    "toewijzing": QT_TRANSLATE_NOOP("audit", "klantmanager"),
    "caseload": QT_TRANSLATE_NOOP("audit", "caseload"),
    "taak": QT_TRANSLATE_NOOP("audit", "taak"),
    "staff_absence": QT_TRANSLATE_NOOP("audit", "afwezigheid"),
    "trajectplan": QT_TRANSLATE_NOOP("audit", "trajectplan"),
    "herverdeling": QT_TRANSLATE_NOOP("audit", "herverdeling"),
    "instellingen": QT_TRANSLATE_NOOP("audit", "instellingen"),
    "laptop": QT_TRANSLATE_NOOP("audit", "laptop"),
    "voortgangsgesprek": QT_TRANSLATE_NOOP("audit", "voortgangsgesprek"),
    "beeindiging": QT_TRANSLATE_NOOP("audit", "beëindiging traject"),
    "inburgering": QT_TRANSLATE_NOOP("audit", "inburgering"),
    "monitoring": QT_TRANSLATE_NOOP("audit", "monitoring"),
    "note": QT_TRANSLATE_NOOP("audit", "notitie"),
    "inzage": QT_TRANSLATE_NOOP("audit", "inzage"),
    "inzage_audit": QT_TRANSLATE_NOOP("audit", "auditregels voor een inzage"),
    "vernietigingslijst": QT_TRANSLATE_NOOP("audit", "vernietigingslijst"),
    "logboek": QT_TRANSLATE_NOOP("audit", "logboek dataverwerkingen"),
    "overdracht": QT_TRANSLATE_NOOP("audit", "overdracht"),
    "voortgangsrapportage": QT_TRANSLATE_NOOP("audit", "voortgangsrapportage"),
    "maatregel": QT_TRANSLATE_NOOP("audit", "maatregel"),
    "work_first": QT_TRANSLATE_NOOP("audit", "Work First-resultaat"),
}


def action_label(action: str, entity: str | None) -> str:
    """The untranslated label of an audit row: a view says what was viewed (a monitoring
    overview is not a dossier)."""
    if action == VIEW and entity not in (None, "", "client"):
        return QT_TRANSLATE_NOOP("audit", "{what} bekeken")
    if action == VIEW:
        return QT_TRANSLATE_NOOP("audit", "Dossier bekeken")
    return ACTION_LABELS.get(action, action)


def entity_label(entity: str | None) -> str:
    """The untranslated word for the kind of object of an audit row."""
    return ENTITY_LABELS.get(entity or "", entity or "")


def describe(action: str, entity: str | None, translate=lambda text: text) -> str:
    """What an audit row did, in words ("Trajectplan bekeken"); ``translate`` is the
    screen's translation (the inzage report keeps the Dutch)."""
    what = translate(entity_label(entity))
    return translate(action_label(action, entity)).format(what=what[:1].upper() + what[1:])


def record(
    session: Session,
    actor: Actor | None,
    action: str,
    *,
    workstation: str = "",
    client_id: uuid.UUID | None = None,
    entity: str | None = None,
    entity_id: uuid.UUID | None = None,
    details: dict | None = None,
    username: str | None = None,
    result: str | None = None,
) -> AuditEvent:
    """Add an audit row to the caller's transaction, so it commits with the change.
    On a store bound to the signed-in person it is also where a call in another name,
    or by a deactivated account, is stopped (``check_actor``)."""
    check_actor(session, actor)
    event = AuditEvent(
        staff_id=actor.staff_id if actor else None,
        username=(actor.username if actor else username or "")[:64],
        roles=actor.roles_text if actor else "",
        action=action,
        client_id=client_id,
        entity=entity,
        entity_id=entity_id,
        details=details or {},
        workstation=workstation,
        result=result or RESULT_OF.get(action, DONE),
    )
    session.add(event)
    return event


def check_actor(session: Session, actor: Actor | None) -> None:
    """On a bound store (``Store.bind``): the actor must be who signed in, and still
    active. Nearly every service writes an audit row in its transaction, so this stops
    the whole transaction; the refusal itself is audited in the signed-in name."""
    bound = session.info.get("bound_to")
    if not bound or actor is None:
        return
    from intake_desktop.services.core.errors import NotSignedIn

    if actor.username != bound:
        import logging

        logging.getLogger(__name__).error("service called for another actor than signed in")
        raise NotSignedIn()
    if actor.staff_id is not None:
        _still_holds(session, actor)


def _still_holds(session, actor: Actor) -> None:
    """Active, and holding every role the caller names (one query)."""
    from intake_desktop.db.models import Staff, StaffRole
    from intake_desktop.services.core.errors import AccountInactive, RolesChanged

    rows = session.execute(
        select(Staff.active, StaffRole.role)
        .outerjoin(StaffRole, StaffRole.staff_id == Staff.id)
        .where(Staff.id == actor.staff_id)
    ).all()
    if not rows or not rows[0][0]:
        raise AccountInactive()
    if not actor.roles <= {role for _active, role in rows if role}:
        raise RolesChanged()


@dataclass(frozen=True)
class AuditFilter:
    since: datetime | None = None
    until: datetime | None = None
    username: str = ""
    action: str = ""
    client_id: uuid.UUID | None = None
    client: str = ""  # a klantnummer (the first characters of the id) or a name
    limit: int = 1000


_NUMBER = re.compile(r"^[0-9a-f]{8}-[0-9a-f-]{27}$")  # a whole id
_PREFIX = re.compile(r"^[0-9a-f]{4,8}$")  # a klantnummer as the screen shows it
MAX_NAMED_CLIENTS = 500


def _client_condition(session, store: Store, typed: str):
    """Which audit rows are of the client the beheerder typed: a klantnummer as the
    screen shows it (``1b663ac3``), a whole id, or part of a name."""
    from sqlalchemy import String, cast, func, text

    from intake_desktop.db.models import Client
    from intake_desktop.domain.text import search_key

    typed = typed.strip().lower()
    if _NUMBER.match(typed):
        try:
            return AuditEvent.client_id == uuid.UUID(typed)
        except ValueError:  # dashes in odd places: a klantnummer prefix, or a name
            pass
    by_number = None
    if _PREFIX.match(typed):  # "fedde" is a klantnummer prefix and a name alike
        by_number = cast(AuditEvent.client_id, String).like(typed + "%")
    if store.staff_login:
        ids = session.scalars(
            text("SELECT client_id FROM intake_security.audit_client_ids(:typed, :key)"),
            {"typed": typed, "key": search_key(typed)},
        ).all()
    else:
        ids = session.scalars(
            select(Client.id)
            .where(
                func.lower(Client.full_name_sql()).contains(typed, autoescape=True)
                | Client.search_name.startswith(search_key(typed), autoescape=True)
            )
            .limit(MAX_NAMED_CLIENTS)
        ).all()
    by_name = AuditEvent.client_id.in_(ids)
    return by_name if by_number is None else (by_name | by_number)


def list_events(store: Store, actor: Actor, filt: AuditFilter) -> list[AuditEvent]:
    """Newest first, at most ``filt.limit + 1`` rows (one more than shown tells the
    screen the list was cut off). Only a beheerder reads the audit log."""
    if not actor.has(BEHEERDER):
        raise NotAllowed(
            QT_TRANSLATE_NOOP("audit", "Alleen een beheerder mag het auditlog bekijken.")
        )
    stmt = select(AuditEvent).order_by(AuditEvent.occurred_at.desc()).limit(filt.limit + 1)
    if filt.since:
        stmt = stmt.where(AuditEvent.occurred_at >= filt.since)
    if filt.until:
        stmt = stmt.where(AuditEvent.occurred_at < filt.until)
    if filt.username:
        stmt = stmt.where(AuditEvent.username == filt.username)
    if filt.action:
        stmt = stmt.where(AuditEvent.action == filt.action)
    if filt.client_id:
        stmt = stmt.where(AuditEvent.client_id == filt.client_id)
    with store.reading() as session:
        if filt.client.strip():
            stmt = stmt.where(_client_condition(session, store, filt.client))
        return list(session.scalars(stmt))


def client_names(store: Store, actor: Actor, client_ids: list[uuid.UUID]) -> dict:
    """The names of the clients in the audit rows a beheerder is shown (only the name;
    in server mode through the narrow ``audit_client_names``)."""
    if not actor.has(BEHEERDER) or not client_ids:
        return {}
    from sqlalchemy import text

    from intake_desktop.db.models import Client

    ids = list(dict.fromkeys(client_ids))
    with store.reading() as session:
        if store.staff_login:
            found = session.execute(
                text("SELECT client_id, name FROM intake_security.audit_client_names(:ids)"),
                {"ids": ids},
            )
        else:
            found = session.execute(
                select(Client.id, Client.full_name_sql()).where(Client.id.in_(ids))
            )
        return dict(found.all())


def record_standalone(store: Store, actor: Actor, action: str, **kwargs) -> None:
    """An audit row in its own transaction, for actions that change nothing else
    (a print, an export)."""
    with store.transaction() as session:
        record(session, actor, action, workstation=store.workstation, **kwargs)


def refusal(store: Store, actor: Actor, error: Exception, client_id=None) -> Exception:
    """Audit a refused call (the role may not do this) in its own transaction and hand
    the error back: ``raise audit.refusal(store, actor, PlanNotAllowed())``."""
    record_standalone(
        store,
        actor,
        REFUSED,
        client_id=client_id,
        details={"handeling": type(error).__name__},
    )
    return error


_INSERT = insert(AuditEvent.__table__)


def record_quick(store: Store, actor: Actor, action: str, details: dict) -> None:
    """An audit row for a frequent action without a client (a search): one INSERT on the
    store's per-thread connection, committed at once, without an ORM session."""
    if store.bound_to and actor.username != store.bound_to:
        from intake_desktop.services.core.errors import NotSignedIn

        store.audit_refused_caller()
        raise NotSignedIn()
    with store.quick_read() as connection:
        if store.bound_to and actor.staff_id is not None:
            from intake_desktop.services.core.errors import RolesChanged

            try:
                _still_holds(connection, actor)
            except RolesChanged:
                connection.rollback()
                store.audit_refused_caller("RolesChanged")
                raise
        connection.execute(
            _INSERT,
            {
                "id": uuid.uuid4(),
                "occurred_at": utcnow(),
                "staff_id": actor.staff_id,
                "username": actor.username[:64],
                "roles": actor.roles_text,
                "action": action,
                "entity": None,
                "entity_id": None,
                "client_id": None,
                "details": details,
                "workstation": store.workstation,
                "result": RESULT_OF.get(action, DONE),
            },
        )
        connection.commit()
