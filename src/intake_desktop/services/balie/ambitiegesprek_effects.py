"""What an ambitiegesprek sets in motion, inside the caller's transaction: a repeat
conversation replaces the earlier plan, the kick-off is booked, the income consultant,
werkcoach and progress-talk appointments are planned in free intake slots, and the
follow-up tasks (lawfulness check, a choice that deviates from the advice, a klantmanager
who does not guide the new klantgroep) are created.

``progress_talk_dates``, ``free_time`` and ``new_appointment`` also plan the next talk
after a voortgangsgesprek (services/traject/voortgang_effects)."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from functools import partial

from sqlalchemy import select

from intake_desktop.db.models import (
    Appointment,
    Client,
    IntakeRecord,
    KickoffSession,
    Task,
)
from intake_desktop.domain.calendar import (
    WORKING_DAYS,
    add_months,
    at_local,
    first_working_day,
    slots,
)
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.roles import Actor
from intake_desktop.domain.statuses import AppointmentStatus, step
from intake_desktop.services.agenda import agenda, free_slots, kickoff
from intake_desktop.services.balie import quickscan_agenda
from intake_desktop.services.caseload import toewijzing, toewijzing_inputs
from intake_desktop.services.core.store import Store
from intake_desktop.services.core.tasks import (
    close_planned,
    for_klantmanager,
    lapse,
    open_tasks,
)


def _at_ten(day: date) -> datetime:
    return at_local(first_working_day(day), 10)


def progress_talk_dates(per_year: int, start: datetime) -> list[datetime]:
    """The first year's progress talks, evenly spread (Groeien: once, at 12 months)."""
    if per_year <= 0:
        return []
    apart = 12 // per_year  # months
    return [_at_ten(add_months(start, apart * n).date()) for n in range(1, per_year + 1)]


def replace_earlier_plan(
    session, actor: Actor, client_id: uuid.UUID, config, current: uuid.UUID
) -> bool:
    """A repeat ambitiegesprek (re-assessment) replaces the earlier plan: future progress
    talks are cancelled, open group tasks lapse, a planned ambitiegesprek counts as held.
    Returns whether this is the client's first ambitiegesprek."""
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
            Appointment.status == AppointmentStatus.GEPLAND,
            Appointment.kind.in_([amb.progress_appointment_type, amb.planning_appointment_type]),
        )
    ):
        held = appointment.kind == amb.planning_appointment_type
        step(appointment, AppointmentStatus.GEHOUDEN if held else AppointmentStatus.GEANNULEERD)
    lapse(open_tasks(session, client_id, ("rechtmatigheid", "keuze_wijkt_af")), actor)
    return earlier is None


def book_kickoff(
    session, actor: Actor, session_id: uuid.UUID, client_id: uuid.UUID, klantgroep: str
) -> datetime:
    """Book the chosen kick-off (refused when full or of another group); returns when
    it starts."""
    booking = kickoff.book(session, actor, session_id, client_id, klantgroep)
    session.flush()
    return session.get(KickoffSession, booking.session_id).starts_at


def free_time(session, config, staff_id, day: date, length: timedelta, client_id=None) -> datetime:
    """The first intake slot (days and times from the planning configuration) from
    ``day`` on at which ``staff_id`` and the client are free; after 60 days, the first
    slot."""
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
        if free_slots.client_busy(session, client_id, at, at + length):
            continue
        if staff_id is None:
            return at
        if at.astimezone().date() in away:
            continue
        if not agenda.busy_times(session, [staff_id], at, at + length):
            return at
    return candidate


