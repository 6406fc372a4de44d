"""Translating texts that come from the Qt-free domain and services."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# Contexts used with QT_TRANSLATE_NOOP under src/intake_desktop (outside ui/).
DOMAIN_CONTEXTS = (
    "validation",
    "access",
    "errors",
    "clients",
    "accounts",
    "aanmelding",
    "roles",
    "audit",
    "inzage",
    "import",
    "intake",
    "ambitie",
    "toewijzing",
    "werkvoorraad",
    "overdracht",
    "trajectplan",
    "brieven",
    "database",
    "laptop",
    "sync",
    "voortgang",
    "afsluiting",
    "inburgering",
    "monitoring",
    "notes",
)


def tr_error(error: Exception) -> str:
    """A service error's message in the user's language."""
    template = getattr(error, "template", "")
    if not template:
        return tr_domain(str(error))
    context = getattr(error, "context", "")
    translated = QCoreApplication.translate(context, template) if context else template
    if translated == template:
        translated = tr_domain(template)
    return translated.format(
        **{
            key: tr_domain(value) if isinstance(value, str) else value
            for key, value in error.params.items()
        }
    )


def tr_domain(text: str) -> str:
    """The translation of a Dutch text made by a service, or the text itself."""
    for context in DOMAIN_CONTEXTS:
        translated = QCoreApplication.translate(context, text)
        if translated != text:
            return translated
    return text
