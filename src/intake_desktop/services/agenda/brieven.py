"""Letters to clients: the confirmation of one appointment, and the invitations to a
kick-off for everyone booked into it (one PDF per client, written to a folder).

Who may print them:
- a confirmation: whoever may see the client's appointments and address (need to know,
  toegang.toml: the parts "afspraken" and "contact"; the klantmanager sends it after
  planning, the intaker after the quickscan). The counter reads no appointments;
- the kick-off invitations: a wisselwachter, klantmanager, teamleider or beheerder (the
  people who plan and fill kick-offs), not the counter; each of them gets the letters
  of the booked clients in her own reach only (services/core/reach.py).

Every letter is audited as a print (entity "afspraak" or "kickoff") with the letter kind
and never a name or text. The letters themselves are rendered by ``documents.brieven``.
"""

from __future__ import annotations

import io
import re
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from intake_desktop.db.models import Appointment, Client, KickoffBooking, KickoffSession, Staff
from intake_desktop.documents.brieven import (
    AfspraakBevestiging,
    AfspraakGegevens,
    KickoffGegevens,
    KickoffUitnodiging,
    Recipient,
    Signer,
)
from intake_desktop.documents.output import write_atomically
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.roles import BEHEERDER, KLANTMANAGER, TEAMLEIDER, WISSELWACHTER, Actor
from intake_desktop.domain.statuses import AppointmentStatus
from intake_desktop.domain.validation import address_lines
from intake_desktop.services.agenda.errors import (
    AppointmentNotFound,
    KickoffNotFound,
    KickoffPast,
    MayNotInvite,
    NoClientToConfirm,
    NotSignedIn,
    NotUpcoming,
)
from intake_desktop.services.core import access, audit, reach
from intake_desktop.services.core.store import Store

BATCH_ROLES = (WISSELWACHTER, KLANTMANAGER, TEAMLEIDER, BEHEERDER)
# What a letter shows of a client: the name and address, and the appointment itself.
LETTER_PARTS = ("afspraken", "identiteit", "contact")
# What a client brings to any kick-off (klantgroepen.toml has no list of its own yet).
KICKOFF_MEENEMEN = ("Een geldig identiteitsbewijs", "Pen en papier of uw telefoon voor notities")


@dataclass(frozen=True)
class BatchResult:
    written: int
    total: int
    cancelled: bool
    folder: Path


# --- the confirmation -----------------------------------------------------------------
def afspraak_bevestiging(store: Store, actor: Actor, appointment_id: uuid.UUID) -> bytes:
    """The confirmation letter of one planned appointment, as PDF bytes (audited).
    NoAccess (audited) for someone who may not see the client's appointments and
    address."""
    if actor is None or not actor.roles:
        raise NotSignedIn()
    with store.reading() as session:
        appointment, client = _appointment_and_client(session, store, actor, appointment_id)
        if appointment.status != AppointmentStatus.GEPLAND or appointment.starts_at <= utcnow():
            raise NotUpcoming()
        client_id = client.id
        data = _afspraak_gegevens(session, store, appointment, client)
    pdf = AfspraakBevestiging(store.config.huisstijl, data).render()
    _record_print(store, actor, client_id, "afspraak", appointment_id, "voorbeeld")
    return pdf


def bevestiging_uitgevoerd(
    store: Store, actor: Actor, appointment_id: uuid.UUID, kind: str
) -> None:
    """The shown confirmation was printed ("afdrukken") or saved ("opslaan"); by whom
    may make it (``afspraak_bevestiging``)."""
    if kind not in ("afdrukken", "opslaan"):
        raise ValueError(kind)
    if actor is None or not actor.roles:
        raise NotSignedIn()
    with store.reading() as session:
        _appointment, client = _appointment_and_client(session, store, actor, appointment_id)
        client_id = client.id
    _record_print(store, actor, client_id, "afspraak", appointment_id, kind)


def _appointment_and_client(session, store: Store, actor: Actor, appointment_id: uuid.UUID):
    """The appointment and its client, after the need-to-know check of a letter."""
    appointment = session.get(Appointment, appointment_id)
    if appointment is None:
        access.refuse_hidden(
            session, store, actor, "appointment", appointment_id, "afspraken", "bevestiging"
        )
    if appointment is None or appointment.deleted_at is not None:
        raise AppointmentNotFound()
    client = None
    if appointment.client_id is not None:
        client = access.live_client(
            session, store, actor, appointment.client_id, "afspraken", "bevestiging"
        )
    if client is None:
        raise NoClientToConfirm()
    access.require(session, store, actor, client, *LETTER_PARTS, what="bevestiging")
    return appointment, client


