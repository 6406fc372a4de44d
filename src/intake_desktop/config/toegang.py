"""toegang.toml: which role may read and change which parts of which clients' dossiers
(need to know). The rules themselves are applied by services/core/access.py."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from intake_desktop.config.schema import Loaded, key, read
from intake_desktop.domain.roles import ALL_ROLES

FILE = "toegang.toml"

# The parts of a dossier a role may read or change.
PARTS = (
    "identiteit",
    "contact",
    "aanmeldingen",
    "gesprekken",
    "afspraken",
    "notities",
    "plannen",
    "inburgering",
)
Scope = Literal["alle", "wachtrij", "caseload", "team", "taken", "geen"]


@dataclass(frozen=True, kw_only=True)
class RoleAccess:
    code: str = key(max_length=32)
    klanten: Scope
    lezen: tuple[str, ...] = ()  # parts of PARTS (checked in load)
    wijzigen: tuple[str, ...] = ()
    volledig_bsn: bool = False
    zoeken: bool = False
    met_reden: bool = False


@dataclass(frozen=True, kw_only=True)
class Toegang:
    days_after_talk: int = key(toml="algemeen.dagen_na_gesprek", minimum=1, maximum=90)
    team_sees_team: bool = key(toml="algemeen.team_ziet_team")
    rol: tuple[RoleAccess, ...] = key(min_items=1, unique="code")

    def of(self, role: str) -> RoleAccess | None:
        return next((r for r in self.rol if r.code == role), None)


def load(folder: Path) -> Loaded[Toegang]:
    toegang, source = read(folder / FILE, Toegang)
    known = set()
    for index, role in enumerate(toegang.rol):
        if role.code not in ALL_ROLES:
            source.fail(
                ["rol", index, "code"],
                f"rol '{role.code}' bestaat niet. Bekend: {', '.join(ALL_ROLES)}.",
            )
        for field in ("lezen", "wijzigen"):
            for part in getattr(role, field):
                if part not in PARTS:
                    source.fail(
                        ["rol", index, field],
                        f"'{part}' is geen deel van het dossier. Bekend: {', '.join(PARTS)}.",
                    )
        for part in role.wijzigen:
            if part not in role.lezen:
                source.fail(
                    ["rol", index, "wijzigen"],
                    f"'{part}' staat bij wijzigen maar niet bij lezen.",
                )
        if role.klanten == "geen" and (role.lezen or role.met_reden):
            source.fail(
                ["rol", index, "klanten"],
                'een rol zonder klanten (klanten = "geen") leest niets en vraagt geen '
                "toegang met reden.",
            )
        known.add(role.code)
    missing = [r for r in ALL_ROLES if r not in known]
    if missing:
        source.fail(["rol"], f"deze rollen ontbreken: {', '.join(missing)}.")
    return Loaded(toegang, source)
