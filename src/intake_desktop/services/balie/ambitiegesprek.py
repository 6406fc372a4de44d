"""The ambitiegesprek: the instrument, the suggested klantgroep, the client's own choice,
rights and duties, and what the choice sets in motion (kick-off, income consultant,
werkcoach, progress talks)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from intake_desktop.db.models import (
    Appointment,
    Assessment,
    Client,
    IntakeDomainAnswer,
    IntakeRecord,
    KlantgroepKeuze,
    Task,
)
from intake_desktop.domain.calendar import (
    WORKING_DAYS,
    add_months,
    at_local,
    first_working_day,
    months_between,
    slots,
)
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.klantgroep_voorstel import Facts, Suggestion, suggest
from intake_desktop.domain.roles import KLANTMANAGER, WISSELWACHTER, Actor
from intake_desktop.domain.text import clean
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.agenda import kickoff
from intake_desktop.services.caseload import toewijzing, toewijzing_inputs
from intake_desktop.services.core import audit
from intake_desktop.services.core.errors import NotAllowed, NotFound
from intake_desktop.services.core.store import Store


@dataclass
class DomainScore:
    code: str
    score: int | None = None  # self-reliance 1..5
    observation: str = ""
    client_view: str = ""


@dataclass
class AmbitieInput:
    scores: list[DomainScore] = field(default_factory=list)
    ladder_rung: int | None = None
    ladder_target: int | None = None
    strengths: str = ""
    obstacles: list[str] = field(default_factory=list)
    months_on_benefit: int | None = None
    stress_signals: str = ""
    chosen: str = ""
    motivation: str = ""
    rights_duties_ticked: list[str] = field(default_factory=list)
    commitment: bool = False
    kickoff_session_id: uuid.UUID | None = None
    income_at: datetime | None = None
    werkcoach_at: datetime | None = None
    progress_at_home: bool = False


@dataclass(frozen=True)
class AmbitieResult:
    record_id: uuid.UUID
    klantgroep: str
    deviates: bool
    appointment_ids: list[uuid.UUID]
    progress_talks: list[datetime]
    task_ids: list[uuid.UUID]


def facts_of(data: AmbitieInput) -> Facts:
    scores = [s.score for s in data.scores if s.score is not None]
    work = next((s.score for s in data.scores if s.code == "werk"), None)
    return Facts(
        data.months_on_benefit,
        data.ladder_rung,
        len(data.obstacles),
        work,
        sum(scores) / len(scores) if scores else None,
    )


def suggestion(store: Store, data: AmbitieInput) -> Suggestion:
    return suggest(facts_of(data), store.config.suggestion_rules, store.config.suggestion_default)


def _at_ten(day: date) -> datetime:
    return at_local(first_working_day(day), 10)


def progress_talk_dates(per_year: int, start: datetime) -> list[datetime]:
    """The first year's progress talks, evenly spread (Groeien: once, at 12 months)."""
    if per_year <= 0:
        return []
    step = 12 // per_year
    return [_at_ten(add_months(start, step * n).date()) for n in range(1, per_year + 1)]


def _check(store: Store, data: AmbitieInput, advice: Suggestion) -> dict[str, str]:
    errors: dict[str, str] = {}
    group = store.config.klantgroep(data.chosen)
    if group is None:
        errors["chosen"] = QT_TRANSLATE_NOOP("ambitie", "De klant kiest een klantgroep.")
    elif data.chosen != advice.klantgroep and not clean(data.motivation):
        errors["motivation"] = QT_TRANSLATE_NOOP(
            "ambitie", "De keuze wijkt af van het advies: schrijf op waarom."
        )
    for key, value in (("ladder_rung", data.ladder_rung), ("ladder_target", data.ladder_target)):
        if value is None or not 1 <= value <= 6:
            errors[key] = QT_TRANSLATE_NOOP("ambitie", "Kies een trede van 1 tot en met 6.")
    if any(s.score is not None and not 1 <= s.score <= 5 for s in data.scores):
        errors["scores"] = QT_TRANSLATE_NOOP("ambitie", "Een score is 1 tot en met 5.")
    if data.months_on_benefit is not None and data.months_on_benefit < 0:
        errors["months_on_benefit"] = QT_TRANSLATE_NOOP("ambitie", "Vul 0 of meer maanden in.")
    unknown = set(data.obstacles) - set(store.config.ambitie.obstacles)
    if unknown:
        errors["obstacles"] = QT_TRANSLATE_NOOP("ambitie", "Kies belemmeringen uit de lijst.")
    if set(data.rights_duties_ticked) != set(store.config.ambitie.rights_duties):
        errors["rights_duties"] = QT_TRANSLATE_NOOP(
            "ambitie", "Loop alle rechten en plichten met de klant door en vink ze af."
        )
    if not data.commitment:
        errors["commitment"] = QT_TRANSLATE_NOOP(
            "ambitie", "Leg vast dat de klant zich aan de afspraken houdt (afspraak is afspraak)."
        )
    if group is not None and group.kickoff and data.kickoff_session_id is None:
        errors["kickoff"] = QT_TRANSLATE_NOOP("ambitie", "Kies een kick-off met plaats.")
    return errors


