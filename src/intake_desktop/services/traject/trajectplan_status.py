"""The trajectplan's steps (domain/statuses.PlanStatus): discussed with the client,
signed (the version is frozen with its PDF, reprinted byte for byte), finished (closed
for changes; also when the traject is closed, services/traject/afsluiting). A change
after signing starts the next version as a concept (trajectplan.begin_change)."""

from __future__ import annotations

import uuid
from datetime import date

from intake_desktop.db.models import Trajectplan, TrajectplanVersie
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.roles import Actor
from intake_desktop.domain.statuses import PlanStatus, step
from intake_desktop.domain.text import clean
from intake_desktop.domain.trajectplan import PLAN_STATUS
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.core import audit
from intake_desktop.services.core.store import Store
from intake_desktop.services.traject import rapportage
from intake_desktop.services.traject.errors import WrongPlanStatus
from intake_desktop.services.traject.trajectplan import check_allowed, load
from intake_desktop.services.traject.trajectplan_document import render, snapshot


def _refuse_unless(plan: Trajectplan, *allowed: PlanStatus) -> None:
    if plan.status not in allowed:
        raise WrongPlanStatus(status=PLAN_STATUS[plan.status])


def _audit_status(session, store: Store, actor: Actor, plan: Trajectplan) -> None:
    audit.record(
        session,
        actor,
        audit.UPDATE,
        client_id=plan.client_id,
        entity="trajectplan",
        entity_id=plan.id,
        workstation=store.workstation,
        details={"velden": ["status"], "status": plan.status},
    )


def _set_status(
    store: Store,
    actor: Actor,
    plan_id: uuid.UUID,
    expected_version: int,
    new: PlanStatus,
    allowed_from: PlanStatus,
) -> None:
    check_allowed(store, actor)
    with store.transaction() as session:
        plan, client = load(session, store, actor, plan_id, expected_version)
        _refuse_unless(plan, allowed_from)
        step(plan, new)
        plan.updated_by = actor.staff_id
        _audit_status(session, store, actor, plan)
        if new == PlanStatus.AFGEROND:  # no report is awaited any more
            rapportage.sync_report_tasks(session, store, actor, plan, client)


def mark_discussed(store: Store, actor: Actor, plan_id: uuid.UUID, expected_version: int) -> None:
    """The klantmanager went through the plan with the client."""
    _set_status(store, actor, plan_id, expected_version, PlanStatus.BESPROKEN, PlanStatus.CONCEPT)


def finish(store: Store, actor: Actor, plan_id: uuid.UUID, expected_version: int) -> None:
    """The traject is done: the plan is closed for changes."""
    _set_status(
        store, actor, plan_id, expected_version, PlanStatus.AFGEROND, PlanStatus.ONDERTEKEND
    )


def finish_in_session(session, store: Store, actor: Actor, plan: Trajectplan) -> None:
    """The traject was closed (services/traject/afsluiting): the plan is finished whatever
    its status, in the caller's transaction."""
    step(plan, PlanStatus.AFGEROND)
    plan.updated_by = actor.staff_id
    _audit_status(session, store, actor, plan)


def _check_signable(plan: Trajectplan) -> None:
    errors = {}
    if not plan.doelperspectief:
        errors["doelperspectief"] = QT_TRANSLATE_NOOP(
            "trajectplan", "Schrijf het doelperspectief op voordat het plan wordt ondertekend."
        )
    if not [g for g in plan.goals if g.deleted_at is None]:
        errors["goals"] = QT_TRANSLATE_NOOP(
            "trajectplan", "Een plan om te ondertekenen heeft minstens één doel."
        )
    if errors:
        raise ValidationFailed(errors)


def sign(
    store: Store,
    actor: Actor,
    plan_id: uuid.UUID,
    expected_version: int,
    place: str,
    signed_on: date | None = None,
) -> uuid.UUID:
    """Client and klantmanager signed: the version is frozen with its PDF."""
    check_allowed(store, actor)
    if not clean(place):
        raise ValidationFailed({"place": QT_TRANSLATE_NOOP("trajectplan", "Vul de plaats in.")})
    signed_on = signed_on or date.today()
    with store.transaction() as session:
        plan, client = load(session, store, actor, plan_id, expected_version)
        _refuse_unless(plan, PlanStatus.CONCEPT, PlanStatus.BESPROKEN)
        _check_signable(plan)
        step(plan, PlanStatus.ONDERTEKEND)
        plan.updated_by = actor.staff_id
        snap = snapshot(
            session,
            store,
            plan,
            client,
            signed={"on": signed_on.isoformat(), "place": clean(place)},
        )
        version = TrajectplanVersie(
            plan_id=plan.id,
            version_no=plan.version_no,
            status=PlanStatus.ONDERTEKEND,
            snapshot=snap,
            signed_at=utcnow(),
            signed_place=clean(place),
            signed_by=actor.staff_id,
            pdf=render(store, snap),
            created_by=actor.staff_id,
        )
        session.add(version)
        session.flush()
        audit.record(
            session,
            actor,
            audit.CREATE,
            client_id=client.id,
            entity="trajectplan",
            entity_id=plan.id,
            workstation=store.workstation,
            details={"velden": ["status"], "ondertekend": True, "versie": plan.version_no},
        )
        return version.id
