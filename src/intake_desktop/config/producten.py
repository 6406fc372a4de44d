"""producten.toml: the services catalogue (productenboek) of the trajectplan."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from intake_desktop.config.schema import Loaded, key, read

FILE = "producten.toml"


@dataclass(frozen=True, kw_only=True)
class Product:
    code: str = key(max_length=64)
    naam: str = key(max_length=200)
    soort: Literal["intern", "extern"]
    aanbieder: str = key(max_length=200)
    leefgebieden: tuple[str, ...] = ()  # shown first for these domains


@dataclass(frozen=True, kw_only=True)
class Producten:
    product: tuple[Product, ...] = key(min_items=1, unique="code")


def load(folder: Path) -> Loaded[Producten]:
    return read(folder / FILE, Producten)
