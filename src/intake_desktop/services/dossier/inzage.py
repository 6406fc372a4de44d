"""Inzageverzoek (AVG art. 15): everything the program holds of one client, and who
consulted or changed it, when and why, with the names of staff (CJEU C-579/21).

``report`` gathers it as one dictionary in the published shape
(``resources/schemas/inzageverzoek-1.schema.json``); the JSON export is that dictionary,
the PDF (``documents/inzage.py``) is drawn from it. Only the client's klantmanager or a
teamleider who may see the whole dossier makes one; making it, printing the PDF and
saving the JSON are each audited, and a refusal too."""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from importlib.resources import files

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from intake_desktop.config.toegang import PARTS
from intake_desktop.db.client_tables import CLIENT_TABLES
from intake_desktop.db.models import AuditEvent, ToegangMetReden, load_all
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.roles import KLANTMANAGER, TEAMLEIDER, Actor
from intake_desktop.services.core import access, audit
from intake_desktop.services.core.errors import NotAllowed
from intake_desktop.services.core.store import Store
from intake_desktop.services.dossier.conversations import staff_names
from intake_desktop.services.dossier.errors import ClientNotFound

SCHEMA_ID = "urn:intake-desktop:schema:inzageverzoek:1"
SCHEMA_FILE = "inzageverzoek-1.schema.json"
ENTITY = "inzage"
# Each client table as a section of the report, in the client's words.
SECTIONS = {
    "household": "huishouden",
    "client": "klant",
    "correctie": "correcties",
    "aanmelding": "aanmeldingen",
    "intake_record": "gesprekken",
    "intake_domain_answer": "gesprekken_leefgebieden",
    "assessment": "beoordelingen",
    "klantgroep_keuze": "klantgroep_historie",
    "klantmanager_toewijzing": "klantmanagers",
    "appointment": "afspraken",
    "task": "taken",
    "note": "notities",
    "trajectplan": "trajectplannen",
    "trajectplan_goal": "trajectplan_doelen",
    "trajectplan_activity": "trajectplan_activiteiten",
    "trajectplan_versie": "documenten",
    "kickoff_booking": "kickoff",
    "beeindiging": "afsluitingen",
    "inburgeringsplicht": "inburgeringsplicht",
    "inburgering_stap": "inburgering_stappen",
    "overdracht": "overdrachten_en_verwijzingen",
    "voortgangsrapportage": "voortgangsrapportages",
    "work_first_resultaat": "work_first_resultaten",
    "maatregel": "maatregelen",
}
# Bookkeeping that says nothing about the person.
SKIPPED = {"version", "search_name"}


class InzageNotAllowed(NotAllowed):
    context = "inzage"

    def __init__(self):
        super().__init__(
            QT_TRANSLATE_NOOP(
                "inzage",
                "Alleen de klantmanager of een teamleider van deze klant maakt een inzage.",
            )
        )


@cache
def schema() -> dict:
    """The published JSON Schema of the report."""
    path = files("intake_desktop").joinpath("resources", "schemas", SCHEMA_FILE)
    return json.loads(path.read_text(encoding="utf-8"))


def _plain(value):
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):  # a signed PDF: named, not embedded
        return {"sha256": hashlib.sha256(value).hexdigest(), "bytes": len(value)}
    return value


def _rows(session: Session, config, client_id: uuid.UUID, names: dict) -> dict[str, list[dict]]:
    """Every row of every client table, column by column; staff ids, klantgroepen and
    kinds of appointment also by name."""
    from intake_desktop.db.base import Base

    load_all()
    found: dict[str, list] = {"client": [client_id]}
    out: dict[str, list[dict]] = {}
    # The household comes first for a laptop (parents first); here it needs the
    # client row: it is read after it, its own row only.
    order = [t for t in CLIENT_TABLES if t[0] != "household"] + [
        t for t in CLIENT_TABLES if t[0] == "household"
    ]
    for name, column, source in order:
        table = Base.metadata.tables[name]
        if source == "client":
            ids = found["client"]
        else:
            parent, parent_column = source.split(".")
            ids = [
                row[parent_column]
                for row in out.get(SECTIONS[parent], [])
                if row[parent_column] is not None
            ]
        if not ids:
            out[SECTIONS[name]] = []
            continue
        result = session.execute(select(table).where(table.c[column].in_(ids))).mappings()
        rows = []
        for row in result:  # removed rows too: held until destruction (deleted_at set)
            item = {}
            for key, value in row.items():
                if key in SKIPPED:
                    continue
                item[key] = value
                staff_fk = any(fk.column.table.name == "staff" for fk in table.c[key].foreign_keys)
                if (staff_fk or key in ("created_by", "updated_by")) and value is not None:
                    item[key + "_naam"] = names.get(value, "")
                elif key in ("klantgroep", "suggested") and value:
                    group = config.klantgroep(value)
                    item[key + "_naam"] = group.naam if group else value
                elif name == "appointment" and key == "kind":
                    kind = config.appointment_type(value)
                    item["kind_naam"] = kind.naam if kind else value
            rows.append(item)
        if name == "household":  # only the household's own row, never the other members
            rows = [{k: v for k, v in r.items() if k in ("id", "label")} for r in rows]
        out[SECTIONS[name]] = rows
    return {
        section: [{k: _plain(v) for k, v in r.items()} for r in rows]
        for section, rows in out.items()
    }


