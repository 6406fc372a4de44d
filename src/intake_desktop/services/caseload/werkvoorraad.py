"""The werkvoorraad: what one staff member has to do, due and overdue.

Three sources, each read on an index:
- open tasks for the person or one of their roles (the 48-hour Work First check, Work
  First contact, the poortwachterstoets, call-ups after a missed appointment, acute need,
  a klantmanager to find after a klantgroep change, ...);
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

from sqlalchemy import func, or_, select

from intake_desktop.db.models import Appointment, Client, Staff, Task, ToegangMetReden
from intake_desktop.domain.client_status import IN_CARE
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.roles import TEAMLEIDER, WISSELWACHTER, Actor
from intake_desktop.domain.statuses import AppointmentStatus, TaskStatus
from intake_desktop.domain.toewijzing import REASSIGN_TASK
from intake_desktop.services.caseload.errors import ColleaguesTask, TaskGone
from intake_desktop.services.core import access, audit, hidden_rows, reach
from intake_desktop.services.core.store import Store
from intake_desktop.services.core.tasks import finish

OVERDUE, TODAY, SOON, LATER = "te_laat", "vandaag", "binnenkort", "later"
STATE_LABELS = {
    OVERDUE: QT_TRANSLATE_NOOP("werkvoorraad", "Te laat"),
    TODAY: QT_TRANSLATE_NOOP("werkvoorraad", "Vandaag"),
    SOON: QT_TRANSLATE_NOOP("werkvoorraad", "Binnenkort"),
    LATER: QT_TRANSLATE_NOOP("werkvoorraad", "Later"),
}
# Where an item is handled.
IN_DOSSIER, IN_AGENDA, ASSIGN = "dossier", "agenda", "toewijzen"
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


def _task_filter(actor: Actor):
    return or_(Task.assigned_to == actor.staff_id, Task.assigned_role.in_(sorted(actor.roles)))


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
    rows = session.execute(
        select(Task, _client_name())
        .outerjoin(Client, Client.id == Task.client_id)
        .where(_task_filter(actor), Task.status == TaskStatus.OPEN, Task.deleted_at.is_(None))
    ).all()
    hidden = [task.client_id for task, name in rows if task.client_id and name is None]
    names = _hidden_names(session, store, hidden)
    return [
        WorkItem(
            task.title,
            task.kind,
            _state(task.due_at, now, soon),
            task.due_at,
            task.client_id,
            client_name or names.get(task.client_id, ""),
            ASSIGN if task.kind == REASSIGN_TASK else IN_DOSSIER,
            task.urgent or task.kind == "acuut",
            task_id=task.id,
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
            _task_filter(actor),
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
    if not actor.has(TEAMLEIDER):
        raise audit.refusal(store, actor, ColleaguesTask(), task.client_id)
    if task.client_id is None:
        return
    client = access.live_client(session, store, actor, task.client_id, "afspraken", "afhandelen")
    if client is None:
        raise audit.refusal(store, actor, ColleaguesTask(), task.client_id)
    access.require(session, store, actor, client, "afspraken", change=True, what="afhandelen")


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
