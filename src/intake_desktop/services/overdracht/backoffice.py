"""Hand-overs to a back office: made by the aanmelding and the quickscan's routes, worked
in the team's werkvoorraad, reported back to the klantmanager.

``hand_over`` runs inside the caller's transaction (the aanmelding or quickscan that
decides it); the others are whole actions with their own transaction and audit rows.
Need to know: a task of a team is hers when she is in the team or leads it
(``teams.works_for``); the client's dossier parts as ``toegang.toml`` gives (a back
office's reach is "taken": clients with an open task for her team)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake_desktop.db.models import Client, Overdracht, Staff, Task
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.roles import Actor
from intake_desktop.domain.statuses import OverdrachtStatus, TaskStatus, step
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.core import access, audit, hidden_rows
from intake_desktop.services.core.store import Store
from intake_desktop.services.core.tasks import finish
from intake_desktop.services.overdracht import teams
from intake_desktop.services.overdracht.errors import (
    AlreadyClaimed,
    HandoverClosed,
    HandoverGone,
    NotAMember,
    NotYourTeam,
    UnknownTeam,
)

BACKOFFICE_TASK = "backoffice"  # a hand-over in a team's werkvoorraad
REPORT_BACK_TASK = "terugmelding"  # what came of it, for the klantmanager
REPORT_BACK_DAYS = 2
MAX_TOELICHTING = 2000
MSG_UITKOMST = QT_TRANSLATE_NOOP("overdracht", "Kies wat er uit de overdracht kwam.")
MSG_TOELICHTING = QT_TRANSLATE_NOOP(
    "overdracht", "De toelichting mag hoogstens 2000 tekens hebben."
)


def hand_over(
    session: Session,
    store: Store,
    actor: Actor,
    client: Client,
    *,
    team: str,
    title: str,
    due_at: datetime,
    origin: str,
    vraag: str = "",
    aanmelding_id: uuid.UUID | None = None,
    kind: str = BACKOFFICE_TASK,
) -> Task:
    """A task in the back office's werkvoorraad and the hand-over it belongs to (inside
    the caller's transaction). The klantmanager of the moment is the one to report to."""
    office = store.config.toewijzing.team(team)
    if office is None or not office.backoffice:
        raise UnknownTeam(team)
    task = Task(
        client_id=client.id,
        aanmelding_id=aanmelding_id,
        kind=kind,
        title=title[:200],
        due_at=due_at,
        assigned_team=office.code,
        created_by=actor.staff_id,
    )
    session.add(task)
    session.flush()
    item = Overdracht(
        client_id=client.id,
        aanmelding_id=aanmelding_id,
        soort="backoffice",
        team=office.code,
        vraag=vraag,
        origin=origin,
        status=OverdrachtStatus.VERSTUURD,
        sent_at=utcnow(),
        sent_by=actor.staff_id,
        report_to=client.klantmanager_id,
        task_id=task.id,
        created_by=actor.staff_id,
        updated_by=actor.staff_id,
    )
    session.add(item)
    session.flush()
    audit.record(
        session,
        actor,
        audit.CREATE,
        client_id=client.id,
        entity="overdracht",
        entity_id=item.id,
        workstation=store.workstation,
        details={"team": office.code, "herkomst": origin},
    )
    return task


def handover_of_task(session: Session, task_id: uuid.UUID) -> Overdracht | None:
    return session.scalar(
        select(Overdracht).where(Overdracht.task_id == task_id, Overdracht.deleted_at.is_(None))
    )


def team_task(session: Session, store: Store, actor: Actor, task_id: uuid.UUID) -> Task:
    """Her team's open task (or one she leads), or a refusal (audited)."""
    task = session.get(Task, task_id)
    if task is None:
        hidden, client_id = hidden_rows.hidden_row(session, store, "task", task_id)
        if hidden:  # the server hides another team's task from her: a refusal
            raise audit.refusal(store, actor, NotYourTeam(), client_id)
    if task is None or task.deleted_at is not None:
        raise HandoverGone()
    if task.assigned_to != actor.staff_id and not teams.works_for(
        session, store.config.toewijzing, actor, task.assigned_team
    ):
        raise audit.refusal(store, actor, NotYourTeam(), task.client_id)
    return task


def _name(session: Session, staff_id) -> str:
    return session.scalar(select(Staff.display_name).where(Staff.id == staff_id)) or ""


