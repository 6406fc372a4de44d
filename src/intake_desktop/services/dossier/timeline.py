"""A client's timeline in the dossier: one entry per event, newest first. Each kind of
event (registration, aanmelding, task, conversation, appointment, klantgroep choice,
assignment, note) has its own small reader."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake_desktop.db.models import (
    Aanmelding,
    Appointment,
    Client,
    Correctie,
    IntakeRecord,
    KickoffBooking,
    KickoffSession,
    KlantgroepKeuze,
    KlantmanagerToewijzing,
    Maatregel,
    Overdracht,
    Task,
    Voortgangsrapportage,
    WorkFirstResultaat,
)
from intake_desktop.domain import aanmelding as aan
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.validation import FIELD_LABELS
from intake_desktop.services.agenda import kickoff_presence
from intake_desktop.services.dossier.notes import NoteView

CONVERSATION_TITLES = {
    "screening": QT_TRANSLATE_NOOP("clients", "Screening poortwachter"),
    "quickscan": QT_TRANSLATE_NOOP("clients", "Quickscan"),
    "ambitiegesprek": QT_TRANSLATE_NOOP("clients", "Ambitiegesprek"),
    "voortgangsgesprek": QT_TRANSLATE_NOOP("clients", "Voortgangsgesprek"),
}


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    title: str
    detail: str = ""
    who: str = ""


Entries = Iterator[TimelineEntry]


def timeline(
    session: Session,
    client: Client,
    aanmeldingen: list[Aanmelding],
    names: dict,
    client_notes: list[NoteView],
    parts: frozenset[str] | None = None,
    team_names: dict[str, str] | None = None,
) -> list[TimelineEntry]:
    """Everything that happened with the client, newest first; ``names`` maps staff ids
    to display names, ``team_names`` team codes to names. ``parts``: only what the
    reader may see (services/core/access)."""

    def shown(part: str) -> bool:
        return parts is None or part in parts

    entries = [
        *_registered(client, names),
        *(_aanmeldingen(aanmeldingen, names) if shown("aanmeldingen") else ()),
        *(_tasks(session, client, names) if shown("afspraken") else ()),
        *(_conversations(session, client, names) if shown("gesprekken") else ()),
        *(_appointments(session, client, names) if shown("afspraken") else ()),
        *(_handovers(session, client, names, team_names or {}) if shown("afspraken") else ()),
        *(_kickoffs(session, client, names) if shown("afspraken") else ()),
        *(_measures(session, client, names) if shown("afspraken") else ()),
        *(_work_first(session, client, names) if shown("afspraken") else ()),
        *(_klantgroep_choices(session, client, names) if shown("gesprekken") else ()),
        *(_assignments(session, client, names) if shown("aanmeldingen") else ()),
        *(_notes(client_notes) if shown("notities") else ()),
        *(_reports(session, client, names) if shown("plannen") else ()),
        *(_corrections(session, client, names) if shown("identiteit") else ()),
    ]
    return sorted(entries, key=lambda e: e.at, reverse=True)


def _registered(client: Client, names: dict) -> Entries:
    yield TimelineEntry(
        client.created_at,
        QT_TRANSLATE_NOOP("clients", "Klant ingeschreven"),
        who=names.get(client.created_by, ""),
    )


def _corrections(session: Session, client: Client, names: dict) -> Entries:
    """One entry per save that corrected personal data: which fields, and why."""
    saves: dict = {}
    for row in session.scalars(
        select(Correctie).where(Correctie.client_id == client.id).order_by(Correctie.field)
    ):
        saves.setdefault((row.occurred_at, row.staff_id, row.reason), []).append(row.field)
    for (at, staff_id, reason), fields in saves.items():
        words = ", ".join(FIELD_LABELS.get(f, f).lower() for f in fields)
        yield TimelineEntry(
            at,
            QT_TRANSLATE_NOOP("clients", "Gegevens gecorrigeerd"),
            f"{words} · {reason}",
            names.get(staff_id, ""),
        )


def _aanmeldingen(aanmeldingen: list[Aanmelding], names: dict) -> Entries:
    for item in aanmeldingen:
        yield TimelineEntry(
            item.registered_at,
            QT_TRANSLATE_NOOP("clients", "Aanmelding"),
            f"{aan.CHANNELS.get(item.channel, item.channel)} · "
            f"{aan.ROUTES.get(item.route, item.route)}",
            names.get(item.created_by, ""),
        )


def _tasks(session: Session, client: Client, names: dict) -> Entries:
    for task in session.scalars(select(Task).where(Task.client_id == client.id)):
        yield TimelineEntry(
            task.created_at,
            QT_TRANSLATE_NOOP("clients", "Taak"),
            task.title,
            names.get(task.created_by, ""),
        )


def _conversations(session: Session, client: Client, names: dict) -> Entries:
    for record in session.scalars(select(IntakeRecord).where(IntakeRecord.client_id == client.id)):
        if record.conducted_at:
            yield TimelineEntry(
                record.conducted_at,
                CONVERSATION_TITLES.get(record.kind, record.kind),
                record.summary[:120],
                names.get(record.conducted_by, ""),
            )


def _appointments(session: Session, client: Client, names: dict) -> Entries:
    for appointment in session.scalars(
        select(Appointment).where(Appointment.client_id == client.id)
    ):
        yield TimelineEntry(
            appointment.created_at,
            QT_TRANSLATE_NOOP("clients", "Afspraak gepland"),
            f"{appointment.with_party or appointment.kind} · "
            f"{appointment.starts_at.astimezone():%d-%m-%Y %H:%M}",
            names.get(appointment.created_by, ""),
        )


def _handovers(session: Session, client: Client, names: dict, team_names: dict) -> Entries:
    """A hand-over to a back office, and what it reported back."""
    for item in session.scalars(
        select(Overdracht).where(Overdracht.client_id == client.id, Overdracht.deleted_at.is_(None))
    ):
        to = team_names.get(item.team or "", item.team or "") or item.partner or ""
        partner = item.soort == "partner"
        yield TimelineEntry(
            item.sent_at,
            QT_TRANSLATE_NOOP("clients", "Verwezen naar partner")
            if partner
            else QT_TRANSLATE_NOOP("clients", "Overgedragen aan back office"),
            " · ".join(p for p in (to, " ".join(item.vraag.split())[:120]) if p),
            names.get(item.sent_by, ""),
        )
        if item.closed_at is not None:
            told = " ".join(item.toelichting.split())[:120]
            yield TimelineEntry(
                item.closed_at,
                QT_TRANSLATE_NOOP("clients", "Antwoord van partner")
                if partner
                else QT_TRANSLATE_NOOP("clients", "Terugmelding back office"),
                " · ".join(
                    p for p in (to, item.status if partner else "", item.uitkomst, told) if p
                ),
                names.get(item.closed_by, ""),
            )


def _kickoffs(session: Session, client: Client, names: dict) -> Entries:
    """A kick-off booked, with when it is and (afterwards) whether the client came."""
    for booking, starts_at, location in session.execute(
        select(KickoffBooking, KickoffSession.starts_at, KickoffSession.location)
        .join(KickoffSession, KickoffSession.id == KickoffBooking.session_id)
        .where(KickoffBooking.client_id == client.id, KickoffBooking.deleted_at.is_(None))
    ):
        presence = kickoff_presence.LABELS.get(booking.status, booking.status).lower()
        yield TimelineEntry(
            booking.created_at,
            QT_TRANSLATE_NOOP("clients", "Kick-off geboekt"),
            f"{starts_at.astimezone():%d-%m-%Y %H:%M} · {location} · {presence}",
            names.get(booking.created_by, ""),
        )


def _measures(session: Session, client: Client, names: dict) -> Entries:
    """A measure proposed after repeated misses, and the klantmanager's decision."""
    for measure in session.scalars(
        select(Maatregel).where(Maatregel.client_id == client.id, Maatregel.deleted_at.is_(None))
    ):
        yield TimelineEntry(
            measure.proposed_at,
            QT_TRANSLATE_NOOP("clients", "Maatregel voorgesteld"),
            measure.reason,
        )
        if measure.decided_at is not None:
            yield TimelineEntry(
                measure.decided_at,
                QT_TRANSLATE_NOOP("clients", "Besluit over maatregel"),
                f"{measure.status} · {' '.join(measure.toelichting.split())[:120]}",
                names.get(measure.decided_by, ""),
            )


