"""Translating texts that come from the Qt-free domain and services."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# Contexts used with QT_TRANSLATE_NOOP under src/intake_desktop (outside ui/).
DOMAIN_CONTEXTS = ("validation", "errors", "clients", "accounts", "aanmelding", "roles",
                   "audit", "import")


def tr_domain(text: str) -> str:
    """The translation of a Dutch text made by a service, or the text itself."""
    for context in DOMAIN_CONTEXTS:
        translated = QCoreApplication.translate(context, text)
        if translated != text:
            return translated
    return text
