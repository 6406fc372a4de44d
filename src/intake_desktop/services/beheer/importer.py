"""Importing an existing caseload from a CSV file (format documented in the README).

The whole import is one transaction: valid rows are stored together, or (cancelled,
crashed) none are. Rows whose BSN is already in the store are skipped, so importing
the same file twice creates no duplicates.
"""

from __future__ import annotations

import csv
import io
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import insert, select

from intake_desktop.db.models import AuditEvent, Client
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.roles import BEHEERDER, Actor
from intake_desktop.domain.statuses import ClientStatus
from intake_desktop.domain.text import search_key
from intake_desktop.domain.validation import (
    ClientInput,
    ValidationFailed,
    check_client,
    parse_date,
)
from intake_desktop.services.beheer.errors import (
    ImportCancelled,
    ImportColumnsMissing,
    ImportFileEmpty,
    ImportFileNotCsv,
    ImportFileUnreadable,
    ImportMixedEncoding,
    ImportNotAllowed,
    ImportUnknownEncoding,
)
from intake_desktop.services.core import audit
from intake_desktop.services.core.store import Store

CHUNK = 5000

# CSV header (lower case, without spaces) -> ClientInput field.
COLUMNS = {
    "bsn": "bsn",
    "voornamen": "first_names",
    "tussenvoegsel": "tussenvoegsel",
    "achternaam": "surname",
    "geboortedatum": "birth_date",
    "straat": "street",
    "huisnummer": "house_number",
    "toevoeging": "house_number_suffix",
    "postcode": "postcode",
    "woonplaats": "city",
    "telefoon": "phone",
    "e-mail": "email",
    "email": "email",
    "gemeente": "gemeente_code",
}
# Columns that are not personal data: read beside the ClientInput fields.
EXTRA_COLUMNS = {"uitkering_sinds": "benefit_since"}
REQUIRED = ("bsn", "voornamen", "achternaam", "geboortedatum")
FIELD_LABELS = {
    "bsn": "BSN",
    "first_names": "voornamen",
    "tussenvoegsel": "tussenvoegsel",
    "surname": "achternaam",
    "birth_date": "geboortedatum",
    "street": "straat",
    "house_number": "huisnummer",
    "house_number_suffix": "toevoeging",
    "postcode": "postcode",
    "city": "woonplaats",
    "phone": "telefoon",
    "email": "e-mail",
    "gemeente_code": "gemeente",
    "benefit_since": "uitkering_sinds",
}


@dataclass(frozen=True)
class RowError:
    """A refused CSV line: per column, a message template and what fills it in."""

    line: int
    problems: tuple[tuple[str, str, dict], ...]  # (column, template, params)

    @property
    def message(self) -> str:
        return "; ".join(
            f"{column}: {template.format(**params)}" for column, template, params in self.problems
        )


@dataclass
class ImportReport:
    rows: int = 0
    imported: int = 0
    already_present: int = 0
    errors: list[RowError] = field(default_factory=list)
    encoding: str = ""
    delimiter: str = ""


# A multi-byte UTF-8 sequence: evidence that a file not wholly UTF-8 was meant to be.
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


def _line_of(raw: bytes, position: int) -> int:
    return raw.count(b"\n", 0, position) + 1


def decode(raw: bytes) -> tuple[str, str]:
    """The file's text and its encoding, decided on evidence, never guessed silently:
    UTF-8 (with or without BOM) when all of it is; Windows-1252 when it holds no UTF-8
    at all (older exports); refused when it mixes the two (``ImportMixedEncoding``,
    naming the first line that is not UTF-8) or is neither."""
    try:
        return raw.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError as exc:
        if _UTF8_SEQUENCE.search(raw):
            raise ImportMixedEncoding(line=_line_of(raw, exc.start)) from None
    try:
        return raw.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError as exc:
        raise ImportUnknownEncoding(line=_line_of(raw, exc.start)) from None


def _delimiter(header_line: str) -> str:
    return ";" if header_line.count(";") >= header_line.count(",") else ","


def _header_map(header: list[str]) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for index, name in enumerate(header):
        key = name.strip().lower().replace(" ", "")
        if key in COLUMNS:
            mapping[index] = COLUMNS[key]
        elif key in EXTRA_COLUMNS:
            mapping[index] = EXTRA_COLUMNS[key]
    present = {name.strip().lower().replace(" ", "") for name in header}
    missing = [c for c in REQUIRED if c not in present]
    if missing:
        raise ImportColumnsMissing(columns=", ".join(missing))
    return mapping


def _problems(errors: dict[str, str]) -> tuple[tuple[str, str, dict], ...]:
    return tuple((FIELD_LABELS.get(k, k), v, {}) for k, v in errors.items())


def import_clients(
    store: Store,
    actor: Actor,
    path: Path,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    if not actor.has(BEHEERDER):
        raise audit.refusal(store, actor, ImportNotAllowed())
    try:
        text, encoding = decode(Path(path).read_bytes())
    except OSError as exc:
        raise ImportFileUnreadable(reason=exc.strerror or type(exc).__name__) from None
    first_line = text.split("\n", 1)[0]
    report = ImportReport(encoding=encoding, delimiter=_delimiter(first_line))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=report.delimiter)
    try:
        header = next(reader)
    except StopIteration:
        raise ImportFileEmpty() from None
    mapping = _header_map(header)
    total = max(text.count("\n") - 1, 1)

    try:
        _import_rows(store, actor, path, reader, mapping, report, total, progress, cancelled)
    except csv.Error as exc:
        raise ImportFileNotCsv(reason=str(exc)) from None
    if progress:
        progress(total, total)
    return report


