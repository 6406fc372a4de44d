"""A small schema check for the TOML files in ``resources/config``.

Errors name the file and the line, in Dutch, so a functioneel beheerder can fix a
file without reading code. (TOML parse errors carry their own line number.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any


class ConfigError(Exception):
    def __init__(self, path: Path, line: int | None, message: str):
        where = f"{path.name}, regel {line}" if line else path.name
        super().__init__(f"Fout in configuratiebestand {where}: {message}")
        self.path = path
        self.line = line


@dataclass(frozen=True)
class Field:
    kind: type | tuple[type, ...]
    required: bool = True
    minimum: int | None = None
    maximum: int | None = None
    non_empty: bool = True
    choices: tuple = ()
    max_length: int | None = None


@dataclass(frozen=True)
class Table:
    fields: dict[str, Any]


@dataclass(frozen=True)
class ArrayOf:
    item: Any
    min_items: int = 0


@dataclass(frozen=True)
class ListOf:
    kind: type
    min_items: int = 0


_KIND_NAMES = {int: "een geheel getal", str: "tekst", bool: "true of false", float: "een getal"}


def _kind_name(kind) -> str:
    if isinstance(kind, tuple):
        return " of ".join(_KIND_NAMES.get(k, k.__name__) for k in kind)
    return _KIND_NAMES.get(kind, kind.__name__)


def line_of(text: str, path: list[str | int]) -> int | None:
    """Best-effort line number of a key path such as ["gemeente", 1, "naam"]."""
    pos, line_found = 0, None
    table = ""
    for i, part in enumerate(path):
        if isinstance(part, int):
            headers = [m for m in re.finditer(rf"^\s*\[\[\s*{re.escape(table)}\s*\]\]", text, re.M)]
            if part < len(headers):
                pos = headers[part].end()
                line_found = text.count("\n", 0, headers[part].start()) + 1
            continue
        next_is_index = i + 1 < len(path) and isinstance(path[i + 1], int)
        if next_is_index:
            table = part
            continue
        m = re.compile(rf"^\s*({re.escape(part)}\s*=|\[+\s*{re.escape(part)}\s*\]+)", re.M).search(
            text, pos
        )
        if m:
            pos = m.end()
            line_found = text.count("\n", 0, m.start()) + 1
    return line_found


def unique_codes(items: list[dict], path: Path, text: str, table: str) -> None:
    seen: set[str] = set()
    for index, item in enumerate(items):
        if item["code"] in seen:
            raise ConfigError(
                path,
                line_of(text, [table, index, "code"]),
                f"de code '{item['code']}' komt twee keer voor.",
            )
        seen.add(item["code"])


def check(data: Any, spec: Any, path: Path, text: str, where: list | None = None) -> None:
    where = where or []

    def fail(message: str, at: list) -> None:
        raise ConfigError(path, line_of(text, at), message)

    label = ".".join(str(p) for p in where) or "het bestand"
    if isinstance(spec, Table):
        if not isinstance(data, dict):
            fail(f"'{label}' moet een tabel zijn.", where)
        for key in data:
            if key not in spec.fields:
                known = ", ".join(sorted(spec.fields))
                fail(f"onbekende sleutel '{key}'. Toegestaan: {known}.", [*where, key])
        for key, sub in spec.fields.items():
            if key not in data:
                required = getattr(sub, "required", True) if isinstance(sub, Field) else True
                if isinstance(sub, ArrayOf | ListOf) and sub.min_items == 0:
                    required = False
                if required:
                    fail(f"de sleutel '{key}' ontbreekt in '{label}'.", where)
                continue
            check(data[key], sub, path, text, [*where, key])
    elif isinstance(spec, ArrayOf):
        if not isinstance(data, list):
            fail(f"'{label}' moet een lijst van tabellen zijn ([[{where[-1]}]]).", where)
        if len(data) < spec.min_items:
            fail(f"'{label}' heeft minstens {spec.min_items} item(s) nodig.", where)
        for i, item in enumerate(data):
            check(item, spec.item, path, text, [*where, i])
    elif isinstance(spec, ListOf):
        if not isinstance(data, list) or not all(isinstance(v, spec.kind) for v in data):
            fail(f"'{label}' moet een lijst met {_kind_name(spec.kind)} zijn.", where)
        if len(data) < spec.min_items:
            fail(f"'{label}' heeft minstens {spec.min_items} item(s) nodig.", where)
    elif isinstance(spec, Field):
        kind = spec.kind
        if isinstance(data, bool) and kind is int or not isinstance(data, kind):
            fail(f"'{label}' moet {_kind_name(kind)} zijn.", where)
        if isinstance(data, str) and spec.non_empty and not data.strip():
            fail(f"'{label}' mag niet leeg zijn.", where)
        if spec.max_length is not None and isinstance(data, str) and len(data) > spec.max_length:
            fail(f"'{label}' mag hoogstens {spec.max_length} tekens hebben.", where)
        if spec.choices and data not in spec.choices:
            options = ", ".join(f"'{c}'" for c in spec.choices)
            fail(f"'{label}' moet een van deze waarden zijn: {options}.", where)
        if spec.minimum is not None and data < spec.minimum:
            fail(f"'{label}' moet minstens {spec.minimum} zijn.", where)
        if spec.maximum is not None and data > spec.maximum:
            fail(f"'{label}' mag hoogstens {spec.maximum} zijn.", where)
