"""All mapped classes, imported here so ``Base.metadata`` is complete."""

from intake_desktop.db.models.agenda import Appointment, Note, Task
from intake_desktop.db.models.audit import AuditEvent, Draft
from intake_desktop.db.models.client import Client, Household
from intake_desktop.db.models.journey import (
    Aanmelding,
    Assessment,
    IntakeDomainAnswer,
    IntakeRecord,
    KlantgroepKeuze,
    KlantmanagerToewijzing,
)
from intake_desktop.db.models.staff import Staff, StaffAbsence, StaffExpertise, StaffRole
from intake_desktop.db.models.trajectplan import (
    Trajectplan,
    TrajectplanActivity,
    TrajectplanGoal,
    TrajectplanVersie,
)

__all__ = [
    "Aanmelding",
    "Appointment",
    "Assessment",
    "AuditEvent",
    "Client",
    "Draft",
    "Household",
    "IntakeDomainAnswer",
    "IntakeRecord",
    "KlantgroepKeuze",
    "KlantmanagerToewijzing",
    "Note",
    "Staff",
    "StaffAbsence",
    "StaffExpertise",
    "StaffRole",
    "Task",
    "Trajectplan",
    "TrajectplanActivity",
    "TrajectplanGoal",
    "TrajectplanVersie",
]
