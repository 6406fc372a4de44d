"""After a closure: reopening the traject (``reopen_traject``), and the teamleider
handing an open hand-over to an income consultant (``hand_over``).

Reopening, in one transaction: the latest closure gets reopened_at/by/reason (a client
closed before closures were recorded has no row, and gets none: the outflow figures stay
true), the client is "in_traject" again (back in the caseload count), open aftercare and
hand-over tasks lapse (they were about the job or the hand-over that ended; the
klantmanager makes new agreements), the progress talks and the lawfulness task of the
client's group are planned again (voortgang_effects), and a new concept trajectplan is
started (a returning client starts a new plan).

Who: the client's own klantmanager, or a teamleider; a hand-over only the teamleider.
Audit: entity "beeindiging" with the counts, never the reopening reason; the new plan and
each handed-over task have their own row.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from intake_desktop.db.models import Client
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.roles import TEAMLEIDER, Actor
from intake_desktop.domain.statuses import ClientStatus, PlanStatus, step
from intake_desktop.domain.text import tidy
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.core import access, audit, tasks
from intake_desktop.services.core.store import Store
from intake_desktop.services.traject import trajectplan, voortgang_effects
from intake_desktop.services.traject.afsluiting_queries import (
    NAZORG,
    OVERDRACHT,
    check_role,
    check_version,
    client_of,
    handover_target,
    latest_closure,
)
from intake_desktop.services.traject.errors import HandOutNotAllowed, NoOpenHandover, NotClosed

MAX_REOPEN_REASON = 1000

MSG_REOPEN_REASON = QT_TRANSLATE_NOOP("afsluiting", "Schrijf op waarom het traject weer opengaat.")
MSG_REOPEN_LONG = QT_TRANSLATE_NOOP(
    "afsluiting", "De reden heeft hoogstens 1000 tekens. Maak haar korter."
)
MSG_CONSULTANT = QT_TRANSLATE_NOOP(
    "afsluiting", "Kies de inkomensconsulent die de klant overneemt."
)


@dataclass(frozen=True)
class ReopenResult:
    afsluiting_id: uuid.UUID | None  # None: closed before closures were recorded
    tasks_closed: int  # open aftercare and hand-over tasks (lapsed)
    plan_id: uuid.UUID | None  # the new concept plan
    next_talk: datetime | None  # the progress talk planned for the client's group


def _new_plan(
    session, store: Store, actor: Actor, client: Client, next_talk: datetime | None
) -> uuid.UUID | None:
    """A returning client starts a new concept plan (as trajectplan.open_plan with
    start_new), in this transaction; an unfinished plan of a client closed before
    closures were recorded stays the plan."""
    plan = trajectplan.latest_plan(session, client.id)
    if plan is not None and plan.status != PlanStatus.AFGEROND:
        return plan.id
    next_on = next_talk.astimezone().date() if next_talk else None
    return trajectplan.new_plan_in_session(session, store, actor, client, next_on).id


def _audit_reopen(session, store: Store, actor: Actor, client_id, row, lapsed: int) -> None:
    if row is not None:
        audit.record(
            session,
            actor,
            audit.UPDATE,
            client_id=client_id,
            entity="beeindiging",
            entity_id=row.id,
            workstation=store.workstation,
            details={
                "velden": ["reopened_at", "reopened_by", "reopen_reason"],
                "heropend": True,
                "taken_vervallen": lapsed,
            },
        )
    audit.record(
        session,
        actor,
        audit.UPDATE,
        client_id=client_id,
        entity="client",
        entity_id=client_id,
        workstation=store.workstation,
        details={"velden": ["status"], "status": ClientStatus.IN_TRAJECT},
    )


def reopen_traject(
    store: Store,
    actor: Actor,
    client_id: uuid.UUID,
    reason: str,
    expected_version: int | None,
) -> ReopenResult:
    """Open a closed traject again (the client lost the job, came back, ...).

    Raises ValidationFailed (``reason``), ClosureNotAllowed, ClientNotFound,
    StaleVersion or NotClosed."""
    text = tidy(reason)
    if not text:
        raise ValidationFailed({"reason": MSG_REOPEN_REASON})
    if len(text) > MAX_REOPEN_REASON:
        raise ValidationFailed({"reason": MSG_REOPEN_LONG})
    with store.transaction() as session:
        client = client_of(session, client_id, store, actor)
        check_role(store, actor, client)
        access.require(session, store, actor, client, "plannen", change=True)
        check_version(session, client, expected_version)
        if client.status != ClientStatus.AFGESLOTEN:
            raise NotClosed()
        now = utcnow()
        # None: closed before this program recorded closures. No row is made up for it
        # (a made-up closure would count in the outflow figures).
        row = latest_closure(session, client_id)
        if row is not None:
            row.reopened_at = now
            row.reopened_by = actor.staff_id
            row.reopen_reason = text
            row.updated_by = actor.staff_id
        stopped = tasks.open_tasks(session, client_id, (NAZORG, OVERDRACHT))
        tasks.lapse(stopped, actor)
        step(client, ClientStatus.IN_TRAJECT)  # the caseload triggers count the client again
        client.updated_by = actor.staff_id
        # The rhythm of the client's group again: the next progress talk (a talk still
        # planned from before the closure makes way for it) and the lawfulness task.
        next_talk = voortgang_effects.plan_next_talk(
            session, store, actor, client, True, False, now
        )
        session.add_all(
            voortgang_effects.lawfulness_tasks(session, store, actor, client, False, now)
        )
        plan_id = _new_plan(session, store, actor, client, next_talk)
        session.flush()
        _audit_reopen(session, store, actor, client_id, row, len(stopped))
        return ReopenResult(row.id if row else None, len(stopped), plan_id, next_talk)


def hand_over(
    store: Store, actor: Actor, client_id: uuid.UUID, consultant_id: uuid.UUID | None
) -> str:
    """The teamleider gives the open hand-over of a closed client to an income consultant
    (the task moves from the teamleiders to that person's werkvoorraad). Returns the
    consultant's name.

    Raises HandOutNotAllowed (not a teamleider), ValidationFailed (``handover_to``: no
    such consultant) or NoOpenHandover."""
    if not actor.has(TEAMLEIDER):
        raise audit.refusal(store, actor, HandOutNotAllowed())
    with store.transaction() as session:
        client = client_of(session, client_id, store, actor)
        access.require(session, store, actor, client, "plannen", change=True)
        handovers = tasks.open_tasks(session, client_id, (OVERDRACHT,))
        if not handovers:
            raise NoOpenHandover()
        if consultant_id is None:
            raise ValidationFailed({"handover_to": MSG_CONSULTANT})
        staff_id, name = handover_target(session, consultant_id)
        for task in handovers:
            task.assigned_to, task.assigned_role = staff_id, None
            task.updated_by = actor.staff_id
            audit.record(
                session,
                actor,
                audit.UPDATE,
                client_id=client_id,
                entity="taak",
                entity_id=task.id,
                workstation=store.workstation,
                details={"velden": ["assigned_to", "assigned_role"]},
            )
        return name
