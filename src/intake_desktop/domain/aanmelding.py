"""Channels and routes of an aanmelding (DOMAIN.md, client journey step 1)."""

from __future__ import annotations

from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.statuses import AanmeldingStatus

CHANNELS: dict[str, str] = {
    "balie": QT_TRANSLATE_NOOP("aanmelding", "Balie"),
    "telefoon": QT_TRANSLATE_NOOP("aanmelding", "Telefoon"),
    "email": QT_TRANSLATE_NOOP("aanmelding", "E-mail"),
}

ROUTE_INTAKE = "intake"
ROUTE_SCHULDHULP = "schuldhulpverlening"
ROUTE_BBZ = "bbz"
ROUTE_DERDEN = "derden"

ROUTES: dict[str, str] = {
    ROUTE_INTAKE: QT_TRANSLATE_NOOP(
        "aanmelding", "Intake: werk, inkomen, inburgering of participatie"
    ),
    ROUTE_SCHULDHULP: QT_TRANSLATE_NOOP("aanmelding", "Alleen schulden: schuldhulpverlening"),
    ROUTE_BBZ: QT_TRANSLATE_NOOP(
        "aanmelding", "Zelfstandige met geldzorgen: inkomensconsulent Bbz"
    ),
    ROUTE_DERDEN: QT_TRANSLATE_NOOP("aanmelding", "Andere dienst of partner (geen dossier)"),
}

STATUS_LABELS: dict[str, str] = {
    AanmeldingStatus.WACHT_OP_POORTWACHTER: QT_TRANSLATE_NOOP(
        "aanmelding", "Wacht op poortwachter"
    ),
    AanmeldingStatus.IN_SCREENING: QT_TRANSLATE_NOOP("aanmelding", "In screening"),
    AanmeldingStatus.WACHT_OP_QUICKSCAN: QT_TRANSLATE_NOOP("aanmelding", "Wacht op quickscan"),
    AanmeldingStatus.AFGEROND: QT_TRANSLATE_NOOP("aanmelding", "Afgerond"),
    AanmeldingStatus.DOORVERWEZEN: QT_TRANSLATE_NOOP("aanmelding", "Doorverwezen"),
}

# The status a new aanmelding starts in, per route.
FIRST_STATUS = {
    ROUTE_INTAKE: AanmeldingStatus.WACHT_OP_POORTWACHTER,
    ROUTE_SCHULDHULP: AanmeldingStatus.DOORVERWEZEN,
    ROUTE_BBZ: AanmeldingStatus.DOORVERWEZEN,
    ROUTE_DERDEN: AanmeldingStatus.DOORVERWEZEN,
}

# Follow-up task a route creates for the back office.
ROUTE_TASKS = {
    ROUTE_SCHULDHULP: (
        "schuldhulp_afspraak",
        QT_TRANSLATE_NOOP("aanmelding", "Afspraak schuldhulpverlening inplannen"),
    ),
    ROUTE_BBZ: (
        "bbz_contact",
        QT_TRANSLATE_NOOP("aanmelding", "Contact opnemen: zelfstandige met geldzorgen (Bbz)"),
    ),
}
