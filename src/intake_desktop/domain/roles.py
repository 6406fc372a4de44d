"""Staff roles; one person may hold several."""

from __future__ import annotations

from dataclasses import dataclass

from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP

BALIEMEDEWERKER = "baliemedewerker"
POORTWACHTER = "poortwachter"
WISSELWACHTER = "wisselwachter"
KLANTMANAGER = "klantmanager"
TEAMLEIDER = "teamleider"
BEHEERDER = "beheerder"
# A member of a back office (schuldhulpverlening, Bbz, inkomen, inburgering: the teams
# of soort "backoffice" in toewijzing.toml): works the hand-overs to her team.
BACKOFFICE = "backoffice"
# Policy staff: reads the monitoring (counts only), no client files.
BELEIDSMEDEWERKER = "beleidsmedewerker"

ROLE_LABELS: dict[str, str] = {
    BALIEMEDEWERKER: QT_TRANSLATE_NOOP("roles", "Baliemedewerker"),
    POORTWACHTER: QT_TRANSLATE_NOOP("roles", "Poortwachter"),
    WISSELWACHTER: QT_TRANSLATE_NOOP("roles", "Wisselwachter / intaker"),
    KLANTMANAGER: QT_TRANSLATE_NOOP("roles", "Klantmanager"),
    BACKOFFICE: QT_TRANSLATE_NOOP("roles", "Back office"),
    TEAMLEIDER: QT_TRANSLATE_NOOP("roles", "Teamleider"),
    BEHEERDER: QT_TRANSLATE_NOOP("roles", "Beheerder"),
    BELEIDSMEDEWERKER: QT_TRANSLATE_NOOP("roles", "Beleidsmedewerker"),
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
