"""The conditions the monitoring services refuse, one class each (see domain/errors.py)."""

from __future__ import annotations

from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.services.core.errors import NotAllowed


class MonitoringNotAllowed(NotAllowed):
    context = "monitoring"
    template = QT_TRANSLATE_NOOP(
        "monitoring", "Alleen een teamleider, beleidsmedewerker of beheerder ziet de monitoring."
    )
