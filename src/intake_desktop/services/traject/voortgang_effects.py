"""What a voortgangsgesprek sets in motion, inside the caller's transaction: the planned
talk counts as held, discussed tasks are done, a group change is recorded (with a
reassignment task when the new group wants another function), the lawfulness task moves
on, the next talk is planned for the (new) klantgroep, and the trajectplan's goals get
their new status (a signed plan starts its next version)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from intake_desktop.db.models import Appointment, Client, KlantgroepKeuze, Staff, Task
from intake_desktop.domain.roles import BEHEERDER, TEAMLEIDER, WISSELWACHTER, Actor
from intake_desktop.domain.statuses import AppointmentStatus, TaskStatus, step
from intake_desktop.domain.text import clean
from intake_desktop.services.agenda import agenda
from intake_desktop.services.balie.ambitiegesprek_effects import (
    free_time,
    new_appointment,
    progress_talk_dates,
)
from intake_desktop.services.caseload import toewijzing
from intake_desktop.services.core import audit, tasks
from intake_desktop.services.core.errors import StaleVersion
from intake_desktop.services.core.store import Store
from intake_desktop.services.core.tasks import for_klantmanager
from intake_desktop.services.traject import trajectplan
from intake_desktop.services.traject.errors import (
    AlreadyRecorded,
    AppointmentNotFound,
    NotTheirAppointment,
)

LAWFULNESS = "rechtmatigheid"


def open_lawfulness_due(session, client_id) -> datetime | None:
    return session.scalar(
        select(Task.due_at)
        .where(Task.client_id == client_id, Task.kind == LAWFULNESS, Task.status == TaskStatus.OPEN)
        .order_by(Task.due_at)
        .limit(1)
    )


def mark_held(session, store: Store, actor: Actor, client_id, data, now) -> object | None:
    """The planned talk this conversation is: held (a talk held early moves to now, so
    the agenda shows when it took place). Same rules as agenda.record_held otherwise."""
    if data.appointment_id is None:
        return None
    talk = session.get(Appointment, data.appointment_id)
    if (
        talk is None
        or talk.deleted_at is not None
        or talk.client_id != client_id
        or talk.kind != store.config.ambitie.progress_appointment_type
    ):
        raise AppointmentNotFound()
    if talk.status != AppointmentStatus.GEPLAND:
        raise AlreadyRecorded()
    if talk.staff_id not in (None, actor.staff_id) and not actor.has(
        TEAMLEIDER, BEHEERDER, WISSELWACHTER
    ):
        raise NotTheirAppointment()
    if talk.starts_at > now:
        length = (talk.ends_at - talk.starts_at) if talk.ends_at else timedelta(0)
        talk.starts_at, talk.ends_at = now, now + length
    velden = ["status"]
    if bool(data.at_home) != bool(talk.at_home):  # the agenda says where it took place
        kind = store.config.appointment_type(talk.kind)
        talk.at_home = bool(data.at_home)
        talk.location = "Bij de klant thuis" if data.at_home else (kind.locatie if kind else "")
        velden += ["at_home", "location"]
    step(talk, AppointmentStatus.GEHOUDEN)
    talk.updated_by = actor.staff_id
    audit.record(
        session,
        actor,
        audit.UPDATE,
        client_id=client_id,
        entity="afspraak",
        entity_id=talk.id,
        workstation=store.workstation,
        details={"velden": velden, "status": AppointmentStatus.GEHOUDEN},
    )
    return talk.id


def close_discussed_tasks(session, actor: Actor, client_id, now) -> None:
    """ "Keuze wijkt af: bespreken in het eerste voortgangsgesprek" is done now."""
    for task in tasks.open_tasks(session, client_id, ("keuze_wijkt_af",)):
        tasks.finish(task, actor, now)


def change_group(
    session, store: Store, actor: Actor, client: Client, new_group: str, reason: str, record, now
) -> Task | None:
    """The client moves to ``new_group`` (the klantgroep history says why and at which
    talk); returns the reassignment task, if the new group asks for one."""
    session.add(
        KlantgroepKeuze(
            client_id=client.id,
            klantgroep=new_group,
            suggested=None,
            deviates_from_advice=False,
            reason=clean(reason),
            decided_at=now,
            decided_by=actor.staff_id,
            intake_id=record.id,
            created_by=actor.staff_id,
        )
    )
    client.klantgroep = new_group
    client.updated_by = actor.staff_id
    return reassignment(session, store, actor, client)


def reassignment(session, store: Store, actor: Actor, client: Client) -> Task | None:
    """As after an ambitiegesprek: a task for the wisselwachters when the new group asks
    for a klantmanager of another function."""
    session.flush()
    return toewijzing.reassignment_task(session, store, actor, client)


def lawfulness_tasks(
    session, store: Store, actor: Actor, client: Client, checked: bool, now
) -> list[Task]:
    """A check done (``checked``) closes the open lawfulness task; a group that wants a
    check every few years always has one open (the next one); other groups have none."""
    group = store.config.klantgroep(client.klantgroep)
    years = group.rechtmatigheid_elke_jaren if group else 0
    waiting = tasks.open_tasks(session, client.id, (LAWFULNESS,))
    if checked:
        for task in waiting:
            tasks.finish(task, actor, now)
        waiting = []
    elif not years:
        tasks.lapse(waiting, actor)
        waiting = []
    if not years or waiting:
        return []
    return [
        Task(
            client_id=client.id,
            kind=LAWFULNESS,
            title="Rechtmatigheidstoets",
            **for_klantmanager(client.klantmanager_id),
            due_at=now + timedelta(days=round(365.25 * years)),
            created_by=actor.staff_id,
        )
    ]


def plan_next_talk(
    session, store: Store, actor: Actor, client: Client, changed: bool, at_home: bool, now
) -> datetime | None:
    """The next progress talk. A talk already planned stays, unless the group changed:
    then the new group's rhythm counts (none for a group without periodic talks)."""
    config = store.config
    kind = config.ambitie.progress_appointment_type
    planned = list(
        session.scalars(
            select(Appointment)
            .where(
                Appointment.client_id == client.id,
                Appointment.kind == kind,
                Appointment.status == AppointmentStatus.GEPLAND,
                Appointment.deleted_at.is_(None),
            )
            .order_by(Appointment.starts_at)
        )
    )
    if planned and not changed:
        return planned[0].starts_at
    agenda.cancel_in_session(session, store, actor, planned)
    group = config.klantgroep(client.klantgroep)
    dates = progress_talk_dates(group.voortgang_per_jaar if group else 0, now)
    if not dates:
        return None
    length = timedelta(minutes=config.appointment_type(kind).duur_minuten)
    at = free_time(session, config, client.klantmanager_id, dates[0].date(), length, client.id)
    talk = new_appointment(config, client, actor, kind, at, at_home, client.klantmanager_id)
    session.add(talk)
    session.flush()
    return talk.starts_at


