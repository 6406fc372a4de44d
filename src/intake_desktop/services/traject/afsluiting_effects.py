"""What closing a traject makes besides its closure row, in the caller's transaction
(services/traject/afsluiting says when): the aftercare tasks on outflow to work, and the
hand-over to the income consultants with its note in the dossier."""

from __future__ import annotations

from datetime import date, timedelta

from intake_desktop.config.afsluiting import Reden
from intake_desktop.db.models import Client, Task
from intake_desktop.domain.calendar import at_local
from intake_desktop.domain.roles import TEAMLEIDER, Actor
from intake_desktop.domain.text import tidy
from intake_desktop.services.core.store import Store
from intake_desktop.services.dossier import notes
from intake_desktop.services.traject.afsluiting_queries import NAZORG, OVERDRACHT

DUE_HOUR = 17  # aftercare tasks are due at the end of their day

# Stored texts (task titles, the dossier note): Dutch data, like the configured titles.
HANDOVER_TITLE = "Overdracht: klant overnemen voor inkomen (traject afgesloten, werk niet in zicht)"
HANDOVER_NOTE = "Traject afgesloten en overgedragen aan de inkomensconsulenten: {reason}."
HANDOVER_DAYS = 5  # the consultant picks the client up within a working week


def nazorg_dates(store: Store, reason: str, closed_on: date) -> list[tuple[str, date]]:
    """The aftercare tasks a closure with this reason makes: (title, due date)."""
    reden = store.config.afsluiting.reden(reason)
    if reden is None or not reden.werk:
        return []
    return [(n.titel, closed_on + timedelta(days=n.dagen)) for n in store.config.afsluiting.nazorg]


def nazorg_tasks(store: Store, actor: Actor, client: Client, reden: Reden, closed_on: date):
    """Aftercare for the client's klantmanager (the closing teamleider when none)."""
    owner = client.klantmanager_id or actor.staff_id
    return [
        Task(
            client_id=client.id,
            kind=NAZORG,
            title=title[:200],
            due_at=at_local(due, DUE_HOUR),
            assigned_to=owner,
            created_by=actor.staff_id,
            updated_by=actor.staff_id,
        )
        for title, due in nazorg_dates(store, reden.code, closed_on)
    ]


def hand_over_to_income(
    session, store: Store, actor: Actor, client: Client, reden: Reden, to, note: str, today
) -> Task:
    """The hand-over task (for the consultant ``to``, else the teamleiders) and the note
    in the dossier that says why."""
    task = Task(
        client_id=client.id,
        kind=OVERDRACHT,
        title=HANDOVER_TITLE,
        due_at=at_local(today + timedelta(days=HANDOVER_DAYS), DUE_HOUR),
        assigned_to=to,
        assigned_role=None if to else TEAMLEIDER,
        created_by=actor.staff_id,
        updated_by=actor.staff_id,
    )
    session.add(task)
    body = HANDOVER_NOTE.format(reason=reden.naam)
    if tidy(note):
        body += "\n" + tidy(note)
    notes.note_in_session(session, store, actor, client.id, body, source="afsluiting")
    return task
