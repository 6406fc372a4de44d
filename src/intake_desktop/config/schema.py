"""The shared checker: a TOML file read into a frozen dataclass that is its schema.

Each field of the dataclass is one key of the file:

- its name is the key, unless ``key(toml=...)`` names it; a dotted name such as
  ``"vergrendeling.minuten_inactief"`` is a key inside the table ``[vergrendeling]``;
- its annotation is the kind of value: ``str``, ``int``, ``float``, ``bool``,
  ``Literal[...]`` (the allowed values), ``tuple[str, ...]`` (a list), a dataclass (a
  table) or ``tuple[SomeDataclass, ...]`` (an array of tables); ``X | None`` is X, left
  out;
- a default makes it optional; without one the file must have it;
- ``key(...)`` adds the limits (``minimum``, ``max_length``, ``min_items``, ``unique``).

A module may give the limits of a dataclass it does not own (a rule type from
``domain/``) in ``keys``. What a file says of other files is checked in
``references.py``. Errors name the file and the line, in Dutch, so a functioneel
beheerder can fix a file without reading code.
"""

from __future__ import annotations

import re
import tomllib
import types
import typing
from collections.abc import Mapping
from dataclasses import MISSING, dataclass, field, fields, is_dataclass
from functools import cache
from pathlib import Path
from typing import Any, Generic, Literal, NamedTuple, NoReturn, TypeVar

T = TypeVar("T")


class ConfigError(Exception):
    def __init__(self, path: Path, line: int | None, message: str):
        where = f"{path.name}, regel {line}" if line else path.name
        super().__init__(f"Fout in configuratiebestand {where}: {message}")
        self.path = path
        self.line = line


@dataclass(frozen=True)
class Key:
    """The limits of one key."""

    toml: str | None = None  # its (dotted) name in the file, when not the field's name
    minimum: int | None = None
    maximum: int | None = None
    max_length: int | None = None
    empty_ok: bool = False  # text may be empty
    min_items: int = 0  # of a list or an array of tables
    unique: str | None = None  # in an array of tables: the key no two items share
    derived: bool = False  # not in the file: filled in after the check


def key(default: Any = MISSING, **limits: Any) -> Any:
    """A dataclass field with limits: ``code: str = key(max_length=64)``. One per field."""
    return field(default=default, metadata={"key": Key(**limits)})


Keys = Mapping[type, Mapping[str, Key]]


class Source:
    """A file's path and text, for errors that name the line."""

    __slots__ = ("path", "text")

    def __init__(self, path: Path, text: str):
        self.path, self.text = path, text

    def fail(self, where: list[str | int] | None, message: str) -> NoReturn:
        raise ConfigError(self.path, line_of(self.text, where) if where else None, message)


class Loaded(NamedTuple, Generic[T]):
    """A file as read: its dataclass, and its source for the line numbers."""

    data: T
    source: Source


def line_of(text: str, path: list[str | int]) -> int | None:
    """Best-effort line number of a key path such as ["route", 1, "taak", 0, "titel"]."""
    pos, line_found = 0, None
    tables: list[str] = []  # the tables the path is in, for "[[route.taak]]"
    for i, part in enumerate(path):
        if isinstance(part, int):
            header = re.compile(rf"^\s*\[\[\s*{re.escape('.'.join(tables))}\s*\]\]", re.M)
            headers = list(header.finditer(text, pos))
            if part < len(headers):
                pos = headers[part].end()
                line_found = _line(text, headers[part].start())
                continue
            # An inline array, one table a line: ``stappen = [ { code = ... }, ... ]``.
            found = _key(tables[-1]).search(text, pos) if tables else None
            if found:
                array = re.split(r"^\s*\]", text[found.end() :], maxsplit=1, flags=re.M)[0]
                items = list(re.finditer(r"^\s*\{", array, re.M))
                if part < len(items):
                    line_found = _line(text, found.end() + items[part].start())
            return line_found
        tables.append(part)
        if i + 1 < len(path) and isinstance(path[i + 1], int):
            continue
        m = _key(part).search(text, pos)
        if m:
            pos = m.end()
            line_found = _line(text, m.start())
    return line_found


def _key(name: str) -> re.Pattern:
    return re.compile(rf"^\s*({re.escape(name)}\s*=|\[+\s*{re.escape(name)}\s*\]+)", re.M)


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def read(path: Path, cls: type[T], keys: Keys | None = None) -> Loaded[T]:
    """The file checked against ``cls`` and built as one; raises ConfigError."""
    if not path.exists():
        raise ConfigError(path, None, "het bestand ontbreekt.")
    text = path.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"line (\d+)", str(exc))
        line = getattr(exc, "lineno", None) or (int(found.group(1)) if found else None)
        raise ConfigError(path, line, f"de opmaak klopt niet ({exc}).") from None
    source = Source(path, text)
    return Loaded(_Reader(source, keys or {}).table(cls, data, []), source)


# -- what the fields ask for ------------------------------------------------------------


class _Value:  # one value: its type(s), and the allowed values
    __slots__ = ("kind", "choices")

    def __init__(self, kind: type | tuple[type, ...], choices: tuple = ()):
        self.kind, self.choices = kind, choices


class _Table:  # a table built as a dataclass
    __slots__ = ("cls",)

    def __init__(self, cls: type):
        self.cls = cls


class _List:  # a list of values, or an array of tables
    __slots__ = ("item",)

    def __init__(self, item: _Value | _Table):
        self.item = item


class _Entry:  # one field: where its value is in the file, and what it must be
    __slots__ = ("name", "kind", "key", "required")

    def __init__(self, name: str, kind: _Value | _Table | _List, key: Key, required: bool):
        self.name, self.kind, self.key, self.required = name, kind, key, required


