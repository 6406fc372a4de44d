"""Demo history after the intake, so the Monitoring area has something to show: some
klantgroep changes, closures (to work in a sector, and other reasons, one reopened),
trajectplan activities spread over the past quarters, a few inburgering duties with
enforcement steps, and progress talks held, missed and still to come.

Called once at the end of ``demo_data.seed_demo`` on the demo clients made there. Every
person is fictional; BSNs and personal data are not touched."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import insert, select

from intake_desktop.db.models import (
    Afsluiting,
    Appointment,
    Assessment,
    Client,
    Inburgeringsplicht,
    InburgeringStap,
    IntakeRecord,
    KlantgroepKeuze,
    Trajectplan,
    TrajectplanActivity,
    TrajectplanGoal,
)
from intake_desktop.domain.client_status import IN_CARE
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.statuses import AppointmentStatus, ClientStatus, PlanStatus
from intake_desktop.services.core.store import Store

SERVICES = {
    "matchen": ["sollicitatietraining", "stage", "coaching"],
    "groeien": ["werkfit", "werkleerroute", "coaching", "loonkostensubsidie"],
    "faciliteren": ["coaching", "werkfit"],
    "zorgen": ["coaching"],
}
CLOSE_REASONS = ["werk"] * 6 + ["opleiding", "verhuisd", "geen_recht", "overdracht_inkomen"]
ENFORCEMENT = [
    [("handhaven", "signaal", None, None), ("handhaven", "aanschrijving", None, None)],
    [
        ("handhaven", "signaal", None, None),
        ("handhaven", "besluit", "Naar beboeten", None),
        ("beboeten", "voornemen", None, None),
        ("beboeten", "beschikking", "Boete opgelegd", 34000),
    ],
    [("ontheffen", "aanvraag", None, None), ("ontheffen", "besluit", "Ontheffing verleend", None)],
    [("verlengen", "verzoek", None, None), ("verlengen", "besluit", "Termijn verlengd", None)],
]


def _at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour)).astimezone()


@dataclass
class _History:
    """The rows the demo history adds, collected per kind and inserted at the end."""

    keuzes: list = field(default_factory=list)
    closures: list = field(default_factory=list)
    plans: list = field(default_factory=list)
    appointments: list = field(default_factory=list)
    records: list = field(default_factory=list)  # (client id, klantmanager, at, rung)
    rungs: list = field(default_factory=list)


def seed_history(store: Store, seed: int = 8) -> None:
    """Add the history to the demo clients that have a klantgroep (one transaction)."""
    rng = random.Random(seed)
    now = utcnow()
    with store.transaction() as session:
        clients = session.execute(
            select(Client, KlantgroepKeuze.decided_at)
            .join(KlantgroepKeuze, KlantgroepKeuze.client_id == Client.id)
            .where(Client.klantgroep.is_not(None), Client.status.in_(IN_CARE))
            .order_by(Client.search_name, Client.id)
        ).all()
        with_plan = set(session.scalars(select(Trajectplan.client_id)))
        history = _History()
        for client, chosen in clients:
            _history_of(rng, store.config, client, chosen, client.id not in with_plan, now, history)
        if history.keuzes:
            session.execute(insert(KlantgroepKeuze), history.keuzes)
        if history.closures:
            session.execute(insert(Afsluiting), history.closures)
        session.add_all(history.plans)
        if history.appointments:
            session.execute(insert(Appointment), history.appointments)
        if history.rungs:
            session.execute(insert(Assessment), history.rungs)
        _talk_records(session, history.records)
        _inburgering(session, rng, [c for c, _d in clients[::9]], date.today())


def _history_of(rng, config, client, since, needs_plan: bool, now, history: _History) -> None:
    """One client's history: maybe a later klantgroep change, a ladder rung, a plan with
    activities, progress talks at the group's rhythm, and maybe a closure."""
    group = client.klantgroep
    km = client.klantmanager_id
    days = max((now - since).days, 1)
    # One in ten moved to another group later on.
    if rng.random() < 0.1 and days > 30:
        moved = since + timedelta(days=rng.randrange(15, days))
        new = rng.choice([g for g in SERVICES if g != group])
        history.keuzes.append(
            dict(
                client_id=client.id,
                klantgroep=new,
                suggested=new,
                decided_at=moved,
                decided_by=km,
                reason="Voortgangsgesprek: andere klantgroep past beter",
                deviates_from_advice=False,
            )
        )
        client.klantgroep, group, since = new, new, moved
        days = max((now - since).days, 1)
    rung = rng.randrange(1, 5)
    history.rungs.append(dict(client_id=client.id, assessed_at=since, ladder_rung=rung, details={}))
    if needs_plan:
        history.plans.append(_plan(rng, config, client, group, since, days))
    per_year = config.klantgroep(group).voortgang_per_jaar if config.klantgroep(group) else 0
    closed = None
    if rng.random() < 0.14 and days > 20:
        closed = (since + timedelta(days=rng.randrange(10, days))).date()
    if per_year:
        _progress_talks(rng, config, client, since, now, closed, per_year, rung, history)
    if closed is not None:
        closure = _closure(rng, config, client, group, closed)
        history.closures.append(closure)
        client.status = (
            ClientStatus.IN_TRAJECT if closure["reopened_at"] else ClientStatus.AFGESLOTEN
        )


