"""resources/config/toewijzing.toml: klantmanager functions, teams, expertise and the
weights of the assignment suggestion; the deadlines of the werkvoorraad."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from intake_desktop.config_schema import (
    ArrayOf,
    ConfigError,
    Field,
    ListOf,
    Table,
    line_of,
    unique_codes,
)
from intake_desktop.domain.toewijzing import AssignmentRules, Expertise, Functie, Weights


@dataclass(frozen=True)
class Team:
    code: str
    naam: str


@dataclass(frozen=True, kw_only=True)
class ToewijzingConfig(AssignmentRules):
    teams: tuple[Team, ...]
    poortwachterstoets_maanden: int = 3
    binnenkort_dagen: int = 7

    def functie_name(self, code: str | None) -> str:
        return next((f.naam for f in self.functies if f.code == code), code or "")

    def team_name(self, code: str | None) -> str:
        return next((t.naam for t in self.teams if t.code == code), code or "")

    def expertise_name(self, code: str) -> str:
        return next((e.naam for e in self.expertise if e.code == code), code)


_POINTS = Field(int, minimum=0, maximum=1000)
TOEWIJZING = Table(
    {
        "functie": ArrayOf(
            Table(
                {
                    "code": Field(str, max_length=32),
                    "naam": Field(str, max_length=100),
                    "klantgroepen": ListOf(str),
                    "routes": ListOf(str),
                }
            ),
            min_items=1,
        ),
        "team": ArrayOf(
            Table({"code": Field(str, max_length=64), "naam": Field(str, max_length=100)})
        ),
        "expertise": ArrayOf(
            Table(
                {
                    "code": Field(str, max_length=64),
                    "naam": Field(str, max_length=100),
                    "leefgebieden": ListOf(str),
                    "routes": ListOf(str),
                    "belemmeringen": ListOf(str),
                    "aanmelding": ListOf(str),
                    "leeftijd_tot": Field(int, required=False, minimum=1, maximum=120),
                }
            )
        ),
        "voorstel": Table(
            {
                "functie": _POINTS,
                "expertise": _POINTS,
                "capaciteit": _POINTS,
                "eerdere_klantmanager": _POINTS,
                "huishouden": _POINTS,
                "afwezig": _POINTS,
                "afwezig_vooruit_dagen": Field(int, minimum=0, maximum=60),
            }
        ),
        "termijnen": Table(
            {
                "poortwachterstoets_maanden": Field(int, minimum=1, maximum=24),
                "binnenkort_dagen": Field(int, minimum=0, maximum=60),
            }
        ),
    }
)


def build_toewijzing(
    data: dict,
    path: Path,
    text: str,
    *,
    group_codes: set[str],
    domain_codes: set[str],
    route_codes: set[str],
    obstacles: set[str],
) -> ToewijzingConfig:
    """Cross-check the parsed file against the other configuration and build it."""
    for table in ("functie", "team", "expertise"):
        unique_codes(data.get(table, []), path, text, table)

    def fail(where: list, message: str) -> None:
        raise ConfigError(path, line_of(text, where), message)

    covered: dict[str, str] = {}
    for index, functie in enumerate(data["functie"]):
        for group in functie.get("klantgroepen", []):
            if group not in group_codes:
                fail(["functie", index, "klantgroepen"], f"klantgroep '{group}' bestaat niet.")
            if group in covered:
                fail(
                    ["functie", index, "klantgroepen"],
                    f"klantgroep '{group}' staat al bij functie '{covered[group]}'.",
                )
            covered[group] = functie["code"]
        for route in functie.get("routes", []):
            if route not in route_codes:
                fail(["functie", index, "routes"], f"route '{route}' staat niet in routes.toml.")
    for index, item in enumerate(data.get("expertise", [])):
        for key, known, what in (
            ("leefgebieden", domain_codes, "leefgebied"),
            ("routes", route_codes, "route"),
            ("belemmeringen", obstacles, "belemmering"),
        ):
            for value in item.get(key, []):
                if value not in known:
                    fail(["expertise", index, key], f"{what} '{value}' is onbekend.")
    weights = data["voorstel"]
    terms = data["termijnen"]
    return ToewijzingConfig(
        functies=tuple(
            Functie(
                f["code"],
                f["naam"],
                tuple(f.get("klantgroepen", [])),
                tuple(f.get("routes", [])),
            )
            for f in data["functie"]
        ),
        teams=tuple(Team(t["code"], t["naam"]) for t in data.get("team", [])),
        expertise=tuple(
            Expertise(
                e["code"],
                e["naam"],
                tuple(e.get("leefgebieden", [])),
                tuple(e.get("routes", [])),
                tuple(e.get("belemmeringen", [])),
                tuple(e.get("aanmelding", [])),
                e.get("leeftijd_tot"),
            )
            for e in data.get("expertise", [])
        ),
        weights=Weights(**weights),
        poortwachterstoets_maanden=terms["poortwachterstoets_maanden"],
        binnenkort_dagen=terms["binnenkort_dagen"],
    )
