"""gemeenten.toml: the municipalities this Werkplein serves."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from intake_desktop.config.schema import Loaded, key, read

FILE = "gemeenten.toml"


@dataclass(frozen=True, kw_only=True)
class Gemeente:
    code: str
    naam: str


@dataclass(frozen=True, kw_only=True)
class Gemeenten:
    gemeente: tuple[Gemeente, ...] = key(min_items=1)


def load(folder: Path) -> Loaded[Gemeenten]:
    gemeenten, source = read(folder / FILE, Gemeenten)
    codes = [g.code for g in gemeenten.gemeente]
    if len(set(codes)) != len(codes):
        source.fail(None, "elke gemeente moet een eigen code hebben.")
    return Loaded(gemeenten, source)