def _audit_rows(session: Session, store: Store, client_id: uuid.UUID) -> list[dict]:
    """Who did what with the client's data (server mode: ``intake_security.inzage_audit``,
    since a klantmanager reads no audit row otherwise)."""
    if store.staff_login:
        found = session.execute(
            text("SELECT * FROM intake_security.inzage_audit(:client)"), {"client": client_id}
        ).mappings()
        return [dict(row) for row in found]
    rows = []
    for event in session.scalars(
        select(AuditEvent).where(AuditEvent.client_id == client_id).order_by(AuditEvent.occurred_at)
    ):
        reden = session.scalar(
            select(ToegangMetReden.reason)
            .where(
                ToegangMetReden.staff_id == event.staff_id,
                ToegangMetReden.client_id == client_id,
                ToegangMetReden.granted_at <= event.occurred_at,
                ToegangMetReden.valid_until >= event.occurred_at,
            )
            .order_by(ToegangMetReden.granted_at.desc())
            .limit(1)
        )
        rows.append(
            {
                "occurred_at": event.occurred_at,
                "staff_id": event.staff_id,
                "username": event.username,
                "roles": event.roles,
                "action": event.action,
                "entity": event.entity,
                "result": event.result,
                "details": event.details,
                "workstation": event.workstation,
                "reden": reden,
            }
        )
    return rows


def _processing(store: Store, rows: list[dict], names: dict) -> list[dict]:
    register = store.config.verwerkingen
    out = []
    for row in rows:
        activiteit = register.of_entity(row["entity"])
        what = audit.entity_label(row["entity"])
        out.append(
            {
                "tijdstip": _plain(row["occurred_at"]),
                "medewerker": names.get(row["staff_id"]) or row["username"],
                "functie": row["roles"],
                "handeling": audit.describe(row["action"], row["entity"]),
                "onderwerp": what,
                "resultaat": row["result"],
                "activiteit": activiteit.code,
                "doel": row["reden"] or activiteit.doel,
                "met_reden": bool(row["reden"]),
                "werkplek": row["workstation"],
            }
        )
    return out


def _check_own(session, store: Store, actor: Actor, client_id: uuid.UUID):
    """The client's own klantmanager, or a teamleider, with the whole dossier and the
    full BSN; anyone else is refused (audited)."""
    client = access.live_client(session, store, actor, client_id, what=ENTITY)
    if client is None:
        raise ClientNotFound()
    if client.klantmanager_id != actor.staff_id and not actor.has(TEAMLEIDER):
        raise audit.refusal(store, actor, InzageNotAllowed(), client_id)
    # The whole dossier, the full BSN included: an inzage leaves nothing out.
    rights = access.require(session, store, actor, client, *PARTS, what=ENTITY)
    if not rights.full_bsn:
        access.refuse(store, actor, client_id, "bsn", False, ENTITY)
    return client


def report(store: Store, actor: Actor, client_id: uuid.UUID) -> dict:
    """The whole report of one client; audited as a view of the client's inzage."""
    if not actor.has(KLANTMANAGER, TEAMLEIDER):
        raise audit.refusal(store, actor, InzageNotAllowed(), client_id)
    with store.transaction() as session:
        client = _check_own(session, store, actor, client_id)
        names = staff_names(session)
        data = _rows(session, store.config, client_id, names)
        processing = _processing(store, _audit_rows(session, store, client_id), names)
        config = store.config
        used = dict.fromkeys(p["activiteit"] for p in processing)
        result = {
            "$schema": SCHEMA_ID,
            "schema": SCHEMA_ID,
            "gemaakt_op": utcnow().isoformat(),
            "gemaakt_door": names.get(actor.staff_id, actor.username),
            "verantwoordelijke": config.huisstijl.organisatie,
            "klant": {
                "naam": client.full_name,
                "bsn": client.bsn or "",
                "geboortedatum": _plain(client.birth_date) or "",
                "klantgroep": (
                    config.klantgroep(client.klantgroep).naam
                    if client.klantgroep and config.klantgroep(client.klantgroep)
                    else ""
                ),
                "klantmanager": names.get(client.klantmanager_id, ""),
                "gemeente": config.gemeente_naam(client.gemeente_code),
            },
            "gegevens": data,
            "verwerkingen": processing,
            "activiteiten": [
                {
                    "code": a.code,
                    "naam": a.naam,
                    "doel": a.doel,
                    "grondslag": a.grondslag,
                    "bewaartermijn": a.bewaartermijn,
                    "register_url": a.register_url,
                }
                for a in config.verwerkingen.activiteiten
                if a.code in used
            ],
        }
        audit.record(
            session,
            actor,
            audit.VIEW,
            client_id=client_id,
            entity=ENTITY,
            workstation=store.workstation,
            details={"verwerkingen": len(processing)},
        )
        return result


def as_json(data: dict) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=2, default=_plain).encode("utf-8")


def record_saved(
    store: Store, actor: Actor, client_id: uuid.UUID, form: str, how: str = ""
) -> None:
    """Audit, before it leaves the program, that the report is printed or saved:
    ``form`` "pdf" or "json", ``how`` "afdrukken" or "opslaan"."""
    action = audit.PRINT if how == "afdrukken" else audit.EXPORT
    with store.transaction() as session:
        _check_own(session, store, actor, client_id)
        audit.record(
            session,
            actor,
            action,
            client_id=client_id,
            entity=ENTITY,
            workstation=store.workstation,
            details={"vorm": form, "hoe": how or "opslaan"},
        )
