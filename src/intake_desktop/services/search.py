"""Client search as you type: surname prefix, BSN, postcode or birth date.

Every kind of query is answered from an index (``ix_client_search_name``, the unique
BSN index, ``ix_client_postcode``, ``ix_client_birth_date``); nothing scans the table.
The surname key is stored without accents and in lower case, so "mae" finds "Maës".
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from intake_desktop.db.models import Client
from intake_desktop.domain.text import search_key, strip_tussenvoegsel
from intake_desktop.domain.validation import mask_bsn, parse_date
from intake_desktop.services.store import Store

_POSTCODE = re.compile(r"^([1-9]\d{3})\s?([a-zA-Z]{2})(?:\s+(\d+))?$")
_DATE = re.compile(r"^\d{1,2}-\d{1,2}-\d{4}$")
_HIGHEST = "\uffff"

_COLUMNS = (
    Client.id,
    Client.first_names,
    Client.tussenvoegsel,
    Client.surname,
    Client.bsn,
    Client.birth_date,
    Client.postcode,
    Client.house_number,
    Client.city,
)
_BASE = select(*_COLUMNS).where(Client.deleted_at.is_(None))


@dataclass(frozen=True, slots=True)
class ClientHit:
    id: uuid.UUID
    first_names: str
    tussenvoegsel: str | None
    surname: str
    bsn: str | None
    birth_date: date | None
    postcode: str | None
    house_number: str | None
    city: str | None

    @property
    def sort_name(self) -> str:
        """ "Vries, Jan de" as a counter clerk reads a list."""
        tail = " ".join(p for p in (self.first_names, self.tussenvoegsel) if p)
        return f"{self.surname}, {tail}" if tail else self.surname

    @property
    def bsn_masked(self) -> str:
        return mask_bsn(self.bsn)


@dataclass(frozen=True)
class SearchResult:
    kind: str  # leeg, naam, bsn, postcode, geboortedatum
    hits: list[ClientHit]
    truncated: bool


def classify(text: str) -> tuple[str, object]:
    """What the user typed: ("bsn", "999990019"), ("postcode", ("1234AB", "12")), ..."""
    text = " ".join(text.split())
    if not text:
        return "leeg", None
    compact = re.sub(r"[\s.]", "", text)
    if compact.isdigit() and len(compact) in (8, 9):
        return "bsn", compact.zfill(9)
    match = _POSTCODE.match(text)
    if match:
        return "postcode", (match.group(1) + match.group(2).upper(), match.group(3))
    if _DATE.match(text):
        try:
            return "geboortedatum", parse_date(text)
        except ValueError:
            return "leeg", None
    words = strip_tussenvoegsel(search_key(text).split())
    prefix = " ".join(words)
    if not prefix or compact.isdigit():
        return "leeg", None
    return "naam", prefix


def search_clients(store: Store, text: str, limit: int | None = None) -> SearchResult:
    limit = limit or store.config.max_search_results
    kind, value = classify(text)
    if kind == "leeg":
        return SearchResult(kind, [], False)
    stmt = _BASE
    if kind == "naam":
        stmt = stmt.where(Client.search_name >= value, Client.search_name < value + _HIGHEST)
        stmt = stmt.order_by(Client.search_name, Client.first_names)
    elif kind == "bsn":
        stmt = stmt.where(Client.bsn == value)
    elif kind == "postcode":
        postcode, number = value
        stmt = stmt.where(Client.postcode == postcode)
        if number:
            stmt = stmt.where(Client.house_number == number)
        stmt = stmt.order_by(Client.house_number, Client.search_name)
    else:
        stmt = stmt.where(Client.birth_date == value).order_by(Client.search_name)
    with store.engine.connect() as connection:
        rows = connection.execute(stmt.limit(limit + 1)).all()
    hits = [ClientHit(*row) for row in rows[:limit]]
    return SearchResult(kind, hits, len(rows) > limit)
