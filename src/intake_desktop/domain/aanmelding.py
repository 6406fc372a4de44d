"""Channels and routes of an aanmelding (DOMAIN.md, client journey step 1)."""

from __future__ import annotations

from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP

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
    "wacht_op_poortwachter": QT_TRANSLATE_NOOP("aanmelding", "Wacht op poortwachter"),
    "in_screening": QT_TRANSLATE_NOOP("aanmelding", "In screening"),
    "wacht_op_quickscan": QT_TRANSLATE_NOOP("aanmelding", "Wacht op quickscan"),
    "afgerond": QT_TRANSLATE_NOOP("aanmelding", "Afgerond"),
    "doorverwezen": QT_TRANSLATE_NOOP("aanmelding", "Doorverwezen"),
}

# The status a new aanmelding starts in, per route.
FIRST_STATUS = {
    ROUTE_INTAKE: "wacht_op_poortwachter",
    ROUTE_SCHULDHULP: "doorverwezen",
    ROUTE_BBZ: "doorverwezen",
    ROUTE_DERDEN: "doorverwezen",
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
