"""Registering clients through an aanmelding, the dossier, and changing personal data."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from intake_desktop.db.models import (
    Aanmelding,
    Appointment,
    Client,
    IntakeRecord,
    KlantgroepKeuze,
    KlantmanagerToewijzing,
    Staff,
    Task,
)
from intake_desktop.domain import aanmelding as aan
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.roles import Actor
from intake_desktop.domain.text import clean, search_key
from intake_desktop.domain.validation import (
    ClientData,
    ClientInput,
    ValidationFailed,
    check_client,
    format_date,
    format_postcode,
    mask_bsn,
)
from intake_desktop.services.balie.search import ClientHit
from intake_desktop.services.core import audit
from intake_desktop.services.core.errors import NotFound, StaleVersion
from intake_desktop.services.core.store import Store
from intake_desktop.services.dossier.notes import NoteView, notes_in_session

PERSONAL_FIELDS = (
    "first_names",
    "tussenvoegsel",
    "surname",
    "bsn",
    "birth_date",
    "street",
    "house_number",
    "house_number_suffix",
    "postcode",
    "city",
    "phone",
    "email",
    "gemeente_code",
)


class PossibleDuplicate(Exception):
    """Same surname and birth date as an existing client: ask "Is dit dezelfde persoon?"."""

    def __init__(self, candidates: list[ClientHit]):
        super().__init__("possible duplicate")
        self.candidates = candidates


@dataclass
class AanmeldingRequest:
    channel: str
    route: str
    question: str
    client: ClientInput | None = None
    existing_client_id: uuid.UUID | None = None
    confirmed_new_person: bool = False
    referred_to: str = ""


@dataclass
class AanmeldingResult:
    aanmelding_id: uuid.UUID
    client_id: uuid.UUID | None
    route: str
    existing_client: bool = False
    client_name: str = ""
    meenemen: tuple[str, ...] = ()


def _hit(c: Client) -> ClientHit:
    return ClientHit(
        c.id,
        c.first_names,
        c.tussenvoegsel,
        c.surname,
        c.bsn,
        c.birth_date,
        c.postcode,
        c.house_number,
        c.city,
    )


def find_by_bsn(store: Store, bsn: str) -> ClientHit | None:
    with store.reading() as session:
        client = session.scalar(
            select(Client).where(Client.bsn == bsn, Client.deleted_at.is_(None))
        )
        return _hit(client) if client else None


def _same_person(session: Session, data: ClientData) -> list[ClientHit]:
    stmt = select(Client).where(
        Client.search_name == search_key(data.surname),
        Client.birth_date == data.birth_date,
        Client.deleted_at.is_(None),
    )
    return [_hit(c) for c in session.scalars(stmt)]


def _check_request(req: AanmeldingRequest) -> dict[str, str]:
    errors: dict[str, str] = {}
    if req.channel not in aan.CHANNELS:
        errors["channel"] = QT_TRANSLATE_NOOP("clients", "Kies hoe de klant zich meldt.")
    if req.route not in aan.ROUTES:
        errors["route"] = QT_TRANSLATE_NOOP("clients", "Kies waar de klant naartoe gaat.")
    if not clean(req.question):
        errors["question"] = QT_TRANSLATE_NOOP("clients", "Schrijf de vraag van de klant op.")
    if req.route == aan.ROUTE_DERDEN and not clean(req.referred_to):
        errors["referred_to"] = QT_TRANSLATE_NOOP(
            "clients", "Kies of typ naar wie de klant is doorverwezen."
        )
    return errors


def _new_client(session: Session, actor: Actor, data: ClientData, default_gemeente: str) -> Client:
    client = Client(
        bsn=data.bsn,
        first_names=data.first_names,
        tussenvoegsel=data.tussenvoegsel,
        surname=data.surname,
        search_name=search_key(data.surname),
        birth_date=data.birth_date,
        street=data.street,
        house_number=data.house_number,
        house_number_suffix=data.house_number_suffix,
        postcode=data.postcode,
        city=data.city,
        phone=data.phone,
        email=data.email,
        gemeente_code=data.gemeente_code or default_gemeente,
        created_by=actor.staff_id,
        updated_by=actor.staff_id,
    )
    session.add(client)
    return client


def register_aanmelding(store: Store, actor: Actor, req: AanmeldingRequest) -> AanmeldingResult:
    """Record a contact and, except for a third party, find or create the client.

    Raises ValidationFailed (field -> Dutch message) or PossibleDuplicate."""
    errors = _check_request(req)
    data = None
    if req.route != aan.ROUTE_DERDEN and req.existing_client_id is None:
        try:
            data = check_client(req.client or ClientInput())
        except ValidationFailed as exc:
            errors.update(exc.errors)
    if errors:
        raise ValidationFailed(errors)
    default_gemeente = actor.gemeente_code or store.config.default_gemeente.code
    with store.transaction() as session:
        client, existing = None, False
        if req.existing_client_id is not None:
            client = session.get(Client, req.existing_client_id)
            if client is None or client.deleted_at is not None:
                raise NotFound(QT_TRANSLATE_NOOP("clients", "Deze klant bestaat niet meer."))
            existing = True
        elif data is not None:
            client = session.scalar(
                select(Client).where(Client.bsn == data.bsn, Client.deleted_at.is_(None))
            )
            existing = client is not None
            if client is None:
                candidates = _same_person(session, data)
                if candidates and not req.confirmed_new_person:
                    raise PossibleDuplicate(candidates)
                client = _new_client(session, actor, data, default_gemeente)
                session.flush()
                audit.record(
                    session,
                    actor,
                    audit.CREATE,
                    client_id=client.id,
                    entity="client",
                    entity_id=client.id,
                    workstation=store.workstation,
                    details={"velden": [f for f in PERSONAL_FIELDS if getattr(data, f, None)]},
                )
        now = utcnow()
        item = Aanmelding(
            client_id=client.id if client else None,
            gemeente_code=client.gemeente_code if client else default_gemeente,
            channel=req.channel,
            registered_at=now,
            # A third-party contact stays anonymous: no question text is kept.
            question="" if client is None else clean(req.question),
            route=req.route,
            referred_to=clean(req.referred_to) or None,
            status=aan.FIRST_STATUS[req.route],
            created_by=actor.staff_id,
            updated_by=actor.staff_id,
        )
        session.add(item)
        session.flush()
        if req.route in aan.ROUTE_TASKS and client is not None:
            kind, title = aan.ROUTE_TASKS[req.route]
            session.add(
                Task(
                    client_id=client.id,
                    aanmelding_id=item.id,
                    kind=kind,
                    title=title,
                    due_at=now + timedelta(days=2),
                    assigned_role=req.route,
                    created_by=actor.staff_id,
                )
            )
        audit.record(
            session,
            actor,
            audit.CREATE,
            client_id=item.client_id,
            entity="aanmelding",
            entity_id=item.id,
            workstation=store.workstation,
            details={"kanaal": req.channel, "route": req.route},
        )
        meenemen = store.config.schuldhulp_meenemen if req.route == aan.ROUTE_SCHULDHULP else ()
        return AanmeldingResult(
            item.id,
            client.id if client else None,
            req.route,
            existing,
            client.full_name if client else "",
            tuple(meenemen),
        )


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    title: str
    detail: str = ""
    who: str = ""


@dataclass(frozen=True)
class Conversation:
    """A screening or quickscan as the next person in the chain reads it."""

    kind: str
    at: datetime | None
    by: str
    summary: str
    eligibility: str
    benefit_may_be_due: str
    details: dict
    domains: list[tuple[str, str, str, str]]  # code, observation, question, need


@dataclass
class Dossier:
    id: uuid.UUID
    version: int
    full_name: str
    first_names: str
    tussenvoegsel: str
    surname: str
    bsn_masked: str
    birth_date: date | None
    street: str
    house_number: str
    house_number_suffix: str
    postcode: str
    city: str
    phone: str
    email: str
    gemeente_code: str
    status: str
    klantgroep: str
    klantmanager: str
    aanmeldingen: list[Aanmelding] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)
    conversations: list[Conversation] = field(default_factory=list)
    appointments: list[Appointment] = field(default_factory=list)
    open_tasks: list[Task] = field(default_factory=list)
    notes: list[NoteView] = field(default_factory=list)  # newest first
    acute: bool = False
    choice_deviates: bool = False  # the current klantgroep differs from the advice

    def as_input(self, bsn: str) -> ClientInput:
        """The editable personal data as form text (the BSN is passed in full)."""
        return ClientInput(
            first_names=self.first_names,
            tussenvoegsel=self.tussenvoegsel,
            surname=self.surname,
            bsn=bsn,
            birth_date=format_date(self.birth_date),
            street=self.street,
            house_number=self.house_number,
            house_number_suffix=self.house_number_suffix,
            postcode=format_postcode(self.postcode),
            city=self.city,
            phone=self.phone,
            email=self.email,
            gemeente_code=self.gemeente_code,
        )


def _staff_names(session: Session) -> dict[uuid.UUID, str]:
    return {
        row.id: row.display_name for row in session.execute(select(Staff.id, Staff.display_name))
    }


def _timeline(
    session: Session,
    client: Client,
    aanmeldingen: list[Aanmelding],
    names: dict,
    client_notes: list[NoteView],
) -> list[TimelineEntry]:
    entries = [
        TimelineEntry(
            client.created_at,
            QT_TRANSLATE_NOOP("clients", "Klant ingeschreven"),
            who=names.get(client.created_by, ""),
        )
    ]
    for item in aanmeldingen:
        entries.append(
            TimelineEntry(
                item.registered_at,
                QT_TRANSLATE_NOOP("clients", "Aanmelding"),
                f"{aan.CHANNELS.get(item.channel, item.channel)} · "
                f"{aan.ROUTES.get(item.route, item.route)}",
                names.get(item.created_by, ""),
            )
        )
    tasks = session.scalars(select(Task).where(Task.client_id == client.id))
    for task in tasks:
        entries.append(
            TimelineEntry(
                task.created_at,
                QT_TRANSLATE_NOOP("clients", "Taak"),
                task.title,
                names.get(task.created_by, ""),
            )
        )
    for record in session.scalars(select(IntakeRecord).where(IntakeRecord.client_id == client.id)):
        title = {
            "screening": QT_TRANSLATE_NOOP("clients", "Screening poortwachter"),
            "quickscan": QT_TRANSLATE_NOOP("clients", "Quickscan"),
            "ambitiegesprek": QT_TRANSLATE_NOOP("clients", "Ambitiegesprek"),
            "voortgangsgesprek": QT_TRANSLATE_NOOP("clients", "Voortgangsgesprek"),
        }.get(record.kind, record.kind)
        if record.conducted_at:
            entries.append(
                TimelineEntry(
                    record.conducted_at,
                    title,
                    record.summary[:120],
                    names.get(record.conducted_by, ""),
                )
            )
    for appointment in session.scalars(
        select(Appointment).where(Appointment.client_id == client.id)
    ):
        entries.append(
            TimelineEntry(
                appointment.created_at,
                QT_TRANSLATE_NOOP("clients", "Afspraak gepland"),
                f"{appointment.with_party or appointment.kind} · "
                f"{appointment.starts_at.astimezone():%d-%m-%Y %H:%M}",
                names.get(appointment.created_by, ""),
            )
        )
    groups = session.scalars(select(KlantgroepKeuze).where(KlantgroepKeuze.client_id == client.id))
    for keuze in groups:
        entries.append(
            TimelineEntry(
                keuze.decided_at,
                QT_TRANSLATE_NOOP("clients", "Klantgroep"),
                f"{keuze.klantgroep.title()}"
                + (
                    f" · keuze wijkt af van advies ({(keuze.suggested or '').title()})"
                    if keuze.deviates_from_advice
                    else ""
                )
                + f" · {keuze.reason}",
                names.get(keuze.decided_by, ""),
            )
        )
    assignments = session.scalars(
        select(KlantmanagerToewijzing).where(KlantmanagerToewijzing.client_id == client.id)
    )
    for item in assignments:
        entries.append(
            TimelineEntry(
                item.assigned_at,
                QT_TRANSLATE_NOOP("clients", "Klantmanager toegewezen"),
                f"{names.get(item.klantmanager_id, '')} · {item.reason}"
                + (
                    f" (voorstel was {names.get(item.suggested_id, '')})"
                    if item.suggested_id and item.suggested_id != item.klantmanager_id
                    else ""
                ),
                names.get(item.assigned_by, ""),
            )
        )
    for note in client_notes:
        entries.append(
            TimelineEntry(
                note.at,
                QT_TRANSLATE_NOOP("clients", "Notitie (huisbezoek)")
                if note.at_home
                else QT_TRANSLATE_NOOP("clients", "Notitie"),
                " ".join(note.text.split())[:120],
                note.author,
            )
        )
    return sorted(entries, key=lambda e: e.at, reverse=True)


def open_dossier(store: Store, actor: Actor, client_id: uuid.UUID) -> Dossier:
    """Load a client's dossier; every open is audited."""
    with store.transaction() as session:
        client = session.get(Client, client_id)
        if client is None or client.deleted_at is not None:
            raise NotFound(QT_TRANSLATE_NOOP("clients", "Deze klant bestaat niet (meer)."))
        aanmeldingen = list(
            session.scalars(
                select(Aanmelding)
                .where(Aanmelding.client_id == client_id)
                .order_by(Aanmelding.registered_at.desc())
            )
        )
        names = _staff_names(session)
        records = session.scalars(
            select(IntakeRecord)
            .where(IntakeRecord.client_id == client_id)
            .order_by(IntakeRecord.conducted_at.desc())
        )
        conversations = [
            Conversation(
                r.kind,
                r.conducted_at,
                names.get(r.conducted_by, ""),
                r.summary,
                r.eligibility or "",
                r.benefit_may_be_due or "",
                dict(r.details),
                [
                    (a.domain_code, a.observation, a.client_question, a.need or "")
                    for a in r.domain_answers
                ],
            )
            for r in records
        ]
        appointments = list(
            session.scalars(
                select(Appointment)
                .where(Appointment.client_id == client_id)
                .order_by(Appointment.starts_at.desc())
            )
        )
        open_tasks = list(
            session.scalars(
                select(Task)
                .where(Task.client_id == client_id, Task.status == "open")
                .order_by(Task.due_at)
            )
        )
        acute = any(t.urgent for t in open_tasks)
        client_notes = notes_in_session(session, client_id)
        latest_choice = session.scalar(
            select(KlantgroepKeuze)
            .where(KlantgroepKeuze.client_id == client_id)
            .order_by(KlantgroepKeuze.decided_at.desc())
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
        return Dossier(
            id=client.id,
            version=client.version,
            full_name=client.full_name,
            first_names=client.first_names,
            tussenvoegsel=client.tussenvoegsel or "",
            surname=client.surname,
            bsn_masked=mask_bsn(client.bsn),
            birth_date=client.birth_date,
            street=client.street or "",
            house_number=client.house_number or "",
            house_number_suffix=client.house_number_suffix or "",
            postcode=client.postcode or "",
            city=client.city or "",
            phone=client.phone or "",
            email=client.email or "",
            gemeente_code=client.gemeente_code,
            status=client.status,
            klantgroep=client.klantgroep or "",
            klantmanager=names.get(client.klantmanager_id, "") if client.klantmanager_id else "",
            aanmeldingen=aanmeldingen,
            timeline=_timeline(session, client, aanmeldingen, names, client_notes),
            conversations=conversations,
            appointments=appointments,
            open_tasks=open_tasks,
            notes=client_notes,
            acute=acute,
            choice_deviates=bool(latest_choice and latest_choice.deviates_from_advice),
        )


def reveal_bsn(store: Store, actor: Actor, client_id: uuid.UUID) -> str:
    """The full BSN, for when it is needed; audited."""
    with store.transaction() as session:
        bsn = session.scalar(select(Client.bsn).where(Client.id == client_id))
        audit.record(
            session,
            actor,
            audit.SHOW_BSN,
            client_id=client_id,
            entity="client",
            entity_id=client_id,
            workstation=store.workstation,
        )
        return bsn or ""


def update_client(
    store: Store, actor: Actor, client_id: uuid.UUID, expected_version: int, typed: ClientInput
) -> int:
    """Save changed personal data. A save based on an older version is refused
    (StaleVersion), never silently overwriting a colleague's change."""
    data = check_client(typed)
    try:
        with store.transaction() as session:
            client = session.get(Client, client_id)
            if client is None or client.deleted_at is not None:
                raise NotFound(QT_TRANSLATE_NOOP("clients", "Deze klant bestaat niet (meer)."))
            if client.version != expected_version:
                raise StaleVersion(_staff_names(session).get(client.updated_by, ""))
            if data.bsn != client.bsn:
                other = session.scalar(select(Client.id).where(Client.bsn == data.bsn))
                if other is not None:
                    raise ValidationFailed(
                        {"bsn": QT_TRANSLATE_NOOP("clients", "Een andere klant heeft dit BSN al.")}
                    )
            changed = []
            for name in PERSONAL_FIELDS:
                new = getattr(data, name) or (None if name != "gemeente_code" else "")
                if name == "gemeente_code" and not new:
                    continue
                if getattr(client, name) != new:
                    setattr(client, name, new)
                    changed.append(name)
            if not changed:
                return client.version
            client.search_name = search_key(client.surname)
            client.updated_by = actor.staff_id
            session.flush()  # the UPDATE checks the version in its WHERE clause
            audit.record(
                session,
                actor,
                audit.UPDATE,
                client_id=client_id,
                entity="client",
                entity_id=client_id,
                workstation=store.workstation,
                details={"velden": changed},
            )
            return client.version
    except StaleDataError:
        raise StaleVersion() from None
