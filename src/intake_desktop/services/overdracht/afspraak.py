"""The first talk of a debts-only aanmelding, booked at the counter: the first slot at
which the client and a member of the back office are free is proposed; booking it
closes the task that asked for it ("afspraak inplannen") and gives the hand-over to
that member, to report back after the talk. The meeneemblad then names the
appointment."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from intake_desktop.db.models import Aanmelding, Appointment, Overdracht, Task
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.roles import Actor
from intake_desktop.domain.statuses import OPEN_HANDOVER, TaskStatus
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.agenda import free_slots
from intake_desktop.services.core import access, audit
from intake_desktop.services.core.store import Store
from intake_desktop.services.core.tasks import finish
from intake_desktop.services.overdracht import teams
from intake_desktop.services.overdracht.errors import HandoverClosed, HandoverGone, NotYourTeam

FIRST_TALK_TASK = "backoffice_gesprek"
MSG_PAST = QT_TRANSLATE_NOOP("overdracht", "Kies een tijdstip in de toekomst.")
MSG_MEMBER = QT_TRANSLATE_NOOP("overdracht", "Kies een medewerker van de back office.")
MSG_STAFF_BUSY = QT_TRANSLATE_NOOP(
    "overdracht", "Deze medewerker heeft op dit tijdstip al een afspraak of is afwezig."
)
MSG_CLIENT_BUSY = QT_TRANSLATE_NOOP("overdracht", "Op dit tijdstip heeft de klant al een afspraak.")


@dataclass(frozen=True)
class FirstTalk:
    """What the counter proposes: the first free slot and who, and the choice."""

    team_name: str
    kind_name: str
    location: str
    minutes: int
    starts_at: datetime | None  # None: nobody free in the coming weeks
    staff_id: uuid.UUID | None
    members: list[tuple[uuid.UUID, str]]


@dataclass(frozen=True)
class Booked:
    starts_at: datetime
    staff_name: str
    kind_name: str
    location: str


def _handover(session, store: Store, actor: Actor, aanmelding_id: uuid.UUID):
    """The aanmelding, its open hand-over and task; the counter that registers, or a
    member of the team, may book its first talk."""
    item = session.get(Aanmelding, aanmelding_id)
    if item is None or item.client_id is None or item.deleted_at is not None:
        raise HandoverGone()
    handover = session.scalar(
        select(Overdracht).where(
            Overdracht.aanmelding_id == aanmelding_id,
            Overdracht.soort == "backoffice",
            Overdracht.deleted_at.is_(None),
        )
    )
    if handover is None:
        raise HandoverGone()
    if handover.status not in OPEN_HANDOVER:
        raise HandoverClosed()
    if not access.may_register(store, actor) and not teams.works_for(
        session, store.config.toewijzing, actor, handover.team
    ):
        raise audit.refusal(store, actor, NotYourTeam(), item.client_id)
    client = access.live_client(session, store, actor, item.client_id)
    if client is None:
        raise HandoverGone()
    access.require(session, store, actor, client, "identiteit")
    return item, handover


def _kind(store: Store):
    return store.config.appointment_type(store.config.schuldhulp_afspraak)


def propose(store: Store, actor: Actor, aanmelding_id: uuid.UUID) -> FirstTalk:
    kind = _kind(store)
    with store.reading() as session:
        item, handover = _handover(session, store, actor, aanmelding_id)
        members = teams.members(session, handover.team)
        slot = free_slots.first_free(
            session,
            store.config,
            [staff_id for staff_id, _name in members],
            item.client_id,
            timedelta(minutes=kind.duur_minuten),
        )
        return FirstTalk(
            team_name=store.config.toewijzing.team_name(handover.team),
            kind_name=kind.naam,
            location=kind.locatie,
            minutes=kind.duur_minuten,
            starts_at=slot.starts_at if slot else None,
            staff_id=slot.staff_id if slot else None,
            members=members,
        )


def book(
    store: Store, actor: Actor, aanmelding_id: uuid.UUID, starts_at: datetime, staff_id
) -> Booked:
    """Book it. ValidationFailed: starts_at (past, the client busy), staff_id (not a
    member, busy or away) — nothing is written then."""
    kind = _kind(store)
    length = timedelta(minutes=kind.duur_minuten)
    with store.transaction() as session:
        item, handover = _handover(session, store, actor, aanmelding_id)
        members = dict(teams.members(session, handover.team))
        errors: dict[str, str] = {}
        if staff_id not in members:
            errors["staff_id"] = MSG_MEMBER
        if starts_at <= utcnow():
            errors["starts_at"] = MSG_PAST
        if not errors:
            away = free_slots.days_away(
                session, staff_id, starts_at.astimezone().date(), starts_at.astimezone().date()
            )
            who = free_slots.clash(session, staff_id, item.client_id, starts_at, length)
            if away or (who is not None and who != free_slots.CLIENT):
                errors["staff_id"] = MSG_STAFF_BUSY
            elif who == free_slots.CLIENT:
                errors["starts_at"] = MSG_CLIENT_BUSY
        if errors:
            raise ValidationFailed(errors)
        appointment = Appointment(
            client_id=item.client_id,
            aanmelding_id=item.id,
            kind=kind.code,
            starts_at=starts_at,
            ends_at=starts_at + length,
            location=kind.locatie,
            staff_id=staff_id,
            with_party=kind.naam,
            documents_to_bring="\n".join(store.config.schuldhulp_meenemen),
            created_by=actor.staff_id,
        )
        session.add(appointment)
        session.flush()
        _hand_to_member(session, store, actor, handover, staff_id, appointment)
        audit.record(
            session,
            actor,
            audit.CREATE,
            client_id=item.client_id,
            entity="afspraak",
            entity_id=appointment.id,
            workstation=store.workstation,
            details={"soort": kind.code},
        )
        return Booked(starts_at, members[staff_id], kind.naam, kind.locatie)


def _hand_to_member(session, store, actor, handover: Overdracht, staff_id, appointment) -> None:
    """The planning task is done; the hand-over goes on as the member's task to report
    back after the talk (still her team's: the teamleider sees it when it runs late)."""
    planning = session.get(Task, handover.task_id) if handover.task_id else None
    if planning is not None and planning.status == TaskStatus.OPEN:
        finish(planning, actor)
    when = appointment.starts_at.astimezone().strftime("%d-%m-%Y %H:%M")
    follow = Task(
        client_id=handover.client_id,
        aanmelding_id=handover.aanmelding_id,
        kind=FIRST_TALK_TASK,
        title=f"Eerste gesprek {when}: resultaat terugmelden aan de klantmanager",
        due_at=appointment.ends_at + timedelta(days=1),
        assigned_team=handover.team,
        assigned_to=staff_id,
        created_by=actor.staff_id,
    )
    session.add(follow)
    session.flush()
    handover.task_id, handover.updated_by = follow.id, actor.staff_id
    for task in (planning, follow):
        if task is not None:
            audit.record(
                session,
                actor,
                audit.UPDATE if task is planning else audit.CREATE,
                client_id=handover.client_id,
                entity="taak",
                entity_id=task.id,
                workstation=store.workstation,
                details={"velden": ["status"]} if task is planning else {"soort": task.kind},
            )
