"""Channels and routes of an aanmelding (DOMAIN.md, client journey step 1)."""

from __future__ import annotations

from intake_desktop.domain.i18n import translatable as _t

C = "aanmelding"

CHANNELS: dict[str, str] = {
    "balie": _t(C, "Balie"),
    "telefoon": _t(C, "Telefoon"),
    "email": _t(C, "E-mail"),
}

ROUTE_INTAKE = "intake"
ROUTE_SCHULDHULP = "schuldhulpverlening"
ROUTE_BBZ = "bbz"
ROUTE_DERDEN = "derden"

ROUTES: dict[str, str] = {
    ROUTE_INTAKE: _t(C, "Intake: werk, inkomen, inburgering of participatie"),
    ROUTE_SCHULDHULP: _t(C, "Alleen schulden: schuldhulpverlening"),
    ROUTE_BBZ: _t(C, "Zelfstandige met geldzorgen: inkomensconsulent Bbz"),
    ROUTE_DERDEN: _t(C, "Andere dienst of partner (geen dossier)"),
}

STATUS_LABELS: dict[str, str] = {
    "wacht_op_poortwachter": _t(C, "Wacht op poortwachter"),
    "in_screening": _t(C, "In screening"),
    "wacht_op_quickscan": _t(C, "Wacht op quickscan"),
    "afgerond": _t(C, "Afgerond"),
    "doorverwezen": _t(C, "Doorverwezen"),
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
    ROUTE_SCHULDHULP: ("schuldhulp_afspraak", _t(C, "Afspraak schuldhulpverlening inplannen")),
    ROUTE_BBZ: ("bbz_contact", _t(C, "Contact opnemen: zelfstandige met geldzorgen (Bbz)")),
}
