"""Staff roles; one person may hold several."""

from __future__ import annotations

from dataclasses import dataclass

from intake_desktop.domain.i18n import translatable as _t

C = "roles"

BALIEMEDEWERKER = "baliemedewerker"
POORTWACHTER = "poortwachter"
WISSELWACHTER = "wisselwachter"
KLANTMANAGER = "klantmanager"
TEAMLEIDER = "teamleider"
BEHEERDER = "beheerder"

ROLE_LABELS: dict[str, str] = {
    BALIEMEDEWERKER: _t(C, "Baliemedewerker"),
    POORTWACHTER: _t(C, "Poortwachter"),
    WISSELWACHTER: _t(C, "Wisselwachter / intaker"),
    KLANTMANAGER: _t(C, "Klantmanager"),
    TEAMLEIDER: _t(C, "Teamleider"),
    BEHEERDER: _t(C, "Beheerder"),
}
ALL_ROLES = tuple(ROLE_LABELS)


@dataclass(frozen=True)
class Actor:
    """The signed-in staff member on whose behalf a service acts."""

    staff_id: object
    username: str
    display_name: str
    roles: frozenset[str]
    gemeente_code: str = ""

    def has(self, *roles: str) -> bool:
        return bool(self.roles.intersection(roles))

    @property
    def roles_text(self) -> str:
        return ",".join(sorted(self.roles))
