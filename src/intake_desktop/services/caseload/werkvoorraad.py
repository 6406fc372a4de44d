"""The werkvoorraad: what one staff member has to do, due and overdue.

Three sources, each read on an index:
- open tasks for the person or one of their roles (the 48-hour Work First check, Work
  First contact, the poortwachterstoets, call-ups after a missed appointment, acute need,
  a klantmanager to find after a klantgroep change, ...), and the tasks of her team that
  nobody in it has taken yet (a back office's hand-overs, services/overdracht);
- their appointments: progress talks coming up, and any appointment that has passed but
  is not yet recorded as held or missed;
- for wisselwachters and teamleiders: clients in intake or traject without a
  klantmanager (or whose klantmanager no longer works here).
Handling an item closes it: a task is marked done, an appointment is recorded in the
agenda, an unassigned client gets a klantmanager.

Need to know: a task is listed when it is hers or her role's, an appointment when it
is hers (work addressed to her, with the client's name: whom it is about); clients
without a klantmanager only when they are in her reach (services/core/reach.py), in the
list and in the count. A teamleider closes a colleague's task only of a client whose
appointments and tasks she may change.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, func, or_, select

from intake_desktop.db.models import (
    Appointment,
    Client,
    Staff,
    Task,
)
from intake_desktop.domain.client_status import IN_CARE
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.roles import KLANTMANAGER, TEAMLEIDER, WISSELWACHTER, Actor
from intake_desktop.domain.statuses import AppointmentStatus, TaskStatus
from intake_desktop.domain.toewijzing import REASSIGN_TASK
from intake_desktop.services.agenda.maatregel import MEASURE_TASK
from intake_desktop.services.agenda.work_first import WORK_FIRST_TASK
from intake_desktop.services.core import reach
from intake_desktop.services.core.store import Store

OVERDUE, TODAY, SOON, LATER = "te_laat", "vandaag", "binnenkort", "later"
STATE_LABELS = {
    OVERDUE: QT_TRANSLATE_NOOP("werkvoorraad", "Te laat"),
    TODAY: QT_TRANSLATE_NOOP("werkvoorraad", "Vandaag"),
    SOON: QT_TRANSLATE_NOOP("werkvoorraad", "Binnenkort"),
    LATER: QT_TRANSLATE_NOOP("werkvoorraad", "Later"),
}
# Where an item is handled.
IN_DOSSIER, IN_AGENDA, ASSIGN = "dossier", "agenda", "toewijzen"
HANDOVER = "overdracht"  # a back office's task: the hand-over, its result
MEASURE = "maatregel"  # a proposed measure: the klantmanager's decision
WORK_FIRST = "work_first"  # the 48-hour Work First check: its result
TITLE_UNASSIGNED = QT_TRANSLATE_NOOP("werkvoorraad", "Klant zonder klantmanager")
TITLE_MANY_UNASSIGNED = QT_TRANSLATE_NOOP(
    "werkvoorraad",
    "Nog meer klanten zonder klantmanager (bijvoorbeeld na een import): de teamleider "
    "verdeelt ze onder Caseloads",
)
IN_CASELOADS = "caseloads"
# One line per client without a klantmanager up to this many; beyond it one line that
# sends the teamleider to the bulk assignment (an imported caseload has thousands).
UNASSIGNED_SHOWN = 100
TITLE_PROGRESS = QT_TRANSLATE_NOOP("werkvoorraad", "Voortgangsgesprek")
TITLE_UNRECORDED = QT_TRANSLATE_NOOP(
    "werkvoorraad", "Afspraak afmelden: gehouden of niet verschenen?"
)


@dataclass(frozen=True)
class WorkItem:
    title: str  # Dutch; the derived ones are translatable templates
    kind: str
    state: str
    due_at: datetime | None
    client_id: uuid.UUID | None
    client_name: str
    where: str
    urgent: bool = False
    task_id: uuid.UUID | None = None
    appointment_id: uuid.UUID | None = None
    staff_id: uuid.UUID | None = None
    team: str = ""  # the team of a team task (a back office)
    claimed_by: str = ""  # who in the team took it ("" while nobody has)


@dataclass(frozen=True)
class Counts:
    overdue: int
    due: int  # overdue, today, and within the coming days

    @property
    def label(self) -> str:
        return str(self.due) if self.due else ""


def _state(due: datetime | None, now: datetime, soon_days: int) -> str:
    if due is None:
        return LATER
    if due < now:
        return OVERDUE
    local_now = now.astimezone()
    local_due = due.astimezone()
    if local_due.date() == local_now.date():
        return TODAY
    if due <= now + timedelta(days=soon_days):
        return SOON
    return LATER


def _task_filter(actor: Actor, team: str | None):
    """Hers, her role's, and her team's that nobody in it took yet."""
    # A task for the role "klantmanager" waits for the client's klantmanager to be
    # assigned (services/core/tasks.for_klantmanager): no klantmanager's yet.
    roles = sorted(actor.roles - {KLANTMANAGER})
    tests = [Task.assigned_to == actor.staff_id, Task.assigned_role.in_(roles)]
    if team is not None:
        tests.append(and_(Task.assigned_team == team, Task.assigned_to.is_(None)))
    return or_(*tests)


def _my_team(session, actor: Actor) -> str | None:
    return session.scalar(select(Staff.team).where(Staff.id == actor.staff_id))


def _appointment_filter(store: Store, actor: Actor, now: datetime, horizon: datetime):
    progress = store.config.ambitie.progress_appointment_type
    return (
        Appointment.staff_id == actor.staff_id,
        Appointment.status == AppointmentStatus.GEPLAND,
        Appointment.deleted_at.is_(None),
        Appointment.starts_at <= horizon,
        or_(
            func.coalesce(Appointment.ends_at, Appointment.starts_at) < now,
            Appointment.kind == progress,
        ),
    )


def _unassigned_filters():
    """Two index-friendly conditions (no OR across columns): clients without a
    klantmanager, and clients whose klantmanager no longer works here."""
    gone = select(Staff.id).where(or_(Staff.active.is_(False), Staff.deleted_at.is_not(None)))
    common = (Client.status.in_(IN_CARE), Client.deleted_at.is_(None))
    return (
        (Client.klantmanager_id.is_(None), *common),
        (Client.klantmanager_id.in_(gone), *common),
    )


def sees_unassigned(actor: Actor) -> bool:
    return actor.has(WISSELWACHTER, TEAMLEIDER)


# An unassigned client is handled by assigning (services/caseload/toewijzing).
UNASSIGNED_PARTS = ("identiteit", "gesprekken")


def items(store: Store, actor: Actor, now: datetime | None = None) -> list[WorkItem]:
    """Everything open for this person: overdue first, then by due date."""
    now = now or utcnow()
    soon = store.config.toewijzing.binnenkort_dagen
    with store.reading() as session:
        found = _task_items(session, store, actor, now, soon)
        found += _appointment_items(session, store, actor, now, soon)
        if sees_unassigned(actor):
            days = store.config.toewijzing.toewijzen_dagen
            reach = _unassigned_reach(session, store, actor)
            found += _unassigned_items(session, reach, now, soon, days)
    order = {OVERDUE: 0, TODAY: 1, SOON: 2, LATER: 3}
    far = datetime.max.replace(tzinfo=now.tzinfo)
    found.sort(key=lambda i: (not i.urgent, order[i.state], i.due_at or far))
    return found


def _client_name():
    return Client.full_name_sql()


def _unassigned_reach(session, store: Store, actor: Actor):
    return reach.condition(session, store, actor, *UNASSIGNED_PARTS)


def _task_items(session, store: Store, actor: Actor, now: datetime, soon: int) -> list[WorkItem]:
    where = (
        _task_filter(actor, _my_team(session, actor)),
        Task.status == TaskStatus.OPEN,
        Task.deleted_at.is_(None),
    )
    return task_work_items(session, store, where, now, soon)


def _where_handled(task: Task) -> str:
    if task.assigned_team is not None:
        return HANDOVER
    if task.kind == MEASURE_TASK:
        return MEASURE
    if task.kind == WORK_FIRST_TASK:
        return WORK_FIRST
    return ASSIGN if task.kind == REASSIGN_TASK else IN_DOSSIER


def task_work_items(
    session, store: Store, where, now: datetime, soon: int, limit: int | None = None
) -> list[WorkItem]:
    """The open tasks ``where`` selects (the earliest due ``limit``), as work items with
    the client's name (also of a client outside her reach: whose work it is) and, for a
    team's task, who took it."""
    stmt = select(Task, _client_name()).outerjoin(Client, Client.id == Task.client_id).where(*where)
    if limit is not None:
        stmt = stmt.order_by(Task.due_at).limit(limit)
    rows = session.execute(stmt).all()
    hidden = [task.client_id for task, name in rows if task.client_id and name is None]
    names = _hidden_names(session, store, hidden)
    claimed = [task.assigned_to for task, _n in rows if task.assigned_team and task.assigned_to]
    staff = (
        dict(
            session.execute(select(Staff.id, Staff.display_name).where(Staff.id.in_(claimed))).all()
        )
        if claimed
        else {}
    )
    return [
        WorkItem(
            task.title,
            task.kind,
            _state(task.due_at, now, soon),
            task.due_at,
            task.client_id,
            client_name or names.get(task.client_id, ""),
            _where_handled(task),
            task.urgent or task.kind == "acuut",
            task_id=task.id,
            team=task.assigned_team or "",
            claimed_by=staff.get(task.assigned_to, "") if task.assigned_team else "",
        )
        for task, client_name in rows
    ]


