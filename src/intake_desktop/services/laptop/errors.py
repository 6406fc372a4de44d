"""The conditions the laptop stage (laptop store and key, check-out, synchronisation,
conflicts) refuses with, each with its Dutch message (see ``domain.errors.IntakeError``)."""

from __future__ import annotations

from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.services.core.errors import NotAllowed, NotFound, ServiceError

# --- the laptop store and its key ------------------------------------------------------


class NoKeyring(ServiceError):
    """The operating system offers no keyring to keep the laptop key in."""

    context = "laptop"
    template = QT_TRANSLATE_NOOP(
        "laptop",
        "Deze computer heeft geen beveiligde sleutelopslag (zoals Windows Referentiebeheer, de "
        "macOS-sleutelhanger of de sleutelbos van het bureaublad). Zonder die opslag kunnen "
        "klantgegevens niet versleuteld op de laptop; neem contact op met de beheerder.",
    )


class NoLaptopKey(ServiceError):
    """The keyring has no key for this user's laptop store."""

    context = "laptop"
    template = QT_TRANSLATE_NOOP(
        "laptop",
        "De sleutel van de gegevens op deze laptop ontbreekt. Zonder die sleutel zijn ze niet "
        "te lezen; neem contact op met de beheerder.",
    )


class WrongLaptopKey(ServiceError):
    """The key in the keyring does not open the laptop store."""

    context = "laptop"
    template = QT_TRANSLATE_NOOP(
        "laptop", "De gegevens op deze laptop kunnen met deze sleutel niet worden geopend."
    )


class LaptopNotSupported(ServiceError):
    """The encryption packages (the 'laptop' extra) are not installed."""

    context = "laptop"
    template = QT_TRANSLATE_NOOP(
        "laptop",
        "Op deze computer ontbreekt de versleuteling voor klantgegevens op een laptop "
        "(het pakket 'laptop' van intake-desktop).",
    )


class ServerUnreachable(ServiceError):
    """The shared store did not answer (no network, server down); ``kind`` names the
    driver's error class, for the log and the message (no personal data)."""

    context = "laptop"
    template = QT_TRANSLATE_NOOP(
        "laptop",
        "De server is niet bereikbaar. Probeer het opnieuw zodra de laptop weer netwerk heeft.",
    )

    def __init__(self, kind: str = ""):
        super().__init__()
        self.kind = kind


class OtherServer(ServiceError):
    """The laptop's clients came from another database than the one connected now."""

    context = "laptop"
    template = QT_TRANSLATE_NOOP(
        "laptop",
        "Deze laptop heeft zijn klanten van een andere database meegenomen dan waarmee het "
        "programma nu verbonden is. Synchroniseer met die database, of vraag de beheerder.",
    )


class OtherUsersLaptop(NotAllowed):
    """The laptop store belongs to another staff member."""

    context = "laptop"
    template = QT_TRANSLATE_NOOP(
        "laptop", "Deze gegevens op de laptop horen bij een andere medewerker."
    )


# --- taking clients along ----------------------------------------------------------------


class NoCheckoutRole(NotAllowed):
    context = "laptop"
    template = QT_TRANSLATE_NOOP(
        "laptop", "Alleen een klantmanager, wisselwachter of teamleider neemt klanten mee."
    )


class NoClientsChosen(ServiceError):
    context = "laptop"
    template = QT_TRANSLATE_NOOP("laptop", "Kies eerst de klanten die u meeneemt.")


class CheckoutCancelled(ServiceError):
    """The user stopped a check-out; the check-outs recorded are closed again."""

    context = "laptop"
    template = QT_TRANSLATE_NOOP("laptop", "Afgebroken: er is niets op de laptop gezet.")


# --- synchronising -----------------------------------------------------------------------


class NothingCheckedOut(ServiceError):
    """This store was never a laptop store: nothing to synchronise."""

    context = "laptop"
    template = QT_TRANSLATE_NOOP("laptop", "Op deze laptop zijn geen klanten meegenomen.")


class ChangesNotPushed(ServiceError):
    """A refresh from the server would overwrite changes still in the outbox."""

    context = "laptop"
    template = QT_TRANSLATE_NOOP("laptop", "Eerst moeten de wijzigingen naar de server.")


class SyncCancelled(ServiceError):
    context = "laptop"
    template = QT_TRANSLATE_NOOP(
        "laptop",
        "Afgebroken. Wat al verstuurd was, staat op de server; de rest staat nog "
        "klaar voor de volgende keer.",
    )


class SyncBroken(ServiceError):
    """The server went away (or stayed busy) in the middle of a push."""

    context = "laptop"
    template = QT_TRANSLATE_NOOP(
        "laptop",
        "Het synchroniseren is onderbroken (de server was even niet bereikbaar of "
        "bezet). Wat al verstuurd was, staat op de server; probeer het opnieuw.",
    )


class ConflictChangedAgain(ServiceError):
    """The server's row moved on between reading and writing it (its version changed):
    nothing was written; the conflict shows the new value and asks again."""

    context = "laptop"
    template = QT_TRANSLATE_NOOP(
        "laptop",
        "Op de server is dit intussen opnieuw gewijzigd. Kijk naar de nieuwe waarde en kies "
        "opnieuw.",
    )


# --- resolving a conflict ------------------------------------------------------------------


class ConflictSolved(NotFound):
    context = "sync"
    template = QT_TRANSLATE_NOOP("sync", "Dit conflict is al opgelost.")


class AlreadyOnServer(ServiceError):
    """Choosing "mine" would add a row the server has by now."""

    context = "sync"
    template = QT_TRANSLATE_NOOP(
        "sync",
        "Dit staat al op de server; er valt niets over te zetten. Kies de serverversie en pas "
        "het daarna zo nodig aan in het dossier.",
    )


class KickoffStillFull(ServiceError):
    context = "sync"
    template = QT_TRANSLATE_NOOP(
        "sync", "Deze kick-off is nog steeds vol. Kies de serverversie en plan een andere kick-off."
    )


class ServerSignInNeeded(ServiceError):
    """Offline in server mode: the server needs her own sign-in before a sync."""

    context = "laptop"
    template = QT_TRANSLATE_NOOP(
        "laptop", "Meld u eerst aan bij de server met uw wachtwoord om te synchroniseren."
    )


class CheckoutNeedsPassword(NotAllowed):
    """Signed in with the Windows account (no password): the laptop would have nothing
    to let its owner sign in with offline."""

    context = "laptop"
    template = QT_TRANSLATE_NOOP(
        "laptop",
        "Om klanten mee te nemen meldt u zich aan met uw gebruikersnaam en wachtwoord: "
        "daarmee meldt u zich straks offline op de laptop aan.",
    )
