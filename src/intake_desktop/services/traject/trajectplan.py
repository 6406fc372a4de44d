"""The trajectplan: made with the client, discussed, signed (which freezes a version with
its PDF, reprinted byte for byte), changed (which starts the next version), finished.

One plan per client; its goals per life domain carry activities from the services
catalogue (producten.toml). Every view, change and print is audited. Here: opening the
plan and saving its working copy; discussing, signing and finishing it are in
``trajectplan_status``, its document in ``trajectplan_document``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from intake_desktop.db.models import (
    Client,
    Staff,
    Trajectplan,
    TrajectplanActivity,
    TrajectplanGoal,
    TrajectplanVersie,
)
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.roles import KLANTMANAGER, TEAMLEIDER, Actor
from intake_desktop.domain.statuses import PlanStatus, step
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.agenda import agenda
from intake_desktop.services.core import access, audit
from intake_desktop.services.core.errors import StaleVersion, UniqueClash
from intake_desktop.services.core.store import Store
from intake_desktop.services.traject import rapportage, trajectplan_agenda
from intake_desktop.services.traject.errors import (
    ClientNotFound,
    PlanFinished,
    PlanNotAllowed,
    PlanNotFound,
)
from intake_desktop.services.traject.trajectplan_input import (
    PlanInput,
    check,
    input_of,
    tidied,
)


@dataclass(frozen=True)
class VersionRow:
    id: uuid.UUID
    version_no: int
    status: str
    signed_on: datetime | None
    signed_place: str
    signed_by: str


@dataclass(frozen=True)
class PlanView:
    id: uuid.UUID
    client_id: uuid.UUID
    client_name: str
    row_version: int  # for optimistic locking
    version_no: int
    status: str
    klantmanager: str
    data: PlanInput
    versions: tuple[VersionRow, ...]


def check_allowed(store: Store, actor: Actor) -> None:
    if not actor.has(KLANTMANAGER, TEAMLEIDER):
        raise audit.refusal(store, actor, PlanNotAllowed())


def staff_name(session, staff_id) -> str:
    if staff_id is None:
        return ""
    return session.scalar(select(Staff.display_name).where(Staff.id == staff_id)) or ""


def _view(session, plan: Trajectplan, client: Client) -> PlanView:
    versions = session.scalars(
        select(TrajectplanVersie)
        .where(TrajectplanVersie.plan_id == plan.id)
        .order_by(TrajectplanVersie.version_no.desc())
    ).all()
    return PlanView(
        plan.id,
        client.id,
        client.full_name,
        plan.version,
        plan.version_no,
        plan.status,
        staff_name(session, plan.klantmanager_id or client.klantmanager_id),
        input_of(plan),
        tuple(
            VersionRow(
                v.id,
                v.version_no,
                v.status,
                v.signed_at,
                v.signed_place or "",
                staff_name(session, v.signed_by),
            )
            for v in versions
        ),
    )


def _next_progress_talk(session, store: Store, client_id) -> date | None:
    talk = agenda.next_planned(
        session, client_id, store.config.ambitie.progress_appointment_type, utcnow()
    )
    return talk.starts_at.astimezone().date() if talk else None


def open_plan(
    store: Store, actor: Actor, client_id: uuid.UUID, *, start_new: bool = False
) -> PlanView:
    """The client's current plan. A first concept is made when there is none (with the
    next planned progress talk filled in), and with ``start_new`` when the last one is
    afgerond (a client who comes back). Audited as a view."""
    check_allowed(store, actor)
    try:
        return _open(store, actor, client_id, start_new)
    except UniqueClash:
        # Another workstation made the plan at the same moment (one open plan per
        # client is a unique index): read that one.
        return _open(store, actor, client_id, False)


def latest_plan(session, client_id: uuid.UUID) -> Trajectplan | None:
    """The client's newest plan (in progress or finished), in the caller's session."""
    return session.scalar(
        select(Trajectplan)
        .where(Trajectplan.client_id == client_id, Trajectplan.deleted_at.is_(None))
        .order_by(Trajectplan.created_at.desc())
        .limit(1)
    )


def refuse_finished(plan: Trajectplan) -> None:
    if plan.status == PlanStatus.AFGEROND:
        raise PlanFinished()


def begin_change(plan: Trajectplan, client: Client, actor: Actor) -> None:
    """What every change of a plan does first: a signed plan starts its next version (the
    signed one stays as it was) and the plan is a concept again. The plan row is always
    updated, so its version goes up also when only goals changed: a second screen on
    the old version is refused."""
    if plan.status == PlanStatus.ONDERTEKEND:
        plan.version_no += 1
    if plan.status != PlanStatus.CONCEPT:  # a concept stays one
        step(plan, PlanStatus.CONCEPT)
    plan.klantmanager_id = client.klantmanager_id or plan.klantmanager_id
    plan.updated_by = actor.staff_id
    plan.updated_at = utcnow()


def new_plan_in_session(
    session, store: Store, actor: Actor, client: Client, next_progress_talk_on: date | None
) -> Trajectplan:
    """A new concept plan for the client, in the caller's transaction (audited)."""
    plan = Trajectplan(
        client_id=client.id,
        klantmanager_id=client.klantmanager_id,
        status=PlanStatus.CONCEPT,
        next_progress_talk_on=next_progress_talk_on,
        created_by=actor.staff_id,
        updated_by=actor.staff_id,
    )
    session.add(plan)
    session.flush()
    audit.record(
        session,
        actor,
        audit.CREATE,
        client_id=client.id,
        entity="trajectplan",
        entity_id=plan.id,
        workstation=store.workstation,
    )
    return plan


