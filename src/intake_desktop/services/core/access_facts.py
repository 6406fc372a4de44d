"""What the reach of a role depends on for one client (access.client_access), each fact
read at most once per check. services/core/reach.py says the same as SQL conditions for
lists, and db/server/need_to_know.py as the server's ``may()``; change one, change all
three (tests/core/test_reach.py holds them equal)."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from functools import cached_property

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from intake_desktop.db.models import (
    Aanmelding,
    Appointment,
    Client,
    IntakeRecord,
    Staff,
    Task,
    ToegangMetReden,
)
from intake_desktop.domain.roles import Actor
from intake_desktop.domain.statuses import OPEN_AANMELDING, TaskStatus
from intake_desktop.services.core.store import Store


def exists_where(session: Session, *where) -> bool:
    return bool(session.scalar(select(exists().where(*where))))


class Facts:
    """What the reach of the roles depends on, each read at most once per check."""

    def __init__(self, session: Session, store: Store, actor: Actor, client: Client, now):
        self.session, self.rules, self.actor, self.client, self.now = (
            session,
            store.config.toegang,
            actor,
            client,
            now,
        )
        self.teams = store.config.toewijzing

    def _team_of(self, staff_id) -> str | None:
        return self.session.scalar(select(Staff.team).where(Staff.id == staff_id))

    @cached_property
    def actor_team(self) -> str | None:
        return self._team_of(self.actor.staff_id)

    @cached_property
    def klantmanager_team(self) -> str | None:
        return self._team_of(self.client.klantmanager_id)

    @cached_property
    def work_with_her(self) -> bool:
        """An appointment with her (a kick-off, a work-first intake) or an open task on
        her name for this client (handed over to her, a deadline after the quickscan)."""
        client_id, staff_id = self.client.id, self.actor.staff_id
        appointment = exists().where(
            Appointment.client_id == client_id,
            Appointment.staff_id == staff_id,
            Appointment.deleted_at.is_(None),
        )
        task = exists().where(
            Task.client_id == client_id,
            Task.assigned_to == staff_id,
            Task.status == TaskStatus.OPEN,
            Task.deleted_at.is_(None),
        )
        return bool(self.session.scalar(select(appointment | task)))

    @cached_property
    def team_task(self) -> bool:
        """An open task for her team (a back office's hand-over), or a task she handled
        lately (she may look back at what she reported)."""
        client_id, since = self.client.id, self.now - timedelta(days=self.rules.days_after_talk)
        open_for_team = (
            exists().where(
                Task.client_id == client_id,
                Task.assigned_team == self.actor_team,
                Task.status == TaskStatus.OPEN,
                Task.deleted_at.is_(None),
            )
            if self.actor_team is not None
            else None
        )
        handled = exists().where(
            Task.client_id == client_id,
            Task.done_by == self.actor.staff_id,
            Task.done_at >= since,
            Task.deleted_at.is_(None),
        )
        found = handled if open_for_team is None else open_for_team | handled
        return bool(self.session.scalar(select(found)))

    @cached_property
    def led_team_task(self) -> bool:
        """An open task for a back office under her team (she leads it)."""
        led = self.teams.led_with(self.actor_team)[1:]
        return bool(led) and exists_where(
            self.session,
            Task.client_id == self.client.id,
            Task.assigned_team.in_(led),
            Task.status == TaskStatus.OPEN,
            Task.deleted_at.is_(None),
        )

    @cached_property
    def in_queue(self) -> bool:
        client_id, staff_id = self.client.id, self.actor.staff_id
        since = self.now - timedelta(days=self.rules.days_after_talk)
        local = self.now.astimezone()
        start_of_today = datetime.combine(local.date(), time(0), local.tzinfo)
        aanmelding = exists().where(
            Aanmelding.client_id == client_id,
            Aanmelding.deleted_at.is_(None),
            or_(
                Aanmelding.status.in_(OPEN_AANMELDING),
                Aanmelding.registered_at >= start_of_today,
                (Aanmelding.picked_up_by == staff_id) & (Aanmelding.registered_at >= since),
            ),
        )
        talked = exists().where(
            IntakeRecord.client_id == client_id,
            IntakeRecord.conducted_by == staff_id,
            IntakeRecord.conducted_at >= since,
        )
        return bool(self.session.scalar(select(aanmelding | talked)))

    @cached_property
    def granted(self) -> bool:
        """Toegang met reden, still valid."""
        return exists_where(
            self.session,
            ToegangMetReden.staff_id == self.actor.staff_id,
            ToegangMetReden.client_id == self.client.id,
            ToegangMetReden.valid_until > self.now,
        )

    def in_reach(self, scope: str) -> bool:
        if scope == "alle":
            return True
        if scope == "geen":
            return False
        if self.work_with_her:
            return True
        if scope == "wachtrij":
            return self.in_queue
        if scope == "taken":
            return self.team_task
        if self.client.klantmanager_id == self.actor.staff_id:
            return True
        if scope == "caseload" and not self.rules.team_sees_team:
            return False
        if scope == "team" and self.actor_team is None:
            return True  # a teamleider of the whole Werkplein
        if self.client.klantmanager_id is None and scope == "team":
            return True
        if (
            self.client.klantmanager_id is not None
            and self.actor_team is not None
            and self.klantmanager_team == self.actor_team
        ):
            return True
        return scope == "team" and self.led_team_task
