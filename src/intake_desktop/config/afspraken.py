"""afspraken.toml: the kinds of appointment, with place, length and what to bring."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from intake_desktop.config.schema import Loaded, key, read

FILE = "afspraken.toml"


@dataclass(frozen=True, kw_only=True)
class AppointmentType:
    code: str = key(max_length=64)
    naam: str = key(max_length=200)
    locatie: str = key(max_length=200)
    duur_minuten: int = key(minimum=5, maximum=480)
    meenemen: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Afspraken:
    afspraaktype: tuple[AppointmentType, ...] = key(min_items=1, unique="code")


def load(folder: Path) -> Loaded[Afspraken]:
    return read(folder / FILE, Afspraken)
