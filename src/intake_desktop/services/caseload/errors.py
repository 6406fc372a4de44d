"""The conditions the caseload stage (toewijzing, caseloads, werkvoorraad) refuses
with, each with its Dutch message (see ``domain.errors.IntakeError``)."""

from __future__ import annotations

from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.services.core.errors import NotAllowed, NotFound, ServiceError


class NotAssigner(NotAllowed):
    """Assigning and suggesting klantmanagers is for wisselwachters and teamleiders."""

    context = "toewijzing"
    template = QT_TRANSLATE_NOOP(
        "toewijzing", "Alleen een wisselwachter of teamleider wijst klantmanagers toe."
    )


class NotTeamleider(NotAllowed):
    """The caseload overview and redistributing clients are for a teamleider."""

    context = "toewijzing"
    template = QT_TRANSLATE_NOOP("toewijzing", "Alleen een teamleider verdeelt caseloads opnieuw.")


class OthersCaseload(NotAllowed):
    """Someone other than a teamleider asked for a colleague's caseload."""

    context = "toewijzing"
    template = QT_TRANSLATE_NOOP(
        "toewijzing", "Alleen een teamleider bekijkt de caseload van een ander."
    )


class ClientGone(NotFound):
    """The client does not exist, or was removed."""

    template = QT_TRANSLATE_NOOP("errors", "Deze klant bestaat niet (meer).")


class AssignmentTaken(ServiceError):
    """A colleague gave the client another klantmanager after the screen was opened;
    ``name`` is that klantmanager (or "niemand")."""

    context = "toewijzing"
    template = QT_TRANSLATE_NOOP(
        "toewijzing",
        "Deze klant heeft intussen een andere klantmanager gekregen ({name}). Er is niets "
        "gewijzigd; kijk opnieuw.",
    )


class TaskGone(NotFound):
    context = "werkvoorraad"
    template = QT_TRANSLATE_NOOP("werkvoorraad", "Deze taak bestaat niet (meer).")


class ColleaguesTask(NotAllowed):
    """The task is for someone else (not the actor, not their role, not a teamleider)."""

    context = "werkvoorraad"
    template = QT_TRANSLATE_NOOP("werkvoorraad", "Deze taak staat op naam van een collega.")


class ResultNeeded(ServiceError):
    """A back office's hand-over is done by reporting what came of it."""

    context = "werkvoorraad"
    template = QT_TRANSLATE_NOOP(
        "werkvoorraad",
        "Dit is een overdracht: leg het resultaat vast (Openen), dan krijgt de "
        "klantmanager de terugmelding.",
    )