def complete_ambitiegesprek(
    store: Store, actor: Actor, client_id: uuid.UUID, data: AmbitieInput
) -> AmbitieResult:
    if not actor.has(WISSELWACHTER, KLANTMANAGER):
        raise NotAllowed(QT_TRANSLATE_NOOP("ambitie", "Het ambitiegesprek voert de intaker."))
    advice = suggestion(store, data)
    errors = _check(store, data, advice)
    if errors:
        raise ValidationFailed(errors)
    config = store.config
    group = config.klantgroep(data.chosen)
    now = utcnow()
    deviates = data.chosen != advice.klantgroep
    with store.transaction() as session:
        client = session.get(Client, client_id)
        if client is None or client.deleted_at is not None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "Deze klant bestaat niet (meer)."))
        record = IntakeRecord(
            client_id=client_id,
            kind="ambitiegesprek",
            status="afgerond",
            conducted_by=actor.staff_id,
            conducted_at=now,
            summary=clean(data.strengths),
            outcome=data.chosen,
            created_by=actor.staff_id,
            updated_by=actor.staff_id,
            details={
                "voorstel": advice.klantgroep,
                "redenen": list(advice.reasons),
                "belemmeringen": list(data.obstacles),
                "stress": clean(data.stress_signals),
                "rechten_plichten": list(data.rights_duties_ticked),
                "afspraak_is_afspraak": {"op": now.isoformat(), "door": actor.display_name},
            },
            domain_answers=[
                IntakeDomainAnswer(
                    domain_code=s.code,
                    score=s.score,
                    observation=clean(s.observation),
                    client_view=clean(s.client_view),
                    created_by=actor.staff_id,
                )
                for s in data.scores
            ],
        )
        session.add(record)
        session.flush()
        session.add(
            Assessment(
                client_id=client_id,
                intake_id=record.id,
                assessed_at=now,
                assessed_by=actor.staff_id,
                ladder_rung=data.ladder_rung,
                ladder_target=data.ladder_target,
                months_on_benefit=data.months_on_benefit,
                details={"belemmeringen": list(data.obstacles)},
                created_by=actor.staff_id,
            )
        )
        session.add(
            KlantgroepKeuze(
                client_id=client_id,
                klantgroep=data.chosen,
                suggested=advice.klantgroep,
                deviates_from_advice=deviates,
                decided_at=now,
                decided_by=actor.staff_id,
                intake_id=record.id,
                created_by=actor.staff_id,
                reason=clean(data.motivation) or "Keuze van de klant, gelijk aan het advies",
            )
        )
        client.klantgroep = data.chosen
        client.status = "in_traject"
        client.updated_by = actor.staff_id
        appointments, tasks = [], []
        first_time = _replace_earlier_plan(session, client_id, config, record.id)
        kickoff_at = None
        if group.kickoff:
            booking = kickoff.book(session, actor, data.kickoff_session_id, client_id, data.chosen)
            session.flush()
            from intake_desktop.db.models import KickoffSession

            kickoff_at = session.get(KickoffSession, booking.session_id).starts_at
        amb = config.ambitie

        def plan(
            kind_code: str,
            day: date,
            staff_id,
            at_home: bool = False,
            fixed: datetime | None = None,
        ) -> Appointment:
            kind = config.appointment_type(kind_code)
            at = fixed or _free_time(
                session, config, staff_id, day, timedelta(minutes=kind.duur_minuten)
            )
            appointment = _appointment(config, client, actor, kind_code, at, at_home, staff_id)
            session.add(appointment)  # visible to the next free-time search
            session.flush()
            appointments.append(appointment)
            return appointment

        # A new client sees the income consultant; someone long on benefit does not.
        if first_time and client.benefit_since is None:
            plan(
                amb.income_appointment_type,
                (now + timedelta(days=amb.income_after_days)).date(),
                None,
                fixed=data.income_at,
            )
        if group.werkcoach_afspraak:
            base = kickoff_at or now
            plan(
                amb.werkcoach_appointment_type,
                (base + timedelta(days=amb.werkcoach_after_kickoff_days)).date(),
                client.klantmanager_id,
                fixed=data.werkcoach_at,
            )
        talks = []
        for at in progress_talk_dates(group.voortgang_per_jaar, now):
            talks.append(
                plan(
                    amb.progress_appointment_type,
                    at.date(),
                    client.klantmanager_id,
                    data.progress_at_home,
                ).starts_at
            )
        if group.rechtmatigheid_elke_jaren:
            tasks.append(
                Task(
                    client_id=client_id,
                    kind="rechtmatigheid",
                    title="Rechtmatigheidstoets",
                    assigned_to=client.klantmanager_id,
                    due_at=now + timedelta(days=round(365.25 * group.rechtmatigheid_elke_jaren)),
                    created_by=actor.staff_id,
                )
            )
        if deviates:
            tasks.append(
                Task(
                    client_id=client_id,
                    kind="keuze_wijkt_af",
                    title="Keuze wijkt af van advies: bespreken in het eerste voortgangsgesprek",
                    assigned_to=client.klantmanager_id,
                    due_at=talks[0] if talks else now + timedelta(days=90),
                    created_by=actor.staff_id,
                )
            )
        mismatch = toewijzing.reassignment_task(session, store, actor, client)
        if mismatch is not None:
            tasks.append(mismatch)
        session.add_all(tasks)
        session.flush()
        audit.record(
            session,
            actor,
            audit.CREATE,
            client_id=client_id,
            entity="ambitiegesprek",
            entity_id=record.id,
            workstation=store.workstation,
            details={
                "klantgroep": data.chosen,
                "voorstel": advice.klantgroep,
                "wijkt_af": deviates,
            },
        )
        return AmbitieResult(
            record.id,
            data.chosen,
            deviates,
            [a.id for a in appointments],
            talks,
            [t.id for t in tasks],
        )