def _hidden_names(session, store: Store, client_ids: list) -> dict:
    """Server mode: the names of her tasks' clients that row-level security hides (a
    task for her role about a client outside her reach): only the name."""
    if not client_ids or not store.staff_login:
        return {}
    from sqlalchemy import text

    found = session.execute(
        text("SELECT client_id, name FROM intake_security.task_client_names(:ids)"),
        {"ids": list(dict.fromkeys(client_ids))},
    )
    return dict(found.all())


def _appointment_items(session, store: Store, actor: Actor, now: datetime, soon: int):
    """Progress talks coming up, and appointments past but not yet recorded."""
    horizon = now + timedelta(days=soon)
    found: list[WorkItem] = []
    for appointment, client_name in session.execute(
        select(Appointment, _client_name())
        .outerjoin(Client, Client.id == Appointment.client_id)
        .where(*_appointment_filter(store, actor, now, horizon))
    ):
        past = (appointment.ends_at or appointment.starts_at) < now
        kind = store.config.appointment_type(appointment.kind)
        found.append(
            WorkItem(
                TITLE_UNRECORDED if past else TITLE_PROGRESS,
                appointment.kind if not past else "afmelden",
                _state(appointment.starts_at, now, soon),
                appointment.starts_at,
                appointment.client_id,
                client_name or (kind.naam if kind else ""),
                IN_AGENDA,
                appointment_id=appointment.id,
                staff_id=appointment.staff_id,
            )
        )
    return found


