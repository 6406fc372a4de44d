"""Client search as you type: surname prefix, BSN, postcode or birth date.

Every kind of query is answered from an index that also gives the display order
(``ix_client_search_name``, the unique BSN index, ``ix_client_postcode_house``,
``ix_client_birth_name``); nothing scans or sorts the table.
The surname key is stored without accents and in lower case, so "mae" finds "Maës".
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Integer, String, bindparam, select, text, type_coerce

from intake_desktop.db.models import Client
from intake_desktop.domain.roles import Actor
from intake_desktop.domain.text import search_key, strip_tussenvoegsel
from intake_desktop.domain.validation import mask_bsn, parse_date
from intake_desktop.services.core import access, audit
from intake_desktop.services.core.store import Store

_POSTCODE = re.compile(r"^([1-9]\d{3})\s?([a-zA-Z]{2})(?:\s+(\d+))?$")
_DATE = re.compile(r"^\d{1,2}-\d{1,2}-\d{4}$")
_HIGHEST = "\uffff"

# The id and birth date come back as the driver gives them (on SQLite: text); ClientHit
# converts them only when asked. Converting 50 rows on every keystroke was half the
# cost of a search. type_coerce changes no SQL.
_COLUMNS = (
    type_coerce(Client.id, String).label("id"),
    Client.first_names,
    Client.tussenvoegsel,
    Client.surname,
    Client.bsn,
    type_coerce(Client.birth_date, String).label("birth_date"),
    Client.postcode,
    Client.house_number,
    Client.city,
)
_BASE = select(*_COLUMNS).where(Client.deleted_at.is_(None))
_LIMIT = bindparam("n", type_=Integer)

# Built once and reused: SQLAlchemy then finds its compiled form in the cache at once,
# instead of building and matching a new statement on every keystroke.
_STATEMENTS = {
    "naam": _BASE.where(Client.search_name >= bindparam("lo"), Client.search_name < bindparam("hi"))
    .order_by(Client.search_name, Client.first_names)
    .limit(_LIMIT),
    "bsn": _BASE.where(Client.bsn == bindparam("bsn")).limit(_LIMIT),
    "postcode": _BASE.where(Client.postcode == bindparam("postcode"))
    .order_by(Client.house_number, Client.search_name)
    .limit(_LIMIT),
    "postcode_huisnummer": _BASE.where(
        Client.postcode == bindparam("postcode"), Client.house_number == bindparam("number")
    )
    .order_by(Client.house_number, Client.search_name)
    .limit(_LIMIT),
    "geboortedatum": _BASE.where(Client.birth_date == bindparam("born"))
    .order_by(Client.search_name)
    .limit(_LIMIT),
}


class ClientHit:
    """One search result. ``id`` and ``birth_date`` may be given as stored text."""

    __slots__ = (
        "_id",
        "first_names",
        "tussenvoegsel",
        "surname",
        "bsn_masked",
        "_birth_date",
        "postcode",
        "house_number",
        "city",
    )

    def __init__(
        self,
        id,
        first_names: str,
        tussenvoegsel: str | None,
        surname: str,  # noqa: A002
        bsn: str | None,
        birth_date,
        postcode: str | None,
        house_number: str | None,
        city: str | None,
    ):
        self._id, self.first_names, self.tussenvoegsel = id, first_names, tussenvoegsel
        # A result list never carries a full BSN: "Toon BSN" in the dossier does (audited).
        self.surname, self.bsn_masked, self._birth_date = surname, mask_bsn(bsn), birth_date
        self.postcode, self.house_number, self.city = postcode, house_number, city

    @property
    def id(self) -> uuid.UUID:
        return self._id if isinstance(self._id, uuid.UUID) else uuid.UUID(self._id)

    @property
    def birth_date(self) -> date | None:
        value = self._birth_date
        return date.fromisoformat(value) if isinstance(value, str) else value

    def __repr__(self) -> str:
        return f"ClientHit({self.sort_name!r})"

    @property
    def sort_name(self) -> str:
        """ "Vries, Jan de" as a counter clerk reads a list."""
        tail = " ".join(p for p in (self.first_names, self.tussenvoegsel) if p)
        return f"{self.surname}, {tail}" if tail else self.surname


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
    # "Vries, Jan de" as the result list shows it: the part before the comma.
    words = strip_tussenvoegsel(search_key(text.split(",", 1)[0]).split())
    prefix = " ".join(words)
    if not prefix or compact.isdigit():
        return "leeg", None
    return "naam", prefix


def _statement(kind: str, value) -> tuple:
    if kind == "naam":
        return _STATEMENTS["naam"], {"lo": value, "hi": value + _HIGHEST}
    if kind == "bsn":
        return _STATEMENTS["bsn"], {"bsn": value}
    if kind == "postcode":
        postcode, number = value
        if number:
            return _STATEMENTS["postcode_huisnummer"], {"postcode": postcode, "number": number}
        return _STATEMENTS["postcode"], {"postcode": postcode}
    return _STATEMENTS["geboortedatum"], {"born": value}


# Server mode: a role reads whole client rows only within its reach (row-level
# security); the search list comes from the server's own function, BSN masked there.
_SERVER = text("SELECT * FROM intake_security.search_clients(:kind, :a, :b, :n)")


def _server_params(kind: str, value) -> dict:
    if kind == "postcode":
        postcode, number = value
        return {"kind": kind, "a": postcode, "b": number or None}
    if kind == "naam":
        return {"kind": kind, "a": value, "b": value + _HIGHEST}
    if kind == "geboortedatum":
        return {"kind": kind, "a": value.isoformat(), "b": None}
    return {"kind": kind, "a": value, "b": None}


def search_clients(store: Store, actor: Actor, text: str, limit: int | None = None) -> SearchResult:
    """The clients matching ``text`` (BSNs masked). Only a role with ``zoeken`` in
    toegang.toml searches; each search is audited with its kind and number of hits,
    never the text typed."""
    if not access.may_search(store, actor):
        audit.record_standalone(store, actor, audit.REFUSED, details={"handeling": "zoeken"})
        raise access.SearchNotAllowed()
    limit = limit or store.config.max_search_results
    kind, value = classify(text)
    if kind == "leeg":
        return SearchResult(kind, [], False)
    if store.staff_login:
        statement, params = _SERVER, _server_params(kind, value)
    else:
        statement, params = _statement(kind, value)
    params["n"] = limit + 1
    with store.quick_read() as connection:
        rows = connection.execute(statement, params).all()
    hits = [ClientHit(*row) for row in rows[:limit]]
    audit.record_quick(store, actor, audit.SEARCH, {"soort": kind, "treffers": len(hits)})
    return SearchResult(kind, hits, len(rows) > limit)
