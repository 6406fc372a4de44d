"""The trajectplan: made with the client, discussed, signed (which freezes a version with
its PDF, reprinted byte for byte), changed (which starts the next version), finished.

One plan per client; its goals per life domain carry activities from the services
catalogue (producten.toml). Every view, change and print is audited.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select

from intake_desktop.db.models import (
    Appointment,
    Client,
    Staff,
    Trajectplan,
    TrajectplanActivity,
    TrajectplanGoal,
    TrajectplanVersie,
)
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.roles import KLANTMANAGER, TEAMLEIDER, Actor
from intake_desktop.domain.text import clean, tidy
from intake_desktop.domain.trajectplan import (
    ACTIVITY_STATUS,
    AFGEROND,
    BESPROKEN,
    CONCEPT,
    GOAL_STATUS,
    ONDERTEKEND,
    PLAN_STATUS,
    PROVIDER_KIND,
)
from intake_desktop.domain.validation import ValidationFailed, address_lines, mask_bsn
from intake_desktop.services.core import audit
from intake_desktop.services.core.errors import NotAllowed, NotFound, ServiceError, StaleVersion
from intake_desktop.services.core.store import Store

MSG_ALLOWED = QT_TRANSLATE_NOOP(
    "trajectplan", "Het trajectplan maakt de klantmanager (of de teamleider)."
)


@dataclass
class ActivityInput:
    product_code: str
    description: str = ""
    kind: str = "intern"
    responsible: str = ""
    starts_on: date | None = None
    ends_on: date | None = None
    status: str = "gepland"


@dataclass
class GoalInput:
    domain_code: str
    description: str
    due_on: date | None = None
    status: str = "open"
    activities: list[ActivityInput] = field(default_factory=list)


@dataclass
class PlanInput:
    doelperspectief: str = ""
    goals: list[GoalInput] = field(default_factory=list)
    afspraken_klant: str = ""
    afspraken_gemeente: str = ""
    next_progress_talk_on: date | None = None


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


def _allowed(actor: Actor) -> None:
    if not actor.has(KLANTMANAGER, TEAMLEIDER):
        raise NotAllowed(MSG_ALLOWED)


def _name(session, staff_id) -> str:
    if staff_id is None:
        return ""
    return session.scalar(select(Staff.display_name).where(Staff.id == staff_id)) or ""


def _input_of(plan: Trajectplan) -> PlanInput:
    return PlanInput(
        doelperspectief=plan.doelperspectief,
        goals=[
            GoalInput(
                g.domain_code,
                g.description,
                g.due_on,
                g.status,
                [
                    ActivityInput(
                        a.service_code,
                        a.description,
                        a.provider_kind,
                        a.responsible,
                        a.starts_on,
                        a.ends_on,
                        a.status,
                    )
                    for a in g.activities
                    if a.deleted_at is None
                ],
            )
            for g in plan.goals
            if g.deleted_at is None
        ],
        afspraken_klant=plan.afspraken_klant,
        afspraken_gemeente=plan.afspraken_gemeente,
        next_progress_talk_on=plan.next_progress_talk_on,
    )


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
        _name(session, plan.klantmanager_id or client.klantmanager_id),
        _input_of(plan),
        tuple(
            VersionRow(
                v.id,
                v.version_no,
                v.status,
                v.signed_at,
                v.signed_place or "",
                _name(session, v.signed_by),
            )
            for v in versions
        ),
    )


def _next_progress_talk(session, store: Store, client_id) -> date | None:
    at = session.scalar(
        select(Appointment.starts_at)
        .where(
            Appointment.client_id == client_id,
            Appointment.kind == store.config.ambitie.progress_appointment_type,
            Appointment.status == "gepland",
            Appointment.starts_at >= utcnow(),
        )
        .order_by(Appointment.starts_at)
        .limit(1)
    )
    return at.astimezone().date() if at else None


def open_plan(
    store: Store, actor: Actor, client_id: uuid.UUID, *, start_new: bool = False
) -> PlanView:
    """The client's current plan. A first concept is made when there is none (with the
    next planned progress talk filled in), and with ``start_new`` when the last one is
    afgerond (a client who comes back). Audited as a view."""
    _allowed(actor)
    try:
        return _open(store, actor, client_id, start_new)
    except ServiceError as exc:
        if isinstance(exc, NotFound):
            raise
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


MSG_FINISHED = QT_TRANSLATE_NOOP("trajectplan", "Dit trajectplan is afgerond en wijzigt niet meer.")


def refuse_finished(plan: Trajectplan) -> None:
    if plan.status == AFGEROND:
        raise ServiceError(MSG_FINISHED)


def begin_change(plan: Trajectplan, client: Client, actor: Actor) -> None:
    """What every change of a plan does first: a signed plan starts its next version (the
    signed one stays as it was) and the plan is a concept again. The plan row is always
    updated, so its version goes up also when only goals changed: a second screen on
    the old version is refused."""
    if plan.status == ONDERTEKEND:
        plan.version_no += 1
    plan.status = CONCEPT
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
        status=CONCEPT,
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
        client = session.get(Client, client_id)
        if client is None or client.deleted_at is not None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "Deze klant bestaat niet (meer)."))
        plan = latest_plan(session, client_id)
        if plan is None or (start_new and plan.status == AFGEROND):
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


def _tidied(data: PlanInput) -> PlanInput:
    """The input as it will be stored, so an edit of white space alone is no change."""
    return PlanInput(
        doelperspectief=tidy(data.doelperspectief),
        goals=[
            GoalInput(
                g.domain_code,
                tidy(g.description),
                g.due_on,
                g.status,
                [
                    ActivityInput(
                        a.product_code,
                        clean(a.description),
                        a.kind,
                        clean(a.responsible),
                        a.starts_on,
                        a.ends_on,
                        a.status,
                    )
                    for a in g.activities
                ],
            )
            for g in data.goals
        ],
        afspraken_klant=tidy(data.afspraken_klant),
        afspraken_gemeente=tidy(data.afspraken_gemeente),
        next_progress_talk_on=data.next_progress_talk_on,
    )


def _check(store: Store, data: PlanInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    domains = {d.code for d in store.config.domains}
    for n, goal in enumerate(data.goals, start=1):
        key = f"goal_{n}"
        if goal.domain_code not in domains:
            errors[key] = QT_TRANSLATE_NOOP("trajectplan", "Kies het leefgebied.")
        elif not clean(goal.description):
            errors[key] = QT_TRANSLATE_NOOP(
                "trajectplan", "Beschrijf het doel: wat wil de klant bereiken?"
            )
        elif goal.status not in GOAL_STATUS:
            errors[key] = QT_TRANSLATE_NOOP("trajectplan", "Kies de status van het doel.")
        for activity in goal.activities:
            if store.config.product(activity.product_code) is None:
                errors[key] = QT_TRANSLATE_NOOP(
                    "trajectplan", "Kies de activiteiten uit het productenboek."
                )
            elif activity.kind not in PROVIDER_KIND or activity.status not in ACTIVITY_STATUS:
                errors[key] = QT_TRANSLATE_NOOP(
                    "trajectplan",
                    "Kies bij elke activiteit intern of extern en een status.",
                )
            elif activity.starts_on and activity.ends_on and activity.ends_on < activity.starts_on:
                errors[key] = QT_TRANSLATE_NOOP(
                    "trajectplan", "Een activiteit eindigt voordat ze begint."
                )
    return errors


def _load(session, plan_id: uuid.UUID, expected_version: int | None) -> tuple[Trajectplan, Client]:
    plan = session.get(Trajectplan, plan_id)
    if plan is None or plan.deleted_at is not None:
        raise NotFound(QT_TRANSLATE_NOOP("trajectplan", "Dit trajectplan bestaat niet (meer)."))
    if expected_version is not None and plan.version != expected_version:
        raise StaleVersion(_name(session, plan.updated_by))
    return plan, session.get(Client, plan.client_id)


def save_plan(
    store: Store, actor: Actor, plan_id: uuid.UUID, data: PlanInput, expected_version: int
) -> PlanView:
    """Store the working copy. A change to a signed plan starts the next version
    (the signed one stays as it was); a finished plan is not changed."""
    _allowed(actor)
    errors = _check(store, data)
    if errors:
        raise ValidationFailed(errors)
    data = _tidied(data)
    with store.transaction() as session:
        plan, client = _load(session, plan_id, expected_version)
        refuse_finished(plan)
        before = _input_of(plan)
        if before == data:
            return _view(session, plan, client)
        begin_change(plan, client, actor)
        plan.doelperspectief = data.doelperspectief
        plan.afspraken_klant = data.afspraken_klant
        plan.afspraken_gemeente = data.afspraken_gemeente
        plan.next_progress_talk_on = data.next_progress_talk_on
        plan.goals = [
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
                        created_by=actor.staff_id,
                    )
                    for m, a in enumerate(g.activities)
                ],
            )
            for n, g in enumerate(data.goals)
        ]
        session.flush()
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


def _set_status(store, actor, plan_id, expected_version, new: str, allowed_from: set) -> None:
    _allowed(actor)
    with store.transaction() as session:
        plan, client = _load(session, plan_id, expected_version)
        if plan.status not in allowed_from:
            raise ServiceError(
                QT_TRANSLATE_NOOP("trajectplan", "Dit kan niet bij een plan met status {status}."),
                status=PLAN_STATUS[plan.status],
            )
        plan.status = new
        plan.updated_by = actor.staff_id
        audit.record(
            session,
            actor,
            audit.UPDATE,
            client_id=client.id,
            entity="trajectplan",
            entity_id=plan.id,
            workstation=store.workstation,
            details={"velden": ["status"], "status": new},
        )


def mark_discussed(store: Store, actor: Actor, plan_id: uuid.UUID, expected_version: int) -> None:
    """The klantmanager went through the plan with the client."""
    _set_status(store, actor, plan_id, expected_version, BESPROKEN, {CONCEPT})


def finish(store: Store, actor: Actor, plan_id: uuid.UUID, expected_version: int) -> None:
    """The traject is done: the plan is closed for changes."""
    _set_status(store, actor, plan_id, expected_version, AFGEROND, {ONDERTEKEND})


def finish_in_session(session, store: Store, actor: Actor, plan: Trajectplan) -> None:
    """The traject was closed (services/afsluiting): the plan is finished whatever its
    status, in the caller's transaction."""
    plan.status = AFGEROND
    plan.updated_by = actor.staff_id
    audit.record(
        session,
        actor,
        audit.UPDATE,
        client_id=plan.client_id,
        entity="trajectplan",
        entity_id=plan.id,
        workstation=store.workstation,
        details={"velden": ["status"], "status": AFGEROND},
    )


