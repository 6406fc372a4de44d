"""monitoring.toml: each klantgroep's target (outflow or participation, in percent)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from intake_desktop.config.schema import Loaded, key, read

FILE = "monitoring.toml"


@dataclass(frozen=True, kw_only=True)
class Doel:
    klantgroep: str = key(max_length=32)
    indicator: Literal["uitstroom", "participatie"]
    doel_min: int = key(minimum=0, maximum=100)
    doel_max: int = key(minimum=0, maximum=100)


@dataclass(frozen=True, kw_only=True)
class Monitoring:
    doel: tuple[Doel, ...] = ()


def load(folder: Path) -> Loaded[Monitoring]:
    monitoring, source = read(folder / FILE, Monitoring)
    for index, doel in enumerate(monitoring.doel):
        if doel.doel_min > doel.doel_max:
            source.fail(["doel", index, "doel_min"], "doel_min is groter dan doel_max.")
    return Loaded(monitoring, source)
