"""The teamleider's view of her teams' werkvoorraad: every open task of the teams she
leads (her team and those under it in toewijzing.toml) that nobody in the team took yet
or that is overdue, and the overdue tasks of her team members. A teamleider without a
team leads the whole Werkplein. Read-only; she hands a task to a member with
services/overdracht/backoffice.give_to."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import and_, or_, select

from intake_desktop.db.models import Staff, Task
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.roles import Actor
from intake_desktop.domain.statuses import TaskStatus
from intake_desktop.services.caseload.errors import NotTeamleider
from intake_desktop.services.caseload.werkvoorraad import WorkItem, task_work_items
from intake_desktop.services.core import audit
from intake_desktop.services.core.store import Store
from intake_desktop.services.overdracht import teams

SHOWN = 500  # the oldest first; a teamleider of the whole Werkplein after an import


def team_items(store: Store, actor: Actor, now: datetime | None = None) -> list[WorkItem]:
    """Overdue or not yet taken, oldest due first. NotTeamleider (audited) for others."""
    now = now or utcnow()
    soon = store.config.toewijzing.binnenkort_dagen
    with store.reading() as session:
        led = teams.led_teams(session, store.config.toewijzing, actor)
        if led == ():
            raise audit.refusal(store, actor, NotTeamleider())
        if led is None:
            of_team = Task.assigned_team.is_not(None)
            members = select(Staff.id)
        else:
            of_team = Task.assigned_team.in_(led)
            members = select(Staff.id).where(Staff.team.in_(led))
        late = and_(Task.due_at.is_not(None), Task.due_at < now)
        where = (
            Task.status == TaskStatus.OPEN,
            Task.deleted_at.is_(None),
            or_(
                and_(of_team, or_(Task.assigned_to.is_(None), late)),
                and_(Task.assigned_to.in_(members), late),
            ),
        )
        found = task_work_items(session, store, where, now, soon, limit=SHOWN)
    far = datetime.max.replace(tzinfo=now.tzinfo)
    found.sort(key=lambda i: (i.due_at or far, i.client_name))
    return found
