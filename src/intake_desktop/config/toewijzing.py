"""toewijzing.toml: klantmanager functions, teams, expertise and the weights of the
assignment suggestion; the deadlines of the werkvoorraad.

Functions, expertise and weights are the rule types the ranking in
``domain/toewijzing.py`` applies; their limits in this file are given in ``KEYS``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from intake_desktop.config.schema import Key, Loaded, key, read
from intake_desktop.domain.toewijzing import AssignmentRules, Expertise, Functie, Weights

FILE = "toewijzing.toml"


@dataclass(frozen=True, kw_only=True)
class Team:
    """A team of the Werkplein. Klantmanagers' teams hold caseloads; a back office
    (schuldhulpverlening, Bbz, inkomen, inburgering...) receives hand-overs in its team
    werkvoorraad and reports back what came of them. ``onder``: the team whose
    teamleider also leads this one."""

    code: str = key(max_length=64)
    naam: str = key(max_length=100)
    soort: Literal["klantmanagers", "backoffice"] = "klantmanagers"
    onder: str | None = key(None, max_length=64)
    # What a back office can report back (the first is the default).
    uitkomsten: tuple[str, ...] = ()

    @property
    def backoffice(self) -> bool:
        return self.soort == "backoffice"


@dataclass(frozen=True, kw_only=True)
class ToewijzingConfig(AssignmentRules):
    teams: tuple[Team, ...] = key((), toml="team", unique="code")
    # The werkvoorraad: the poortwachterstoets is due after so many months of intensive
    # service; what is due within so many days shows as 'binnenkort'.
    poortwachterstoets_maanden: int = key(
        toml="termijnen.poortwachterstoets_maanden", minimum=1, maximum=24
    )
    binnenkort_dagen: int = key(toml="termijnen.binnenkort_dagen", minimum=0, maximum=60)
    # A client without a klantmanager (new, imported, or whose klantmanager left) is
    # due to be assigned so many days after that: an import of today is not late today.
    toewijzen_dagen: int = key(toml="termijnen.toewijzen_dagen", minimum=0, maximum=60)

    def functie_name(self, code: str | None) -> str:
        return next((f.naam for f in self.functies if f.code == code), code or "")

    def team_name(self, code: str | None) -> str:
        return next((t.naam for t in self.teams if t.code == code), code or "")

    def team(self, code: str | None) -> Team | None:
        return next((t for t in self.teams if t.code == code), None)

    @property
    def backoffices(self) -> tuple[Team, ...]:
        return tuple(t for t in self.teams if t.backoffice)

    def led_with(self, code: str | None) -> tuple[str, ...]:
        """The teams a teamleider of team ``code`` leads: her own and those under it."""
        if code is None:
            return ()
        return (code, *(t.code for t in self.teams if t.onder == code))

    def expertise_name(self, code: str) -> str:
        return next((e.naam for e in self.expertise if e.code == code), code)


_POINTS = Key(minimum=0, maximum=1000)
KEYS = {
    # The fields ToewijzingConfig has from AssignmentRules, as the file names them.
    ToewijzingConfig: {
        "functies": Key(toml="functie", min_items=1, unique="code"),
        "expertise": Key(unique="code"),
        "weights": Key(toml="voorstel"),
    },
    Functie: {"code": Key(max_length=32), "naam": Key(max_length=100)},
    Expertise: {
        "code": Key(max_length=64),
        "naam": Key(max_length=100),
        "leeftijd_tot": Key(minimum=1, maximum=120),
    },
    Weights: {
        "functie": _POINTS,
        "expertise": _POINTS,
        "capaciteit": _POINTS,
        "eerdere_klantmanager": _POINTS,
        "huishouden": _POINTS,
        "afwezig": _POINTS,
        "afwezig_vooruit_dagen": Key(minimum=0, maximum=60),
    },
}


def load(folder: Path) -> Loaded[ToewijzingConfig]:
    """Checked on its own; what it names of other files is checked in references.py."""
    config, source = read(folder / FILE, ToewijzingConfig, KEYS)
    covered: dict[str, str] = {}
    for index, functie in enumerate(config.functies):
        for group in functie.klantgroepen:
            if group in covered:
                source.fail(
                    ["functie", index, "klantgroepen"],
                    f"klantgroep '{group}' staat al bij functie '{covered[group]}'.",
                )
            covered[group] = functie.code
    return Loaded(config, source)
