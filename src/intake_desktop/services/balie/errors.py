"""What the counter's services refuse, one class per condition (see domain/errors.py).

Each carries its Dutch template in the translation context it has always had, so the
English translation applies unchanged."""

from __future__ import annotations

from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.services.core.errors import NotAllowed, NotFound


class ClientNotFound(NotFound):
    template = QT_TRANSLATE_NOOP("errors", "Deze klant bestaat niet (meer).")


class ExistingClientGone(NotFound):
    """The client chosen for a new aanmelding was removed meanwhile."""

    context = "clients"
    template = QT_TRANSLATE_NOOP("clients", "Deze klant bestaat niet meer.")


class AanmeldingNotFound(NotFound):
    template = QT_TRANSLATE_NOOP("errors", "Deze aanmelding bestaat niet (meer).")


class AanmeldingClosed(NotAllowed):
    """Nothing left to pick up: the aanmelding has no next step."""

    template = QT_TRANSLATE_NOOP("errors", "Deze aanmelding is al afgerond.")


class AlreadyCompleted(NotAllowed):
    """The step was done already (``who``, ``at``): a colleague was quicker."""

    context = "intake"
    template = QT_TRANSLATE_NOOP("intake", "Deze aanmelding is al afgerond door {who} om {at}.")


class ScreeningAlreadyCompleted(AlreadyCompleted):
    template = QT_TRANSLATE_NOOP(
        "intake", "De screening van deze aanmelding is al afgerond door {who} om {at}."
    )


class NotScreenedYet(NotAllowed):
    context = "intake"
    template = QT_TRANSLATE_NOOP("intake", "Deze aanmelding moet eerst gescreend worden.")


class PickedUpByColleague(NotAllowed):
    """Someone else (``who``) holds it; the user may take it over after saying so."""

    template = QT_TRANSLATE_NOOP("errors", "{who} heeft deze aanmelding al opgepakt.")


class HeldByColleague(NotAllowed):
    """A colleague picked the aanmelding up while this step was being filled in."""

    template = QT_TRANSLATE_NOOP("errors", "Een collega heeft deze aanmelding opgepakt.")


class NotYoursToHandBack(NotAllowed):
    template = QT_TRANSLATE_NOOP("errors", "Alleen wie een aanmelding oppakte, geeft hem terug.")


class MayNotScreen(NotAllowed):
    context = "intake"
    template = QT_TRANSLATE_NOOP("intake", "Screenen doet de poortwachter.")


class MayNotQuickscan(NotAllowed):
    context = "intake"
    template = QT_TRANSLATE_NOOP("intake", "De quickscan doet de wisselwachter.")


class MayNotHoldAmbitiegesprek(NotAllowed):
    context = "ambitie"
    template = QT_TRANSLATE_NOOP("ambitie", "Het ambitiegesprek voert de intaker.")
