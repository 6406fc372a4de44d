"""ambitiegesprek.toml: obstacles to choose from, the rights and duties checklist, what
the choice of a klantgroep sets going, and the planning of ambitiegesprekken."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from intake_desktop.config.schema import Loaded, key, read
from intake_desktop.domain.calendar import WEEKDAY_NAMES

FILE = "ambitiegesprek.toml"


def _days(toml: str):
    return key(toml=toml, minimum=0, maximum=90)


@dataclass(frozen=True, kw_only=True)
class AmbitieConfig:
    obstacles: tuple[str, ...] = key(toml="belemmeringen", min_items=1)
    rights_duties: tuple[str, ...] = key(toml="rechten_plichten", min_items=1)
    kickoff_after_days: int = _days("kickoff.na_dagen")
    income_after_days: int = _days("inkomensconsulent.na_dagen")
    income_appointment_type: str = key(toml="inkomensconsulent.afspraaktype")
    progress_appointment_type: str = key(toml="voortgang.afspraaktype")
    # Ambitiegesprekken with the existing clients: who first (by their current
    # klantgroep), which appointment, on which days and at which times.
    planning_priority: tuple[str, ...] = key(toml="planning.prioriteit", min_items=1)
    planning_appointment_type: str = key(toml="planning.afspraaktype")
    planning_day_names: tuple[str, ...] = key(toml="planning.dagen", min_items=1)
    planning_times: tuple[str, ...] = key(toml="planning.tijden", min_items=1)  # "09:00"
    werkcoach_after_kickoff_days: int = _days("werkcoach.na_kickoff_dagen")
    werkcoach_appointment_type: str = key(toml="werkcoach.afspraaktype")

    @property
    def planning_days(self) -> tuple[int, ...]:
        """Weekday numbers, Monday = 0."""
        return tuple(WEEKDAY_NAMES.index(d) for d in self.planning_day_names)


def load(folder: Path) -> Loaded[AmbitieConfig]:
    ambitie, source = read(folder / FILE, AmbitieConfig)
    if not set(ambitie.planning_day_names) <= set(WEEKDAY_NAMES):
        source.fail(["planning", "dagen"], "dagen zijn ma, di, wo, do, vr, za of zo.")
    if not all(re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", t) for t in ambitie.planning_times):
        source.fail(["planning", "tijden"], "tijden schrijft u als uu:mm, bijvoorbeeld 09:00.")
    return Loaded(ambitie, source)
