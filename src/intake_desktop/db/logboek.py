"""The Logboek Dataverwerkingen (Logius standard 1.0.0): one record per processing of
a person's data, written by the database itself when the audit row of that processing
is written (migration 0017), as one JSON line in ``logboek_regel``.

Which audit rows: those about one client (``client_id``) that were done (``gedaan``)
by the program (not the server's row-level ``rij_*`` rows, which repeat a service's own
row; not a refusal: nothing was processed). One row is about one person, so one record
per person per audited processing; an action over many clients (a caseload list) names
none and gives no record.

The record (docs/logboek.md, schema resources/schemas/logboek-regel-1.schema.json):
``trace_id`` the audit row's id as 32 hex, ``span_id`` its last 16, ``name`` action and
kind of data, ``status`` Ok, start and end time in ms, ``resource`` the program, and the
attributes: the processing activity (a URI from verwerkingsregister.toml, by kind of
data; ``logboek_activiteit`` is the database's copy) and the person as a keyed hash
(HMAC-SHA256 of the client id). The key is made by the migration and stays in the
database (``logboek_sleutel``); in server mode only its owner reads it, so neither a
workstation nor the log service can turn a pseudonym back into a client. No user,
name, BSN or note in a record (the standard's decision "geen gebruikers in logregels").

Laptops make their own records (with their own key) and clear them with their audit
rows at synchronisation; the server makes the records when the audit rows arrive.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import uuid
from datetime import UTC, datetime

from intake_desktop.db.audit_triggers import AuditTrigger

SERVICE = "intake-desktop"
SUBJECT_TYPE = "urn:intake-desktop:pseudoniem:klant"
UNKNOWN_ACTIVITY = "urn:intake-desktop:verwerkingsactiviteit:onbekend"
DEFAULT_ENTITY = "*"
LINE_FUNCTION = "intake_logboek_line"
_BLOCK = 64  # SHA-256's block size (HMAC, RFC 2104)


def new_key() -> tuple[bytes, bytes]:
    """A fresh HMAC key, kept as its two padded halves (ipad, opad) so that both
    databases compute HMAC with two sha256 calls."""
    key = secrets.token_bytes(32).ljust(_BLOCK, b"\0")
    return bytes(b ^ 0x36 for b in key), bytes(b ^ 0x5C for b in key)


def pseudonym(ipad: bytes, opad: bytes, client_id) -> str:
    """HMAC-SHA256(key, client id text) in hex; the same as the PostgreSQL trigger."""
    text = str(client_id if isinstance(client_id, uuid.UUID) else uuid.UUID(str(client_id)))
    inner = hashlib.sha256(bytes(ipad) + text.encode()).digest()
    return hashlib.sha256(bytes(opad) + inner).hexdigest()


def activity_uri(activiteit) -> str:
    """The activity's place in the municipality's register, or a URN of its code."""
    return activiteit.register_url or f"urn:intake-desktop:verwerkingsactiviteit:{activiteit.code}"


def activity_rows(register) -> list[tuple[str, str]]:
    """(kind of data, activity URI) for every kind the register names, and the default."""
    rows = [(DEFAULT_ENTITY, activity_uri(register.activiteit(register.standaard)))]
    for activiteit in register.activiteiten:
        rows += [(entity, activity_uri(activiteit)) for entity in activiteit.onderwerpen]
    return rows


def write_activities(connection, register) -> None:
    """The database's copy of the register's kinds and URIs (at start-up; in server mode
    at ``server migrate``)."""
    from sqlalchemy import text

    connection.execute(text("DELETE FROM logboek_activiteit"))
    connection.execute(
        text("INSERT INTO logboek_activiteit (entity, activity_uri) VALUES (:e, :u)"),
        [{"e": e, "u": u} for e, u in activity_rows(register)],
    )


def _millis(value) -> int:
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int(moment.timestamp() * 1000)


def line(audit_id, occurred_at, action, entity, client_id, ipad, opad, uri) -> str:
    """One record as a JSON line (SQLite's trigger calls this; PostgreSQL builds the
    same in PL/pgSQL)."""
    trace = uuid.UUID(str(audit_id)).hex
    ms = _millis(occurred_at)
    return json.dumps(
        {
            "trace_id": trace,
            "span_id": trace[16:],
            "name": f"{action} {entity or 'klant'}",
            "status": "Ok",
            "start_time": ms,
            "end_time": ms,
            "resource": {"attributes": {"service.name": SERVICE}},
            "attributes": {
                "dpl.core.processing_activity_id": uri,
                "dpl.core.data_subject_id": pseudonym(ipad, opad, client_id),
                "dpl.core.data_subject_id_type": SUBJECT_TYPE,
            },
        },
        separators=(",", ":"),
    )


def register_sqlite(dbapi_connection) -> None:
    dbapi_connection.create_function(LINE_FUNCTION, 8, line, deterministic=True)


_WHEN = "NEW.client_id IS NOT NULL AND NEW.result = 'gedaan' AND substr(NEW.action, 1, 4) <> 'rij_'"
_URI = (
    "coalesce((SELECT activity_uri FROM logboek_activiteit WHERE entity = NEW.entity), "
    f"(SELECT activity_uri FROM logboek_activiteit WHERE entity = '{DEFAULT_ENTITY}'), "
    f"'{UNKNOWN_ACTIVITY}')"
)

SQLITE_TRIGGER = f"""
CREATE TRIGGER IF NOT EXISTS trg_logboek AFTER INSERT ON audit_event
WHEN {_WHEN}
 AND NOT EXISTS (SELECT 1 FROM vernietigd_dossier WHERE client_ref = intake_ref(NEW.client_id))
BEGIN
  INSERT INTO logboek_regel (audit_id, line)
  SELECT NEW.id, {LINE_FUNCTION}(NEW.id, NEW.occurred_at, NEW.action, NEW.entity,
         NEW.client_id, k.ipad, k.opad, {_URI})
  FROM logboek_sleutel k WHERE k.id = 1;
END"""

PG_FUNCTION = f"""
CREATE OR REPLACE FUNCTION public.intake_logboek_write() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  k record;
  trace text := replace(NEW.id::text, '-', '');
  ms bigint := floor(extract(epoch FROM NEW.occurred_at) * 1000)::bigint;
BEGIN
  IF NOT ({_WHEN}) THEN RETURN NULL; END IF;
  SELECT ipad, opad INTO k FROM public.logboek_sleutel WHERE id = 1;
  INSERT INTO public.logboek_regel (audit_id, line) VALUES (NEW.id, json_build_object(
    'trace_id', trace,
    'span_id', right(trace, 16),
    'name', NEW.action || ' ' || coalesce(NEW.entity, 'klant'),
    'status', 'Ok',
    'start_time', ms,
    'end_time', ms,
    'resource', json_build_object('attributes', json_build_object('service.name', '{SERVICE}')),
    'attributes', json_build_object(
      'dpl.core.processing_activity_id', {_URI},
      'dpl.core.data_subject_id', encode(sha256(k.opad || sha256(k.ipad
          || convert_to(NEW.client_id::text, 'UTF8'))), 'hex'),
      'dpl.core.data_subject_id_type', '{SUBJECT_TYPE}'))::text);
  RETURN NULL;
END $$"""

TRIGGER = AuditTrigger(
    "trg_logboek", "intake_logboek_write", "AFTER INSERT", SQLITE_TRIGGER, PG_FUNCTION
)


def create_sql(dialect: str) -> list[str]:
    return TRIGGER.create_sql(dialect)


def drop_sql(dialect: str) -> list[str]:
    return TRIGGER.drop_sql(dialect)
