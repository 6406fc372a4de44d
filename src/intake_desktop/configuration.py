"""The configuration a municipality changes, read from ``resources/config`` at start-up."""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from intake_desktop.config_schema import ArrayOf, ConfigError, Field, ListOf, Table, check


def resources_dir() -> Path:
    override = os.environ.get("INTAKE_RESOURCES")
    if override:
        return Path(override)
    return Path(__file__).resolve().parents[2] / "resources"


@dataclass(frozen=True)
class Gemeente:
    code: str
    naam: str


@dataclass(frozen=True)
class Partner:
    naam: str
    waarvoor: str
    contact: str


@dataclass(frozen=True)
class AppConfig:
    idle_lock_minutes: int
    max_search_results: int
    gemeenten: tuple[Gemeente, ...]
    schuldhulp_meenemen: tuple[str, ...]
    partners: tuple[Partner, ...]

    @property
    def default_gemeente(self) -> Gemeente:
        return self.gemeenten[0]

    @property
    def several_gemeenten(self) -> bool:
        return len(self.gemeenten) > 1

    def gemeente_naam(self, code: str) -> str:
        return next((g.naam for g in self.gemeenten if g.code == code), code)


PROGRAMMA = Table(
    {
        "vergrendeling": Table({"minuten_inactief": Field(int, minimum=1, maximum=240)}),
        "zoeken": Table({"max_resultaten": Field(int, minimum=10, maximum=500)}),
    }
)
GEMEENTEN = Table(
    {
        "gemeente": ArrayOf(Table({"code": Field(str), "naam": Field(str)}), min_items=1),
    }
)
AANMELDING = Table(
    {
        "schuldhulpverlening": Table({"meenemen": ListOf(str, min_items=1)}),
        "partner": ArrayOf(
            Table(
                {"naam": Field(str), "waarvoor": Field(str), "contact": Field(str, required=False)}
            )
        ),
    }
)


def _load(path: Path, spec: Table) -> dict[str, Any]:
    if not path.exists():
        raise ConfigError(path, None, "het bestand ontbreekt.")
    text = path.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"line (\d+)", str(exc))
        line = getattr(exc, "lineno", None) or (int(found.group(1)) if found else None)
        raise ConfigError(path, line, f"de opmaak klopt niet ({exc}).") from None
    check(data, spec, path, text)
    return data


def load_config(resources: Path | None = None) -> AppConfig:
    folder = (resources or resources_dir()) / "config"
    programma = _load(folder / "programma.toml", PROGRAMMA)
    gemeenten = _load(folder / "gemeenten.toml", GEMEENTEN)
    aanmelding = _load(folder / "aanmelding.toml", AANMELDING)
    codes = [g["code"] for g in gemeenten["gemeente"]]
    if len(set(codes)) != len(codes):
        path = folder / "gemeenten.toml"
        raise ConfigError(path, None, "elke gemeente moet een eigen code hebben.")
    return AppConfig(
        idle_lock_minutes=programma["vergrendeling"]["minuten_inactief"],
        max_search_results=programma["zoeken"]["max_resultaten"],
        gemeenten=tuple(Gemeente(g["code"], g["naam"]) for g in gemeenten["gemeente"]),
        schuldhulp_meenemen=tuple(aanmelding["schuldhulpverlening"]["meenemen"]),
        partners=tuple(
            Partner(p["naam"], p["waarvoor"], p.get("contact", ""))
            for p in aanmelding.get("partner", [])
        ),
    )