def _unassigned_since():
    """When a client came to be without a klantmanager: when their klantmanager left
    (the staff row's last change), else when the client was registered or imported."""
    left = select(Staff.updated_at).where(Staff.id == Client.klantmanager_id).scalar_subquery()
    return func.coalesce(left, Client.created_at, type_=Client.created_at.type)


def _unassigned_items(session, inside, now: datetime, soon: int, days: int) -> list[WorkItem]:
    """Clients in reach (``inside``) who need a klantmanager, due ``days`` after they
    came to be without one (an import of today is not late today); past the first
    few, one line that sends to the caseloads."""
    rows = [
        row
        for where in _unassigned_filters()
        for row in session.execute(
            select(Client.id, _client_name(), _unassigned_since())
            .where(*where, inside)
            .order_by(Client.search_name)
            .limit(UNASSIGNED_SHOWN + 1)
        )
    ]
    found = []
    for client_id, client_name, since in rows[:UNASSIGNED_SHOWN]:
        due = since + timedelta(days=days) if since is not None else None
        state = _state(due, now, soon) if due is not None else OVERDUE
        found.append(
            WorkItem(
                TITLE_UNASSIGNED, "zonder_klantmanager", state, due, client_id, client_name, ASSIGN
            )
        )
    if len(rows) > UNASSIGNED_SHOWN:
        order = {OVERDUE: 0, TODAY: 1, SOON: 2, LATER: 3}
        first = min((item.state for item in found), key=order.get, default=OVERDUE)
        found.append(
            WorkItem(
                TITLE_MANY_UNASSIGNED,
                "zonder_klantmanager_meer",
                first,
                None,
                None,
                "",
                IN_CASELOADS,
            )
        )
    return found


def counts(store: Store, actor: Actor, now: datetime | None = None) -> Counts:
    """What the navigation shows: due (incl. overdue) and overdue, by counting queries."""
    now = now or utcnow()
    soon = store.config.toewijzing.binnenkort_dagen
    horizon = now + timedelta(days=soon)
    with store.reading() as session:
        open_tasks = (
            _task_filter(actor, _my_team(session, actor)),
            Task.status == TaskStatus.OPEN,
            Task.deleted_at.is_(None),
        )
        tasks_due = session.scalar(
            select(func.count()).select_from(Task).where(*open_tasks, Task.due_at <= horizon)
        )
        tasks_late = session.scalar(
            select(func.count()).select_from(Task).where(*open_tasks, Task.due_at < now)
        )
        appointments = _appointment_filter(store, actor, now, horizon)
        appts_due = session.scalar(
            select(func.count()).select_from(Appointment).where(*appointments)
        )
        appts_late = session.scalar(
            select(func.count())
            .select_from(Appointment)
            .where(*appointments, func.coalesce(Appointment.ends_at, Appointment.starts_at) < now)
        )
        unassigned_late = unassigned_due = 0
        if sees_unassigned(actor):
            reach = _unassigned_reach(session, store, actor)
            wait = timedelta(days=store.config.toewijzing.toewijzen_dagen)
            since = _unassigned_since()
            unassigned_late = _count_unassigned(session, reach, since < now - wait)
            unassigned_due = _count_unassigned(session, reach, since <= horizon - wait)
    return Counts(tasks_late + appts_late + unassigned_late, tasks_due + appts_due + unassigned_due)


def _count_unassigned(session, inside, due) -> int:
    """Those ``due`` (a condition on when they came to be without a klantmanager), as
    many as the list shows (plus one for "more"): cheap also after an import of a
    quarter of a million clients without a klantmanager."""
    return min(
        sum(
            session.scalar(
                select(func.count()).select_from(
                    select(Client.id)
                    .where(*where, inside, due)
                    .limit(UNASSIGNED_SHOWN + 1)
                    .subquery()
                )
            )
            for where in _unassigned_filters()
        ),
        UNASSIGNED_SHOWN + 1,
    )
