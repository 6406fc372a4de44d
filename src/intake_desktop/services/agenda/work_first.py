"""The Work First result: within 48 hours of the aanmelding, is the client at work? A
recorded result, not only a closed task: at work (the planned uitkeringsintake task is
no longer needed), or not, and then what: the uitkeringsintake (its planning task stays
until it is booked), another Work First attempt, or something else (explained)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from intake_desktop.db.models import Task, WorkFirstResultaat
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.roles import Actor
from intake_desktop.domain.statuses import TaskStatus
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.core import access, audit
from intake_desktop.services.core.errors import NotFound
from intake_desktop.services.core.store import Store
from intake_desktop.services.core.tasks import finish, lapse, plan_kind

AT_WORK = "aan_het_werk"
NEXT_STEPS = {
    "uitkeringsintake": QT_TRANSLATE_NOOP("intake", "Uitkeringsintake plannen"),
    "opnieuw": QT_TRANSLATE_NOOP("intake", "Nog een Work First-poging"),
    "anders": QT_TRANSLATE_NOOP("intake", "Iets anders (toelichten)"),
}
MSG_NEXT = QT_TRANSLATE_NOOP("intake", "Kies wat er nu gebeurt.")
MSG_WHY = QT_TRANSLATE_NOOP("intake", "Schrijf op wat er gebeurt (hoogstens 2000 tekens).")


class NoWorkFirstTask(NotFound):
    context = "intake"
    template = QT_TRANSLATE_NOOP("intake", "Deze Work First-taak bestaat niet (meer).")


@dataclass(frozen=True)
class WorkFirstView:
    task_id: uuid.UUID
    client_id: uuid.UUID
    client_name: str
    title: str


def _task(session, store: Store, actor: Actor, task_id: uuid.UUID):
    task = session.get(Task, task_id)
    if task is None or task.deleted_at is not None or task.client_id is None:
        raise NoWorkFirstTask()
    client = access.live_client(session, store, actor, task.client_id, "afspraken")
    if client is None:
        raise NoWorkFirstTask()
    return task, client


def view(store: Store, actor: Actor, task_id: uuid.UUID) -> WorkFirstView:
    with store.reading() as session:
        task, client = _task(session, store, actor, task_id)
        access.require(session, store, actor, client, "afspraken")
        return WorkFirstView(task.id, client.id, client.full_name, task.title)


def record_result(
    store: Store,
    actor: Actor,
    task_id: uuid.UUID,
    at_work: bool,
    next_step: str = "",
    toelichting: str = "",
) -> None:
    """Record the 48-hour result on its task. ValidationFailed (next_step, toelichting)
    writes nothing."""
    toelichting = toelichting.strip()
    errors = {}
    if not at_work and next_step not in NEXT_STEPS:
        errors["next_step"] = MSG_NEXT
    if (not at_work and next_step == "anders" and not toelichting) or len(toelichting) > 2000:
        errors["toelichting"] = MSG_WHY
    if errors:
        raise ValidationFailed(errors)
    with store.transaction() as session:
        task, client = _task(session, store, actor, task_id)
        access.require(session, store, actor, client, "afspraken", change=True, what="work_first")
        now = utcnow()
        row = WorkFirstResultaat(
            client_id=client.id,
            task_id=task.id,
            at_work=at_work,
            next_step=AT_WORK if at_work else next_step,
            toelichting=toelichting,
            recorded_at=now,
            recorded_by=actor.staff_id,
            created_by=actor.staff_id,
        )
        session.add(row)
        if task.status == TaskStatus.OPEN:
            if at_work or next_step != "uitkeringsintake":
                if at_work:
                    lapse([task], actor)  # no uitkeringsintake needed
                else:
                    finish(task, actor)
            # not at work, uitkeringsintake: the task stays until it is booked
        session.flush()
        audit.record(
            session,
            actor,
            audit.CREATE,
            client_id=client.id,
            entity="work_first",
            entity_id=row.id,
            workstation=store.workstation,
            details={"aan_het_werk": at_work, "vervolg": row.next_step},
        )


WORK_FIRST_TASK = plan_kind("uitkeringsintake")
