"""The conditions the traject services refuse, one class each (see domain/errors.py).

Each carries its Dutch template and the translation context it has always had, so the
English translation applies unchanged."""

from __future__ import annotations

from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.inburgering import Blocked
from intake_desktop.services.core.errors import NotAllowed, NotFound, ServiceError


# --- shared ----------------------------------------------------------------------------
class ClientNotFound(NotFound):
    context = "errors"
    template = QT_TRANSLATE_NOOP("errors", "Deze klant bestaat niet (meer).")


# --- trajectplan -------------------------------------------------------------------------
class PlanNotAllowed(NotAllowed):
    context = "trajectplan"
    template = QT_TRANSLATE_NOOP(
        "trajectplan", "Het trajectplan maakt de klantmanager (of de teamleider)."
    )


class PlanNotFound(NotFound):
    context = "trajectplan"
    template = QT_TRANSLATE_NOOP("trajectplan", "Dit trajectplan bestaat niet (meer).")


class PlanVersionNotFound(NotFound):
    context = "trajectplan"
    template = QT_TRANSLATE_NOOP("trajectplan", "Deze versie bestaat niet (meer).")


class PlanFinished(ServiceError):
    context = "trajectplan"
    template = QT_TRANSLATE_NOOP("trajectplan", "Dit trajectplan is afgerond en wijzigt niet meer.")


class WrongPlanStatus(ServiceError):
    """A step the plan's status does not allow (``status``: the status's label)."""

    context = "trajectplan"
    template = QT_TRANSLATE_NOOP("trajectplan", "Dit kan niet bij een plan met status {status}.")


# --- voortgangsgesprek -------------------------------------------------------------------
class TalkNotAllowed(NotAllowed):
    context = "voortgang"
    template = QT_TRANSLATE_NOOP(
        "voortgang", "Het voortgangsgesprek voert de klantmanager (of de teamleider)."
    )


class TrajectClosed(ServiceError):
    context = "voortgang"
    template = QT_TRANSLATE_NOOP(
        "voortgang", "Het traject van deze klant is afgesloten: heropen het eerst."
    )


class GroupChangedMeanwhile(ServiceError):
    context = "voortgang"
    template = QT_TRANSLATE_NOOP(
        "voortgang",
        "De klantgroep van deze klant is intussen gewijzigd. Er is nog niets "
        "opgeslagen; sluit het gesprek en open het opnieuw.",
    )


class AppointmentNotFound(NotFound):
    context = "errors"
    template = QT_TRANSLATE_NOOP("errors", "Deze afspraak bestaat niet (meer).")


class AlreadyRecorded(NotAllowed):
    """How the planned talk went was recorded already."""

    context = "intake"
    template = QT_TRANSLATE_NOOP("intake", "Van deze afspraak is al vastgelegd hoe hij verliep.")


class NotTheirAppointment(NotAllowed):
    context = "intake"
    template = QT_TRANSLATE_NOOP(
        "intake", "Dit legt de medewerker van de afspraak vast, of een teamleider."
    )


# --- afsluiting and heropenen ----------------------------------------------------------
class ClosureClientNotFound(ClientNotFound):
    """ClientNotFound on the closure screens, in their translation context."""

    context = "afsluiting"
    template = QT_TRANSLATE_NOOP("afsluiting", "Deze klant bestaat niet (meer).")


class ClosureNotAllowed(NotAllowed):
    context = "afsluiting"
    template = QT_TRANSLATE_NOOP(
        "afsluiting",
        "Een traject sluit de klantmanager van de klant af of heropent het (of de teamleider).",
    )


class AlreadyClosed(ServiceError):
    context = "afsluiting"
    template = QT_TRANSLATE_NOOP("afsluiting", "Het traject van deze klant is al afgesloten.")


class NotClosed(ServiceError):
    context = "afsluiting"
    template = QT_TRANSLATE_NOOP(
        "afsluiting", "Het traject van deze klant is niet afgesloten; heropenen kan dus niet."
    )


class HandOutNotAllowed(NotAllowed):
    context = "afsluiting"
    template = QT_TRANSLATE_NOOP(
        "afsluiting", "Een overdracht wijst de teamleider toe aan een inkomensconsulent."
    )


class NoOpenHandover(ServiceError):
    context = "afsluiting"
    template = QT_TRANSLATE_NOOP(
        "afsluiting", "Deze klant heeft geen open overdracht (meer) aan de inkomensconsulenten."
    )


# --- inburgering ---------------------------------------------------------------------
class InburgeringViewNotAllowed(NotAllowed):
    context = "inburgering"
    template = QT_TRANSLATE_NOOP(
        "inburgering", "De inburgering bekijkt een klantmanager, teamleider of wisselwachter."
    )


class StepsNotAllowed(NotAllowed):
    context = "inburgering"
    template = QT_TRANSLATE_NOOP(
        "inburgering", "Stappen van de handhaving legt de klantmanager (of de teamleider) vast."
    )


class RegisterNotAllowed(NotAllowed):
    context = "inburgering"
    template = QT_TRANSLATE_NOOP(
        "inburgering",
        "Een inburgeringsplicht legt een klantmanager, teamleider of wisselwachter vast.",
    )


class DutyExists(ServiceError):
    context = "inburgering"
    template = QT_TRANSLATE_NOOP(
        "inburgering",
        "Deze klant heeft al een inburgeringsplicht. Open die om stappen vast te leggen.",
    )


class NoDuty(NotFound):
    context = "inburgering"
    template = QT_TRANSLATE_NOOP(
        "inburgering", "Deze klant heeft (nog) geen inburgeringsplicht in het programma."
    )


class DutyNotRunning(ServiceError):
    """Voldaan or ontheffing (``status``: the status's label)."""

    context = "inburgering"
    template = QT_TRANSLATE_NOOP(
        "inburgering",
        "De inburgeringsplicht loopt niet meer (status: {status}): er komen geen stappen meer bij.",
    )


class FineFirst(ServiceError):
    context = "inburgering"
    template = QT_TRANSLATE_NOOP(
        "inburgering",
        "Beboeten begint pas na een handhavingsbesluit 'Naar beboeten'.",
    )


class WrongStep(ServiceError):
    """Not the next step of the procedure (``procedure``, ``step``: names)."""

    context = "inburgering"
    template = QT_TRANSLATE_NOOP(
        "inburgering",
        "Deze stap kan nu niet: de volgende stap van {procedure} is '{step}'.",
    )


class StepNotFound(NotFound):
    context = "inburgering"
    template = QT_TRANSLATE_NOOP("inburgering", "Deze stap bestaat niet (meer).")


class NoLetter(ServiceError):
    context = "inburgering"
    template = QT_TRANSLATE_NOOP("inburgering", "Bij deze stap hoort geen brief.")


# The error of each reason why a procedure takes no step now (domain/inburgering.Blocked).
BLOCKED: dict[Blocked, type[ServiceError]] = {
    Blocked.NO_DUTY: NoDuty,
    Blocked.NOT_RUNNING: DutyNotRunning,
    Blocked.FINE_FIRST: FineFirst,
}
