"""domeinen.toml: the life domains (leefgebieden) of the 4D intake."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from intake_desktop.config.schema import Loaded, key, read

FILE = "domeinen.toml"


@dataclass(frozen=True, kw_only=True)
class Domain:
    code: str = key(max_length=64)
    naam: str = key(max_length=100)
    groep: str = key(max_length=100)  # bundles domains on the screen


@dataclass(frozen=True, kw_only=True)
class Domeinen:
    domein: tuple[Domain, ...] = key(min_items=1, unique="code")


def load(folder: Path) -> Loaded[Domeinen]:
    return read(folder / FILE, Domeinen)
