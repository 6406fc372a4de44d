"""The statuses of a client, an aanmelding, a task, a hand-over, a trajectplan and an
appointment, with the steps each may take. Stored as their plain string values (a
StrEnum equals its value), so the database and the laptop's outbox are unchanged.

``may_become(old, new)`` is the one place that says which step is allowed; services
call ``step(row, new)`` to take one."""

from __future__ import annotations

from enum import StrEnum


class ClientStatus(StrEnum):
    AANGEMELD = "aangemeld"
    IN_INTAKE = "in_intake"
    IN_TRAJECT = "in_traject"
    AFGESLOTEN = "afgesloten"


class AanmeldingStatus(StrEnum):
    WACHT_OP_POORTWACHTER = "wacht_op_poortwachter"
    IN_SCREENING = "in_screening"
    WACHT_OP_QUICKSCAN = "wacht_op_quickscan"
    AFGEROND = "afgerond"
    DOORVERWEZEN = "doorverwezen"


# An aanmelding not yet done with: the queue's (need to know: the "wachtrij" reach).
OPEN_AANMELDING = (
    AanmeldingStatus.WACHT_OP_POORTWACHTER,
    AanmeldingStatus.IN_SCREENING,
    AanmeldingStatus.WACHT_OP_QUICKSCAN,
)


class TaskStatus(StrEnum):
    OPEN = "open"
    AFGEHANDELD = "afgehandeld"  # done by a person
    VERVALLEN = "vervallen"  # no longer needed (closure, a new ambitiegesprek)


class PlanStatus(StrEnum):
    CONCEPT = "concept"
    BESPROKEN = "besproken"
    ONDERTEKEND = "ondertekend"
    AFGEROND = "afgerond"


class AppointmentStatus(StrEnum):
    GEPLAND = "gepland"
    GEHOUDEN = "gehouden"
    NIET_VERSCHENEN = "niet_verschenen"
    GEANNULEERD = "geannuleerd"


class OverdrachtStatus(StrEnum):
    """A hand-over to a back office or a referral to a partner."""

    VERSTUURD = "verstuurd"
    GEACCEPTEERD = "geaccepteerd"
    GEWEIGERD = "geweigerd"
    AFGEROND = "afgerond"  # what came of it is reported back
    INGETROKKEN = "ingetrokken"  # the client closed or withdrew consent


# A hand-over still waiting for what comes of it.
OPEN_HANDOVER = (OverdrachtStatus.VERSTUURD, OverdrachtStatus.GEACCEPTEERD)


TRANSITIONS: dict[type[StrEnum], dict[StrEnum, frozenset[StrEnum]]] = {
    ClientStatus: {
        # the ambitiegesprek may be held from any dossier, also before a quickscan
        ClientStatus.AANGEMELD: frozenset(
            {ClientStatus.IN_INTAKE, ClientStatus.IN_TRAJECT, ClientStatus.AFGESLOTEN}
        ),
        # a second aanmelding's quickscan keeps a client in intake
        ClientStatus.IN_INTAKE: frozenset(
            {ClientStatus.IN_INTAKE, ClientStatus.IN_TRAJECT, ClientStatus.AFGESLOTEN}
        ),
        # a new ambitiegesprek keeps a client in traject; closure ends it; the quickscan
        # of a new aanmelding brings the client back in intake
        ClientStatus.IN_TRAJECT: frozenset(
            {ClientStatus.IN_INTAKE, ClientStatus.IN_TRAJECT, ClientStatus.AFGESLOTEN}
        ),
        # reopening a closed traject
        ClientStatus.AFGESLOTEN: frozenset({ClientStatus.IN_TRAJECT, ClientStatus.IN_INTAKE}),
    },
    AanmeldingStatus: {
        # the screening may be completed without picking the aanmelding up first
        AanmeldingStatus.WACHT_OP_POORTWACHTER: frozenset(
            {
                AanmeldingStatus.IN_SCREENING,
                AanmeldingStatus.WACHT_OP_QUICKSCAN,
                AanmeldingStatus.AFGEROND,
            }
        ),
        AanmeldingStatus.IN_SCREENING: frozenset(
            {
                AanmeldingStatus.WACHT_OP_POORTWACHTER,  # put back in the queue
                AanmeldingStatus.WACHT_OP_QUICKSCAN,
                AanmeldingStatus.AFGEROND,
            }
        ),
        AanmeldingStatus.WACHT_OP_QUICKSCAN: frozenset({AanmeldingStatus.AFGEROND}),
        AanmeldingStatus.AFGEROND: frozenset(),
        AanmeldingStatus.DOORVERWEZEN: frozenset(),
    },
    TaskStatus: {
        TaskStatus.OPEN: frozenset({TaskStatus.AFGEHANDELD, TaskStatus.VERVALLEN}),
        TaskStatus.AFGEHANDELD: frozenset(),
        TaskStatus.VERVALLEN: frozenset(),
    },
    OverdrachtStatus: {
        # a back office reports back at once; a partner accepts or refuses first
        OverdrachtStatus.VERSTUURD: frozenset(
            {
                OverdrachtStatus.GEACCEPTEERD,
                OverdrachtStatus.GEWEIGERD,
                OverdrachtStatus.AFGEROND,
                OverdrachtStatus.INGETROKKEN,
            }
        ),
        OverdrachtStatus.GEACCEPTEERD: frozenset(
            {OverdrachtStatus.AFGEROND, OverdrachtStatus.INGETROKKEN}
        ),
        OverdrachtStatus.GEWEIGERD: frozenset(),
        OverdrachtStatus.AFGEROND: frozenset(),
        OverdrachtStatus.INGETROKKEN: frozenset(),
    },
    PlanStatus: {
        PlanStatus.CONCEPT: frozenset(
            {PlanStatus.BESPROKEN, PlanStatus.ONDERTEKEND, PlanStatus.AFGEROND}
        ),
        PlanStatus.BESPROKEN: frozenset(
            {PlanStatus.CONCEPT, PlanStatus.ONDERTEKEND, PlanStatus.AFGEROND}
        ),
        # a change after signing starts the next version as a concept
        PlanStatus.ONDERTEKEND: frozenset({PlanStatus.CONCEPT, PlanStatus.AFGEROND}),
        PlanStatus.AFGEROND: frozenset(),
    },
    AppointmentStatus: {
        AppointmentStatus.GEPLAND: frozenset(
            {
                AppointmentStatus.GEHOUDEN,
                AppointmentStatus.NIET_VERSCHENEN,
                AppointmentStatus.GEANNULEERD,
            }
        ),
        AppointmentStatus.GEHOUDEN: frozenset(),
        AppointmentStatus.NIET_VERSCHENEN: frozenset(),
        AppointmentStatus.GEANNULEERD: frozenset(),
    },
}


def may_become(old: StrEnum, new: StrEnum) -> bool:
    """Whether a row in status ``old`` may step to ``new`` (same kind of status)."""
    kind = type(new)
    return kind(old) in TRANSITIONS[kind] and new in TRANSITIONS[kind][kind(old)]


class IllegalStep(ValueError):
    """A status step the life cycle does not allow: a fault of the program."""


def step(row, new: StrEnum) -> None:
    """Set ``row.status`` to ``new`` after checking the step is allowed."""
    if not may_become(type(new)(row.status), new):
        raise IllegalStep(f"{type(new).__name__}: {row.status} -> {new.value}")
    row.status = new