def _afspraak_gegevens(session, store: Store, appointment: Appointment, client: Client):
    config = store.config
    kind = config.appointment_type(appointment.kind)
    starts = appointment.starts_at.astimezone()
    ends = appointment.ends_at.astimezone() if appointment.ends_at else None
    if ends is None and kind is not None:
        ends = starts + timedelta(minutes=kind.duur_minuten)
    documents = tuple(line.strip() for line in appointment.documents_to_bring.splitlines())
    documents = tuple(d for d in documents if d) or (kind.meenemen if kind else ())
    staff = _staff(session, appointment.staff_id)
    # with_party holds the appointment type's name (see quickscan), not a person: left out.
    with_whom = staff.display_name if staff else f"een medewerker van {config.huisstijl.afzender}"
    signer = _staff(session, client.klantmanager_id) if client.klantmanager_id else None
    signed_by = (
        Signer(signer.display_name, signer.functie or "klantmanager")
        if signer
        else Signer(staff.display_name if staff else "")
    )
    return AfspraakGegevens(
        recipient=_recipient(client),
        what=kind.naam if kind else appointment.kind,
        starts_at=starts,
        ends_at=ends,
        where=_where(store, appointment.location or (kind.locatie if kind else "")),
        with_whom=with_whom,
        documents=documents,
        signed_by=signed_by,
        at_home=appointment.at_home,
    )


# --- the kick-off invitations ---------------------------------------------------------
def kickoff_uitnodigingen(
    store: Store,
    actor: Actor,
    session_id: uuid.UUID,
    folder: Path,
    progress: Callable[[int, int], None] = lambda done, total: None,
    cancelled: Callable[[], bool] = lambda: False,
) -> BatchResult:
    """One invitation per booked client in the actor's reach, each written atomically
    into ``folder`` and audited. Stops before the next letter once ``cancelled()`` is
    true; the letters already written stay (and stay audited)."""
    if not actor.has(*BATCH_ROLES):
        raise audit.refusal(store, actor, MayNotInvite())
    folder = Path(folder)
    letters = _kickoff_letters(store, actor, session_id)
    total = len(letters)
    progress(0, total)
    written = 0
    for name, client_id, data in letters:
        if cancelled():
            return BatchResult(written, total, True, folder)
        write_atomically(folder / name, KickoffUitnodiging(store.config.huisstijl, data).render())
        _record_print(store, actor, client_id, "kickoff", session_id, "opslaan")
        written += 1
        progress(written, total)
    return BatchResult(written, total, False, folder)


def kickoff_uitnodigingen_pdf(
    store: Store,
    actor: Actor,
    session_id: uuid.UUID,
    progress: Callable[[int, int], None] = lambda done, total: None,
    cancelled: Callable[[], bool] = lambda: False,
) -> bytes | None:
    """All invitations of one session (of the booked clients in the actor's reach) as
    one document, to print in one go (None when cancelled). Audited per client once it
    is printed or saved (``kickoff_afgedrukt``)."""
    from pypdf import PdfReader, PdfWriter

    if not actor.has(*BATCH_ROLES):
        raise audit.refusal(store, actor, MayNotInvite())
    letters = _kickoff_letters(store, actor, session_id)
    progress(0, len(letters))
    writer = PdfWriter()
    for done, (_name, _client_id, data) in enumerate(letters, start=1):
        if cancelled():
            return None
        writer.append(
            PdfReader(io.BytesIO(KickoffUitnodiging(store.config.huisstijl, data).render()))
        )
        progress(done, len(letters))
    writer.add_metadata(
        {"/Title": "Uitnodigingen kick-off", "/Author": store.config.huisstijl.organisatie}
    )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def kickoff_afgedrukt(store: Store, actor: Actor, session_id: uuid.UUID, output: str) -> int:
    """The combined invitations were printed or saved: one audit row per client (those
    in the actor's reach, as in the document)."""
    if not actor.has(*BATCH_ROLES):
        raise audit.refusal(store, actor, MayNotInvite())
    letters = _kickoff_letters(store, actor, session_id)
    clients = [client_id for _name, client_id, _data in letters]
    for client_id in clients:
        _record_print(store, actor, client_id, "kickoff", session_id, output)
    return len(clients)


