"""klantgroepen.toml: the klantgroepen (what the client gets, what is expected, what the
choice sets going) and the rules of the suggestion."""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

from intake_desktop.config.schema import Loaded, key, read
from intake_desktop.domain.klantgroep_voorstel import SuggestionRule

FILE = "klantgroepen.toml"


@dataclass(frozen=True, kw_only=True)
class Klantgroep:
    code: str
    naam: str
    kleur: str
    wie: str
    dienstverlening: str
    verwachting: str
    voortgang_per_jaar: int = key(minimum=0, maximum=12)
    rechtmatigheid_elke_jaren: int = key(minimum=0, maximum=10)
    kickoff: bool
    werkcoach_afspraak: bool


@dataclass(frozen=True, kw_only=True)
class Regel:
    """One rule of the suggestion: the klantgroep, and the conditions that must hold."""

    klantgroep: str
    maanden_uitkering_min: float | None = None
    maanden_uitkering_max: float | None = None
    ladder_min: float | None = None
    ladder_max: float | None = None
    belemmeringen_min: float | None = None
    belemmeringen_max: float | None = None
    score_werk_min: float | None = None
    score_werk_max: float | None = None
    score_gemiddeld_min: float | None = None
    score_gemiddeld_max: float | None = None

    def rule(self) -> SuggestionRule:
        limits = ((f.name, getattr(self, f.name)) for f in fields(self) if f.name != "klantgroep")
        return SuggestionRule(
            self.klantgroep, tuple((c, float(v)) for c, v in limits if v is not None)
        )


@dataclass(frozen=True, kw_only=True)
class Klantgroepen:
    klantgroepen: tuple[Klantgroep, ...] = key(toml="klantgroep", min_items=1, unique="code")
    # The suggestion: the first rule that fits, or the default when none does.
    suggestion_default: str = key(toml="voorstel.standaard")
    regels: tuple[Regel, ...] = key((), toml="voorstel.regel")


def load(folder: Path) -> Loaded[Klantgroepen]:
    groups, source = read(folder / FILE, Klantgroepen)
    codes = {g.code for g in groups.klantgroepen}
    if groups.suggestion_default not in codes:
        source.fail(
            ["voorstel", "standaard"], f"klantgroep '{groups.suggestion_default}' bestaat niet."
        )
    for index, rule in enumerate(groups.regels):
        if rule.klantgroep not in codes:
            source.fail(
                ["voorstel.regel", index, "klantgroep"],
                f"klantgroep '{rule.klantgroep}' bestaat niet.",
            )
    return Loaded(groups, source)
