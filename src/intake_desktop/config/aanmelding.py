"""aanmelding.toml: what the balie offers at an aanmelding (the back office of a
debts-only or Bbz aanmelding, the meeneemblad, partners)."""

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
    # Warme overdracht: nothing back from the partner by then, a follow-up task.
    reactie_binnen_dagen: int = key(10, minimum=1, maximum=90)


@dataclass(frozen=True, kw_only=True)
class Aanmelding:
    # The back office (a team of toewijzing.toml) a debts-only or Bbz aanmelding goes to.
    schuldhulp_team: str = key(toml="backoffice.schuldhulpverlening", max_length=64)
    bbz_team: str = key(toml="backoffice.bbz", max_length=64)
    # The appointment the counter books at once (afspraken.toml), and what the client
    # brings to it (the meeneemblad).
    schuldhulp_afspraak: str = key(toml="schuldhulpverlening.afspraak", max_length=64)
    schuldhulp_meenemen: tuple[str, ...] = key(toml="schuldhulpverlening.meenemen", min_items=1)
    partners: tuple[Partner, ...] = key((), toml="partner")  # where the balie refers to


def load(folder: Path) -> Loaded[Aanmelding]:
    return read(folder / FILE, Aanmelding)
