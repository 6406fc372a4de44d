"""After the intake: resources/config/afsluiting.toml (reasons to end a traject,
sectors, goal outcomes, aftercare tasks), inburgering.toml (the four enforcement
procedures and their steps) and monitoring.toml (each klantgroep's target)."""

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


@dataclass(frozen=True)
class Reden:
    code: str
    naam: str
    uitstroom: bool = False  # counts as outflow
    werk: bool = False  # asks sector and hours, makes aftercare tasks
    overdracht: bool = False  # handed over to the income consultants


@dataclass(frozen=True)
class NazorgTaak:
    titel: str
    dagen: int


@dataclass(frozen=True)
class AfsluitingConfig:
    redenen: tuple[Reden, ...]
    sectoren: tuple[str, ...]
    doeluitkomsten: tuple[str, ...]
    nazorg: tuple[NazorgTaak, ...]

    def reden(self, code: str) -> Reden | None:
        return next((r for r in self.redenen if r.code == code), None)


@dataclass(frozen=True)
class Stap:
    code: str
    naam: str
    brief: bool = False  # a letter goes with this step
    besluiten: tuple[str, ...] = ()  # the decisions to choose from, if any
    bedrag: bool = False  # asks the fine's amount
    reden: bool = False  # asks the exemption's reason
    nieuwe_termijn: bool = False  # asks the new deadline


@dataclass(frozen=True)
class Procedure:
    code: str  # handhaven, beboeten, ontheffen, verlengen
    naam: str
    stappen: tuple[Stap, ...]
    redenen: tuple[str, ...] = ()

    def stap(self, code: str) -> Stap | None:
        return next((s for s in self.stappen if s.code == code), None)


@dataclass(frozen=True)
class InburgeringConfig:
    termijn_jaren: int
    boete_max_euro: int
    procedures: tuple[Procedure, ...]

    def procedure(self, code: str) -> Procedure | None:
        return next((p for p in self.procedures if p.code == code), None)


@dataclass(frozen=True)
class Doel:
    klantgroep: str
    indicator: str  # uitstroom, participatie
    doel_min: int
    doel_max: int


AFSLUITING = Table(
    {
        "reden": ArrayOf(
            Table(
                {
                    "code": Field(str, max_length=32),
                    "naam": Field(str, max_length=200),
                    "uitstroom": Field(bool, required=False),
                    "werk": Field(bool, required=False),
                    "overdracht": Field(bool, required=False),
                }
            ),
            min_items=1,
        ),
        "sectoren": ListOf(str, min_items=1),
        "doeluitkomsten": ListOf(str, min_items=1),
        "nazorg": ArrayOf(
            Table(
                {"titel": Field(str, max_length=200), "dagen": Field(int, minimum=0, maximum=730)}
            )
        ),
    }
)
INBURGERING = Table(
    {
        "termijn_jaren": Field(int, minimum=1, maximum=10),
        "boete_max_euro": Field(int, minimum=1, maximum=100_000),
        "procedure": ArrayOf(
            Table(
                {
                    "code": Field(str, choices=("handhaven", "beboeten", "ontheffen", "verlengen")),
                    "naam": Field(str, max_length=100),
                    "redenen": ListOf(str),
                    "stappen": ArrayOf(
                        Table(
                            {
                                "code": Field(str, max_length=32),
                                "naam": Field(str, max_length=200),
                                "brief": Field(bool, required=False),
                                "besluiten": ListOf(str),
                                "bedrag": Field(bool, required=False),
                                "reden": Field(bool, required=False),
                                "nieuwe_termijn": Field(bool, required=False),
                            }
                        ),
                        min_items=1,
                    ),
                }
            ),
            min_items=4,
        ),
    }
)
MONITORING = Table(
    {
        "doel": ArrayOf(
            Table(
                {
                    "klantgroep": Field(str, max_length=32),
                    "indicator": Field(str, choices=("uitstroom", "participatie")),
                    "doel_min": Field(int, minimum=0, maximum=100),
                    "doel_max": Field(int, minimum=0, maximum=100),
                }
            )
        )
    }
)


def build_afsluiting(data: dict, path: Path, text: str) -> AfsluitingConfig:
    unique_codes(data["reden"], path, text, "reden")
    return AfsluitingConfig(
        redenen=tuple(
            Reden(
                r["code"],
                r["naam"],
                r.get("uitstroom", False),
                r.get("werk", False),
                r.get("overdracht", False),
            )
            for r in data["reden"]
        ),
        sectoren=tuple(data["sectoren"]),
        doeluitkomsten=tuple(data["doeluitkomsten"]),
        nazorg=tuple(NazorgTaak(n["titel"], n["dagen"]) for n in data.get("nazorg", [])),
    )


def build_inburgering(data: dict, path: Path, text: str) -> InburgeringConfig:
    unique_codes(data["procedure"], path, text, "procedure")
    codes = {p["code"] for p in data["procedure"]}
    missing = {"handhaven", "beboeten", "ontheffen", "verlengen"} - codes
    if missing:
        raise ConfigError(path, None, f"de procedure(s) {', '.join(sorted(missing))} ontbreken.")
    procedures = []
    for index, p in enumerate(data["procedure"]):
        seen = set()
        for step in p["stappen"]:
            if step["code"] in seen:
                raise ConfigError(
                    path,
                    line_of(text, ["procedure", index, "stappen"]),
                    f"stap '{step['code']}' staat twee keer in procedure '{p['code']}'.",
                )
            seen.add(step["code"])
        procedures.append(
            Procedure(
                p["code"],
                p["naam"],
                tuple(
                    Stap(
                        s["code"],
                        s["naam"],
                        s.get("brief", False),
                        tuple(s.get("besluiten", [])),
                        s.get("bedrag", False),
                        s.get("reden", False),
                        s.get("nieuwe_termijn", False),
                    )
                    for s in p["stappen"]
                ),
                tuple(p.get("redenen", [])),
            )
        )
    return InburgeringConfig(data["termijn_jaren"], data["boete_max_euro"], tuple(procedures))


def build_monitoring(data: dict, path: Path, text: str, group_codes: set[str]) -> tuple[Doel, ...]:
    doelen = []
    for index, d in enumerate(data.get("doel", [])):
        if d["klantgroep"] not in group_codes:
            raise ConfigError(
                path,
                line_of(text, ["doel", index, "klantgroep"]),
                f"klantgroep '{d['klantgroep']}' staat niet in klantgroepen.toml.",
            )
        if d["doel_min"] > d["doel_max"]:
            raise ConfigError(
                path,
                line_of(text, ["doel", index, "doel_min"]),
                "doel_min is groter dan doel_max.",
            )
        doelen.append(Doel(d["klantgroep"], d["indicator"], d["doel_min"], d["doel_max"]))
    return tuple(doelen)
