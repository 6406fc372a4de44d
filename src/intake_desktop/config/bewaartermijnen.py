"""bewaartermijnen.toml: retention terms of closed dossiers (Selectielijst gemeenten
2020), each from the end date, by the reason the traject was closed with
(afsluiting.toml; ``references.bewaartermijnen`` checks every reason has one term)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Literal

from intake_desktop.config.schema import Loaded, key, read
from intake_desktop.domain.clock import add_years

FILE = "bewaartermijnen.toml"


@dataclass(frozen=True, kw_only=True)
class Termijn:
    code: str = key(max_length=64)
    naam: str = key(max_length=200)
    categorie: str = key(max_length=16)
    omschrijving: str = key(max_length=300)
    jaren: int = key(0, minimum=0, maximum=120)
    weken: int = key(0, minimum=0, maximum=520)
    afsluitredenen: tuple[str, ...] = key(min_items=1)
    koppeling: Literal["letterlijk", "interpretatie"] = "interpretatie"

    def ends(self, end: date) -> date:
        """The destruction date of a dossier that ended on ``end``."""
        return add_years(end, self.jaren) + timedelta(weeks=self.weken)


@dataclass(frozen=True, kw_only=True)
class Bewaartermijnen:
    termijnen: tuple[Termijn, ...] = key(toml="termijn", min_items=1, unique="code")

    def for_reason(self, reason: str) -> Termijn | None:
        return next((t for t in self.termijnen if reason in t.afsluitredenen), None)


def load(folder: Path) -> Loaded[Bewaartermijnen]:
    loaded = read(folder / FILE, Bewaartermijnen)
    seen: dict[str, str] = {}
    for index, termijn in enumerate(loaded.data.termijnen):
        if not (termijn.jaren or termijn.weken):
            loaded.source.fail(["termijn", index, "code"], "een termijn van 0 jaar en 0 weken")
        for reason in termijn.afsluitredenen:
            if reason in seen:
                loaded.source.fail(
                    ["termijn", index, "afsluitredenen"],
                    f"afsluitreden '{reason}' staat bij '{seen[reason]}' en bij '{termijn.code}'",
                )
            seen[reason] = termijn.code
    return loaded
