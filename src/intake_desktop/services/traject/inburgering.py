"""Enforcing the civic-integration duty (inburgeringsplicht; Westland, Bijlagen 4-7).

A client has at most one duty: since when, the deadline (``termijn_jaren`` after the
start unless given) and its status: ``loopt``, ``voldaan`` (fulfilled, see
``mark_fulfilled``) or ``ontheffing`` (exempted). Four procedures from
resources/config/inburgering.toml (handhaven, beboeten, ontheffen, verlengen termijn)
are recorded step by step, each step with its date and, where the configuration asks
for them, a decision, a fine, a reason or a new deadline, and a letter
(``inburgering_brieven``). The rules are written out in ``domain/inburgering.py``.

Who: a klantmanager or teamleider records steps, letters and fulfilment; a
wisselwachter (who meets inburgeraars in the quickscan) may also see the duty and
register one. Every view, change and letter is audited (entity "inburgering") with the
procedure, step and decision (configured labels, never free text) and no amounts.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select

from intake_desktop.config.inburgering import Stap
from intake_desktop.db.models import Client, Inburgeringsplicht, InburgeringStap, Staff
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.inburgering import (
    STATUS_LABELS,
    DutyStatus,
    StepInput,
    add_years,
    check_duty,
    check_step,
    progress,
    takes_effect,
)
from intake_desktop.domain.roles import KLANTMANAGER, TEAMLEIDER, WISSELWACHTER, Actor
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.core import access, audit
from intake_desktop.services.core.errors import StaleVersion
from intake_desktop.services.core.store import Store
from intake_desktop.services.traject.errors import (
    BLOCKED,
    ClientNotFound,
    DutyExists,
    DutyNotRunning,
    InburgeringViewNotAllowed,
    NoDuty,
    RegisterNotAllowed,
    StepNotFound,
    StepsNotAllowed,
    WrongStep,
)
from intake_desktop.services.traject.inburgering_overview import (
    DutyView,
    Overview,
    procedure_state,
)

ENTITY = "inburgering"

EDIT_ROLES = (KLANTMANAGER, TEAMLEIDER)
REGISTER_ROLES = (KLANTMANAGER, TEAMLEIDER, WISSELWACHTER)
VIEW_ROLES = REGISTER_ROLES


# --- reading --------------------------------------------------------------------------
def client_of(session, client_id, store=None, actor=None, part="inburgering") -> Client:
    return access.client_or(session, store, actor, client_id, ClientNotFound(), part)


def duty_of(session, client_id) -> Inburgeringsplicht | None:
    return session.scalar(
        select(Inburgeringsplicht).where(
            Inburgeringsplicht.client_id == client_id, Inburgeringsplicht.deleted_at.is_(None)
        )
    )


def steps_of(session, duty: Inburgeringsplicht | None) -> list[InburgeringStap]:
    """The duty's steps in recording order."""
    if duty is None:
        return []
    return list(
        session.scalars(
            select(InburgeringStap)
            .where(InburgeringStap.plicht_id == duty.id, InburgeringStap.deleted_at.is_(None))
            .order_by(InburgeringStap.created_at, InburgeringStap.occurred_on)
        )
    )


def _names(session, ids: set) -> dict:
    ids = {i for i in ids if i is not None}
    if not ids:
        return {}
    rows = session.execute(select(Staff.id, Staff.display_name).where(Staff.id.in_(ids)))
    return {staff_id: name for staff_id, name in rows}


def _overview(store: Store, actor: Actor, session, client: Client, today: date) -> Overview:
    duty = duty_of(session, client.id)
    steps = steps_of(session, duty)
    names = _names(session, {s.recorded_by for s in steps})
    config = store.config.inburgering
    days_left = (duty.deadline - today).days if duty else None
    return Overview(
        client.id,
        client.full_name,
        DutyView(duty.id, duty.duty_since, duty.deadline, duty.status, duty.version)
        if duty
        else None,
        tuple(procedure_state(config, p, duty, steps, names) for p in config.procedures),
        days_left,
        bool(duty and duty.status == DutyStatus.LOOPT and days_left < 0),
        actor.has(*EDIT_ROLES),
    )


def record(session, store, actor, action, client_id, entity_id, **details) -> None:
    """An audit row of entity "inburgering"."""
    audit.record(
        session,
        actor,
        action,
        client_id=client_id,
        entity=ENTITY,
        entity_id=entity_id,
        workstation=store.workstation,
        details=details,
    )


def overview(
    store: Store, actor: Actor, client_id: uuid.UUID, *, today: date | None = None
) -> Overview:
    """The duty (or None), each procedure's steps and what comes next, and the days
    until the deadline. Audited as a view."""
    if not actor.has(*VIEW_ROLES):
        raise audit.refusal(store, actor, InburgeringViewNotAllowed())
    today = today or date.today()
    with store.transaction() as session:
        client = client_of(session, client_id, store, actor)
        access.require(session, store, actor, client, "inburgering")
        view = _overview(store, actor, session, client, today)
        record(
            session,
            store,
            actor,
            audit.VIEW,
            client_id,
            view.duty.id if view.duty else None,
            stappen=sum(len(p.steps) for p in view.procedures),
        )
        return view


