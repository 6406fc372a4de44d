"""Work for the demo's staff, so no screen starts empty: progress talks in the coming
days, an appointment still to record, deadlines (one overdue), an absence, people
waiting at the counter, kick-off sessions, and contacts referred to a partner."""

from __future__ import annotations

import random
from datetime import datetime, time, timedelta

from intake_desktop.db.models import Aanmelding, Appointment, KickoffSession, StaffAbsence, Task
from intake_desktop.demo.demo_clients import KLANTGROEPEN, QUESTIONS
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.roles import WISSELWACHTER
from intake_desktop.domain.statuses import AanmeldingStatus


def work_to_do(session, store, rows: list[dict], staff) -> None:
    """A werkvoorraad that is not empty: progress talks in the coming days, an
    appointment still to record, a few deadlines (one overdue), an absence."""
    now = utcnow()
    today = now.astimezone().date()
    by_name = {s.username: s for s in staff}
    progress = store.config.ambitie.progress_appointment_type
    kind = store.config.appointment_type(progress)
    for member in staff:
        if member.functie is None or WISSELWACHTER in member.role_codes:
            continue
        theirs = [r for r in rows if r.get("klantmanager_id") == member.id]
        for offset, row in enumerate(theirs[:3]):
            day = today + timedelta(days=1 + offset * 2)
            start = datetime.combine(day, time(10 + offset, 0)).astimezone()
            session.add(
                Appointment(
                    client_id=row["id"],
                    kind=progress,
                    starts_at=start,
                    ends_at=start + timedelta(minutes=kind.duur_minuten),
                    location=kind.locatie,
                    staff_id=member.id,
                    with_party=kind.naam,
                    at_home=row["klantgroep"] in ("faciliteren", "zorgen"),
                )
            )
        if len(theirs) > 4 and member.username == "km.jansen":
            _to_record_and_overdue(session, member, theirs, now, progress, kind)
        if len(theirs) > 5 and member.username == "km.elamrani":
            months = store.config.toewijzing.poortwachterstoets_maanden
            session.add(
                Task(
                    client_id=theirs[5]["id"],
                    kind="poortwachterstoets",
                    title=f"Poortwachterstoets: uiterlijk na {months} maanden intensieve "
                    "persoonlijke dienstverlening",
                    due_at=now + timedelta(days=4),
                    assigned_to=member.id,
                )
            )
    wissel = next(s for s in staff if WISSELWACHTER in s.role_codes)
    waiting = next(r for r in rows if r.get("klantmanager_id"))
    session.add(
        Task(
            client_id=waiting["id"],
            kind="route:work_first",
            title="Uitkeringsintake plannen als de klant niet binnen 48 uur aan het werk is",
            due_at=now + timedelta(hours=20),
            assigned_to=wissel.id,
        )
    )
    session.add(
        StaffAbsence(
            staff_id=by_name["km.bakker"].id,
            starts_on=today + timedelta(days=2),
            ends_on=today + timedelta(days=16),
            reason="Vakantie",
        )
    )


def _to_record_and_overdue(session, member, theirs: list[dict], now, progress: str, kind):
    """Yesterday's talk not yet recorded as held or missed, and an overdue deadline."""
    today = now.astimezone().date()
    yesterday = datetime.combine(today - timedelta(days=1), time(14, 0)).astimezone()
    session.add(
        Appointment(
            client_id=theirs[3]["id"],
            kind=progress,
            starts_at=yesterday,
            ends_at=yesterday + timedelta(minutes=kind.duur_minuten),
            location=kind.locatie,
            staff_id=member.id,
            with_party=kind.naam,
        )
    )
    session.add(
        Task(
            client_id=theirs[4]["id"],
            kind="route:work_first",
            title="Contact opnemen met Work First",
            due_at=now - timedelta(days=2),
            assigned_to=member.id,
        )
    )


def waiting_at_the_counter(session, rng: random.Random, rows: list[dict], gemeente, balie):
    """A few people waiting at the counter right now, so the queue is not empty."""
    for minutes, row in zip((42, 25, 12, 4), rows[:4], strict=True):
        when = utcnow() - timedelta(minutes=minutes)
        session.add(
            Aanmelding(
                client_id=row["id"],
                gemeente_code=gemeente,
                channel="balie" if minutes != 25 else "telefoon",
                registered_at=when,
                question=rng.choice(QUESTIONS),
                route="intake",
                status=AanmeldingStatus.WACHT_OP_POORTWACHTER,
                created_by=balie.id,
            )
        )


def kickoff_sessions(session) -> None:
    """Kick-off sessions in two and three weeks for every klantgroep."""
    for weeks in (2, 3):
        day = (utcnow() + timedelta(weeks=weeks)).astimezone().date()
        for hour, group in zip((9, 11, 13, 15), KLANTGROEPEN, strict=True):
            start = datetime.combine(day, time(hour, 0)).astimezone()
            session.add(
                KickoffSession(
                    klantgroep=group,
                    starts_at=start,
                    location="Werkplein, zaal 2",
                    trainer="Tom Trainer",
                    capacity=12,
                )
            )


def referred_contacts(session, store, rng: random.Random, gemeente: str) -> None:
    """Anonymous contacts the counter routed to a partner."""
    for _ in range(25):
        when = utcnow() - timedelta(days=rng.randrange(1, 300))
        session.add(
            Aanmelding(
                client_id=None,
                gemeente_code=gemeente,
                channel="balie",
                registered_at=when,
                question="",
                route="derden",
                referred_to=rng.choice(store.config.partners).naam
                if store.config.partners
                else "Partner",
                status=AanmeldingStatus.DOORVERWEZEN,
            )
        )
