"""aanmelding.toml: what the balie offers at an aanmelding (meeneemblad, partners)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from intake_desktop.config.schema import Loaded, key, read

FILE = "aanmelding.toml"


@dataclass(frozen=True, kw_only=True)
class Partner:
    naam: str
    waarvoor: str
    contact: str = ""


@dataclass(frozen=True, kw_only=True)
class Aanmelding:
    # What the client brings to schuldhulpverlening (the meeneemblad).
    schuldhulp_meenemen: tuple[str, ...] = key(toml="schuldhulpverlening.meenemen", min_items=1)
    partners: tuple[Partner, ...] = key((), toml="partner")  # where the balie refers to


def load(folder: Path) -> Loaded[Aanmelding]:
    return read(folder / FILE, Aanmelding)