def update_plan(session, store: Store, actor: Actor, client: Client, data, next_talk) -> int | None:
    """New goal statuses go into the plan by the rules of trajectplan.save_plan: a signed
    plan starts its next version (the signed one stays as it was), a finished plan does
    not change. Returns the plan's version number when it changed."""
    plan = trajectplan.latest_plan(session, client.id)
    if plan is None or not data.goals:
        return None
    goals = {g.position: g for g in plan.goals if g.deleted_at is None}
    changes = [
        (goals[p.position], p.status)
        for p in data.goals
        if p.position in goals and goals[p.position].status != p.status
    ]
    if not changes:
        return None
    if plan.version != data.plan_row_version:  # the plan changed since the dialog opened
        raise StaleVersion(
            session.scalar(select(Staff.display_name).where(Staff.id == plan.updated_by)) or ""
        )
    trajectplan.refuse_finished(plan)
    for goal, status in changes:
        goal.status, goal.updated_by = status, actor.staff_id
    trajectplan.begin_change(plan, client, actor)
    velden = ["goals"]
    if next_talk is not None:
        next_on = next_talk.astimezone().date()
        if plan.next_progress_talk_on != next_on:
            plan.next_progress_talk_on = next_on
            velden.append("next_progress_talk_on")
    session.flush()
    audit.record(
        session,
        actor,
        audit.UPDATE,
        client_id=client.id,
        entity="trajectplan",
        entity_id=plan.id,
        workstation=store.workstation,
        details={"velden": velden, "versie": plan.version_no, "bron": "voortgangsgesprek"},
    )
    return plan.version_no
