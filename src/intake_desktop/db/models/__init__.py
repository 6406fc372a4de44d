"""The mapped classes, loaded on first use.

``from intake_desktop.db.models import Client`` imports only the module that defines
``Client``: start-up then pays only for the tables it touches. ``load_all()`` imports
every module, so ``Base.metadata`` is complete (migrations, schema checks).
"""

from __future__ import annotations

import importlib

_MODULE_OF = {
    "Appointment": "agenda",
    "Note": "agenda",
    "Task": "agenda",
    "AuditChain": "audit",
    "AuditEvent": "audit",
    "Draft": "audit",
    "Client": "client",
    "Correctie": "client",
    "Household": "client",
    "KickoffBooking": "kickoff",
    "KickoffSession": "kickoff",
    "Aanmelding": "journey",
    "Assessment": "journey",
    "IntakeDomainAnswer": "journey",
    "IntakeRecord": "journey",
    "KlantgroepKeuze": "journey",
    "KlantmanagerToewijzing": "journey",
    "MonitoringTally": "monitoring",
    "CaseloadCount": "staff",
    "Staff": "staff",
    "StaffAbsence": "staff",
    "StaffExpertise": "staff",
    "StaffRole": "staff",
    "ToegangMetReden": "access",
    "Checkout": "sync",
    "OutboxEntry": "sync",
    "SyncConflict": "sync",
    "SyncReceipt": "sync",
    "SyncState": "sync",
    "Afsluiting": "traject",
    "Inburgeringsplicht": "traject",
    "InburgeringStap": "traject",
    "Trajectplan": "trajectplan",
    "TrajectplanActivity": "trajectplan",
    "TrajectplanGoal": "trajectplan",
    "TrajectplanVersie": "trajectplan",
    "Vernietigingslijst": "retention",
    "VernietigdDossier": "retention",
    "Maatregel": "overdracht",
    "Overdracht": "overdracht",
    "Voortgangsrapportage": "overdracht",
    "WorkFirstResultaat": "overdracht",
    "LogboekRegel": "audit",
    "LogboekActiviteit": "audit",
    "LogboekSleutel": "audit",
}

__all__ = sorted(_MODULE_OF)


def __getattr__(name: str):
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def load_all() -> None:
    for module in sorted(set(_MODULE_OF.values())):
        importlib.import_module(f"{__name__}.{module}")