WORK_FIRST_STEPS = {
    "aan_het_werk": "aan het werk",
    "uitkeringsintake": "niet aan het werk: uitkeringsintake",
    "opnieuw": "niet aan het werk: nog een poging",
    "anders": "niet aan het werk",
}


def _work_first(session: Session, client: Client, names: dict) -> Entries:
    for row in session.scalars(
        select(WorkFirstResultaat).where(
            WorkFirstResultaat.client_id == client.id, WorkFirstResultaat.deleted_at.is_(None)
        )
    ):
        told = " ".join(row.toelichting.split())[:120]
        yield TimelineEntry(
            row.recorded_at,
            QT_TRANSLATE_NOOP("clients", "Work First-resultaat"),
            " · ".join(p for p in (WORK_FIRST_STEPS.get(row.next_step, row.next_step), told) if p),
            names.get(row.recorded_by, ""),
        )


def _reports(session: Session, client: Client, names: dict) -> Entries:
    """A provider's progress report on an activity of the plan."""
    for report in session.scalars(
        select(Voortgangsrapportage).where(
            Voortgangsrapportage.client_id == client.id,
            Voortgangsrapportage.deleted_at.is_(None),
        )
    ):
        yield TimelineEntry(
            report.created_at,
            QT_TRANSLATE_NOOP("clients", "Voortgangsrapportage aanbieder"),
            " · ".join(
                p
                for p in (
                    f"{report.reported_on:%d-%m-%Y}",
                    report.provider,
                    report.activity_label,
                    " ".join(report.text.split())[:120],
                )
                if p
            ),
            names.get(report.recorded_by, ""),
        )


