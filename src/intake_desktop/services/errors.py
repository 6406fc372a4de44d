"""Errors services raise; each carries a Dutch message fit to show a user."""

from __future__ import annotations

import uuid

from intake_desktop.domain.i18n import translatable as _t
from intake_desktop.domain.validation import ValidationFailed

__all__ = [
    "ServiceError",
    "ValidationFailed",
    "StaleVersion",
    "NotFound",
    "NotAllowed",
    "SignInFailed",
    "DuplicateBsn",
]

C = "errors"


class ServiceError(Exception):
    """An expected failure with a message for the user."""


class StaleVersion(ServiceError):
    def __init__(self, changed_by: str = ""):
        who = changed_by or _t(C, "een collega")
        super().__init__(
            _t(C, "Deze gegevens zijn intussen gewijzigd door {who}. Uw wijzigingen zijn "
                  "niet opgeslagen, maar staan nog in het scherm. Open het dossier opnieuw "
                  "om de nieuwe gegevens te zien.").format(who=who)
        )
        self.changed_by = changed_by


class NotFound(ServiceError):
    pass


class NotAllowed(ServiceError):
    pass


class SignInFailed(ServiceError):
    pass


class DuplicateBsn(ServiceError):
    def __init__(self, client_id: uuid.UUID):
        super().__init__(_t(C, "Er bestaat al een klant met dit BSN."))
        self.client_id = client_id