def claim(store: Store, actor: Actor, task_id: uuid.UUID) -> None:
    """A member takes a task of her team's werkvoorraad: from now on it is hers (and
    stays her team's, so the teamleider still sees it when it runs late)."""
    with store.transaction() as session:
        task = team_task(session, store, actor, task_id)
        if task.status != TaskStatus.OPEN:
            raise HandoverClosed()
        if task.assigned_to == actor.staff_id:
            return
        if task.assigned_to is not None:
            raise AlreadyClaimed(_name(session, task.assigned_to))
        task.assigned_to, task.updated_by = actor.staff_id, actor.staff_id
        audit.record(
            session,
            actor,
            audit.UPDATE,
            client_id=task.client_id,
            entity="taak",
            entity_id=task.id,
            workstation=store.workstation,
            details={"velden": ["assigned_to"], "opgepakt": True},
        )


def give_to(store: Store, actor: Actor, task_id: uuid.UUID, staff_id: uuid.UUID) -> None:
    """A teamleider (or a member) hands a team task to a member of that team."""
    with store.transaction() as session:
        task = team_task(session, store, actor, task_id)
        if task.status != TaskStatus.OPEN:
            raise HandoverClosed()
        if task.assigned_team is None or staff_id not in dict(
            teams.members(session, task.assigned_team)
        ):
            raise NotAMember(_name(session, staff_id))
        task.assigned_to, task.updated_by = staff_id, actor.staff_id
        audit.record(
            session,
            actor,
            audit.UPDATE,
            client_id=task.client_id,
            entity="taak",
            entity_id=task.id,
            workstation=store.workstation,
            details={"velden": ["assigned_to"]},
        )


@dataclass(frozen=True)
class ReportedBack:
    to: str  # the klantmanager's name; "" when the client has none


def _checked_result(store: Store, team: str | None, uitkomst: str, toelichting: str) -> None:
    office = store.config.toewijzing.team(team)
    errors = {}
    if office is None or uitkomst not in office.uitkomsten:
        errors["uitkomst"] = MSG_UITKOMST
    if len(toelichting) > MAX_TOELICHTING:
        errors["toelichting"] = MSG_TOELICHTING
    if errors:
        raise ValidationFailed(errors)


def _report_to(session: Session, client: Client, item: Overdracht) -> uuid.UUID | None:
    """The client's klantmanager now, else the one at the hand-over, if still here."""
    for staff_id in (client.klantmanager_id, item.report_to):
        if staff_id is not None and session.scalar(
            select(Staff.active).where(Staff.id == staff_id, Staff.deleted_at.is_(None))
        ):
            return staff_id
    return None


def record_result(
    store: Store, actor: Actor, task_id: uuid.UUID, uitkomst: str, toelichting: str = ""
) -> ReportedBack:
    """The back office's result: the task is done, the hand-over afgerond, and the
    klantmanager gets a report-back task (and the dossier's timeline the result).
    ValidationFailed (uitkomst, toelichting) leaves everything as it was."""
    toelichting = toelichting.strip()
    with store.transaction() as session:
        task = team_task(session, store, actor, task_id)
        item = handover_of_task(session, task.id)
        if item is None:
            raise HandoverGone()
        if task.status != TaskStatus.OPEN or item.status in (
            OverdrachtStatus.AFGEROND,
            OverdrachtStatus.INGETROKKEN,
        ):
            raise HandoverClosed()
        _checked_result(store, item.team, uitkomst, toelichting)
        client = access.live_client(session, store, actor, item.client_id, "afspraken")
        if client is None:
            raise HandoverGone()
        access.require(session, store, actor, client, "afspraken", change=True)
        now = utcnow()
        finish(task, actor, now)
        step(item, OverdrachtStatus.AFGEROND)
        item.uitkomst, item.toelichting = uitkomst, toelichting
        item.closed_at, item.closed_by, item.updated_by = now, actor.staff_id, actor.staff_id
        to = _report_to(session, client, item)
        item.report_to = to
        changed = ["status", "uitkomst", "toelichting"]
        audit.record(
            session,
            actor,
            audit.UPDATE,
            client_id=client.id,
            entity="overdracht",
            entity_id=item.id,
            workstation=store.workstation,
            details={"velden": changed, "team": item.team},
        )
        if to is not None:
            team_name = store.config.toewijzing.team_name(item.team)
            back = Task(
                client_id=client.id,
                aanmelding_id=item.aanmelding_id,
                kind=REPORT_BACK_TASK,
                title=f"Terugmelding {team_name}: {uitkomst}"[:200],
                due_at=now + timedelta(days=REPORT_BACK_DAYS),
                assigned_to=to,
                created_by=actor.staff_id,
            )
            session.add(back)
            session.flush()
            audit.record(
                session,
                actor,
                audit.CREATE,
                client_id=client.id,
                entity="taak",
                entity_id=back.id,
                workstation=store.workstation,
                details={"soort": REPORT_BACK_TASK},
            )
        return ReportedBack(_name(session, to) if to else "")
