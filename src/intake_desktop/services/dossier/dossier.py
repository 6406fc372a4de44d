"""A client's dossier as the dossier screen reads it (personal data with the BSN masked,
aanmeldingen, conversations, appointments, open tasks, notes, the timeline), showing the
full BSN, and changing the personal data."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from intake_desktop.db.models import (
    Aanmelding,
    Appointment,
    Client,
    Correctie,
    KlantgroepKeuze,
    Task,
)
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.roles import Actor
from intake_desktop.domain.text import search_key
from intake_desktop.domain.validation import (
    PERSONAL_FIELDS,
    ClientData,
    ClientInput,
    ValidationFailed,
    check_client,
    format_date,
    format_postcode,
    mask_bsn,
)
from intake_desktop.services.core import access, audit, tasks
from intake_desktop.services.core.access import NOTHING, ClientAccess
from intake_desktop.services.core.errors import StaleVersion
from intake_desktop.services.core.store import Store
from intake_desktop.services.dossier.conversations import (
    Conversation,
    KickoffRow,
    conversations,
    kickoffs,
    staff_names,
)
from intake_desktop.services.dossier.errors import ClientNotFound
from intake_desktop.services.dossier.notes import NoteView, notes_in_session
from intake_desktop.services.dossier.timeline import TimelineEntry, timeline


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
    kickoffs: list[KickoffRow] = field(default_factory=list)
    notes: list[NoteView] = field(default_factory=list)  # newest first
    acute: bool = False
    choice_deviates: bool = False  # the current klantgroep differs from the advice
    access: ClientAccess = NOTHING  # what this reader may see and change

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


def _live_client(session: Session, store: Store, actor: Actor, client_id: uuid.UUID) -> Client:
    client = access.live_client(session, store, actor, client_id)
    if client is None:
        raise ClientNotFound()
    return client


def _latest_choice_deviates(session: Session, client_id: uuid.UUID) -> bool:
    latest = session.scalar(
        select(KlantgroepKeuze)
        .where(KlantgroepKeuze.client_id == client_id)
        .order_by(KlantgroepKeuze.decided_at.desc())
        .limit(1)
    )
    return bool(latest and latest.deviates_from_advice)


def _personal(client: Client, names: dict) -> dict:
    """The dossier's personal data and standing, as text ("" for nothing)."""
    return dict(
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
    )


def open_dossier(store: Store, actor: Actor, client_id: uuid.UUID) -> Dossier:
    """Load a client's dossier with the parts the actor may read (services/core/access);
    every open is audited, and so is a refusal."""
    with store.transaction() as session:
        client = _live_client(session, store, actor, client_id)
        rights = access.require(session, store, actor, client, "identiteit")
        parts = rights.read
        aanmeldingen = (
            list(
                session.scalars(
                    select(Aanmelding)
                    .where(Aanmelding.client_id == client_id)
                    .order_by(Aanmelding.registered_at.desc())
                )
            )
            if "aanmeldingen" in parts
            else []
        )
        names = staff_names(session)
        talks = conversations(session, client_id, names) if "gesprekken" in parts else []
        appointments = (
            list(
                session.scalars(
                    select(Appointment)
                    .where(Appointment.client_id == client_id)
                    .order_by(Appointment.starts_at.desc())
                )
            )
            if "afspraken" in parts
            else []
        )
        open_tasks = tasks.open_tasks(session, client_id) if "afspraken" in parts else []
        booked = kickoffs(session, client_id) if "afspraken" in parts else []
        client_notes = notes_in_session(session, client_id) if "notities" in parts else []
        choice_deviates = _latest_choice_deviates(session, client_id)
        audit.record(
            session,
            actor,
            audit.VIEW,
            client_id=client_id,
            entity="client",
            entity_id=client_id,
            workstation=store.workstation,
            details={"met_reden": True} if rights.with_reason else None,
        )
        personal = _personal(client, names)
        if "contact" not in parts:
            for name in CONTACT_FIELDS:
                personal[name] = ""
        return Dossier(
            **personal,
            aanmeldingen=aanmeldingen,
            timeline=timeline(
                session,
                client,
                aanmeldingen,
                names,
                client_notes,
                parts,
                {t.code: t.naam for t in store.config.toewijzing.teams},
            ),
            conversations=talks,
            appointments=appointments,
            open_tasks=open_tasks,
            kickoffs=booked,
            notes=client_notes,
            acute=any(t.urgent for t in open_tasks),
            choice_deviates=choice_deviates,
            access=rights,
        )


