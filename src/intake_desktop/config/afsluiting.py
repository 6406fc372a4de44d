"""afsluiting.toml: reasons to end a traject, sectors, goal outcomes, aftercare tasks."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from intake_desktop.config.schema import Loaded, key, read

FILE = "afsluiting.toml"


@dataclass(frozen=True, kw_only=True)
class Reden:
    code: str = key(max_length=32)
    naam: str = key(max_length=200)
    uitstroom: bool = False  # counts as outflow
    werk: bool = False  # asks sector and hours, makes aftercare tasks
    overdracht: bool = False  # handed over to the income consultants


@dataclass(frozen=True, kw_only=True)
class NazorgTaak:
    titel: str = key(max_length=200)
    dagen: int = key(minimum=0, maximum=730)


@dataclass(frozen=True, kw_only=True)
class AfsluitingConfig:
    redenen: tuple[Reden, ...] = key(toml="reden", min_items=1, unique="code")
    sectoren: tuple[str, ...] = key(min_items=1)
    doeluitkomsten: tuple[str, ...] = key(min_items=1)
    nazorg: tuple[NazorgTaak, ...] = ()

    def reden(self, code: str) -> Reden | None:
        return next((r for r in self.redenen if r.code == code), None)


def load(folder: Path) -> Loaded[AfsluitingConfig]:
    return read(folder / FILE, AfsluitingConfig)