def snapshot(session, store: Store, plan: Trajectplan, client: Client, **extra) -> dict:
    """Everything the document shows, with names and labels resolved now."""
    config = store.config
    group = config.klantgroep(client.klantgroep) if client.klantgroep else None
    address = ", ".join(
        address_lines(
            client.street,
            client.house_number,
            client.house_number_suffix,
            client.postcode,
            client.city,
        )
    )
    data = _input_of(plan)
    return {
        "version_no": plan.version_no,
        "status_label": PLAN_STATUS[plan.status],
        "klantgroep": group.naam if group else "",
        "client": {
            "name": client.full_name,
            "birth_date": client.birth_date.isoformat() if client.birth_date else "",
            "bsn_masked": mask_bsn(client.bsn),
            "address": address,
        },
        "klantmanager": _name(session, plan.klantmanager_id or client.klantmanager_id),
        "doelperspectief": data.doelperspectief,
        "goals": [
            {
                "domain": config.domain_name(g.domain_code),
                "description": g.description,
                "due_on": g.due_on.isoformat() if g.due_on else "",
                "status_label": GOAL_STATUS[g.status],
                "activities": [
                    {
                        "product": config.product(a.product_code).naam
                        if config.product(a.product_code)
                        else a.product_code,
                        "description": a.description,
                        "kind_label": PROVIDER_KIND[a.kind],
                        "responsible": a.responsible,
                        "starts_on": a.starts_on.isoformat() if a.starts_on else "",
                        "ends_on": a.ends_on.isoformat() if a.ends_on else "",
                        "status_label": ACTIVITY_STATUS[a.status],
                    }
                    for a in g.activities
                ],
            }
            for g in data.goals
        ],
        "afspraken_klant": data.afspraken_klant,
        "afspraken_gemeente": data.afspraken_gemeente,
        "next_progress_talk_on": data.next_progress_talk_on.isoformat()
        if data.next_progress_talk_on
        else "",
        **extra,
    }


