"""programma.toml: general settings of the program (idle lock, search)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from intake_desktop.config.schema import Loaded, key, read

FILE = "programma.toml"


@dataclass(frozen=True, kw_only=True)
class Programma:
    idle_lock_minutes: int = key(toml="vergrendeling.minuten_inactief", minimum=1, maximum=240)
    max_search_results: int = key(toml="zoeken.max_resultaten", minimum=10, maximum=500)


def load(folder: Path) -> Loaded[Programma]:
    return read(folder / FILE, Programma)