PERSPECTIVES = {
    "matchen": "Binnen zes maanden betaald werk bij een werkgever in de regio.",
    "groeien": "Binnen een jaar betaald werk, na een opleiding of werkervaringsplek.",
    "faciliteren": "Meedoen in de wijk met vrijwilligerswerk, en van daaruit verder.",
    "zorgen": "Eerst rust: schulden en gezondheid op orde, dan de volgende stap.",
}


def _plan(rng, config, client, group: str, since, days: int) -> Trajectplan:
    """A signed plan whose activities started somewhere since the group was chosen."""
    known = {p.code for p in config.producten}
    today = date.today()
    plan = Trajectplan(
        client_id=client.id,
        klantmanager_id=client.klantmanager_id,
        status=PlanStatus.ONDERTEKEND,
        # A signed plan always has a doelperspectief (the service refuses to sign without).
        doelperspectief=PERSPECTIVES.get(group, "Stap voor stap naar werk of meedoen."),
        afspraken_klant="Ik kom naar elke afspraak of meld me op tijd af.",
        afspraken_gemeente="De klantmanager belt elke maand even hoe het gaat.",
    )
    goal = TrajectplanGoal(domain_code="werk", description="Stappen naar werk")
    plan.goals.append(goal)
    for n in range(rng.randrange(1, 4)):
        code = rng.choice([s for s in SERVICES[group] if s in known] or ["coaching"])
        start = (since + timedelta(days=rng.randrange(0, days))).date()
        goal.activities.append(
            TrajectplanActivity(
                service_code=code,
                provider_kind="intern",
                starts_on=start,
                ends_on=start + timedelta(days=90),
                status="gepland" if start > today else "lopend",
                position=n,
            )
        )
    return plan


def _progress_talks(rng, config, client, since, now, closed, per_year: int, rung: int, history):
    """Held (with the record and a ladder rung), sometimes missed, and the next one
    planned, until the closure if there is one."""
    progress = config.ambitie.progress_appointment_type if config.ambitie else "voortgangsgesprek"
    km = client.klantmanager_id
    step = timedelta(days=365 // per_year)
    at = since + step
    while at < now + step and (closed is None or at.date() < closed):
        at = _at(at.astimezone().date(), rng.choice((9, 10, 11, 14)))
        if at < now and rng.random() < 0.85:
            status = AppointmentStatus.GEHOUDEN
            rung = max(1, min(6, rung + rng.choice((-1, 0, 1, 1))))
            history.records.append((client.id, km, at, rung))
        else:
            status = AppointmentStatus.NIET_VERSCHENEN if at < now else AppointmentStatus.GEPLAND
        history.appointments.append(
            dict(client_id=client.id, kind=progress, starts_at=at, staff_id=km, status=status)
        )
        at += step


def _closure(rng, config, client, group: str, closed: date) -> dict:
    """A closure on ``closed`` (to work in a sector, or another reason); now and then
    reopened a month later."""
    sectors = list(config.afsluiting.sectoren) if config.afsluiting else ["Overig"]
    km = client.klantmanager_id
    reason = rng.choice(CLOSE_REASONS)
    reopened = rng.random() < 0.08
    return dict(
        client_id=client.id,
        closed_on=closed,
        closed_by=km,
        reason=reason,
        klantgroep=group,
        sector=rng.choice(sectors) if reason == "werk" else None,
        hours_per_week=rng.choice((16, 24, 32, 36)) if reason == "werk" else None,
        goal_outcomes=[],
        note="",
        reopened_at=_at(closed + timedelta(days=30), 10) if reopened else None,
        reopened_by=km if reopened else None,
        reopen_reason="Werk na de proeftijd beëindigd" if reopened else "",
    )


def _talk_records(session, records: list) -> None:
    """The record of each progress talk held, with its assessment (a ladder rung)."""
    for client_id, km, at, rung in records:
        record = IntakeRecord(
            client_id=client_id,
            kind="voortgangsgesprek",
            status="afgerond",
            conducted_by=km,
            conducted_at=at,
            summary="Voortgang besproken (demo).",
            details={
                "at_home": False,
                "lawfulness_checked": True,
                "right_group": True,
                "goal_progress": [],
                "appointment_id": None,
                "life_changes": "",
                "income_changes": "",
            },
        )
        session.add(record)
        session.flush()
        session.add(
            Assessment(
                client_id=client_id,
                intake_id=record.id,
                assessed_at=at,
                assessed_by=km,
                ladder_rung=rung,
                details={"stress": 3},
            )
        )


def _inburgering(session, rng: random.Random, clients: list, today: date) -> None:
    """A few civic-integration duties, each with one enforcement history."""
    for client in clients[:14]:
        since = today - timedelta(days=rng.randrange(200, 1000))
        plicht = Inburgeringsplicht(
            client_id=client.id, duty_since=since, deadline=since + timedelta(days=3 * 365)
        )
        session.add(plicht)
        session.flush()
        day = since
        for procedure, step, decision, cents in rng.choice(ENFORCEMENT):
            day = min(day + timedelta(days=rng.randrange(20, 90)), today)
            session.add(
                InburgeringStap(
                    plicht_id=plicht.id,
                    client_id=client.id,
                    procedure=procedure,
                    step=step,
                    occurred_on=day,
                    decision=decision,
                    amount_cents=cents,
                    new_deadline=plicht.deadline + timedelta(days=365)
                    if decision == "Termijn verlengd"
                    else None,
                )
            )
            if decision == "Ontheffing verleend":
                plicht.status = "ontheffing"
            if decision == "Termijn verlengd":
                plicht.deadline = plicht.deadline + timedelta(days=365)