def _render(store: Store, snap: dict) -> bytes:
    from intake_desktop.documents.trajectplan import TrajectplanDocument

    return TrajectplanDocument(store.config.huisstijl, snap).render()


def sign(
    store: Store,
    actor: Actor,
    plan_id: uuid.UUID,
    expected_version: int,
    place: str,
    signed_on: date | None = None,
) -> uuid.UUID:
    """Client and klantmanager signed: the version is frozen with its PDF."""
    _allowed(actor)
    if not clean(place):
        raise ValidationFailed({"place": QT_TRANSLATE_NOOP("trajectplan", "Vul de plaats in.")})
    signed_on = signed_on or date.today()
    with store.transaction() as session:
        plan, client = _load(session, plan_id, expected_version)
        if plan.status not in (CONCEPT, BESPROKEN):
            raise ServiceError(
                QT_TRANSLATE_NOOP("trajectplan", "Dit kan niet bij een plan met status {status}."),
                status=PLAN_STATUS[plan.status],
            )
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
        plan.status = ONDERTEKEND
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
            status=ONDERTEKEND,
            snapshot=snap,
            signed_at=utcnow(),
            signed_place=clean(place),
            signed_by=actor.staff_id,
            pdf=_render(store, snap),
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


def current_pdf(store: Store, actor: Actor, plan_id: uuid.UUID) -> bytes:
    """The working copy as a document (for discussing it, before signing)."""
    _allowed(actor)
    with store.reading() as session:
        plan, client = _load(session, plan_id, None)
        snap = snapshot(session, store, plan, client)
    return _render(store, snap)


