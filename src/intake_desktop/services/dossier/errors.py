"""What the dossier's services refuse, one class per condition (see domain/errors.py).

Each carries its Dutch template in the translation context its English comes from."""

from __future__ import annotations

from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.services.core.errors import NotAllowed, NotFound


class ClientNotFound(NotFound):
    template = QT_TRANSLATE_NOOP("errors", "Deze klant bestaat niet (meer).")


class MayNotWriteNotes(NotAllowed):
    context = "notes"
    template = QT_TRANSLATE_NOOP(
        "notes",
        "Notities schrijven de klantmanager, de wisselwachter of intaker, de poortwachter en "
        "de teamleider.",
    )
