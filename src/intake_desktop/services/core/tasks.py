"""The life cycle of a task (open → afgehandeld by a person, or vervallen when nobody
needs it any more), in one place for every stage. Call inside a transaction.

An open task is always for someone: a person, a team of toewijzing.toml (a back
office's werkvoorraad) or a role that accounts hold. Work for the client's klantmanager
while the client has none yet waits for her (``for_klantmanager``: role "klantmanager",
nobody's name); assigning the klantmanager hands it to her
(services/caseload/toewijzing), and the client without a klantmanager is itself work in
the wisselwachters' and teamleiders' werkvoorraad. Every task the program writes is
checked before it is flushed (``TaskForNobody``); the database checks it again
(db/task_addressed.py)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from intake_desktop.db.models import Task
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.roles import ALL_ROLES, KLANTMANAGER, Actor
from intake_desktop.domain.statuses import TaskStatus, step
from intake_desktop.services.core.errors import TaskForNobody


def for_klantmanager(klantmanager_id) -> dict:
    """Task(**for_klantmanager(client.klantmanager_id)): hers, or waiting for her."""
    if klantmanager_id is not None:
        return {"assigned_to": klantmanager_id}
    return {"assigned_to": None, "assigned_role": KLANTMANAGER}


def waiting_for_klantmanager():
    """The condition of tasks that wait for a client's klantmanager to be assigned."""
    return (
        Task.assigned_to.is_(None),
        Task.assigned_team.is_(None),
        Task.assigned_role == KLANTMANAGER,
    )


def addressed(task: Task) -> bool:
    return (
        task.status != TaskStatus.OPEN
        or task.assigned_to is not None
        or task.assigned_team is not None
        or task.assigned_role in ALL_ROLES
    )


@event.listens_for(Task, "before_insert")
@event.listens_for(Task, "before_update")
def _refuse_for_nobody(_mapper, _connection, task: Task) -> None:
    if task.status is None:
        task.status = TaskStatus.OPEN
    if not addressed(task):
        raise TaskForNobody()


def open_tasks(session: Session, client_id: uuid.UUID, kinds: Iterable[str] = ()) -> list[Task]:
    """A client's open tasks (of these kinds, if given), earliest due first."""
    stmt = select(Task).where(
        Task.client_id == client_id, Task.status == TaskStatus.OPEN, Task.deleted_at.is_(None)
    )
    kinds = tuple(kinds)
    if kinds:
        stmt = stmt.where(Task.kind.in_(kinds))
    return list(session.scalars(stmt.order_by(Task.due_at)))


def finish(task: Task, actor: Actor, now: datetime | None = None) -> None:
    """Done by this person."""
    step(task, TaskStatus.AFGEHANDELD)
    task.done_at, task.done_by = now or utcnow(), actor.staff_id
    task.updated_by = actor.staff_id


def lapse(tasks: Iterable[Task], actor: Actor) -> None:
    """Nobody did these tasks and nobody needs to: they lapse (no done_by)."""
    for task in tasks:
        step(task, TaskStatus.VERVALLEN)
        task.updated_by = actor.staff_id


def plan_kind(appointment_kind: str) -> str:
    """The kind of a task that asks to plan an appointment of this type."""
    return f"plan:{appointment_kind}"


def close_planned(session: Session, actor: Actor, client_id, appointment_kind: str) -> list[Task]:
    """An appointment of this type was booked: the tasks that asked for one are done."""
    done = open_tasks(session, client_id, (plan_kind(appointment_kind),))
    for task in done:
        finish(task, actor)
    return done
