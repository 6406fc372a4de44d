"""What a back office sees of a hand-over: the question, and what was already discussed
(the aanmelding, the screening, the quickscan, the documents handed in), so nobody asks
the client again. Reading it is a view of the client's dossier: audited."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from intake_desktop.db.models import Aanmelding, Appointment
from intake_desktop.domain.roles import Actor
from intake_desktop.domain.statuses import TaskStatus
from intake_desktop.services.core import access, audit
from intake_desktop.services.core.store import Store
from intake_desktop.services.dossier.conversations import Conversation, conversations, staff_names
from intake_desktop.services.overdracht import teams
from intake_desktop.services.overdracht.backoffice import handover_of_task, team_task
from intake_desktop.services.overdracht.errors import HandoverGone


@dataclass(frozen=True)
class HandoverView:
    task_id: uuid.UUID
    client_id: uuid.UUID
    client_name: str
    team: str
    team_name: str
    title: str
    vraag: str
    sent_at: datetime | None
    sent_by: str
    claimed_by: str  # "" while nobody in the team has taken it
    mine: bool
    open: bool
    report_to: str  # the klantmanager who gets the report-back ("" when none)
    uitkomsten: tuple[str, ...]
    questions: list[tuple[datetime, str]]  # the aanmeldingen's questions, newest first
    conversations: list[Conversation]  # screening and quickscan, newest first
    documents: list[tuple[datetime, str, str]]  # appointment, what to bring
    members: list[tuple[uuid.UUID, str]]  # to hand it to (teamleider, colleague)


def handover(store: Store, actor: Actor, task_id: uuid.UUID) -> HandoverView:
    with store.transaction() as session:
        task = team_task(session, store, actor, task_id)
        item = handover_of_task(session, task.id)
        if item is None or task.client_id is None:
            raise HandoverGone()
        client = access.live_client(session, store, actor, task.client_id, "aanmeldingen")
        if client is None:
            raise HandoverGone()
        rights = access.require(session, store, actor, client, "identiteit", "aanmeldingen")
        names = staff_names(session)
        parts = rights.read
        questions = [
            (a.registered_at, a.question)
            for a in session.scalars(
                select(Aanmelding)
                .where(Aanmelding.client_id == client.id, Aanmelding.deleted_at.is_(None))
                .order_by(Aanmelding.registered_at.desc())
            )
            if a.question
        ]
        talks = (
            [c for c in conversations(session, client.id, names) if c.kind != "ambitiegesprek"]
            if "gesprekken" in parts
            else []
        )
        documents = (
            [
                (a.starts_at, a.with_party or a.kind, a.documents_to_bring)
                for a in session.scalars(
                    select(Appointment)
                    .where(Appointment.client_id == client.id, Appointment.deleted_at.is_(None))
                    .order_by(Appointment.starts_at.desc())
                )
                if a.documents_to_bring
            ]
            if "afspraken" in parts
            else []
        )
        office = store.config.toewijzing.team(item.team)
        audit.record(
            session,
            actor,
            audit.VIEW,
            client_id=client.id,
            entity="overdracht",
            entity_id=item.id,
            workstation=store.workstation,
        )
        return HandoverView(
            task_id=task.id,
            client_id=client.id,
            client_name=client.full_name,
            team=item.team or "",
            team_name=office.naam if office else item.team or "",
            title=task.title,
            vraag=item.vraag,
            sent_at=item.sent_at,
            sent_by=names.get(item.sent_by, ""),
            claimed_by=names.get(task.assigned_to, "") if task.assigned_to else "",
            mine=task.assigned_to == actor.staff_id,
            open=task.status == TaskStatus.OPEN,
            report_to=names.get(client.klantmanager_id or item.report_to, ""),
            uitkomsten=office.uitkomsten if office else (),
            questions=questions,
            conversations=talks,
            documents=documents,
            members=teams.members(session, item.team) if item.team else [],
        )
