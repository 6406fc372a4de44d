"""Notes (notities) on a client's dossier: a phone call, a home visit, an agreement.

Notes are append-only. Once saved, a note is never changed or deleted; a correction is
a new note. So this module only adds and reads.

Who may write a note: the people who work with the client on their question, as a
municipality would expect:

- the klantmanager (werkcoach, participatiemakelaar, inkomensconsulent), who owns
  the client;
- the wisselwachter / intaker, who runs the quickscan and the ambitiegesprek;
- the poortwachter, who screens the client and phones back in acute need;
- the teamleider, who takes over or balances caseloads.

A baliemedewerker does not write notes: the counter records a contact as an
aanmelding (with the client's question), and free text about someone's circumstances
stays with the professionals who need it. A beheerder manages the program, not
clients, so that role alone is not enough either.

Reading: notes come with the dossier (``dossier.open_dossier`` fills ``Dossier.notes``
and audits the view once). ``list_notes`` is for a caller outside the dossier and is
audited as a view of its own.

The text of a note is never logged and never goes into the audit log: the audit row
holds counts and flags only.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake_desktop.db.models import Client, Note, Staff
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.roles import (
    KLANTMANAGER,
    POORTWACHTER,
    TEAMLEIDER,
    WISSELWACHTER,
    Actor,
)
from intake_desktop.domain.text import tidy
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.core import access, audit
from intake_desktop.services.core.store import Store
from intake_desktop.services.dossier.errors import ClientNotFound, MayNotWriteNotes

# The column is unbounded Text; a note is meant to be short. About a full page: longer
# means a report (a document), or a second note.
MAX_NOTE_LENGTH = 4000

NOTE_ROLES = (KLANTMANAGER, WISSELWACHTER, POORTWACHTER, TEAMLEIDER)

MSG_EMPTY = QT_TRANSLATE_NOOP("notes", "Schrijf eerst de notitie.")
MSG_TOO_LONG = QT_TRANSLATE_NOOP(
    "notes",
    "Een notitie heeft hoogstens 4000 tekens. Maak hem korter of schrijf een tweede notitie.",
)


@dataclass(frozen=True)
class NoteView:
    """One note as the dossier shows it. ``at`` is the moment it was written, in local
    time (timezone-aware)."""

    id: uuid.UUID
    client_id: uuid.UUID
    at: datetime
    author: str
    text: str
    at_home: bool = False


def may_write(actor: Actor) -> bool:
    """Whether the actor may write notes (the dossier shows the button only then)."""
    return actor.has(*NOTE_ROLES)


def check_text(text: str | None) -> str:
    """The note as it will be stored (each line tidied, empty lines at the ends
    dropped); raises ValidationFailed under the field ``text``."""
    body = tidy(text)
    if not body:
        raise ValidationFailed({"text": MSG_EMPTY})
    if len(body) > MAX_NOTE_LENGTH:
        raise ValidationFailed({"text": MSG_TOO_LONG})
    return body


def _live_client(session, client_id, store=None, actor=None, part="notities", what=None) -> Client:
    return access.client_or(session, store, actor, client_id, ClientNotFound(), part, what)


def notes_in_session(session: Session, client_id: uuid.UUID) -> list[NoteView]:
    """The client's notes, newest first, in the caller's session (no audit: for the
    dossier, whose opening is audited already)."""
    rows = session.execute(
        select(Note, Staff.display_name)
        .outerjoin(Staff, Staff.id == Note.author_id)
        .where(Note.client_id == client_id, Note.deleted_at.is_(None))
        .order_by(Note.created_at.desc(), Note.id)
    )
    return [
        NoteView(
            note.id,
            note.client_id,
            note.created_at.astimezone(),
            author or "",
            note.body,
            bool(note.at_home),
        )
        for note, author in rows
    ]


def note_in_session(
    session,
    store: Store,
    actor: Actor,
    client_id: uuid.UUID,
    body: str,
    *,
    at_home: bool = False,
    source: str | None = None,
) -> Note:
    """Add a (checked) note in the caller's transaction, audited with counts and flags
    only; ``source`` names the process that wrote it (e.g. "afsluiting")."""
    note = Note(
        client_id=client_id,
        author_id=actor.staff_id,
        body=body,
        at_home=at_home,
        created_by=actor.staff_id,
        updated_by=actor.staff_id,
    )
    session.add(note)
    session.flush()
    details = {"tekens": len(body), "regels": body.count("\n") + 1, "huisbezoek": bool(at_home)}
    if source:
        details["bron"] = source
    audit.record(
        session,
        actor,
        audit.CREATE,
        client_id=client_id,
        entity="note",
        entity_id=note.id,
        workstation=store.workstation,
        details=details,
    )
    return note


def add_note(
    store: Store, actor: Actor, client_id: uuid.UUID, text: str, *, at_home: bool = False
) -> NoteView:
    """Write a note on the client's dossier (``at_home``: written about a home visit).

    Raises ValidationFailed (``text``: empty or longer than MAX_NOTE_LENGTH),
    MayNotWriteNotes (a role that does not write notes) or ClientNotFound.
    Audited as a creation of entity "note", with counts and flags only."""
    if not may_write(actor):
        raise audit.refusal(store, actor, MayNotWriteNotes())
    body = check_text(text)
    with store.transaction() as session:
        client = _live_client(session, client_id, store, actor, what="wijzigen")
        access.require(session, store, actor, client, "notities", change=True)
        note = note_in_session(session, store, actor, client_id, body, at_home=at_home)
        return NoteView(
            note.id,
            client_id,
            note.created_at.astimezone(),
            actor.display_name,
            body,
            bool(at_home),
        )


def list_notes(store: Store, actor: Actor, client_id: uuid.UUID) -> list[NoteView]:
    """The client's notes, newest first, with author and local time. Anyone who may open
    the dossier may read them (as ``open_dossier``); audited as a view of the notes.
    The dossier itself gets its notes through ``open_dossier`` (one audit row)."""
    with store.transaction() as session:
        client = _live_client(session, client_id, store, actor)
        access.require(session, store, actor, client, "notities")
        found = notes_in_session(session, client_id)
        audit.record(
            session,
            actor,
            audit.VIEW,
            client_id=client_id,
            entity="note",
            workstation=store.workstation,
            details={"notities": len(found)},
        )
        return found
