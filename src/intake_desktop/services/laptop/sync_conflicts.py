"""The conflicts a synchronisation found, shown as base, mine and theirs, and the
klantmanager's choice per conflict applied to the server. No Qt."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, insert, select

from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.roles import Actor
from intake_desktop.domain.validation import format_date, format_moment, mask_bsn
from intake_desktop.services.core import audit
from intake_desktop.services.core.store import Store
from intake_desktop.services.laptop.checkout import set_capturing
from intake_desktop.services.laptop.client_copy import copy_clients, remove_clients
from intake_desktop.services.laptop.errors import (
    AlreadyOnServer,
    ConflictChangedAgain,
    ConflictSolved,
    KickoffStillFull,
)
from intake_desktop.services.laptop.sync_merge import (
    FOLLOWS,
    kickoff_full,
    update_row,
    whole,
)
from intake_desktop.services.laptop.sync_plan import (
    canonical,
    encode_parts,
    open_plan_row,
    plan_parts,
    replace_parts,
)
from intake_desktop.services.laptop.sync_rows import PLAN_FIELD, decode, encode, table

MINE, THEIRS = "mine", "theirs"
RESOLVE = "conflict_opgelost"

# What a klantmanager sees for a table and a field; other fields show their own name.
TABLE_LABELS = {
    "client": QT_TRANSLATE_NOOP("sync", "Persoonsgegevens"),
    "household": QT_TRANSLATE_NOOP("sync", "Huishouden"),
    "appointment": QT_TRANSLATE_NOOP("sync", "Afspraak"),
    "task": QT_TRANSLATE_NOOP("sync", "Taak"),
    "note": QT_TRANSLATE_NOOP("sync", "Notitie"),
    "trajectplan": QT_TRANSLATE_NOOP("sync", "Trajectplan"),
    "trajectplan_versie": QT_TRANSLATE_NOOP("sync", "Ondertekend trajectplan"),
    "aanmelding": QT_TRANSLATE_NOOP("sync", "Aanmelding"),
    "intake_record": QT_TRANSLATE_NOOP("sync", "Gesprek"),
    "klantgroep_keuze": QT_TRANSLATE_NOOP("sync", "Klantgroep"),
    "kickoff_booking": QT_TRANSLATE_NOOP("sync", "Kick-off"),
}
FIELD_LABELS = {
    "bsn": QT_TRANSLATE_NOOP("sync", "BSN"),
    "first_names": QT_TRANSLATE_NOOP("sync", "Voornamen"),
    "tussenvoegsel": QT_TRANSLATE_NOOP("sync", "Tussenvoegsel"),
    "surname": QT_TRANSLATE_NOOP("sync", "Achternaam"),
    "birth_date": QT_TRANSLATE_NOOP("sync", "Geboortedatum"),
    "street": QT_TRANSLATE_NOOP("sync", "Straat"),
    "house_number": QT_TRANSLATE_NOOP("sync", "Huisnummer"),
    "house_number_suffix": QT_TRANSLATE_NOOP("sync", "Toevoeging"),
    "postcode": QT_TRANSLATE_NOOP("sync", "Postcode"),
    "city": QT_TRANSLATE_NOOP("sync", "Woonplaats"),
    "phone": QT_TRANSLATE_NOOP("sync", "Telefoon"),
    "email": QT_TRANSLATE_NOOP("sync", "E-mail"),
    "status": QT_TRANSLATE_NOOP("sync", "Status"),
    "klantmanager_id": QT_TRANSLATE_NOOP("sync", "Klantmanager"),
    "klantgroep": QT_TRANSLATE_NOOP("sync", "Klantgroep"),
    "starts_at": QT_TRANSLATE_NOOP("sync", "Begint om"),
    "ends_at": QT_TRANSLATE_NOOP("sync", "Eindigt om"),
    "location": QT_TRANSLATE_NOOP("sync", "Plaats"),
    "staff_id": QT_TRANSLATE_NOOP("sync", "Medewerker"),
    "at_home": QT_TRANSLATE_NOOP("sync", "Bij de klant thuis"),
    "doelperspectief": QT_TRANSLATE_NOOP("sync", "Doelperspectief"),
    "afspraken_klant": QT_TRANSLATE_NOOP("sync", "Afspraken klant"),
    "afspraken_gemeente": QT_TRANSLATE_NOOP("sync", "Afspraken gemeente"),
    "next_progress_talk_on": QT_TRANSLATE_NOOP("sync", "Volgend voortgangsgesprek"),
    "version_no": QT_TRANSLATE_NOOP("sync", "Versie"),
    "title": QT_TRANSLATE_NOOP("sync", "Taak"),
    "due_at": QT_TRANSLATE_NOOP("sync", "Uiterlijk"),
    "assigned_to": QT_TRANSLATE_NOOP("sync", "Toegewezen aan"),
    "done_at": QT_TRANSLATE_NOOP("sync", "Afgehandeld op"),
    "done_by": QT_TRANSLATE_NOOP("sync", "Afgehandeld door"),
    "deleted_at": QT_TRANSLATE_NOOP("sync", "Verwijderd op"),
    PLAN_FIELD: QT_TRANSLATE_NOOP("sync", "Doelen en activiteiten"),
    "*": QT_TRANSLATE_NOOP("sync", "De hele regel"),
}
KIND_TEXTS = {
    "removed_here": (
        QT_TRANSLATE_NOOP("sync", "verwijderd op de laptop"),
        QT_TRANSLATE_NOOP("sync", "gewijzigd op de server"),
    ),
    "removed_there": (
        QT_TRANSLATE_NOOP("sync", "gewijzigd op de laptop"),
        QT_TRANSLATE_NOOP("sync", "verwijderd op de server"),
    ),
    "refused": (
        QT_TRANSLATE_NOOP("sync", "toegevoegd op de laptop"),
        QT_TRANSLATE_NOOP("sync", "de server weigerde dit (bijvoorbeeld al aanwezig)"),
    ),
    "full": (
        QT_TRANSLATE_NOOP("sync", "aangemeld voor de kick-off op de laptop"),
        QT_TRANSLATE_NOOP("sync", "de kick-off is intussen vol"),
    ),
}
EMPTY = QT_TRANSLATE_NOOP("sync", "(leeg)")
YES, NO = QT_TRANSLATE_NOOP("sync", "ja"), QT_TRANSLATE_NOOP("sync", "nee")


@dataclass(frozen=True)
class ConflictView:
    """One open conflict. Texts are Dutch source texts or plain values: the screen
    translates the labels (``tr_domain``) and shows the values as they are."""

    id: uuid.UUID
    client_id: uuid.UUID | None
    client_name: str
    what: str  # table label
    field: str  # field label
    kind: str
    base: str
    mine: str
    theirs: str


def _text(value, staff: dict) -> str:
    if value is None or value == "":
        return EMPTY
    if isinstance(value, bool):
        return YES if value else NO
    if isinstance(value, uuid.UUID):
        return staff.get(value, value.hex[:8])
    if isinstance(value, datetime):
        return format_moment(value)
    if isinstance(value, date):
        return format_date(value)
    return str(value)


def _parts_text(parts: dict) -> str:
    """Goals as lines: "1. werk: description (status, dd-mm-jjjj)", activities below."""
    goals = sorted(
        ({k: decode(v) for k, v in g.items()} for g in parts.get("goals", [])),
        key=lambda g: g["position"],
    )
    acts = [{k: decode(v) for k, v in a.items()} for a in parts.get("activities", [])]
    lines = []
    for n, goal in enumerate((g for g in goals if g.get("deleted_at") is None), start=1):
        due = f", {format_date(goal['due_on'])}" if goal.get("due_on") else ""
        lines.append(f"{n}. {goal['domain_code']}: {goal['description']} ({goal['status']}{due})")
        for act in sorted(
            (a for a in acts if a["goal_id"] == goal["id"]), key=lambda a: a["position"]
        ):
            lines.append(f"   - {act['service_code']}: {act['description']} ({act['status']})")
    return "\n".join(lines) or EMPTY


def _row_text(table_name: str, wrapped: dict | None, staff: dict) -> str:
    """A whole row as lines "Gegeven: waarde" (only what a person would read)."""
    row = _decoded_row(wrapped or {})
    if row is None or table_name not in TABLE_LABELS:
        return ""
    skip = {"id", "version", "created_at", "created_by", "updated_at", "updated_by",
            "client_id", "search_name", "plan_id", "goal_id", "pdf", "details", "bsn"}  # fmt: skip
    return "\n".join(
        f"{FIELD_LABELS.get(k, k)}: {_text(v, staff)}"
        for k, v in row.items()
        if k not in skip and v not in (None, "")
    )


def _side_text(conflict, side: str, staff: dict) -> str:
    value = getattr(conflict, side)
    if conflict.kind == "field":
        if conflict.field == "bsn":  # never in full where it is not needed
            return mask_bsn(decode(value)) or EMPTY
        return _text(decode(value), staff)
    if conflict.kind == "parts":
        return _parts_text(value)
    if conflict.kind == "plan":
        plan = _decoded_row(value) if value else None
        if plan is None:
            return EMPTY if side != "base" else ""
        return f"{plan.get('doelperspectief') or ''}\n\n{_parts_text(value)}".strip()
    texts = KIND_TEXTS.get(conflict.kind)
    if side == "base":
        return _row_text(conflict.table_name, value, staff)
    label = texts[0] if side == "mine" else texts[1]
    content = _row_text(conflict.table_name, value, staff)
    return f"{label}\n\n{content}" if content else label


def open_conflicts(laptop: Store) -> list[ConflictView]:
    from intake_desktop.db.models import Staff, SyncConflict

    with laptop.reading() as session:
        staff = {s.id: s.display_name for s in session.scalars(select(Staff))}
        rows = session.scalars(
            select(SyncConflict)
            .where(SyncConflict.resolved_at.is_(None))
            .order_by(SyncConflict.found_at, SyncConflict.table_name, SyncConflict.field)
        ).all()
        return [
            ConflictView(
                id=row.id,
                client_id=row.client_id,
                client_name=row.client_name,
                what=TABLE_LABELS.get(row.table_name, row.table_name),
                field=FIELD_LABELS.get(row.field, row.field),
                kind=row.kind,
                base=_side_text(row, "base", staff),
                mine=_side_text(row, "mine", staff),
                theirs=_side_text(row, "theirs", staff),
            )
            for row in rows
        ]


def _decoded_row(wrapped: dict) -> dict | None:
    row = wrapped.get("row")
    return {k: decode(v) for k, v in row.items()} if row else None


def resolve(
    server: Store, laptop: Store, actor: Actor, conflict_id: uuid.UUID, choice: str
) -> None:
    """Apply the klantmanager's choice. "theirs" keeps the server as it is; "mine" writes
    the laptop's value, unless the server changed that value again meanwhile (then the
    conflict shows the new value and asks again)."""
    from intake_desktop.db.models import SyncConflict

    if choice not in (MINE, THEIRS):
        raise ValueError(choice)
    with laptop.reading() as session:
        conflict = session.get(SyncConflict, conflict_id)
        if conflict is None or conflict.resolved_at is not None:
            raise ConflictSolved()
    tbl = table(conflict.table_name) if conflict.table_name != PLAN_FIELD else None
    newer = None
    with server.transaction() as session:
        connection = session.connection()
        if choice == MINE:
            newer = _apply_mine(connection, conflict, tbl, actor)
        if newer is None:
            audit.record(
                session,
                actor,
                RESOLVE,
                workstation=server.workstation,
                client_id=conflict.client_id,
                entity=conflict.table_name,
                entity_id=conflict.row_id,
                details={"veld": conflict.field, "keuze": choice},
            )
    with laptop.transaction() as session:
        row = session.get(SyncConflict, conflict_id)
        if newer is not None:
            row.theirs = newer
        else:
            # Decided: the audit on the server keeps the choice; the laptop keeps no
            # copy of the data (a lost laptop exposes as little as possible).
            session.delete(row)
    if newer is not None:
        raise ConflictChangedAgain()
    _refresh_client(server, laptop, actor, conflict.client_id)


def _apply_mine(connection, conflict, tbl, actor: Actor) -> dict | None:
    """Write the laptop's side; returns the server's newer value when it moved on."""
    if conflict.kind == "parts":
        now_there = plan_parts(connection, conflict.row_id)
        if canonical(*now_there) != canonical(*_decoded_parts(conflict.theirs)):
            return encode_parts(*now_there)
        replace_parts(connection, conflict.row_id, *_decoded_parts(conflict.mine))
        return None
    if conflict.kind == "plan":
        return _apply_mine_plan(connection, conflict, actor)
    current = connection.execute(select(tbl).where(tbl.c.id == conflict.row_id)).mappings().first()
    current = dict(current) if current else None
    if conflict.kind == "field":
        if current is None:
            return None
        if current[conflict.field] != decode(conflict.theirs):
            return encode(current[conflict.field])
        changes = {conflict.field: decode(conflict.mine)}
        for (name, follower), leader in FOLLOWS.items():
            if name == conflict.table_name and leader == conflict.field:
                changes[follower] = _follow(follower, changes[conflict.field])
        update_row(connection, tbl, current, changes, {"updated_by": actor.staff_id})
    elif conflict.kind == "removed_here":
        if current is not None:
            connection.execute(delete(tbl).where(tbl.c.id == conflict.row_id))
    elif conflict.kind in ("removed_there", "refused", "full"):
        mine = _decoded_row(conflict.mine)
        if mine is None or current is not None:
            raise AlreadyOnServer()
        if conflict.kind == "full" and kickoff_full(connection, mine["session_id"]):
            raise KickoffStillFull()
        connection.execute(insert(tbl).values(**mine))
    return None


def _decoded_parts(wrapped: dict) -> tuple[list[dict], list[dict]]:
    return (
        [{k: decode(v) for k, v in g.items()} for g in wrapped.get("goals", [])],
        [{k: decode(v) for k, v in a.items()} for a in wrapped.get("activities", [])],
    )


def _apply_mine_plan(connection, conflict, actor: Actor) -> dict | None:
    """The laptop's plan replaces the text and goals of the server's open plan (or
    becomes the plan, when the server has none open any more)."""
    plans = table("trajectplan")
    mine = _decoded_row(conflict.mine)
    theirs = _decoded_row(conflict.theirs)
    goals, acts = _decoded_parts(conflict.mine)
    current = open_plan_row(connection, mine["client_id"])
    if current is None:
        connection.execute(insert(plans).values(**mine))
        replace_parts(connection, mine["id"], goals, acts)
        return None
    if theirs is None or current["version"] != theirs["version"]:
        return {**whole(current), **encode_parts(*plan_parts(connection, current["id"]))}
    text = ("doelperspectief", "afspraken_klant", "afspraken_gemeente", "next_progress_talk_on")
    update_row(
        connection,
        plans,
        current,
        {k: mine[k] for k in text},
        {"updated_by": actor.staff_id},
    )
    goals = [{**g, "plan_id": current["id"]} for g in goals]
    replace_parts(connection, current["id"], goals, acts)
    return None


def _follow(follower: str, value):
    if follower == "search_name":
        from intake_desktop.domain.text import search_key

        return search_key(value)
    return value


def _refresh_client(server: Store, laptop: Store, actor: Actor, client_id) -> None:
    """A client still on the laptop shows the outcome at once."""
    from intake_desktop.db.models import Client, OutboxEntry

    if client_id is None:
        return
    with laptop.reading() as session:
        if session.get(Client, client_id) is None:
            return
        if session.scalar(select(OutboxEntry.seq).limit(1)) is not None:
            return  # changes still to push: the next synchronisation refreshes
    with server.reading() as session, laptop.transaction() as local:
        target = local.connection()
        set_capturing(target, False)
        remove_clients(target, [client_id])
        copy_clients(session.connection(), target, [client_id])
        set_capturing(target, True)
