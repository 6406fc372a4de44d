"""Errors services raise; each carries a Dutch message fit to show a user."""

from __future__ import annotations

from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.validation import ValidationFailed

__all__ = [
    "ServiceError",
    "ValidationFailed",
    "StaleVersion",
    "NotFound",
    "NotAllowed",
    "SignInFailed",
]


class ServiceError(Exception):
    """An expected failure with a message for the user.

    ``template`` is the Dutch text as marked for translation; ``params`` fill its
    {placeholders}. ``str(error)`` is the Dutch message; the UI translates the template
    first and then fills it in."""

    def __init__(self, template: str = "", **params):
        super().__init__(template.format(**params) if params else template)
        self.template = template
        self.params = params


class StaleVersion(ServiceError):
    def __init__(self, changed_by: str = ""):
        who = changed_by or QT_TRANSLATE_NOOP("errors", "een collega")
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "Deze gegevens zijn intussen gewijzigd door {who}. Uw wijzigingen zijn niet "
                "opgeslagen, maar staan nog in het scherm. Open het dossier opnieuw om de "
                "nieuwe gegevens te zien.",
            ),
            who=who,
        )
        self.changed_by = changed_by


class NotFound(ServiceError):
    pass


class NotAllowed(ServiceError):
    pass


class SignInFailed(ServiceError):
    pass
