"""The ambitiegesprek: the instrument, the suggested klantgroep, the client's own choice,
rights and duties, and what the choice sets in motion (kick-off, income consultant,
werkcoach, progress talks)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select

from intake_desktop.db.models import (
    Assessment,
    Client,
    IntakeDomainAnswer,
    IntakeRecord,
    KlantgroepKeuze,
)
from intake_desktop.domain.calendar import months_between
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.klantgroep_voorstel import Facts, Suggestion, suggest
from intake_desktop.domain.roles import KLANTMANAGER, WISSELWACHTER, Actor
from intake_desktop.domain.statuses import ClientStatus, step
from intake_desktop.domain.text import clean
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.balie import ambitiegesprek_effects as effects
from intake_desktop.services.balie.errors import ClientNotFound, MayNotHoldAmbitiegesprek
from intake_desktop.services.core import access, audit
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
    # Where a deviating choice comes back: voortgangsgesprek, werkcoach or gesprek.
    discussed_in: str = "voortgangsgesprek"


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
    """Record the conversation and the client's choice, and set in motion what the
    klantgroep asks for (see ambitiegesprek_effects); one transaction."""
    if not actor.has(WISSELWACHTER, KLANTMANAGER):
        raise audit.refusal(store, actor, MayNotHoldAmbitiegesprek())
    advice = suggestion(store, data)
    errors = _check(store, data, advice)
    if errors:
        raise ValidationFailed(errors)
    config = store.config
    group = config.klantgroep(data.chosen)
    now = utcnow()
    deviates = data.chosen != advice.klantgroep
    with store.transaction() as session:
        client = access.client_or(session, store, actor, client_id, ClientNotFound(), "gesprekken")
        # It books the kick-off and plans appointments too (ambitiegesprek_effects).
        access.require(session, store, actor, client, "gesprekken", "afspraken", change=True)
        record = _record_conversation(session, actor, client_id, data, advice, now)
        _record_choice(session, actor, client, record.id, data, advice, now)
        first_time = effects.replace_earlier_plan(session, actor, client_id, config, record.id)
        kickoff_at = None
        if group.kickoff:
            kickoff_at = effects.book_kickoff(
                session, actor, data.kickoff_session_id, client_id, data.chosen
            )
        appointments, talks = effects.plan_appointments(
            session,
            config,
            actor,
            client,
            group,
            first_time=first_time,
            kickoff_at=kickoff_at,
            now=now,
            income_at=data.income_at,
            werkcoach_at=data.werkcoach_at,
            progress_at_home=data.progress_at_home,
        )
        werkcoach = next(
            (
                a.starts_at
                for a in appointments
                if a.kind == store.config.ambitie.werkcoach_appointment_type
            ),
            None,
        )
        tasks = effects.follow_up_tasks(
            session, store, actor, client, group, deviates, talks, now, werkcoach
        )
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
            effects.discussed_in(talks, werkcoach, now)[0],
        )


def _record_conversation(
    session, actor: Actor, client_id: uuid.UUID, data: AmbitieInput, advice: Suggestion, now
) -> IntakeRecord:
    """The conversation itself (scores per life domain, the agreements ticked) and the
    assessment of the participation ladder."""
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
    return record


def _record_choice(
    session,
    actor: Actor,
    client: Client,
    record_id: uuid.UUID,
    data: AmbitieInput,
    advice: Suggestion,
    now,
) -> None:
    """The klantgroep the client chose, next to the advice, in the client's history of
    choices; the client is in traject from now on."""
    session.add(
        KlantgroepKeuze(
            client_id=client.id,
            klantgroep=data.chosen,
            suggested=advice.klantgroep,
            deviates_from_advice=data.chosen != advice.klantgroep,
            decided_at=now,
            decided_by=actor.staff_id,
            intake_id=record_id,
            created_by=actor.staff_id,
            reason=clean(data.motivation) or "Keuze van de klant, gelijk aan het advies",
        )
    )
    client.klantgroep = data.chosen
    step(client, ClientStatus.IN_TRAJECT)
    client.updated_by = actor.staff_id


@dataclass(frozen=True)
class AmbitieContext:
    """What the intake already answered, shown so it is never asked again."""

    client_name: str
    question: str  # the whole client question from the quickscan
    domains: dict[str, tuple[str, str, str]]  # code -> (observation, question, need)
    months_on_benefit: int | None = None  # from the benefit start date, when known


def context(store: Store, actor: Actor, client_id: uuid.UUID) -> AmbitieContext:
    with store.transaction() as session:
        client = access.client_or(session, store, actor, client_id, ClientNotFound(), "gesprekken")
        access.require(session, store, actor, client, "gesprekken")
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
