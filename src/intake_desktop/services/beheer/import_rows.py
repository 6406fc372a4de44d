"""The lines of a caseload file checked one by one: a client ready to store, or the
reason the line is refused (per column, in Dutch)."""

from __future__ import annotations

import csv
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.roles import Actor
from intake_desktop.domain.statuses import ClientStatus
from intake_desktop.domain.text import search_key
from intake_desktop.domain.validation import (
    ClientInput,
    ValidationFailed,
    check_client,
    parse_date,
)
from intake_desktop.services.beheer.errors import ImportColumnsMissing
from intake_desktop.services.beheer.import_file import MAX_LINE

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


def header_map(header: list[str]) -> dict[int, str]:
    """Column number -> field; refuses a header without the required columns."""

    def key(name: str) -> str:
        return name.strip().lower().replace(" ", "").removeprefix("\ufeff")

    mapping: dict[int, str] = {}
    for index, name in enumerate(header):
        if key(name) in COLUMNS:
            mapping[index] = COLUMNS[key(name)]
        elif key(name) in EXTRA_COLUMNS:
            mapping[index] = EXTRA_COLUMNS[key(name)]
    present = {key(name) for name in header}
    missing = [c for c in REQUIRED if c not in present]
    if missing:
        raise ImportColumnsMissing(columns=", ".join(missing))
    return mapping


def _problems(errors: dict[str, str]) -> tuple[tuple[str, str, dict], ...]:
    return tuple((FIELD_LABELS.get(k, k), v, {}) for k, v in errors.items())


def checked_row(row: list[str], mapping: dict[int, str], line: int, gemeenten: set[str]):
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


def twice(line: int, first: int) -> RowError:
    template = QT_TRANSLATE_NOOP("import", "staat ook al op regel {line} van dit bestand.")
    return RowError(line, (("BSN", template, {"line": first}),))


def client_row(data, actor: Actor, default_gemeente: str) -> dict:
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


def too_long(line: int) -> RowError:
    template = QT_TRANSLATE_NOOP(
        "import", "de regel is langer dan {most} tekens en is niet gelezen."
    )
    return RowError(line, (("regel", template, {"most": MAX_LINE}),))


def not_csv(line: int) -> RowError:
    template = QT_TRANSLATE_NOOP(
        "import", "geen geldige CSV (een aanhalingsteken dat niet sluit of een te lang veld)."
    )
    return RowError(line, (("regel", template, {}),))


class Batches:
    """The file's valid, new clients in lists of ``size`` rows; refused lines go to the
    report as they are met. ``known``: BSNs the store already has (left out)."""

    def __init__(self, store, actor, reader, stream, mapping, report, size):
        self.actor, self.reader, self.stream = actor, reader, stream
        self.mapping, self.report, self.size = mapping, report, size
        self.gemeenten = {g.code for g in store.config.gemeenten}
        self.default_gemeente = store.config.default_gemeente.code
        self.known: set[str] = set()
        self._long_reported = 0

    def _report_long_lines(self) -> None:
        while self._long_reported < len(self.stream.too_long):
            self.report.rows += 1
            self.report.refuse(too_long(self.stream.too_long[self._long_reported]))
            self._long_reported += 1

    def _rows(self) -> Iterator[tuple[int, list[str]]]:
        while True:
            try:
                row = next(self.reader)
            except StopIteration:
                return
            except csv.Error:  # an unclosed quote, a field of garbage: that line only
                self.report.rows += 1
                self.report.refuse(not_csv(self.reader.line_num))
                continue
            self._report_long_lines()
            if any(cell.strip() for cell in row):
                yield self.reader.line_num, row

    def __iter__(self) -> Iterator[list[dict]]:
        report = self.report
        seen_in_file: dict[str, int] = {}
        batch: list[dict] = []
        for line, row in self._rows():
            report.rows += 1
            checked = checked_row(row, self.mapping, line, self.gemeenten)
            if isinstance(checked, RowError):
                report.refuse(checked)
                continue
            data, since = checked
            if data.bsn in self.known:
                report.already_present += 1
            elif data.bsn in seen_in_file:
                report.refuse(twice(line, seen_in_file[data.bsn]))
            else:
                seen_in_file[data.bsn] = line
                row_data = client_row(data, self.actor, self.default_gemeente)
                batch.append(row_data | {"benefit_since": since})
                if len(batch) >= self.size:
                    yield batch
                    batch = []
        self._report_long_lines()
        if batch:
            yield batch
