"""The quickscan's appointments: with whom (the klantmanager, or whom routes.toml ``met``
names: an inkomensconsulent for the income route, the schuldhulp team), times that are
free for the client and that person (proposed before the wisselwachter chooses), a
clash that says whose agenda it is, and the planning tasks a booked appointment closes
(services/core/tasks.close_planned)."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from sqlalchemy import select

from intake_desktop.db.models import Aanmelding, Staff
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.roles import Actor
from intake_desktop.services.agenda import agenda, free_slots
from intake_desktop.services.core import access
from intake_desktop.services.core.store import Store

MSG_CLIENT_BUSY = QT_TRANSLATE_NOOP("intake", "Op dit tijdstip heeft de klant al een afspraak.")
MSG_STAFF_BUSY = QT_TRANSLATE_NOOP(
    "intake", "Op dit tijdstip heeft de klantmanager al een afspraak."
)
MSG_NO_CONSULTANT = QT_TRANSLATE_NOOP(
    "intake",
    "Op dit tijdstip is niemand vrij met wie deze afspraak is (een inkomensconsulent of de "
    "back office): kies een ander moment.",
)


def consultants(session, config, route: str, klantmanager_id) -> list[uuid.UUID] | None:
    """Who an appointment of ``route`` may be with, in order of preference (routes.toml
    ``met``: a functie or a back office); None: the klantmanager."""
    rule = config.route(route)
    met = rule.met if rule else None
    if met is None:
        return None
    office = config.toewijzing.team(met)
    if office is not None and office.backoffice:
        from intake_desktop.services.overdracht import teams

        members = [staff_id for staff_id, _name in teams.members(session, met)]
        return members or None
    mine = session.scalar(select(Staff.functie).where(Staff.id == klantmanager_id))
    if mine == met:
        return None
    found = list(
        session.scalars(
            select(Staff.id)
            .where(Staff.functie == met, Staff.active.is_(True), Staff.deleted_at.is_(None))
            .order_by(Staff.display_name)
        )
    )
    return found or None  # nobody has that functie here: the klantmanager after all


def staff_for(session, config, route: str, klantmanager_id, start: datetime, length):
    """The person the appointment is with at ``start``; None when nobody is free."""
    others = consultants(session, config, route, klantmanager_id)
    if others is None:
        return klantmanager_id
    away_day = start.astimezone().date()
    for staff_id in others:
        if free_slots.days_away(session, staff_id, away_day, away_day):
            continue
        if not agenda.busy_times(session, [staff_id], start, start + length):
            return staff_id
    return None


def clashes(store: Store, session, data, client_id, errors: dict) -> dict[str, str]:
    """Appointments that would overlap one the client or the person already has."""
    found: dict[str, str] = {}
    for code in data.routes:
        rule = store.config.route(code)
        start = data.appointments.get(code)
        if not rule or not rule.afspraak or start is None or f"afspraak_{code}" in errors:
            continue
        length = timedelta(minutes=store.config.appointment_type(rule.afspraak).duur_minuten)
        if free_slots.client_busy(session, client_id, start, start + length):
            found[f"afspraak_{code}"] = MSG_CLIENT_BUSY
            continue
        others = consultants(session, store.config, code, data.klantmanager_id)
        if others is not None:
            if staff_for(session, store.config, code, data.klantmanager_id, start, length) is None:
                found[f"afspraak_{code}"] = MSG_NO_CONSULTANT
        elif data.klantmanager_id is not None and agenda.busy_times(
            session, [data.klantmanager_id], start, start + length
        ):
            found[f"afspraak_{code}"] = MSG_STAFF_BUSY
    return found


def propose(
    store: Store, actor: Actor, aanmelding_id: uuid.UUID, klantmanager_id, routes: list[str]
) -> dict[str, datetime]:
    """A free time for each route's appointment, one after another (not overlapping
    each other): free for the client and the person it will be with."""
    proposals: dict[str, datetime] = {}
    with store.reading() as session:
        item = session.get(Aanmelding, aanmelding_id)
        if item is None or item.client_id is None:
            return proposals
        client = access.live_client(session, store, actor, item.client_id, "afspraken")
        if client is None:
            return proposals
        taken: list[tuple[datetime, datetime]] = []
        for code in routes:
            rule = store.config.route(code)
            if rule is None or not rule.afspraak:
                continue
            length = timedelta(minutes=store.config.appointment_type(rule.afspraak).duur_minuten)
            others = consultants(session, store.config, code, klantmanager_id)
            people = others if others is not None else [klantmanager_id] if klantmanager_id else []
            not_before = None
            for _attempt in range(20):
                slot = free_slots.first_free(
                    session, store.config, people, client.id, length, not_before=not_before
                )
                if slot is None:
                    break
                end = slot.starts_at + length
                overlap = [e for s, e in taken if s < end and slot.starts_at < e]
                if not overlap:
                    proposals[code] = slot.starts_at
                    taken.append((slot.starts_at, end))
                    break
                not_before = max(overlap)  # after this scan's other appointment
    return proposals
