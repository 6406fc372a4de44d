"""The first slot that is free for the client and for a staff member: a proposed time is
one that can be booked. Slots are the planning's days and times (ambitiegesprek.toml
``planning``); a staff member is free when she is not away and has no planned
appointment overlapping it, the client when none of hers overlaps. A clash names whose
agenda it is (``clash``)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select, text

from intake_desktop.db.models import Appointment, Staff, StaffAbsence
from intake_desktop.domain.calendar import WORKING_DAYS, slots, works_on
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.statuses import AppointmentStatus
from intake_desktop.services.agenda import agenda

SEARCH_DAYS = 60


@dataclass(frozen=True)
class Slot:
    starts_at: datetime
    staff_id: uuid.UUID | None


def client_busy(session, client_id, since: datetime, until: datetime) -> bool:
    """Whether the client has a planned appointment overlapping since-until. In server
    mode the server answers (her other appointments may be outside the reader's reach;
    it says only busy or not: ``intake_security.client_busy``)."""
    if client_id is None:
        return False
    if agenda._server_knows_busy_times(session):
        return bool(
            session.scalar(
                text("SELECT intake_security.client_busy(:c, :since, :until)"),
                {"c": client_id, "since": since, "until": until},
            )
        )
    end = func.coalesce(Appointment.ends_at, Appointment.starts_at)
    return bool(
        session.scalar(
            select(func.count())
            .select_from(Appointment)
            .where(
                Appointment.client_id == client_id,
                Appointment.status == AppointmentStatus.GEPLAND,
                Appointment.deleted_at.is_(None),
                end > since,
                Appointment.starts_at < until,
            )
        )
    )


def days_away(session, staff_id, first: date, last: date) -> set[date]:
    """Days from ``first`` to ``last`` on which someone does not work: absent, or not
    one of their working days. Booking skips them."""
    staff = session.get(Staff, staff_id)
    if staff is None:
        return set()
    days = {
        first + timedelta(days=n)
        for n in range((last - first).days + 1)
        if not works_on(first + timedelta(days=n), staff.working_days)
    }
    for starts, ends in session.execute(
        select(StaffAbsence.starts_on, StaffAbsence.ends_on).where(
            StaffAbsence.staff_id == staff_id,
            StaffAbsence.deleted_at.is_(None),
            StaffAbsence.ends_on >= first,
            StaffAbsence.starts_on <= last,
        )
    ):
        day = max(starts, first)
        while day <= min(ends, last):
            days.add(day)
            day += timedelta(days=1)
    return days


def first_free(
    session,
    config,
    staff_ids: Sequence[uuid.UUID],
    client_id,
    length: timedelta,
    day: date | None = None,
    not_before: datetime | None = None,
) -> Slot | None:
    """The first planning slot from ``day`` (default today) in the coming
    SEARCH_DAYS days at which the client and one of ``staff_ids`` (in this order of
    preference) are free; None when there is none. The staff's planned appointments
    and absences are read once for the whole period; the client is asked about only
    for a slot someone is free in."""
    amb = config.ambitie
    now = utcnow()
    day = day or now.astimezone().date()
    last_day = day + timedelta(days=SEARCH_DAYS)
    away = {s: days_away(session, s, day, last_day) for s in staff_ids}
    period_start = datetime.combine(day, datetime.min.time()).astimezone()
    period_end = datetime.combine(last_day + timedelta(days=1), datetime.min.time()).astimezone()
    taken: dict = {s: [] for s in staff_ids}
    for staff_id, begin, end in agenda.busy_times(session, staff_ids, period_start, period_end):
        taken.setdefault(staff_id, []).append((begin, end))

    def free(staff_id, at: datetime) -> bool:
        if at.astimezone().date() in away[staff_id]:
            return False
        end = at + length  # overlap as agenda.busy_times says it
        return not any(b < end and e > at for b, e in taken[staff_id])

    for at in slots(day, amb.planning_days or WORKING_DAYS, amb.planning_times or ("10:00",)):
        if at.date() > last_day:
            return None
        if at <= now or (not_before and at < not_before):
            continue
        chosen = next((s for s in staff_ids if free(s, at)), None)
        if staff_ids and chosen is None:
            continue
        if client_busy(session, client_id, at, at + length):
            continue
        return Slot(at, chosen)
    return None


def clash(session, staff_id, client_id, at: datetime, length: timedelta) -> str | None:
    """Whose agenda is taken at ``at``: the staff member's name, "de klant", or None."""
    if staff_id is not None and agenda.busy_times(session, [staff_id], at, at + length):
        return session.scalar(select(Staff.display_name).where(Staff.id == staff_id)) or ""
    if client_busy(session, client_id, at, at + length):
        return CLIENT
    return None


CLIENT = "de klant"
