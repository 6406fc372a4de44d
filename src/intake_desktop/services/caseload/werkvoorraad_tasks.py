"""Handling a task from the werkvoorraad: by the person it is for, someone with its
role, a member of its team (or the teamleider who leads it), or a teamleider who may
change the client's appointments and tasks. A back office's hand-over is handled by
reporting its result (services/overdracht/backoffice.record_result), not here."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select

from intake_desktop.db.models import Overdracht, Task, ToegangMetReden
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.roles import TEAMLEIDER, Actor
from intake_desktop.domain.statuses import OPEN_HANDOVER, TaskStatus
from intake_desktop.services.caseload.errors import ColleaguesTask, ResultNeeded, TaskGone
from intake_desktop.services.core import access, audit, hidden_rows
from intake_desktop.services.core.store import Store
from intake_desktop.services.core.tasks import finish
from intake_desktop.services.overdracht import teams


def complete_task(store: Store, actor: Actor, task_id: uuid.UUID) -> None:
    """Mark a task as handled: by the person it is for, someone with its role, or a
    teamleider who may change the client's appointments and tasks (need to know; a task
    without a client she may close). Refusals are audited."""
    with store.transaction() as session:
        task = session.get(Task, task_id)
        if task is None:
            hidden, client_id = hidden_rows.hidden_row(session, store, "task", task_id)
            if hidden and actor.has(TEAMLEIDER) and client_id is not None:
                access.live_client(session, store, actor, client_id, "afspraken", "afhandelen")
            if hidden:
                raise audit.refusal(store, actor, ColleaguesTask(), client_id)
        if task is None or task.deleted_at is not None:
            raise TaskGone()
        if task.status != TaskStatus.OPEN:
            return
        _check_may_complete(session, store, actor, task)
        if task.assigned_team is not None and _open_handover(session, task):
            raise ResultNeeded()  # the result goes back to the klantmanager
        finish(task, actor)
        if task.kind == access.REVIEW_TASK:
            _mark_access_reviewed(session, actor, task)
        audit.record(
            session,
            actor,
            audit.UPDATE,
            client_id=task.client_id,
            entity="taak",
            entity_id=task.id,
            workstation=store.workstation,
            details={"velden": ["status"]},
        )


def _check_may_complete(session, store: Store, actor: Actor, task: Task) -> None:
    if task.assigned_to == actor.staff_id or (
        task.assigned_role is not None and task.assigned_role in actor.roles
    ):
        return  # hers, or her role's
    if teams.works_for(session, store.config.toewijzing, actor, task.assigned_team):
        return  # her team's, or a team she leads
    if not actor.has(TEAMLEIDER):
        raise audit.refusal(store, actor, ColleaguesTask(), task.client_id)
    if task.client_id is None:
        return
    client = access.live_client(session, store, actor, task.client_id, "afspraken", "afhandelen")
    if client is None:
        raise audit.refusal(store, actor, ColleaguesTask(), task.client_id)
    access.require(session, store, actor, client, "afspraken", change=True, what="afhandelen")


def _open_handover(session, task: Task) -> bool:
    return bool(
        session.scalar(
            select(func.count())
            .select_from(Overdracht)
            .where(
                Overdracht.task_id == task.id,
                Overdracht.status.in_(OPEN_HANDOVER),
                Overdracht.deleted_at.is_(None),
            )
        )
    )


def _mark_access_reviewed(session, actor: Actor, task: Task) -> None:
    """A teamleider handled the review task: the grants it was about are reviewed."""
    grants = session.scalars(
        select(ToegangMetReden).where(
            ToegangMetReden.client_id == task.client_id,
            ToegangMetReden.reviewed_by.is_(None),
            ToegangMetReden.granted_at <= task.created_at,
        )
    )
    for grant in grants:
        grant.reviewed_by, grant.reviewed_at = actor.staff_id, utcnow()
