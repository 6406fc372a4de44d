"""The hash chain over the audit log: each audit row gets a link in ``audit_chain``
holding the hash of its content and of the link before it, so a row edited or deleted
afterwards, even by the database owner, is found by ``services/core/audit_verify.py``.

The database makes the link, not the program: on PostgreSQL a deferred constraint
trigger (at commit, under an advisory lock, so concurrent transactions get one order),
on SQLite an AFTER INSERT trigger calling ``intake_audit_hash``, a function every
connection registers (``db/engine.py``). Laptop events join the server chain when sync
inserts them there.

The hashed text, the same on both databases (docs/audit.md)::

    row_hash = sha256_hex(prev_hash + "|" + "\\x1f".join(fields))

fields: id, occurred_at (UTC, ``YYYY-MM-DDTHH:MM:SS.ffffff``), staff_id, username,
roles, action, entity, entity_ref, client_ref, details (the stored JSON text),
workstation, result. ``client_ref``/``entity_ref`` are sha256 of the id text: after
destruction of a dossier the ids are removed and the refs kept, so the chain still
verifies while the audit row no longer points at a person. Empty text for NULL.
"""

from __future__ import annotations

import hashlib
import uuid
from datetime import UTC, datetime

GENESIS = "0" * 64
FUNCTION = "intake_audit_hash"
# The arguments of FUNCTION, in order after prev_hash: the audit_event columns.
COLUMNS = (
    "id",
    "occurred_at",
    "staff_id",
    "username",
    "roles",
    "action",
    "entity",
    "entity_id",
    "entity_ref",
    "client_id",
    "client_ref",
    "details",
    "workstation",
    "result",
)
SEPARATOR = "\x1f"


def ref(value) -> str:
    """The pseudonymous reference of an id: sha256 of its canonical text."""
    if value is None or value == "":
        return ""
    return hashlib.sha256(_uuid_text(value).encode()).hexdigest()


def _uuid_text(value) -> str:
    if isinstance(value, uuid.UUID):
        return str(value)
    return str(uuid.UUID(str(value)))  # SQLite keeps 32 hex digits


def _time_text(value) -> str:
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.strftime("%Y-%m-%dT%H:%M:%S.%f")


def row_hash(prev_hash: str, *values) -> str:
    """The link of one audit row, from the raw column values in ``COLUMNS`` order
    (as SQLite stores them, or as Python values). The reference implementation."""
    row = dict(zip(COLUMNS, values, strict=True))
    details = row["details"]
    if not isinstance(details, str):
        import json

        details = "" if details is None else json.dumps(details)
    fields = (
        _uuid_text(row["id"]),
        _time_text(row["occurred_at"]),
        "" if row["staff_id"] is None else _uuid_text(row["staff_id"]),
        row["username"] or "",
        row["roles"] or "",
        row["action"] or "",
        row["entity"] or "",
        row["entity_ref"] or ref(row["entity_id"]),
        row["client_ref"] or ref(row["client_id"]),
        details,
        row["workstation"] or "",
        row["result"] or "",
    )
    text = prev_hash + "|" + SEPARATOR.join(fields)
    return hashlib.sha256(text.encode()).hexdigest()


REF_FUNCTION = "intake_ref"


def sqlite_ref(value) -> str | None:
    """``ref`` for SQLite's triggers (db/audit_forget.py): NULL stays NULL."""
    if value is None:
        return None
    return ref(value)


def register_sqlite(dbapi_connection) -> None:
    """Give a SQLite (or SQLCipher) connection the functions the audit triggers call."""
    dbapi_connection.create_function(FUNCTION, 1 + len(COLUMNS), row_hash, deterministic=True)
    dbapi_connection.create_function(REF_FUNCTION, 1, sqlite_ref, deterministic=True)


def _args(row: str) -> str:
    return ", ".join(f"{row}.{column}" for column in COLUMNS)


SQLITE_TRIGGER = f"""
CREATE TRIGGER IF NOT EXISTS trg_audit_chain AFTER INSERT ON audit_event
BEGIN
  INSERT INTO audit_chain (seq, audit_id, prev_hash, row_hash)
  SELECT coalesce(last.seq, 0) + 1, NEW.id, coalesce(last.row_hash, '{GENESIS}'),
         {FUNCTION}(coalesce(last.row_hash, '{GENESIS}'), {_args("NEW")})
  FROM (SELECT 1) AS one
  LEFT JOIN (SELECT seq, row_hash FROM audit_chain ORDER BY seq DESC LIMIT 1) AS last
  ON 1;
END"""


def _pg_ref(column: str) -> str:
    return (
        f"CASE WHEN {column} IS NULL THEN '' "
        f"ELSE encode(sha256(convert_to({column}::text, 'UTF8')), 'hex') END"
    )


PG_HASH_FUNCTION = f"""
CREATE OR REPLACE FUNCTION public.{FUNCTION}(
    prev text, p_id uuid, p_occurred_at timestamptz, p_staff_id uuid, p_username text,
    p_roles text, p_action text, p_entity text, p_entity_id uuid, p_entity_ref text,
    p_client_id uuid, p_client_ref text, p_details json, p_workstation text, p_result text)
RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT encode(sha256(convert_to(prev || '|' || concat_ws(chr(31),
      p_id::text,
      to_char(p_occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
      coalesce(p_staff_id::text, ''),
      coalesce(p_username, ''),
      coalesce(p_roles, ''),
      coalesce(p_action, ''),
      coalesce(p_entity, ''),
      coalesce(nullif(p_entity_ref, ''), {_pg_ref("p_entity_id")}),
      coalesce(nullif(p_client_ref, ''), {_pg_ref("p_client_id")}),
      coalesce(p_details::text, ''),
      coalesce(p_workstation, ''),
      coalesce(p_result, '')), 'UTF8')), 'hex')
$$"""

# The lock key: one chain per database; transactions take turns only for the moment of
# their commit.
PG_LOCK = 7_201_613

PG_LINK_FUNCTION = f"""
CREATE OR REPLACE FUNCTION public.intake_audit_link() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  last_seq bigint;
  last_hash text;
BEGIN
  PERFORM pg_advisory_xact_lock({PG_LOCK});
  SELECT seq, row_hash INTO last_seq, last_hash FROM public.audit_chain
    ORDER BY seq DESC LIMIT 1;
  last_hash := coalesce(last_hash, '{GENESIS}');
  INSERT INTO public.audit_chain (seq, audit_id, prev_hash, row_hash)
  VALUES (coalesce(last_seq, 0) + 1, NEW.id, last_hash,
          public.{FUNCTION}(last_hash, {_args("NEW")}));
  RETURN NULL;
END $$"""

PG_TRIGGER = [
    "DROP TRIGGER IF EXISTS trg_audit_chain ON public.audit_event",
    "CREATE CONSTRAINT TRIGGER trg_audit_chain AFTER INSERT ON public.audit_event "
    "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.intake_audit_link()",
]


def create_sql(dialect: str) -> list[str]:
    if dialect == "sqlite":
        return [SQLITE_TRIGGER]
    return [PG_HASH_FUNCTION, PG_LINK_FUNCTION, *PG_TRIGGER]


def drop_sql(dialect: str) -> list[str]:
    if dialect == "sqlite":
        return ["DROP TRIGGER IF EXISTS trg_audit_chain"]
    return [
        "DROP TRIGGER IF EXISTS trg_audit_chain ON public.audit_event",
        "DROP FUNCTION IF EXISTS public.intake_audit_link()",
        f"DROP FUNCTION IF EXISTS public.{FUNCTION}",
    ]
