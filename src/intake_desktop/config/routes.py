"""routes.toml: what the wisselwachter can decide after the quickscan, and what each
decision sets going (an appointment, tasks with a deadline)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from intake_desktop.config.schema import Loaded, key, read

FILE = "routes.toml"


@dataclass(frozen=True, kw_only=True)
class RouteTask:
    titel: str = key(max_length=200)
    termijn_uren: int = key(minimum=0, maximum=24 * 365)
    vanaf: Literal["aanmelding", "nu"]
    voor: str = key(max_length=64)  # klantmanager, wisselwachter, or a back office
    # An appointment type this task asks to plan: booking one closes the task.
    plant: str | None = key(None, max_length=40)


@dataclass(frozen=True, kw_only=True)
class RouteRule:
    code: str = key(max_length=40)
    naam: str = key(max_length=200)
    afspraak: str | None = None  # an appointment type from afspraken.toml
    # With whom that appointment is: a functie of toewijzing.toml (the klantmanager when
    # she has it, else the first free one) or a back office; default the klantmanager.
    met: str | None = key(None, max_length=64)
    taken: tuple[RouteTask, ...] = key((), toml="taak")


@dataclass(frozen=True, kw_only=True)
class Routes:
    route: tuple[RouteRule, ...] = key(min_items=1, unique="code")


def load(folder: Path) -> Loaded[Routes]:
    return read(folder / FILE, Routes)
