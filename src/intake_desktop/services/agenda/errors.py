"""What the agenda's services refuse, one class per condition (see domain/errors.py).

Each carries its Dutch template in the translation context it has always had, so the
English translation applies unchanged. A kick-off that cannot be booked is a field error
of the form (ValidationFailed under "kickoff"), as before."""

from __future__ import annotations

from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.core.errors import NotAllowed, NotFound, ServiceError

# --- appointments ---------------------------------------------------------------------


class AppointmentNotFound(NotFound):
    template = QT_TRANSLATE_NOOP("errors", "Deze afspraak bestaat niet (meer).")


class AlreadyRecorded(NotAllowed):
    """How the appointment went is recorded once."""

    context = "intake"
    template = QT_TRANSLATE_NOOP("intake", "Van deze afspraak is al vastgelegd hoe hij verliep.")


class NotStartedYet(NotAllowed):
    context = "intake"
    template = QT_TRANSLATE_NOOP("intake", "Deze afspraak is nog niet begonnen.")


class MayNotRecord(NotAllowed):
    context = "intake"
    template = QT_TRANSLATE_NOOP(
        "intake", "Dit legt de medewerker van de afspraak vast, of een teamleider."
    )


# --- kick-offs ------------------------------------------------------------------------


class MayNotPlanKickoffs(NotAllowed):
    context = "ambitie"
    template = QT_TRANSLATE_NOOP("ambitie", "Kick-offs plant een teamleider.")


class KickoffNotBookable(ValidationFailed):
    """Gone, of another klantgroep, or already begun."""

    message = QT_TRANSLATE_NOOP("ambitie", "Kies een kick-off van de gekozen klantgroep.")

    def __init__(self):
        super().__init__({"kickoff": self.message})


class KickoffFull(ValidationFailed):
    message = QT_TRANSLATE_NOOP(
        "ambitie", "Deze kick-off is vol ({booked} van {capacity}); kies een andere."
    )

    def __init__(self, booked: int, capacity: int):
        super().__init__({"kickoff": self.message.format(booked=booked, capacity=capacity)})
        self.booked, self.capacity = booked, capacity


# --- planning ambitiegesprekken -------------------------------------------------------


class MayNotPlan(NotAllowed):
    context = "ambitie"
    template = QT_TRANSLATE_NOOP("ambitie", "Inplannen doet een teamleider.")


class NoIntaker(ServiceError):
    """Nobody to book the ambitiegesprekken with."""

    context = "ambitie"
    template = QT_TRANSLATE_NOOP(
        "ambitie", "Er is geen medewerker met de rol wisselwachter om bij in te plannen."
    )


class PlanningCancelled(ServiceError):
    context = "ambitie"
    template = QT_TRANSLATE_NOOP("ambitie", "Inplannen afgebroken: er is niets vastgelegd.")


# --- letters --------------------------------------------------------------------------


class NotSignedIn(NotAllowed):
    context = "brieven"
    template = QT_TRANSLATE_NOOP("brieven", "Meld u aan om een bevestiging te maken.")


class NoClientToConfirm(NotAllowed):
    context = "brieven"
    template = QT_TRANSLATE_NOOP(
        "brieven",
        "Deze afspraak is niet met een klant: er is niemand om een bevestiging te sturen.",
    )


class NotUpcoming(NotAllowed):
    context = "brieven"
    template = QT_TRANSLATE_NOOP(
        "brieven",
        "Alleen van een geplande afspraak die nog moet komen kunt u een bevestiging maken.",
    )


class KickoffNotFound(NotFound):
    context = "brieven"
    template = QT_TRANSLATE_NOOP("brieven", "Deze kick-off bestaat niet (meer).")


class KickoffPast(NotAllowed):
    context = "brieven"
    template = QT_TRANSLATE_NOOP(
        "brieven", "Deze kick-off is al geweest: er gaan geen uitnodigingen meer uit."
    )


class MayNotInvite(NotAllowed):
    context = "brieven"
    template = QT_TRANSLATE_NOOP(
        "brieven",
        "Uitnodigingen voor een kick-off maakt een intaker, klantmanager of teamleider.",
    )