# --- changing -------------------------------------------------------------------------
def register_duty(
    store: Store,
    actor: Actor,
    client_id: uuid.UUID,
    duty_since: date | None,
    deadline: date | None = None,
    *,
    today: date | None = None,
) -> Overview:
    """The client's duty, from ``duty_since`` to ``deadline`` (default: ``termijn_jaren``
    later). One duty per client."""
    if not actor.has(*REGISTER_ROLES):
        raise audit.refusal(store, actor, RegisterNotAllowed())
    today = today or date.today()
    errors = check_duty(duty_since, deadline, today)
    if errors:
        raise ValidationFailed(errors)
    deadline = deadline or add_years(duty_since, store.config.inburgering.termijn_jaren)
    with store.transaction() as session:
        client = client_of(session, client_id, store, actor)
        access.require(session, store, actor, client, "inburgering", change=True)
        if duty_of(session, client_id) is not None:
            raise DutyExists()
        duty = Inburgeringsplicht(
            client_id=client_id,
            duty_since=duty_since,
            deadline=deadline,
            status=DutyStatus.LOOPT,
            created_by=actor.staff_id,
            updated_by=actor.staff_id,
        )
        session.add(duty)
        session.flush()
        record(
            session,
            store,
            actor,
            audit.CREATE,
            client_id,
            duty.id,
            velden=["duty_since", "deadline"],
        )
        return _overview(store, actor, session, client, today)


def _load_duty(session, client_id, expected_version: int) -> Inburgeringsplicht:
    duty = duty_of(session, client_id)
    if duty is None:
        raise NoDuty()
    if duty.version != expected_version:
        raise StaleVersion(_names(session, {duty.updated_by}).get(duty.updated_by, ""))
    return duty


def _touch(duty: Inburgeringsplicht, actor: Actor) -> None:
    """Every change goes through the duty's row, so its version goes up and a second
    screen on the old version is refused."""
    duty.updated_by = actor.staff_id
    duty.updated_at = utcnow()


def _take_effect(duty: Inburgeringsplicht, stap: Stap, values: dict) -> str:
    """What the step's decision does to the duty ("Termijn verlengd" moves the deadline,
    "Ontheffing verleend" ends it); the audit's word for it, or ""."""
    effect = ""
    if values["new_deadline"] is not None:
        duty.deadline = values["new_deadline"]
        effect = "termijn_verlengd"
    if stap.reden and takes_effect(stap, values["decision"] or ""):
        duty.status = DutyStatus.ONTHEFFING
        effect = "ontheffing"
    return effect


def record_step(
    store: Store,
    actor: Actor,
    client_id: uuid.UUID,
    procedure: str,
    step: str,
    data: StepInput,
    expected_version: int,
    *,
    today: date | None = None,
) -> Overview:
    """Record the next step of a procedure (see the rules in domain/inburgering.py)."""
    if not actor.has(*EDIT_ROLES):
        raise audit.refusal(store, actor, StepsNotAllowed())
    today = today or date.today()
    config = store.config.inburgering
    proc = config.procedure(procedure)
    if proc is None or proc.stap(step) is None:
        raise StepNotFound()
    stap = proc.stap(step)
    with store.transaction() as session:
        client = client_of(session, client_id, store, actor)
        access.require(session, store, actor, client, "inburgering", change=True)
        duty = _load_duty(session, client_id, expected_version)
        steps = steps_of(session, duty)
        now = progress(config, proc, duty, steps)
        if now.blocked:
            raise BLOCKED[now.blocked](status=STATUS_LABELS.get(duty.status, duty.status))
        if now.next_step.code != step:
            raise WrongStep(procedure=proc.naam, step=now.next_step.naam)
        previous = now.steps[-1] if now.steps and step != proc.stappen[0].code else None
        errors, values = check_step(config, proc, stap, duty, previous, data, today)
        if errors:
            raise ValidationFailed(errors)
        row = InburgeringStap(
            plicht_id=duty.id,
            client_id=client_id,
            procedure=procedure,
            step=step,
            occurred_on=data.occurred_on,
            recorded_by=actor.staff_id,
            created_by=actor.staff_id,
            updated_by=actor.staff_id,
            **values,
        )
        session.add(row)
        effect = _take_effect(duty, stap, values)
        _touch(duty, actor)
        session.flush()
        record(
            session,
            store,
            actor,
            audit.CREATE,
            client_id,
            row.id,
            procedure=procedure,
            stap=step,
            besluit=values["decision"] or "",
            velden=["occurred_on", *[k for k, v in values.items() if v not in (None, "")]],
            **({"gevolg": effect} if effect else {}),
        )
        return _overview(store, actor, session, client, today)


def mark_fulfilled(
    store: Store,
    actor: Actor,
    client_id: uuid.UUID,
    expected_version: int,
    *,
    today: date | None = None,
) -> Overview:
    """The client has met the duty (passed the exam): status voldaan, no more steps."""
    if not actor.has(*EDIT_ROLES):
        raise audit.refusal(store, actor, StepsNotAllowed())
    today = today or date.today()
    with store.transaction() as session:
        client = client_of(session, client_id, store, actor)
        access.require(session, store, actor, client, "inburgering", change=True)
        duty = _load_duty(session, client_id, expected_version)
        if duty.status != DutyStatus.LOOPT:
            raise DutyNotRunning(status=STATUS_LABELS[duty.status])
        duty.status = DutyStatus.VOLDAAN
        _touch(duty, actor)
        session.flush()
        record(
            session,
            store,
            actor,
            audit.UPDATE,
            client_id,
            duty.id,
            velden=["status"],
            status=DutyStatus.VOLDAAN,
        )
        return _overview(store, actor, session, client, today)
