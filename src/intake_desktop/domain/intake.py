"""Words of the counter flow: eligibility, needs, benefit, outcomes."""

from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP

ELIGIBILITY = {
    "waarschijnlijk": QT_TRANSLATE_NOOP("intake", "Waarschijnlijk recht"),
    "onwaarschijnlijk": QT_TRANSLATE_NOOP("intake", "Waarschijnlijk geen recht"),
    "onduidelijk": QT_TRANSLATE_NOOP("intake", "Nog onduidelijk"),
}
NEED = {
    "onbekend": QT_TRANSLATE_NOOP("intake", "Onbekend"),
    "ja": QT_TRANSLATE_NOOP("intake", "Ja"),
    "nee": QT_TRANSLATE_NOOP("intake", "Nee"),
}
BENEFIT = {
    "onbekend": QT_TRANSLATE_NOOP("intake", "Nog onbekend"),
    "ja": QT_TRANSLATE_NOOP("intake", "Ja, mogelijk recht op uitkering"),
    "nee": QT_TRANSLATE_NOOP("intake", "Nee"),
}
APPOINTMENT_STATUS = {
    "gepland": QT_TRANSLATE_NOOP("intake", "Gepland"),
    "gehouden": QT_TRANSLATE_NOOP("intake", "Gehouden"),
    "niet_verschenen": QT_TRANSLATE_NOOP("intake", "Niet verschenen"),
    "geannuleerd": QT_TRANSLATE_NOOP("intake", "Geannuleerd"),
}