class _Keys:  # a table's keys in the file, in order: fields, or tables of fields
    __slots__ = ("items",)

    def __init__(self):
        self.items: dict[str, _Entry | _Keys] = {}

    @property
    def required(self) -> bool:
        return any(item.required for item in self.items.values())


def _kind(annotation: Any) -> _Value | _Table | _List:
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):  # X | None: optional, checked as X
        (annotation,) = [a for a in args if a is not type(None)]
        return _kind(annotation)
    if origin is tuple:
        return _List(_kind(args[0]))
    if origin is Literal:
        return _Value(type(args[0]), args)
    if is_dataclass(annotation):
        return _Table(annotation)
    if annotation is float:
        return _Value((int, float))
    return _Value(annotation)


@cache
def _layout(cls: type, overrides: tuple[tuple[str, Key], ...]) -> _Keys:
    hints = typing.get_type_hints(cls)
    given = dict(overrides)
    root = _Keys()
    for f in fields(cls):
        limits = given.get(f.name) or f.metadata.get("key") or Key()
        if limits.derived:
            continue
        *tables, name = (limits.toml or f.name).split(".")
        node = root
        for table in tables:
            node = node.items.setdefault(table, _Keys())
        has_default = f.default is not MISSING or f.default_factory is not MISSING
        node.items[name] = _Entry(f.name, _kind(hints[f.name]), limits, not has_default)
    return root


# -- the check itself -------------------------------------------------------------------

_KIND_NAMES = {int: "een geheel getal", str: "tekst", bool: "true of false", float: "een getal"}


def _kind_name(kind) -> str:
    if isinstance(kind, tuple):
        return " of ".join(_KIND_NAMES.get(k, k.__name__) for k in kind)
    return _KIND_NAMES.get(kind, kind.__name__)


def _label(where: list) -> str:
    return ".".join(str(p) for p in where) or "het bestand"


class _Reader:
    def __init__(self, source: Source, keys: Keys):
        self.source = source
        self.keys = keys

    def fail(self, message: str, where: list) -> NoReturn:
        raise ConfigError(self.source.path, line_of(self.source.text, where), message)

    def table(self, cls: type[T], data: Any, where: list) -> T:
        values: dict[str, Any] = {}
        self.fill(_layout(cls, tuple(self.keys.get(cls, {}).items())), data, where, values)
        return cls(**values)

    def fill(self, layout: _Keys, data: Any, where: list, values: dict[str, Any]) -> None:
        if not isinstance(data, dict):
            self.fail(f"'{_label(where)}' moet een tabel zijn.", where)
        for name in data:
            if name not in layout.items:
                allowed = ", ".join(sorted(layout.items))
                self.fail(f"onbekende sleutel '{name}'. Toegestaan: {allowed}.", [*where, name])
        for name, item in layout.items.items():
            at = [*where, name]
            if name not in data:
                if item.required:
                    self.fail(f"de sleutel '{name}' ontbreekt in '{_label(where)}'.", where)
            elif isinstance(item, _Keys):
                self.fill(item, data[name], at, values)
            else:
                values[item.name] = self.value(item.kind, item.key, data[name], at)

    def value(self, kind, limits: Key, data: Any, where: list) -> Any:
        if isinstance(kind, _Table):
            return self.table(kind.cls, data, where)
        if isinstance(kind, _List):
            return self.items(kind.item, limits, data, where)
        return self.scalar(kind, limits, data, where)

    def items(self, item: _Value | _Table, limits: Key, data: Any, where: list) -> tuple:
        label = _label(where)
        if isinstance(item, _Table):
            if not isinstance(data, list):
                self.fail(f"'{label}' moet een lijst van tabellen zijn ([[{where[-1]}]]).", where)
        elif not isinstance(data, list) or not all(isinstance(v, item.kind) for v in data):
            self.fail(f"'{label}' moet een lijst met {_kind_name(item.kind)} zijn.", where)
        if len(data) < limits.min_items:
            self.fail(f"'{label}' heeft minstens {limits.min_items} item(s) nodig.", where)
        if isinstance(item, _Value):
            return tuple(data)
        built = tuple(self.table(item.cls, v, [*where, i]) for i, v in enumerate(data))
        if limits.unique:
            self.unique(built, limits.unique, where)
        return built

    def unique(self, items: tuple, name: str, where: list) -> None:
        seen: set = set()
        for index, item in enumerate(items):
            value = getattr(item, name)
            if value in seen:
                self.fail(f"de code '{value}' komt twee keer voor.", [*where, index, name])
            seen.add(value)

    def scalar(self, kind: _Value, limits: Key, data: Any, where: list) -> Any:
        label = _label(where)
        if isinstance(data, bool) and kind.kind is int or not isinstance(data, kind.kind):
            self.fail(f"'{label}' moet {_kind_name(kind.kind)} zijn.", where)
        if isinstance(data, str):
            if not limits.empty_ok and not data.strip():
                self.fail(f"'{label}' mag niet leeg zijn.", where)
            if limits.max_length is not None and len(data) > limits.max_length:
                self.fail(f"'{label}' mag hoogstens {limits.max_length} tekens hebben.", where)
        if kind.choices and data not in kind.choices:
            options = ", ".join(f"'{c}'" for c in kind.choices)
            self.fail(f"'{label}' moet een van deze waarden zijn: {options}.", where)
        if limits.minimum is not None and data < limits.minimum:
            self.fail(f"'{label}' moet minstens {limits.minimum} zijn.", where)
        if limits.maximum is not None and data > limits.maximum:
            self.fail(f"'{label}' mag hoogstens {limits.maximum} zijn.", where)
        return data
