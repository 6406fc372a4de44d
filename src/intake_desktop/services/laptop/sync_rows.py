"""Which rows travel to a laptop and back, and how their values are compared, kept
and captured. Shared by the check-out (services/checkout) and the synchronisation
(services/sync); no Qt.

Every captured table has a UUID ``id``. A SQLite trigger per table and operation
writes an ``outbox`` row in the same transaction as the change itself, with the row
as it was before (``old_values``, as stored): the base of the merge."""

from __future__ import annotations

import base64
import json
import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import Column, Table
from sqlalchemy.dialects import sqlite
from sqlalchemy.types import JSON, LargeBinary

from intake_desktop.db.base import Base
from intake_desktop.db.client_tables import CLIENT_TABLES
from intake_desktop.db.models import load_all

# Copied whole so the program works offline (names, roles, agenda); never pushed back.
REFERENCE_TABLES = ["staff", "staff_role", "staff_expertise", "staff_absence", "kickoff_session"]
# Changes made offline that go to the server: client data and the audit trail.
CAPTURED = [name for name, _c, _s in CLIENT_TABLES] + ["audit_event"]
# Rows that record a change rather than being one (not counted as "not synchronised").
RECORDS_OF_CHANGE = ("audit_event", "correctie")
# The goals and activities of a plan merge as one whole with the plan ("doelen"): the
# editor replaces them together, so row by row they would double up.
PLAN_PARTS = {"trajectplan_goal", "trajectplan_activity"}
# Bookkeeping that follows a change rather than being one.
BOOKKEEPING = {"id", "version", "created_at", "created_by", "updated_at", "updated_by"}
PLAN_FIELD = "doelen"

_DIALECT = sqlite.dialect()


def table(name: str) -> Table:
    load_all()
    return Base.metadata.tables[name]


def _raw_processor(column: Column):
    return column.type.dialect_impl(_DIALECT).result_processor(_DIALECT, None)


def from_stored(tbl: Table, stored: dict[str, Any]) -> dict[str, Any]:
    """A row as a SQLite trigger put it into JSON, as Python values."""
    values: dict[str, Any] = {}
    for column in tbl.columns:
        if column.name not in stored:
            continue
        raw = stored[column.name]
        if isinstance(column.type, JSON) and raw is not None and not isinstance(raw, str):
            raw = json.dumps(raw)  # json_object() nests JSON text as JSON
        processor = _raw_processor(column)
        values[column.name] = processor(raw) if processor and raw is not None else raw
    return values


def encode(value: Any) -> Any:
    """A value as JSON (conflicts keep base, mine and theirs this way)."""
    if isinstance(value, uuid.UUID):
        return {"uuid": value.hex}
    if isinstance(value, datetime):
        return {"datetime": value.isoformat()}
    if isinstance(value, date):
        return {"date": value.isoformat()}
    if isinstance(value, bytes | bytearray | memoryview):
        return {"bytes": base64.b64encode(bytes(value)).decode()}
    return {"value": value}


def decode(wrapped: dict[str, Any]) -> Any:
    if "uuid" in wrapped:
        return uuid.UUID(wrapped["uuid"])
    if "datetime" in wrapped:
        return datetime.fromisoformat(wrapped["datetime"])
    if "date" in wrapped:
        return date.fromisoformat(wrapped["date"])
    if "bytes" in wrapped:
        return base64.b64decode(wrapped["bytes"])
    return wrapped.get("value")


def merge_fields(tbl: Table) -> list[str]:
    """The columns a synchronisation compares one by one."""
    return [c.name for c in tbl.columns if c.name not in BOOKKEEPING]


def _json_columns(tbl: Table, prefix: str) -> str:
    parts = []
    for column in tbl.columns:
        if isinstance(column.type, LargeBinary):
            continue  # signed PDFs are only ever added, never merged
        parts.append(f"'{column.name}', {prefix}.{column.name}")
    return "json_object(" + ", ".join(parts) + ")"


def trigger_statements(tbl: Table) -> list[str]:
    """The three triggers that write a table's changes to the outbox, made anew (a
    migration may have rebuilt the table or added a column since)."""
    name = tbl.name
    when = "WHEN (SELECT capturing FROM sync_state WHERE id = 1) = 1"
    insert = (
        "INSERT INTO outbox (change_id, table_name, row_id, op, old_values, recorded_at) "
        "VALUES (lower(hex(randomblob(16))), '{table}', {key}, '{op}', {old}, "
        "strftime('%Y-%m-%dT%H:%M:%f', 'now'))"
    )
    return [
        *(f"DROP TRIGGER IF EXISTS outbox_{name}_{op}" for op in "iud"),
        f"CREATE TRIGGER outbox_{name}_i AFTER INSERT ON {name} {when} BEGIN "
        + insert.format(table=name, key="NEW.id", op="I", old="NULL")
        + "; END",
        f"CREATE TRIGGER outbox_{name}_u AFTER UPDATE ON {name} {when} BEGIN "
        + insert.format(table=name, key="OLD.id", op="U", old=_json_columns(tbl, "OLD"))
        + "; END",
        f"CREATE TRIGGER outbox_{name}_d AFTER DELETE ON {name} {when} BEGIN "
        + insert.format(table=name, key="OLD.id", op="D", old=_json_columns(tbl, "OLD"))
        + "; END",
    ]


def row_key(tbl: Table, stored_id: str) -> uuid.UUID:
    """The id an outbox row names (as SQLite stores it) as a UUID."""
    processor = _raw_processor(tbl.c.id)
    return processor(stored_id) if processor else uuid.UUID(stored_id)