def _replace_earlier_plan(session, client_id: uuid.UUID, config, current: uuid.UUID) -> bool:
    """A repeat ambitiegesprek (re-assessment) replaces the earlier plan: future progress
    talks are cancelled, open group tasks lapse, a planned ambitiegesprek counts as held.
    Returns whether this is the client's first ambitiegesprek."""
    from sqlalchemy import select

    earlier = session.scalar(
        select(IntakeRecord.id)
        .where(
            IntakeRecord.client_id == client_id,
            IntakeRecord.kind == "ambitiegesprek",
            IntakeRecord.status == "afgerond",
            IntakeRecord.id != current,
        )
        .limit(1)
    )
    amb = config.ambitie
    for appointment in session.scalars(
        select(Appointment).where(
            Appointment.client_id == client_id,
            Appointment.status == "gepland",
            Appointment.kind.in_([amb.progress_appointment_type, amb.planning_appointment_type]),
        )
    ):
        appointment.status = (
            "gehouden" if appointment.kind == amb.planning_appointment_type else "geannuleerd"
        )
    for task in session.scalars(
        select(Task).where(
            Task.client_id == client_id,
            Task.status == "open",
            Task.kind.in_(["rechtmatigheid", "keuze_wijkt_af"]),
        )
    ):
        task.status = "vervallen"
    return earlier is None


def _free_time(session, config, staff_id, day: date, length: timedelta) -> datetime:
    """The first intake slot (days and times from the planning configuration) from
    ``day`` on at which ``staff_id`` is free; after 60 days, the first slot."""
    from sqlalchemy import select

    amb = config.ambitie
    now, last_day = utcnow(), day + timedelta(days=60)
    away = toewijzing_inputs.days_away(session, staff_id, day, last_day) if staff_id else set()
    candidate = None
    for at in slots(day, amb.planning_days or WORKING_DAYS, amb.planning_times or ("10:00",)):
        if at.date() > last_day:
            break
        if at <= now:
            continue
        candidate = candidate or at
        if staff_id is None:
            return at
        if at.astimezone().date() in away:
            continue
        clash = session.scalar(
            select(Appointment.id)
            .where(
                Appointment.staff_id == staff_id,
                Appointment.status == "gepland",
                Appointment.starts_at < at + length,
                Appointment.ends_at > at,
            )
            .limit(1)
        )
        if clash is None:
            return at
    return candidate


def _appointment(
    config,
    client: Client,
    actor: Actor,
    kind_code: str,
    at: datetime,
    at_home: bool,
    staff_id=None,
) -> Appointment:
    kind = config.appointment_type(kind_code)
    return Appointment(
        client_id=client.id,
        kind=kind.code,
        starts_at=at,
        ends_at=at + timedelta(minutes=kind.duur_minuten),
        location="Bij de klant thuis" if at_home else kind.locatie,
        staff_id=staff_id,
        with_party=kind.naam,
        at_home=at_home,
        documents_to_bring="\n".join(kind.meenemen),
        created_by=actor.staff_id,
    )


@dataclass(frozen=True)
class AmbitieContext:
    """What the intake already answered, shown so it is never asked again."""

    client_name: str
    question: str  # the whole client question from the quickscan
    domains: dict[str, tuple[str, str, str]]  # code -> (observation, question, need)
    months_on_benefit: int | None = None  # from the benefit start date, when known


def context(store: Store, actor: Actor, client_id: uuid.UUID) -> AmbitieContext:
    from sqlalchemy import select

    with store.transaction() as session:
        client = session.get(Client, client_id)
        if client is None or client.deleted_at is not None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "Deze klant bestaat niet (meer)."))
        scan = session.scalar(
            select(IntakeRecord)
            .where(IntakeRecord.client_id == client_id, IntakeRecord.kind == "quickscan")
            .order_by(IntakeRecord.conducted_at.desc())
            .limit(1)
        )
        audit.record(
            session,
            actor,
            audit.VIEW,
            client_id=client_id,
            entity="client",
            entity_id=client_id,
            workstation=store.workstation,
        )
        domains = (
            {
                a.domain_code: (a.observation, a.client_question, a.need or "")
                for a in scan.domain_answers
            }
            if scan
            else {}
        )
        return AmbitieContext(
            client.full_name,
            scan.summary if scan else "",
            domains,
            months_between(client.benefit_since),
        )