def _import_rows(store, actor, path, reader, mapping, report, total, progress, cancelled):
    gemeenten = {g.code for g in store.config.gemeenten}
    default_gemeente = store.config.default_gemeente.code
    with store.transaction() as session:
        # In server mode the beheerder reads no client row: the server says per chunk
        # which BSNs it has (_drop_known), never the whole list.
        server = store.staff_login
        known = (
            set()
            if server
            else set(session.scalars(select(Client.bsn).where(Client.bsn.is_not(None))))
        )
        seen_in_file: dict[str, int] = {}
        batch: list[dict] = []
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            report.rows += 1
            checked = _checked_row(row, mapping, line, gemeenten)
            if isinstance(checked, RowError):
                report.errors.append(checked)
                continue
            data, since = checked
            if data.bsn in known:
                report.already_present += 1
                continue
            if data.bsn in seen_in_file:
                report.errors.append(_twice(line, seen_in_file[data.bsn]))
                continue
            seen_in_file[data.bsn] = line
            batch.append(_client_row(data, actor, default_gemeente) | {"benefit_since": since})
            if len(batch) >= CHUNK:
                if server:
                    report.already_present += _drop_known(session, batch)
                _flush(session, batch, actor, store.workstation)
                report.imported += len(batch)
                batch.clear()
                if cancelled and cancelled():
                    raise ImportCancelled()
                if progress:
                    progress(min(line, total), total)
        if cancelled and cancelled():
            raise ImportCancelled()
        if server:
            report.already_present += _drop_known(session, batch)
        _flush(session, batch, actor, store.workstation)
        report.imported += len(batch)
        audit.record(
            session,
            actor,
            audit.IMPORT,
            entity="client",
            workstation=store.workstation,
            details={
                "bestand": Path(path).name,
                "regels": report.rows,
                "geimporteerd": report.imported,
                "al_aanwezig": report.already_present,
                "fouten": len(report.errors),
            },
        )


def _checked_row(row: list[str], mapping: dict[int, str], line: int, gemeenten: set[str]):
    """The line's checked client data and benefit date, or the RowError refusing it."""
    values = {f: "" for f in FIELD_LABELS}
    for index, cell in enumerate(row):
        if index in mapping:
            values[mapping[index]] = cell
    since_text = values.pop("benefit_since", "").strip()
    problems: dict[str, str] = {}
    try:
        data = check_client(ClientInput(**values))
    except ValidationFailed as exc:
        problems.update(exc.errors)
    try:
        since = parse_date(since_text) if since_text else None
    except ValueError as exc:
        problems["benefit_since"] = str(exc)
    if problems:
        return RowError(line, _problems(problems))
    if data.gemeente_code and data.gemeente_code not in gemeenten:
        template = QT_TRANSLATE_NOOP("import", "onbekende code '{code}'.")
        return RowError(line, (("gemeente", template, {"code": data.gemeente_code}),))
    return data, since


def _twice(line: int, first: int) -> RowError:
    template = QT_TRANSLATE_NOOP("import", "staat ook al op regel {line} van dit bestand.")
    return RowError(line, (("BSN", template, {"line": first}),))


def _client_row(data, actor: Actor, default_gemeente: str) -> dict:
    now = utcnow()
    return {
        "id": uuid.uuid4(),
        "version": 1,
        "created_at": now,
        "updated_at": now,
        "created_by": actor.staff_id,
        "updated_by": actor.staff_id,
        "bsn": data.bsn,
        "first_names": data.first_names,
        "tussenvoegsel": data.tussenvoegsel,
        "surname": data.surname,
        "search_name": search_key(data.surname),
        "birth_date": data.birth_date,
        "street": data.street,
        "house_number": data.house_number,
        "house_number_suffix": data.house_number_suffix,
        "postcode": data.postcode,
        "city": data.city,
        "phone": data.phone,
        "email": data.email,
        "gemeente_code": data.gemeente_code or default_gemeente,
        "status": ClientStatus.IN_TRAJECT,
    }


def _drop_known(session, batch: list[dict]) -> int:
    """Server mode: leave out the rows whose BSN the server already has (it answers
    for the BSNs asked, db/server/functions.known_bsns); returns how many."""
    from sqlalchemy import text

    present = set(
        session.scalars(
            text("SELECT * FROM intake_security.known_bsns(:b)"), {"b": [r["bsn"] for r in batch]}
        )
    )
    before = len(batch)
    batch[:] = [row for row in batch if row["bsn"] not in present]
    return before - len(batch)


def _flush(session, batch: list[dict], actor: Actor, workstation: str) -> None:
    if not batch:
        return
    # render_nulls: one executemany per chunk, not a new batch whenever a row's set of
    # non-empty columns differs (which made the import four times slower).
    session.execute(insert(Client).execution_options(render_nulls=True), batch)
    now = utcnow()
    session.execute(
        insert(AuditEvent).execution_options(render_nulls=True),
        [
            {
                "id": uuid.uuid4(),
                "occurred_at": now,
                "staff_id": actor.staff_id,
                "username": actor.username,
                "roles": actor.roles_text,
                "action": audit.CREATE,
                "entity": "client",
                "entity_id": row["id"],
                "client_id": row["id"],
                "details": {"bron": "import"},
                "workstation": workstation,
            }
            for row in batch
        ],
    )
