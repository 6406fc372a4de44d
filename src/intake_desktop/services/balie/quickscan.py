"""The wisselwachter's quickscan: a conversation record per life domain, the whole
question, the route decisions and the klantmanager; and what those decisions set in
motion (appointments and deadline tasks from resources/config/routes.toml)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from intake_desktop.config.references import ROUTE_OWNERS
from intake_desktop.db.models import (
    Aanmelding,
    Appointment,
    Client,
    IntakeDomainAnswer,
    IntakeRecord,
    Task,
)
from intake_desktop.domain.calendar import add_months
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.intake import BENEFIT, NEED
from intake_desktop.domain.roles import WISSELWACHTER, Actor
from intake_desktop.domain.statuses import (
    AanmeldingStatus,
    ClientStatus,
    step,
)
from intake_desktop.domain.text import clean
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.balie import quickscan_agenda
from intake_desktop.services.balie.errors import (
    AanmeldingNotFound,
    HeldByColleague,
    MayNotQuickscan,
)
from intake_desktop.services.balie.queue import _load
from intake_desktop.services.balie.screening import already_done
from intake_desktop.services.caseload import toewijzing
from intake_desktop.services.core import access, audit
from intake_desktop.services.core.store import Store
from intake_desktop.services.core.tasks import (
    close_planned,
    for_klantmanager,
    open_tasks,
    plan_kind,
)
from intake_desktop.services.overdracht import backoffice


@dataclass
class DomainNote:
    code: str
    observation: str = ""
    client_question: str = ""
    need: str = "onbekend"


@dataclass
class QuickscanInput:
    domains: list[DomainNote] = field(default_factory=list)
    summary: str = ""
    benefit_may_be_due: str = ""
    routes: list[str] = field(default_factory=list)
    klantmanager_id: uuid.UUID | None = None
    suggested_id: uuid.UUID | None = None  # first in the suggestion list
    assign_reason: str = ""  # why another than the suggestion
    appointments: dict[str, datetime] = field(default_factory=dict)  # route -> start


@dataclass(frozen=True)
class QuickscanResult:
    record_id: uuid.UUID
    task_ids: list[uuid.UUID]
    appointment_ids: list[uuid.UUID]


def _check(store: Store, actor: Actor, data: QuickscanInput, session, now) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not clean(data.summary):
        errors["summary"] = QT_TRANSLATE_NOOP("intake", "Vat de hele vraag van de klant samen.")
    if data.benefit_may_be_due not in BENEFIT:
        errors["benefit"] = QT_TRANSLATE_NOOP(
            "intake", "Kies of er mogelijk recht op een uitkering is."
        )
    unknown = [r for r in data.routes if store.config.route(r) is None]
    if not data.routes or unknown:
        errors["routes"] = QT_TRANSLATE_NOOP("intake", "Kies minstens één vervolgstap.")
    if any(d.need not in NEED for d in data.domains):
        errors["domains"] = QT_TRANSLATE_NOOP(
            "intake", "Kies bij elk leefgebied ja, nee of onbekend."
        )
    problem = toewijzing.check_klantmanager(session, actor, data.klantmanager_id)
    if problem:
        errors["klantmanager"] = problem
    elif toewijzing.reason_needed(data.klantmanager_id, data.suggested_id, data.assign_reason):
        errors["assign_reason"] = toewijzing.MSG_REASON
    booked: list[tuple[datetime, datetime]] = []
    for code in data.routes:
        rule = store.config.route(code)
        if rule and rule.afspraak:
            start = data.appointments.get(code)
            if start is None or start < now:
                errors[f"afspraak_{code}"] = QT_TRANSLATE_NOOP(
                    "intake", "Kies een datum en tijd in de toekomst voor deze afspraak."
                )
                continue
            end = start + timedelta(
                minutes=store.config.appointment_type(rule.afspraak).duur_minuten
            )
            if any(start < other_end and other_start < end for other_start, other_end in booked):
                errors[f"afspraak_{code}"] = QT_TRANSLATE_NOOP(
                    "intake", "Deze afspraak valt samen met een andere afspraak van de klant."
                )
            booked.append((start, end))
    return errors


def complete_quickscan(
    store: Store, actor: Actor, aanmelding_id: uuid.UUID, data: QuickscanInput
) -> QuickscanResult:
    if not actor.has(WISSELWACHTER):
        raise audit.refusal(store, actor, MayNotQuickscan())
    now = utcnow()
    with store.transaction() as session:
        item = _open_aanmelding(session, store, actor, aanmelding_id)
        if not access.holds(session, actor, WISSELWACHTER):
            raise audit.refusal(store, actor, MayNotQuickscan())
        client = access.live_client(session, store, actor, item.client_id, "gesprekken")
        if client is None:
            raise AanmeldingNotFound()
        access.require(session, store, actor, client, "gesprekken", "afspraken", what="quickscan")
        errors = _check(store, actor, data, session, now)
        errors.update(quickscan_agenda.clashes(store, session, data, item.client_id, errors))
        if errors:
            raise ValidationFailed(errors)
        record = _record(actor, item, client, data, now)
        session.add(record)
        toewijzing.assign_in_session(
            session,
            store,
            actor,
            client,
            data.klantmanager_id,
            reason=clean(data.assign_reason) or "Toegewezen na de quickscan (voorstel gevolgd)",
            suggested_id=data.suggested_id,
            now=now,
        )
        tasks, appointments = _set_in_motion(store, actor, session, item, client, data, now)
        tasks.extend(_poortwachterstoets(store, actor, session, item, client))
        step(item, AanmeldingStatus.AFGEROND)
        item.picked_up_by = None
        item.updated_by = actor.staff_id
        step(client, ClientStatus.IN_INTAKE)
        client.updated_by = actor.staff_id
        session.flush()
        audit.record(
            session,
            actor,
            audit.CREATE,
            client_id=client.id,
            entity="quickscan",
            entity_id=record.id,
            workstation=store.workstation,
            details={
                "routes": list(data.routes),
                "taken": len(tasks),
                "afspraken": len(appointments),
                "velden": ["klantmanager_id", "status"],
            },
        )
        return QuickscanResult(record.id, [t.id for t in tasks], [a.id for a in appointments])


def _open_aanmelding(session, store: Store, actor: Actor, aanmelding_id: uuid.UUID) -> Aanmelding:
    """The aanmelding, screened and waiting for this quickscan (not held by a colleague)."""
    item = _load(session, aanmelding_id, store, actor)
    if item.client_id is None:
        raise AanmeldingNotFound()
    if item.status != AanmeldingStatus.WACHT_OP_QUICKSCAN:
        raise already_done(session, item, "quickscan")
    if item.picked_up_by not in (None, actor.staff_id):
        raise HeldByColleague()
    return item


def _record(
    actor: Actor, item: Aanmelding, client: Client, data: QuickscanInput, now: datetime
) -> IntakeRecord:
    return IntakeRecord(
        client_id=client.id,
        aanmelding_id=item.id,
        kind="quickscan",
        status="afgerond",
        conducted_by=actor.staff_id,
        conducted_at=now,
        summary=clean(data.summary),
        benefit_may_be_due=data.benefit_may_be_due,
        outcome=",".join(data.routes),
        details={"routes": list(data.routes), "klantmanager_id": str(data.klantmanager_id)},
        created_by=actor.staff_id,
        updated_by=actor.staff_id,
        domain_answers=[
            IntakeDomainAnswer(
                domain_code=d.code,
                observation=clean(d.observation),
                client_question=clean(d.client_question),
                need=d.need,
                created_by=actor.staff_id,
            )
            for d in data.domains
        ],
    )


def _poortwachterstoets(store: Store, actor: Actor, session, item, client) -> list[Task]:
    """At the latest three months after the start, intensive personal service: a deadline
    for the klantmanager, unless one is already open for this client."""
    if open_tasks(session, client.id, ("poortwachterstoets",)):
        return []
    months = store.config.toewijzing.poortwachterstoets_maanden
    task = Task(
        client_id=client.id,
        aanmelding_id=item.id,
        kind="poortwachterstoets",
        title=f"Poortwachterstoets: uiterlijk na {months} maanden intensieve persoonlijke"
        " dienstverlening",
        due_at=add_months(item.registered_at, months),
        **for_klantmanager(client.klantmanager_id),
        created_by=actor.staff_id,
    )
    session.add(task)
    return [task]


def _set_in_motion(
    store: Store,
    actor: Actor,
    session,
    item: Aanmelding,
    client: Client,
    data: QuickscanInput,
    now: datetime,
):
    tasks, appointments = [], []
    for code in data.routes:
        rule = store.config.route(code)
        for rule_task in rule.taken:
            base = item.registered_at if rule_task.vanaf == "aanmelding" else now
            due = base + timedelta(hours=rule_task.termijn_uren)
            if rule_task.voor not in ROUTE_OWNERS:
                # A back office (checked at start-up): its team's werkvoorraad.
                tasks.append(
                    backoffice.hand_over(
                        session,
                        store,
                        actor,
                        client,
                        team=rule_task.voor,
                        title=rule_task.titel,
                        due_at=due,
                        origin="quickscan",
                        vraag=clean(data.summary),
                        aanmelding_id=item.id,
                        kind=f"route:{code}",
                    )
                )
                continue
            # The klantmanager's (or waiting for her), or the wisselwachter's who decided.
            owner = (
                for_klantmanager(data.klantmanager_id)
                if rule_task.voor == "klantmanager"
                else {"assigned_to": actor.staff_id}
            )
            task = Task(
                client_id=client.id,
                aanmelding_id=item.id,
                kind=plan_kind(rule_task.plant) if rule_task.plant else f"route:{code}",
                title=rule_task.titel[:200],
                due_at=due,
                created_by=actor.staff_id,
                **owner,
            )
            session.add(task)
            tasks.append(task)
        if rule.afspraak:
            kind = store.config.appointment_type(rule.afspraak)
            start = data.appointments[code]
            length = timedelta(minutes=kind.duur_minuten)
            appointment = Appointment(
                client_id=client.id,
                aanmelding_id=item.id,
                kind=kind.code,
                starts_at=start,
                ends_at=start + length,
                location=kind.locatie,
                # The klantmanager, or for the income route an inkomensconsulent.
                staff_id=quickscan_agenda.staff_for(
                    session, store.config, code, data.klantmanager_id, start, length
                ),
                with_party=kind.naam,
                documents_to_bring="\n".join(kind.meenemen),
                created_by=actor.staff_id,
            )
            session.add(appointment)
            appointments.append(appointment)
    session.flush()
    for appointment in appointments:  # booked now: what asked to plan it is done
        close_planned(session, actor, client.id, appointment.kind)
    return tasks, appointments