def new_appointment(
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


def _book(
    session,
    config,
    actor: Actor,
    client: Client,
    kind_code: str,
    day: date,
    staff_id,
    at_home: bool = False,
    fixed: datetime | None = None,
) -> Appointment:
    """One appointment at ``fixed``, or else at the first free slot from ``day`` on."""
    kind = config.appointment_type(kind_code)
    length = timedelta(minutes=kind.duur_minuten)
    at = fixed or free_time(session, config, staff_id, day, length, client.id)
    appointment = new_appointment(config, client, actor, kind_code, at, at_home, staff_id)
    session.add(appointment)  # visible to the next free-time search
    session.flush()
    return appointment


def _income_consultant(session, config, client: Client, day: date, fixed: datetime | None):
    """Whom the income appointment is with: as the quickscan's route that books it
    says (routes.toml ``met``, services/balie/quickscan_agenda), the first one free."""
    kind = config.ambitie.income_appointment_type
    route = next((r.code for r in config.routes if r.afspraak == kind), None)
    km = client.klantmanager_id
    others = quickscan_agenda.consultants(session, config, route, km) if route else None
    if others is None:
        return km
    length = timedelta(minutes=config.appointment_type(kind).duur_minuten)
    if fixed is not None:
        return quickscan_agenda.staff_for(session, config, route, km, fixed, length)
    slot = free_slots.first_free(session, config, others, client.id, length, day=day)
    return slot.staff_id if slot else others[0]


def plan_appointments(
    session,
    config,
    actor: Actor,
    client: Client,
    group,
    *,
    first_time: bool,
    kickoff_at: datetime | None,
    now: datetime,
    income_at: datetime | None = None,
    werkcoach_at: datetime | None = None,
    progress_at_home: bool = False,
) -> tuple[list[Appointment], list[datetime]]:
    """The income consultant (a new client only), the werkcoach (after the kick-off) and
    the first year's progress talks; returns the appointments and the talks' times."""
    amb = config.ambitie
    book = partial(_book, session, config, actor, client)
    km = client.klantmanager_id
    appointments = []
    # A new client sees the income consultant, once (the quickscan may have booked the
    # uitkeringsintake already); someone long on benefit does not.
    if (
        first_time
        and client.benefit_since is None
        and agenda.next_planned(session, client.id, amb.income_appointment_type, now) is None
    ):
        day = (now + timedelta(days=amb.income_after_days)).date()
        consultant = _income_consultant(session, config, client, day, income_at)
        income = book(amb.income_appointment_type, day, consultant, fixed=income_at)
        appointments.append(income)
        close_planned(session, actor, client.id, income.kind)
    if group.werkcoach_afspraak:
        day = ((kickoff_at or now) + timedelta(days=amb.werkcoach_after_kickoff_days)).date()
        appointments.append(book(amb.werkcoach_appointment_type, day, km, fixed=werkcoach_at))
    talks = []
    for at in progress_talk_dates(group.voortgang_per_jaar, now):
        talk = book(amb.progress_appointment_type, at.date(), km, progress_at_home)
        appointments.append(talk)
        talks.append(talk.starts_at)
    return appointments, talks


# Where a choice against the advice is discussed: the first progress talk, or for a group
# without periodic talks (Matchen) the talk with the werkcoach after the kick-off.
DISCUSSED_TITLES = {
    "voortgangsgesprek": "in het eerste voortgangsgesprek",
    "werkcoach": "in het gesprek met de werkcoach",
    "gesprek": "in het eerstvolgende gesprek met de klant",
}


def discussed_in(talks: list[datetime], werkcoach_at: datetime | None, now: datetime):
    if talks:
        return "voortgangsgesprek", talks[0]
    if werkcoach_at is not None:
        return "werkcoach", werkcoach_at
    return "gesprek", now + timedelta(days=90)


def follow_up_tasks(
    session,
    store: Store,
    actor: Actor,
    client: Client,
    group,
    deviates: bool,
    talks: list[datetime],
    now: datetime,
    werkcoach_at: datetime | None = None,
) -> list[Task]:
    """The lawfulness check the klantgroep asks for, the deviating choice to discuss in
    the first progress talk, and a reassignment when the klantmanager does not guide the
    new klantgroep."""
    tasks = []
    if group.rechtmatigheid_elke_jaren:
        tasks.append(
            Task(
                client_id=client.id,
                kind="rechtmatigheid",
                title="Rechtmatigheidstoets",
                **for_klantmanager(client.klantmanager_id),
                due_at=now + timedelta(days=round(365.25 * group.rechtmatigheid_elke_jaren)),
                created_by=actor.staff_id,
            )
        )
    if deviates:
        where, due = discussed_in(talks, werkcoach_at, now)
        tasks.append(
            Task(
                client_id=client.id,
                kind="keuze_wijkt_af",
                title=f"Keuze wijkt af van advies: bespreken {DISCUSSED_TITLES[where]}",
                **for_klantmanager(client.klantmanager_id),
                due_at=due,
                created_by=actor.staff_id,
            )
        )
    mismatch = toewijzing.reassignment_task(session, store, actor, client)
    if mismatch is not None:
        tasks.append(mismatch)
    session.add_all(tasks)
    session.flush()
    return tasks
