"""The life cycle of a task (open → afgehandeld by a person, or vervallen when nobody
needs it any more), in one place for every stage. Call inside a transaction."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake_desktop.db.models import Task
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.roles import Actor
from intake_desktop.domain.statuses import TaskStatus, step


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
