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

# Self-reliance per life domain, in our own words (not a licensed instrument's text).
SCORE_LABELS = {
    1: QT_TRANSLATE_NOOP("intake", "1 – grote zorgen, er is direct hulp nodig"),
    2: QT_TRANSLATE_NOOP("intake", "2 – lukt nog niet zelf"),
    3: QT_TRANSLATE_NOOP("intake", "3 – lukt deels, met hulp"),
    4: QT_TRANSLATE_NOOP("intake", "4 – lukt grotendeels zelf"),
    5: QT_TRANSLATE_NOOP("intake", "5 – lukt helemaal zelf"),
}
# The participatieladder (DOMAIN.md).
LADDER = {
    1: QT_TRANSLATE_NOOP("intake", "1 – geïsoleerd"),
    2: QT_TRANSLATE_NOOP("intake", "2 – sociale contacten buiten de deur"),
    3: QT_TRANSLATE_NOOP("intake", "3 – deelname aan georganiseerde activiteiten"),
    4: QT_TRANSLATE_NOOP("intake", "4 – onbetaald werk"),
    5: QT_TRANSLATE_NOOP("intake", "5 – betaald werk met ondersteuning"),
    6: QT_TRANSLATE_NOOP("intake", "6 – betaald werk"),
}
