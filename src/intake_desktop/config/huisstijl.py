"""huisstijl.toml: how letters and the trajectplan look."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from intake_desktop.config.schema import Loaded, key, read

FILE = "huisstijl.toml"


@dataclass(frozen=True, kw_only=True)
class Huisstijl:
    afzender: str = key(max_length=100)
    adres: tuple[str, ...] = ()
    telefoon: str = key("", empty_ok=True, max_length=40)
    website: str = key("", empty_ok=True, max_length=100)
    logo_bestand: str = key("", toml="logo", empty_ok=True, max_length=200)
    kleur: str  # #rrggbb
    plaats: str = key(max_length=100)  # proposed for the signature
    # Not in this file:
    organisatie: str = key("", derived=True)  # the gemeente's name
    logo: Path | None = key(None, derived=True)  # logo_bestand in resources/branding


def load(folder: Path, organisatie: str) -> Loaded[Huisstijl]:
    huisstijl, source = read(folder / FILE, Huisstijl)
    if not re.fullmatch(r"#[0-9a-fA-F]{6}", huisstijl.kleur):
        source.fail(["kleur"], "kleur schrijft u als #rrggbb.")
    logo = None
    if huisstijl.logo_bestand:
        logo = folder.parent / "branding" / huisstijl.logo_bestand
        if not logo.exists() or logo.suffix.lower() not in (".png", ".jpg", ".jpeg"):
            source.fail(
                ["logo"],
                f"logo '{huisstijl.logo_bestand}' is geen PNG- of JPG-bestand in resources/branding.",
            )
    return Loaded(replace(huisstijl, organisatie=organisatie, logo=logo), source)
