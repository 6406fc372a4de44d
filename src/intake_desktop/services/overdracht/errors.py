"""The conditions the overdracht stage refuses with, each with its Dutch message."""

from __future__ import annotations

from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.services.core.errors import NotAllowed, NotFound, ServiceError


class HandoverGone(NotFound):
    context = "overdracht"
    template = QT_TRANSLATE_NOOP("overdracht", "Deze overdracht bestaat niet (meer).")


class NotYourTeam(NotAllowed):
    """A task of a team she is not in (and does not lead)."""

    context = "overdracht"
    template = QT_TRANSLATE_NOOP(
        "overdracht",
        "Deze taak is voor een ander team. Alleen dat team (of de teamleider) pakt deze taak op.",
    )


class AlreadyClaimed(ServiceError):
    context = "overdracht"
    template = QT_TRANSLATE_NOOP(
        "overdracht", "{who} heeft deze taak al opgepakt. Vernieuw de werkvoorraad."
    )

    def __init__(self, who: str):
        super().__init__(who=who)


class NotAMember(ServiceError):
    context = "overdracht"
    template = QT_TRANSLATE_NOOP(
        "overdracht", "{who} hoort niet bij dit team. Kies een medewerker van het team."
    )

    def __init__(self, who: str):
        super().__init__(who=who)


class HandoverClosed(ServiceError):
    context = "overdracht"
    template = QT_TRANSLATE_NOOP(
        "overdracht", "Over deze overdracht is al teruggemeld. Vernieuw de werkvoorraad."
    )


class UnknownTeam(ServiceError):
    context = "overdracht"
    template = QT_TRANSLATE_NOOP(
        "overdracht", "Het team '{team}' staat niet in de instellingen (toewijzing.toml)."
    )

    def __init__(self, team: str):
        super().__init__(team=team)
