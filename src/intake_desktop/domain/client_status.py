"""Where a client stands in the journey, as the dossier shows it."""

from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP

AFGESLOTEN = "afgesloten"
IN_TRAJECT = "in_traject"

CLIENT_STATUS = {
    "aangemeld": QT_TRANSLATE_NOOP("clients", "Aangemeld"),
    "in_intake": QT_TRANSLATE_NOOP("clients", "In intake"),
    "in_traject": QT_TRANSLATE_NOOP("clients", "In traject"),
    "afgesloten": QT_TRANSLATE_NOOP("clients", "Afgesloten"),
}

# In a caseload and in need of a klantmanager: after the quickscan, until closure.
IN_CARE = ("in_intake", "in_traject")
