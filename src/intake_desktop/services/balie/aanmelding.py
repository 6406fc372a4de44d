"""Registering an aanmelding at the counter: the contact, and (except for a third party)
finding or creating the client it is about."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake_desktop.db.models import Aanmelding, Client
from intake_desktop.domain import aanmelding as aan
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.roles import Actor
from intake_desktop.domain.text import clean, search_key
from intake_desktop.domain.validation import (
    PERSONAL_FIELDS,
    ClientData,
    ClientInput,
    ValidationFailed,
    check_client,
)
from intake_desktop.services.balie.errors import ExistingClientGone
from intake_desktop.services.balie.search import ClientHit
from intake_desktop.services.core import access, audit
from intake_desktop.services.core.store import Store
from intake_desktop.services.overdracht import backoffice


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


def _checked(req: AanmeldingRequest) -> ClientData | None:
    """The checked personal data of a new client (None for a third party or a client
    already chosen); raises ValidationFailed with every field's problem at once."""
    errors = _check_request(req)
    data = None
    if req.route != aan.ROUTE_DERDEN and req.existing_client_id is None:
        try:
            data = check_client(req.client or ClientInput())
        except ValidationFailed as exc:
            errors.update(exc.errors)
    if errors:
        raise ValidationFailed(errors)
    return data


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


def _client_for(
    session: Session,
    store: Store,
    actor: Actor,
    req: AanmeldingRequest,
    data: ClientData | None,
    default_gemeente: str,
) -> tuple[Client | None, bool]:
    """The client the aanmelding is about and whether it existed: the one chosen, the
    one with this BSN, or a new one (after asking about a namesake with the same birth
    date). None for a third party."""
    if req.existing_client_id is not None:
        client = session.get(Client, req.existing_client_id)
        if client is None or client.deleted_at is not None:
            raise ExistingClientGone()
        return client, True
    if data is None:
        return None, False
    client = session.scalar(
        select(Client).where(Client.bsn == data.bsn, Client.deleted_at.is_(None))
    )
    if client is not None:
        return client, True
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
    return client, False


def _add_aanmelding(
    session: Session,
    store: Store,
    actor: Actor,
    req: AanmeldingRequest,
    client: Client | None,
    default_gemeente: str,
    now: datetime,
) -> Aanmelding:
    """The aanmelding row, and the back-office task its route asks for."""
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
        # A debts-only or Bbz aanmelding: a hand-over to the back office aanmelding.toml
        # names, in that team's werkvoorraad.
        kind, title = aan.ROUTE_TASKS[req.route]
        backoffice.hand_over(
            session,
            store,
            actor,
            client,
            team=store.config.aanmelding_teams[req.route],
            title=title,
            due_at=now + timedelta(days=2),
            origin="aanmelding",
            vraag=item.question,
            aanmelding_id=item.id,
            kind=kind,
        )
    return item


def register_aanmelding(store: Store, actor: Actor, req: AanmeldingRequest) -> AanmeldingResult:
    """Record a contact and, except for a third party, find or create the client.

    Raises ValidationFailed (field -> Dutch message), PossibleDuplicate, or
    RegisterNotAllowed for a role that registers nobody (audited)."""
    if not access.may_register(store, actor):
        raise audit.refusal(store, actor, access.RegisterNotAllowed())
    data = _checked(req)
    default_gemeente = actor.gemeente_code or store.config.default_gemeente.code
    with store.transaction() as session:
        client, existing = _client_for(session, store, actor, req, data, default_gemeente)
        item = _add_aanmelding(session, store, actor, req, client, default_gemeente, utcnow())
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
