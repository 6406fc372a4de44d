"""Need to know for lists: which of many clients the actor reaches, as one SQL condition.

``access.client_access`` answers for one client. A list over many clients (the day's
agenda, a caseload, the planning, the werkvoorraad, the letters of a kick-off) puts
``condition`` in its WHERE clause instead: it holds exactly for the clients whose
``parts`` the actor may read (or, with ``change``, change), by the same rules role by role
(``access_facts.Facts.in_reach``), over the few sets the actor's own rows make (her
appointments, the queue, her talks and tasks, her grants with a reason).
``tests/core/test_reach.py`` holds it equal to ``client_access`` for every role; change
one, change the other (and ``db/server/functions.py``, see access.py).

What a list leaves out is not a refusal (nothing was asked about that client); a service
that is about to change clients it was handed calls ``require_all``, which refuses the
first one outside the reach through ``access.require`` (audited)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, time, timedelta

from sqlalchemy import and_, false, or_, select, true
from sqlalchemy.orm import Session

from intake_desktop.config.toegang import PARTS, RoleAccess, Toegang
from intake_desktop.db.models import (
    Aanmelding,
    Appointment,
    Client,
    IntakeRecord,
    Staff,
    StaffRole,
    Task,
    ToegangMetReden,
)
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.roles import Actor
from intake_desktop.domain.statuses import OPEN_AANMELDING, TaskStatus
from intake_desktop.services.core import access
from intake_desktop.services.core.errors import AccountInactive
from intake_desktop.services.core.store import Store

CHUNK = 500  # ids per IN list (SQLite allows some thousands of parameters)


class _Sets:
    """The rules' tests as conditions on a client id and its klantmanager column. Every
    subquery is uncorrelated (``correlate(None)``): the list around it may itself be a
    query over appointments, tasks or staff."""

    def __init__(self, rules: Toegang, actor: Actor, team: str | None, client_id, km, led=()):
        self.rules, self.me, self.team, self.led = rules, actor.staff_id, team, tuple(led)
        self.client_id, self.km = client_id, km
        self.now = utcnow()

    def _in(self, subquery):
        return self.client_id.in_(subquery.correlate(None))

    def work_with_her(self):
        appointment = select(Appointment.client_id).where(
            Appointment.staff_id == self.me,
            Appointment.client_id.is_not(None),
            Appointment.deleted_at.is_(None),
        )
        task = select(Task.client_id).where(
            Task.client_id.is_not(None),
            Task.assigned_to == self.me,
            Task.status == TaskStatus.OPEN,
            Task.deleted_at.is_(None),
        )
        return or_(self._in(appointment), self._in(task))

    def team_tasks(self):
        since = self.now - timedelta(days=self.rules.days_after_talk)
        handled = select(Task.client_id).where(
            Task.client_id.is_not(None),
            Task.done_by == self.me,
            Task.done_at >= since,
            Task.deleted_at.is_(None),
        )
        if self.team is None:
            return self._in(handled)
        open_for_team = select(Task.client_id).where(
            Task.client_id.is_not(None),
            Task.assigned_team == self.team,
            Task.status == TaskStatus.OPEN,
            Task.deleted_at.is_(None),
        )
        return or_(self._in(open_for_team), self._in(handled))

    def in_queue(self):
        since = self.now - timedelta(days=self.rules.days_after_talk)
        local = self.now.astimezone()
        start_of_today = datetime.combine(local.date(), time(0), local.tzinfo)
        aanmelding = select(Aanmelding.client_id).where(
            Aanmelding.client_id.is_not(None),
            Aanmelding.deleted_at.is_(None),
            or_(
                Aanmelding.status.in_(OPEN_AANMELDING),
                Aanmelding.registered_at >= start_of_today,
                and_(Aanmelding.picked_up_by == self.me, Aanmelding.registered_at >= since),
            ),
        )
        talked = select(IntakeRecord.client_id).where(
            IntakeRecord.conducted_by == self.me, IntakeRecord.conducted_at >= since
        )
        return or_(self._in(aanmelding), self._in(talked))

    def granted(self):
        return self._in(
            select(ToegangMetReden.client_id).where(
                ToegangMetReden.staff_id == self.me, ToegangMetReden.valid_until > self.now
            )
        )

    def in_reach(self, scope: str):
        if scope == "alle":
            return true()
        if scope == "geen":
            return false()
        if scope == "team" and self.team is None:
            return true()  # a teamleider of the whole Werkplein
        tests = [self.work_with_her()]
        if scope == "wachtrij":
            tests.append(self.in_queue())
        elif scope == "taken":
            tests.append(self.team_tasks())
        else:
            tests.append(self.km == self.me)
            if scope == "team":
                tests.append(self.km.is_(None))
                if self.led:  # the back offices under her team
                    tests.append(
                        self._in(
                            select(Task.client_id).where(
                                Task.client_id.is_not(None),
                                Task.assigned_team.in_(self.led),
                                Task.status == TaskStatus.OPEN,
                                Task.deleted_at.is_(None),
                            )
                        )
                    )
            if self.team is not None and (scope == "team" or self.rules.team_sees_team):
                team = select(Staff.id).where(Staff.team == self.team).correlate(None)
                tests.append(self.km.in_(team))
        return or_(*tests)

    def of_role(self, role: RoleAccess):
        inside = self.in_reach(role.klanten)
        return or_(inside, self.granted()) if role.met_reden else inside


def condition(
    session: Session,
    store: Store,
    actor: Actor,
    *parts: str,
    change: bool = False,
    client_id=Client.id,
    klantmanager_id=Client.klantmanager_id,
):
    """A WHERE condition: the client (``client_id``, its ``klantmanager_id`` column; by
    default those of ``Client``) is one of whom the actor may read every one of ``parts``
    (with ``change``: change). AccountInactive when the actor's account is no longer
    active, as ``access.client_access``."""
    unknown = [part for part in parts if part not in PARTS]
    if unknown or not parts:
        raise ValueError(f"unknown part of a dossier: {unknown or parts}")
    me = session.execute(select(Staff.active, Staff.team).where(Staff.id == actor.staff_id)).first()
    if me is None or not me.active:
        raise AccountInactive()
    rules: Toegang = store.config.toegang
    # The roles as the store has them now, not as the caller says (access.client_access).
    stored = set(
        session.scalars(select(StaffRole.role).where(StaffRole.staff_id == actor.staff_id))
    )
    roles = [
        role
        for code in sorted(actor.roles & stored)
        if (role := rules.of(code)) is not None and role.lezen
    ]
    led = store.config.toewijzing.led_with(me.team)[1:]
    sets = _Sets(rules, actor, me.team, client_id, klantmanager_id, led)
    per_part = []
    for part in parts:
        giving = [r for r in roles if part in (r.wijzigen if change else r.lezen)]
        per_part.append(or_(*(sets.of_role(r) for r in giving)) if giving else false())
    return and_(client_id.is_not(None), *per_part)


def in_reach(
    session: Session,
    store: Store,
    actor: Actor,
    client_ids: Iterable,
    *parts: str,
    change: bool = False,
) -> set:
    """Those of ``client_ids`` (live clients) whose ``parts`` the actor may read (change)."""
    ids = list(dict.fromkeys(client_ids))
    if not ids:
        return set()
    where = condition(session, store, actor, *parts, change=change)
    found: set = set()
    for start in range(0, len(ids), CHUNK):
        found.update(
            session.scalars(
                select(Client.id).where(
                    Client.id.in_(ids[start : start + CHUNK]), Client.deleted_at.is_(None), where
                )
            )
        )
    return found


def require_all(
    session: Session,
    store: Store,
    actor: Actor,
    client_ids: Iterable,
    *parts: str,
    change: bool = False,
    what: str | None = None,
) -> None:
    """Before a change to many clients: ``NoAccess`` (audited, through ``access.require``)
    for the first live client outside the reach; clients that are gone are left to the
    caller. Call it before the transaction writes anything (the refusal is audited in a
    transaction of its own)."""
    ids = list(dict.fromkeys(client_ids))
    inside = in_reach(session, store, actor, ids, *parts, change=change)
    for client_id in ids:
        if client_id in inside:
            continue
        client = access.live_client(session, store, actor, client_id, parts[0], what)
        if client is not None:
            access.require(session, store, actor, client, *parts, change=change, what=what)