def _open(store: Store, actor: Actor, client_id: uuid.UUID, start_new: bool) -> PlanView:
    with store.transaction() as session:
        client = access.client_or(session, store, actor, client_id, ClientNotFound(), "plannen")
        access.require(session, store, actor, client, "plannen")
        plan = latest_plan(session, client_id)
        if plan is None or (start_new and plan.status == PlanStatus.AFGEROND):
            plan = new_plan_in_session(
                session, store, actor, client, _next_progress_talk(session, store, client_id)
            )
        audit.record(
            session,
            actor,
            audit.VIEW,
            client_id=client_id,
            entity="trajectplan",
            entity_id=plan.id,
            workstation=store.workstation,
        )
        return _view(session, plan, client)


def load(
    session,
    store: Store,
    actor: Actor,
    plan_id: uuid.UUID,
    expected_version: int | None,
    *,
    change: bool = True,
) -> tuple[Trajectplan, Client]:
    """The plan and its client, in the caller's session, after the need-to-know check
    (services/core/access: the part "plannen"); StaleVersion when the plan changed since
    ``expected_version`` (None: not checked)."""
    plan = session.get(Trajectplan, plan_id)
    if plan is None:
        what = "wijzigen" if change else "lezen"
        access.refuse_hidden(session, store, actor, "trajectplan", plan_id, "plannen", what)
    if plan is None or plan.deleted_at is not None:
        raise PlanNotFound()
    client = session.get(Client, plan.client_id)
    access.require(session, store, actor, client, "plannen", change=change)
    if expected_version is not None and plan.version != expected_version:
        raise StaleVersion(staff_name(session, plan.updated_by))
    return plan, client


def _goal_rows(data: PlanInput, actor: Actor) -> list[TrajectplanGoal]:
    """The goals and activities as stored (saving replaces them all)."""
    return [
        TrajectplanGoal(
            position=n,
            domain_code=g.domain_code,
            description=g.description,
            due_on=g.due_on,
            status=g.status,
            created_by=actor.staff_id,
            activities=[
                TrajectplanActivity(
                    position=m,
                    service_code=a.product_code,
                    description=a.description,
                    provider_kind=a.kind,
                    responsible=a.responsible,
                    starts_on=a.starts_on,
                    ends_on=a.ends_on,
                    status=a.status,
                    report_due_on=a.report_due_on,
                    created_by=actor.staff_id,
                )
                for m, a in enumerate(g.activities)
            ],
        )
        for n, g in enumerate(data.goals)
    ]


def save_plan(
    store: Store, actor: Actor, plan_id: uuid.UUID, data: PlanInput, expected_version: int
) -> PlanView:
    """Store the working copy. A change to a signed plan starts the next version
    (the signed one stays as it was); a finished plan is not changed."""
    check_allowed(store, actor)
    errors = check(store, data)
    if errors:
        raise ValidationFailed(errors)
    data = tidied(data)
    with store.transaction() as session:
        plan, client = load(session, store, actor, plan_id, expected_version)
        refuse_finished(plan)
        before = input_of(plan)
        if before == data:
            return _view(session, plan, client)
        begin_change(plan, client, actor)
        plan.doelperspectief = data.doelperspectief
        plan.afspraken_klant = data.afspraken_klant
        plan.afspraken_gemeente = data.afspraken_gemeente
        plan.next_progress_talk_on = data.next_progress_talk_on
        plan.goals = _goal_rows(data, actor)
        session.flush()
        rapportage.sync_report_tasks(session, store, actor, plan, client)
        if before.next_progress_talk_on != data.next_progress_talk_on:
            trajectplan_agenda.plan_progress_talk(
                session, store, actor, client, data.next_progress_talk_on
            )
        changed = [
            name
            for name in (
                "doelperspectief",
                "goals",
                "afspraken_klant",
                "afspraken_gemeente",
                "next_progress_talk_on",
            )
            if getattr(before, name) != getattr(data, name)
        ]
        audit.record(
            session,
            actor,
            audit.UPDATE,
            client_id=client.id,
            entity="trajectplan",
            entity_id=plan.id,
            workstation=store.workstation,
            details={"velden": changed, "versie": plan.version_no},
        )
        return _view(session, plan, client)