def _klantgroep_choices(session: Session, client: Client, names: dict) -> Entries:
    for keuze in session.scalars(
        select(KlantgroepKeuze).where(KlantgroepKeuze.client_id == client.id)
    ):
        deviates = (
            f" · keuze wijkt af van advies ({(keuze.suggested or '').title()})"
            if keuze.deviates_from_advice
            else ""
        )
        yield TimelineEntry(
            keuze.decided_at,
            QT_TRANSLATE_NOOP("clients", "Klantgroep"),
            f"{keuze.klantgroep.title()}{deviates} · {keuze.reason}",
            names.get(keuze.decided_by, ""),
        )


def _assignments(session: Session, client: Client, names: dict) -> Entries:
    for item in session.scalars(
        select(KlantmanagerToewijzing).where(KlantmanagerToewijzing.client_id == client.id)
    ):
        other_suggestion = (
            f" (voorstel was {names.get(item.suggested_id, '')})"
            if item.suggested_id and item.suggested_id != item.klantmanager_id
            else ""
        )
        yield TimelineEntry(
            item.assigned_at,
            QT_TRANSLATE_NOOP("clients", "Klantmanager toegewezen"),
            f"{names.get(item.klantmanager_id, '')} · {item.reason}{other_suggestion}",
            names.get(item.assigned_by, ""),
        )


def _notes(client_notes: list[NoteView]) -> Entries:
    for note in client_notes:
        yield TimelineEntry(
            note.at,
            QT_TRANSLATE_NOOP("clients", "Notitie (huisbezoek)")
            if note.at_home
            else QT_TRANSLATE_NOOP("clients", "Notitie"),
            " ".join(note.text.split())[:120],
            note.author,
        )