def _kickoff_letters(
    store: Store, actor: Actor, session_id: uuid.UUID
) -> list[tuple[str, uuid.UUID, object]]:
    """(file name, client id, letter data) per booked client in the actor's reach (need
    to know: appointments, name and address), by name; read at once."""
    config = store.config
    with store.reading() as session:
        kickoff = session.get(KickoffSession, session_id)
        if kickoff is None or kickoff.deleted_at is not None:
            raise KickoffNotFound()
        if kickoff.starts_at <= utcnow():
            raise KickoffPast()
        clients = session.scalars(
            select(Client)
            .join(KickoffBooking, KickoffBooking.client_id == Client.id)
            .where(
                KickoffBooking.session_id == session_id,
                KickoffBooking.deleted_at.is_(None),
                Client.deleted_at.is_(None),
                reach.condition(session, store, actor, *LETTER_PARTS),
            )
            .order_by(Client.search_name, Client.first_names)
        ).all()
        names = _staff_names(session, {c.klantmanager_id for c in clients} - {None})
        group = config.klantgroep(kickoff.klantgroep)
        starts = kickoff.starts_at.astimezone()
        where = _where(store, kickoff.location)
        letters = []
        for number, client in enumerate(clients, start=1):
            km = names.get(client.klantmanager_id)
            contact = Signer(km[0], km[1]) if km else Signer("")
            data = KickoffGegevens(
                recipient=_recipient(client),
                klantgroep=group.naam if group else kickoff.klantgroep,
                starts_at=starts,
                where=where,
                trainer=kickoff.trainer,
                documents=KICKOFF_MEENEMEN,
                contact=contact,
                signed_by=contact,
            )
            letters.append((file_name(starts.date(), client, number), client.id, data))
        return letters


def bevestiging_file_name(starts_at, client_name: str = "") -> str:
    """ "bevestiging-afspraak-2026-11-24-1000.pdf": no name or BSN in a file name (it
    shows in folders and print queues); the letter itself says who it is for."""
    local = starts_at.astimezone()
    return f"bevestiging-afspraak-{local.date().isoformat()}-{local:%H%M}.pdf"


def file_name(day, client: Client, number: int) -> str:
    """ "uitnodiging-kickoff-2026-11-24-03.pdf": numbered in the order of the names, no
    name or BSN; the address on the letter says who it is for."""
    return f"uitnodiging-kickoff-{day.isoformat()}-{number:02d}.pdf"


def slug(text: str) -> str:
    """Lower-case ASCII letters and digits with hyphens: safe in a file name anywhere."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:40]


# --- shared ---------------------------------------------------------------------------
def _recipient(client: Client) -> Recipient:
    return Recipient(
        client.full_name,
        address_lines(
            client.street,
            client.house_number,
            client.house_number_suffix,
            client.postcode,
            client.city,
        ),
    )


def _where(store: Store, location: str) -> tuple[str, ...]:
    """The location, plus the Werkplein's visiting address when it is there."""
    h = store.config.huisstijl
    if h.afzender and location.lower().startswith(h.afzender.lower()) and h.adres:
        return (location, ", ".join(h.adres))
    return (location,) if location else ()


def _staff(session, staff_id) -> Staff | None:
    return session.get(Staff, staff_id) if staff_id else None


def _staff_names(session, ids: set) -> dict:
    if not ids:
        return {}
    rows = session.execute(
        select(Staff.id, Staff.display_name, Staff.functie).where(Staff.id.in_(ids))
    )
    return {sid: (name, functie or "klantmanager") for sid, name, functie in rows}


def _record_print(store, actor, client_id, entity, entity_id, output: str) -> None:
    audit.record_standalone(
        store,
        actor,
        audit.PRINT,
        client_id=client_id,
        entity=entity,
        entity_id=entity_id,
        details={
            "brief": "bevestiging" if entity == "afspraak" else "uitnodiging",
            "uitvoer": output,
        },
    )