def version_pdf(store: Store, actor: Actor, version_id: uuid.UUID) -> bytes:
    """A signed version exactly as it was signed (the stored bytes)."""
    _allowed(actor)
    with store.transaction() as session:
        version = session.get(TrajectplanVersie, version_id)
        if version is None or version.pdf is None:
            raise NotFound(QT_TRANSLATE_NOOP("trajectplan", "Deze versie bestaat niet (meer)."))
        plan = session.get(Trajectplan, version.plan_id)
        audit.record(
            session,
            actor,
            audit.VIEW,
            client_id=plan.client_id,
            entity="trajectplan",
            entity_id=plan.id,
            workstation=store.workstation,
            details={"versie": version.version_no},
        )
        return version.pdf


def record_output(
    store: Store, actor: Actor, plan_id: uuid.UUID, kind: str, version_no: int | None = None
) -> None:
    """A print or a saved PDF of the plan, in the audit log."""
    _allowed(actor)
    with store.reading() as session:
        client_id = session.scalar(select(Trajectplan.client_id).where(Trajectplan.id == plan_id))
    audit.record_standalone(
        store,
        actor,
        audit.PRINT,
        client_id=client_id,
        entity="trajectplan",
        entity_id=plan_id,
        details={"soort": kind, **({"versie": version_no} if version_no else {})},
    )
