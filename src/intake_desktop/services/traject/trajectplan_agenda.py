"""The trajectplan's "eerstvolgend voortgangsgesprek" is an appointment: saving the plan
with a date moves the client's next planned progress talk to that day (keeping its
time), or books one with the klantmanager at the first free slot of that day. Mijn
caseload and the werkvoorraad read it from the agenda."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from intake_desktop.db.models import Appointment, Client
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.roles import Actor
from intake_desktop.services.agenda import agenda, free_slots
from intake_desktop.services.core import audit
from intake_desktop.services.core.store import Store


def plan_progress_talk(session, store: Store, actor: Actor, client: Client, day: date | None):
    if day is None or day < date.today():
        return None
    kind = store.config.appointment_type(store.config.ambitie.progress_appointment_type)
    length = timedelta(minutes=kind.duur_minuten)
    talk = agenda.next_planned(session, client.id, kind.code, utcnow())
    if talk is not None and talk.starts_at.astimezone().date() == day:
        return talk  # already on that day
    staff = [client.klantmanager_id] if client.klantmanager_id else []
    slot = free_slots.first_free(session, store.config, staff, client.id, length, day=day)
    if slot is not None and slot.starts_at.astimezone().date() == day:
        at = slot.starts_at
    elif talk is not None:  # that day is full: keep the talk's time of day
        at = datetime.combine(day, talk.starts_at.astimezone().time()).astimezone()
    else:
        at = datetime.combine(day, time(10, 0)).astimezone()
    if talk is None:
        talk = Appointment(
            client_id=client.id,
            kind=kind.code,
            location=kind.locatie,
            staff_id=client.klantmanager_id,
            with_party=kind.naam,
            documents_to_bring="\n".join(kind.meenemen),
            created_by=actor.staff_id,
            starts_at=at,
            ends_at=at + length,
        )
        session.add(talk)
        action = audit.CREATE
    else:
        talk.starts_at, talk.ends_at, talk.updated_by = at, at + length, actor.staff_id
        action = audit.UPDATE
    session.flush()
    audit.record(
        session,
        actor,
        action,
        client_id=client.id,
        entity="afspraak",
        entity_id=talk.id,
        workstation=store.workstation,
        details={"soort": kind.code, "uit": "trajectplan"},
    )
    return talk