def reveal_bsn(store: Store, actor: Actor, client_id: uuid.UUID) -> str:
    """The full BSN, for when it is needed; audited."""
    with store.transaction() as session:
        client = _live_client(session, store, actor, client_id)
        rights = access.require(session, store, actor, client, "identiteit")
        if not rights.full_bsn:
            access.refuse(store, actor, client_id, "bsn", False, "bsn_tonen")
        bsn = client.bsn
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


CONTACT_FIELDS = (
    "street",
    "house_number",
    "house_number_suffix",
    "postcode",
    "city",
    "phone",
    "email",
)


def _changes(client: Client, data: ClientData) -> dict[str, object]:
    """The personal fields a save would change, with their new values. An empty
    gemeente code keeps the client's."""
    changes = {}
    for name in PERSONAL_FIELDS:
        new = getattr(data, name) or (None if name != "gemeente_code" else "")
        if name == "gemeente_code" and not new:
            continue
        if getattr(client, name) != new:
            changes[name] = new
    return changes


def _parts_of(changed) -> tuple[str, ...]:
    """Which parts of the dossier (identiteit, contact) these fields belong to."""
    fields = set(changed)
    return tuple(
        part
        for part, present in (
            ("identiteit", fields - set(CONTACT_FIELDS)),
            ("contact", fields & set(CONTACT_FIELDS)),
        )
        if present
    )


REASON_NEEDED = QT_TRANSLATE_NOOP(
    "clients", "Geef aan waarom de gegevens worden gewijzigd (de klant ziet dit bij inzage)."
)
REASON_MAX = 500


def _check_reason(reason: str) -> str:
    reason = " ".join(reason.split())
    if not reason:
        raise ValidationFailed({"reden": REASON_NEEDED})
    if len(reason) > REASON_MAX:
        raise ValidationFailed(
            {"reden": QT_TRANSLATE_NOOP("clients", "Houd de reden korter dan 500 tekens.")}
        )
    return reason


def _as_text(value) -> str | None:
    if value is None or value == "":
        return None
    return value.isoformat() if isinstance(value, date) else str(value)


def update_client(
    store: Store,
    actor: Actor,
    client_id: uuid.UUID,
    expected_version: int,
    typed: ClientInput,
    reason: str = "",
) -> int:
    """Save changed personal data with the reason for the change (AVG art. 16): every
    changed field is kept as a ``Correctie`` (old value, new value, reason) that the
    inzage report shows. A save based on an older version is refused (StaleVersion),
    never silently overwriting a colleague's change."""
    data = check_client(typed)
    try:
        with store.transaction() as session:
            client = _live_client(session, store, actor, client_id)
            changes = _changes(client, data)
            if changes:
                access.require(session, store, actor, client, *_parts_of(changes), change=True)
            if client.version != expected_version:
                raise StaleVersion(staff_names(session).get(client.updated_by, ""))
            if data.bsn != client.bsn:
                other = session.scalar(select(Client.id).where(Client.bsn == data.bsn))
                if other is not None:
                    raise ValidationFailed(
                        {"bsn": QT_TRANSLATE_NOOP("clients", "Een andere klant heeft dit BSN al.")}
                    )
            if not changes:
                return client.version
            reason = _check_reason(reason)
            now = utcnow()
            for name, new in changes.items():
                session.add(
                    Correctie(
                        client_id=client_id,
                        occurred_at=now,
                        staff_id=actor.staff_id,
                        created_by=actor.staff_id,
                        field=name,
                        old_value=_as_text(getattr(client, name)),
                        new_value=_as_text(new),
                        reason=reason,
                    )
                )
                setattr(client, name, new)
            changed = list(changes)
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
