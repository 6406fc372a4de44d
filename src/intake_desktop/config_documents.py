"""resources/config/producten.toml (the services catalogue of the trajectplan) and
resources/config/huisstijl.toml (how letters and the trajectplan look)."""

from __future__ import annotations

import re
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
class Product:
    code: str
    naam: str
    soort: str  # intern, extern
    aanbieder: str
    leefgebieden: tuple[str, ...] = ()


@dataclass(frozen=True)
class Huisstijl:
    organisatie: str  # the gemeente's name
    afzender: str
    adres: tuple[str, ...]
    telefoon: str
    website: str
    logo: Path | None
    kleur: str
    plaats: str


PRODUCTEN = Table(
    {
        "product": ArrayOf(
            Table(
                {
                    "code": Field(str, max_length=64),
                    "naam": Field(str, max_length=200),
                    "soort": Field(str, choices=("intern", "extern")),
                    "aanbieder": Field(str, max_length=200),
                    "leefgebieden": ListOf(str),
                }
            ),
            min_items=1,
        )
    }
)
HUISSTIJL = Table(
    {
        "afzender": Field(str, max_length=100),
        "adres": ListOf(str),
        "telefoon": Field(str, required=False, non_empty=False, max_length=40),
        "website": Field(str, required=False, non_empty=False, max_length=100),
        "logo": Field(str, required=False, non_empty=False, max_length=200),
        "kleur": Field(str),
        "plaats": Field(str, max_length=100),
    }
)


def build_producten(
    data: dict, path: Path, text: str, domain_codes: set[str]
) -> tuple[Product, ...]:
    unique_codes(data["product"], path, text, "product")
    for index, item in enumerate(data["product"]):
        for code in item.get("leefgebieden", []):
            if code not in domain_codes:
                raise ConfigError(
                    path,
                    line_of(text, ["product", index, "leefgebieden"]),
                    f"leefgebied '{code}' staat niet in domeinen.toml.",
                )
    return tuple(
        Product(p["code"], p["naam"], p["soort"], p["aanbieder"], tuple(p.get("leefgebieden", [])))
        for p in data["product"]
    )


def build_huisstijl(data: dict, path: Path, text: str, organisatie: str) -> Huisstijl:
    if not re.fullmatch(r"#[0-9a-fA-F]{6}", data["kleur"]):
        raise ConfigError(path, line_of(text, ["kleur"]), "kleur schrijft u als #rrggbb.")
    logo = None
    if data.get("logo"):
        logo = path.parent.parent / "branding" / data["logo"]
        if not logo.exists() or logo.suffix.lower() not in (".png", ".jpg", ".jpeg"):
            raise ConfigError(
                path,
                line_of(text, ["logo"]),
                f"logo '{data['logo']}' is geen PNG- of JPG-bestand in resources/branding.",
            )
    return Huisstijl(
        organisatie=organisatie,
        afzender=data["afzender"],
        adres=tuple(data.get("adres", [])),
        telefoon=data.get("telefoon", ""),
        website=data.get("website", ""),
        logo=logo,
        kleur=data["kleur"],
        plaats=data["plaats"],
    )
