"""Errors services raise; each carries a Dutch message fit to show a user."""

from __future__ import annotations

from intake_desktop.domain.errors import IntakeError
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.validation import ValidationFailed

__all__ = [
    "IntakeError",
    "ServiceError",
    "ValidationFailed",
    "StaleVersion",
    "NotFound",
    "NotAllowed",
    "SignInFailed",
    "UniqueClash",
    "StoreBusy",
    "ConstraintBroken",
]


class ServiceError(IntakeError):
    """An expected failure of a service, with a message for the user (see IntakeError).

    Raise a subclass that names the condition; each stage keeps its own in
    ``services/<stage>/errors.py``."""


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


class TaskForNobody(ServiceError):
    """An open task for no person, no team and no role that accounts hold: a fault of
    the program or of its configuration, never saved (the database refuses it too)."""

    context = "errors"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Deze taak is aan niemand gericht. Er is niets opgeslagen; meld dit aan de "
        "beheerder (de instellingen van teams en routes).",
    )


class SignInFailed(ServiceError):
    pass


class UniqueClash(ServiceError):
    """A unique value (a BSN, a username) was taken at the same moment elsewhere."""


class StoreBusy(ServiceError):
    """The database is locked or cannot be reached; nothing was stored."""


class ConstraintBroken(RuntimeError):
    """A schema rule other than uniqueness was broken: a fault of the program, shown as
    an unexpected error (not an IntakeError). Carries only the constraint's name."""


class ServerSchemaBehind(ServiceError):
    """Server mode: the server's schema is older than this version; workstations never
    migrate it."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "De database op de server is nog niet bijgewerkt voor deze versie van het programma. "
        "Vraag de beheerder van de server om 'intake-desktop server migrate' uit te voeren.",
    )


class ServerSchemaAhead(ServiceError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "De database op de server is van een nieuwere versie van het programma. Laat deze "
        "werkplek bijwerken naar de nieuwste versie.",
    )


class ServerNotSetUp(ServiceError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "De server is nog niet klaargezet voor aanmelden met een eigen account. Vraag de "
        "beheerder van de server om 'intake-desktop server init' uit te voeren.",
    )


class AccountInactive(NotAllowed):
    """The account was deactivated while its window was open: cut off at the next call
    (in server mode the database also ends its connections)."""

    context = "access"
    template = QT_TRANSLATE_NOOP(
        "access",
        "Uw account is niet meer actief. Sluit het programma en neem contact op met de beheerder.",
    )


class ServerRefused(NotAllowed):
    """Server mode: PostgreSQL refused a read or write for this staff member (a grant or
    a row-level security policy). The program's own checks should have come first;
    this is the second line."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "De server staat dit met uw rol niet toe. Er is niets opgeslagen; wat u invulde, "
        "staat nog in het scherm.",
    )


class NotSignedIn(NotAllowed):
    """A service called in the name of someone other than who signed in to this store
    (a fault of the program, or a tampered one): refused and audited."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "Dit kan alleen namens wie nu is aangemeld. Er is niets opgeslagen; meld u opnieuw aan.",
    )


class RolesChanged(NotSignedIn):
    """The caller names roles the signed-in person does not hold (any more): a role
    taken away while the window was open, or a tampered program. Refused and audited."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "Uw rollen zijn gewijzigd sinds u zich aanmeldde. Er is niets opgeslagen; "
        "meld u opnieuw aan.",
    )


class StoreNotUpdated(ServiceError):
    """The store could not be brought to this version's schema. The migration runs as
    one transaction, so the data are as they were; a copy from before it is kept."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "Deze versie van het programma kon de gegevens niet bijwerken ({what}). Er is niets "
        "verloren: de gegevens staan nog zoals ze waren, en een kopie van voor het bijwerken "
        "staat ernaast. Neem contact op met de beheerder.",
    )
