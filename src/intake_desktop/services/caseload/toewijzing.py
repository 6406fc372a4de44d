"""Assigning a klantmanager: the ranked suggestion for one client, the assignment
itself (one client or many), and the history of who, when and why.

Every client gets a klantmanager (after the quickscan); a klantgroep change or someone
leaving leads to a reassignment. The ranking itself is ``domain.toewijzing.rank``; its
inputs come from ``toewijzing_inputs``. The teamleider's overview and the bulk preview
are in ``caseloads``, a klantmanager's own list in ``mijn_caseload``.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from sqlalchemy import and_, select

from intake_desktop.db.models import (
    Appointment,
    Client,
    KlantmanagerToewijzing,
    Staff,
    StaffRole,
    Task,
)
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.roles import KLANTMANAGER, TEAMLEIDER, WISSELWACHTER, Actor
from intake_desktop.domain.statuses import AppointmentStatus, TaskStatus
from intake_desktop.domain.text import clean
from intake_desktop.domain.toewijzing import REASSIGN_TASK, Candidate, rank
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.agenda import agenda
from intake_desktop.services.caseload.errors import (
    AssignmentTaken,
    ClientGone,
    NotAssigner,
)
from intake_desktop.services.caseload.toewijzing_inputs import days_away, needs_of, staff_infos
from intake_desktop.services.core import access, audit
from intake_desktop.services.core.store import Store
from intake_desktop.services.core.tasks import finish, open_tasks, waiting_for_klantmanager

# Who is a client's klantmanager belongs with the talks (toegang.toml; on the server the
# history klantmanager_toewijzing is that part too, db/server/names.py).
ASSIGN_PART = "gesprekken"
MSG_REASON = QT_TRANSLATE_NOOP(
    "toewijzing", "U kiest een ander dan het voorstel: schrijf op waarom."
)
MSG_NOT_KM = QT_TRANSLATE_NOOP("toewijzing", "Kies iemand met de rol klantmanager.")
MSG_SELF = QT_TRANSLATE_NOOP(
    "toewijzing", "De wisselwachter heeft geen eigen caseload: kies een andere klantmanager."
)


# --- the suggestion ----------------------------------------------------------------------


def suggest(
    store: Store,
    actor: Actor,
    client_id: uuid.UUID,
    *,
    domains: Iterable[str] = (),
    routes: Iterable[str] = (),
    exclude: Iterable = (),
    audit_view: bool = True,
    today: date | None = None,
) -> list[Candidate]:
    """Ranked klantmanagers for one client. ``domains`` and ``routes`` add what a form
    not yet saved (the quickscan being filled in) says. The wisselwachter asking is never
    proposed (no caseload of their own). The reasons tell something of the client's
    needs, so showing them is audited (the quickscan has audited its view already); they
    come from the talks, so the actor must see the client's "gesprekken" (need to know)."""
    if not actor.has(WISSELWACHTER, TEAMLEIDER):
        raise audit.refusal(store, actor, NotAssigner())
    today = today or date.today()
    excluded = set(exclude)
    if actor.has(WISSELWACHTER):
        excluded.add(actor.staff_id)
    with store.reading() as session:
        _checked_client(session, store, actor, client_id, ASSIGN_PART)
        staff = staff_infos(session, store, today)
        needs = needs_of(session, store, [client_id], today).get(client_id)
    if needs is None:
        raise ClientGone()
    if audit_view:
        audit.record_standalone(
            store, actor, audit.VIEW, client_id=client_id, entity="toewijzing", entity_id=client_id
        )
    needs = replace(needs, domains=needs.domains | set(domains), routes=needs.routes | set(routes))
    return rank(staff, needs, store.config.toewijzing, today, excluded)


# --- assigning ---------------------------------------------------------------------------


def functie_mismatch(session, store: Store, client: Client) -> str | None:
    """The function that should guide the client's klantgroep, when the current
    klantmanager has another one (a klantmanager without a function never mismatches)."""
    wanted = store.config.toewijzing.functie_for(client.klantgroep)
    if wanted is None or client.klantmanager_id is None:
        return None
    functie = session.scalar(select(Staff.functie).where(Staff.id == client.klantmanager_id))
    return wanted.naam if functie and functie != wanted.code else None


def reassignment_task(session, store: Store, actor: Actor, client: Client) -> Task | None:
    """After a klantgroep change: a task for the wisselwachters to find a klantmanager
    of the right function, unless one is open already."""
    wanted = functie_mismatch(session, store, client)
    if wanted is None:
        return None
    if open_tasks(session, client.id, (REASSIGN_TASK,)):
        return None
    return Task(
        client_id=client.id,
        kind=REASSIGN_TASK,
        title=f"Andere klantmanager zoeken: de klantgroep vraagt om een {wanted.lower()}",
        assigned_role=WISSELWACHTER,
        due_at=utcnow() + timedelta(days=5),
        created_by=actor.staff_id,
    )


def needs_other_klantmanager(store: Store, actor: Actor, client_id: uuid.UUID) -> str | None:
    """The wanted function's name when the client's klantmanager does not fit the group
    (None also for a client that is gone). It tells of the client's klantgroep: for who
    may see the client's "gesprekken" (NoAccess, audited, otherwise)."""
    with store.reading() as session:
        client = access.live_client(session, store, actor, client_id, ASSIGN_PART)
        if client is None:
            return None
        access.require(session, store, actor, client, ASSIGN_PART)
        return functie_mismatch(session, store, client)


def check_klantmanager(session, actor: Actor, klantmanager_id) -> str | None:
    """A Dutch message when this person cannot take a caseload, else None."""
    if klantmanager_id is None:
        return QT_TRANSLATE_NOOP("toewijzing", "Elke klant krijgt een klantmanager: kies er een.")
    if klantmanager_id == actor.staff_id and actor.has(WISSELWACHTER):
        return MSG_SELF
    ok = session.scalar(
        select(Staff.id)
        .join(StaffRole, and_(StaffRole.staff_id == Staff.id, StaffRole.role == KLANTMANAGER))
        .where(Staff.id == klantmanager_id, Staff.active.is_(True), Staff.deleted_at.is_(None))
    )
    return None if ok else MSG_NOT_KM


def _check_moved_appointments(session, actor, client, klantmanager_id, moved, now) -> None:
    """An appointment that moved along may clash with the new klantmanager's agenda or
    fall on a day they do not work: a task to move it, for the new klantmanager."""
    if not moved:
        return
    last = max(a.starts_at for a in moved).astimezone().date()
    away = days_away(session, klantmanager_id, now.astimezone().date(), last)
    for appointment in moved:
        end = appointment.ends_at or appointment.starts_at
        clash = agenda.busy_times(
            session, [klantmanager_id], appointment.starts_at, end, except_id=appointment.id
        )
        if not clash and appointment.starts_at.astimezone().date() not in away:
            continue
        when = appointment.starts_at.astimezone().strftime("%d-%m-%Y %H:%M")
        session.add(
            Task(
                client_id=client.id,
                kind="afspraak_verzetten",
                title=f"Afspraak van {when} verzetten: u bent er niet of heeft dan al een afspraak",
                assigned_to=klantmanager_id,
                due_at=min(appointment.starts_at, now + timedelta(days=2)),
                created_by=actor.staff_id,
            )
        )


def assign_in_session(
    session,
    store: Store,
    actor: Actor,
    client: Client,
    klantmanager_id: uuid.UUID,
    *,
    reason: str,
    suggested_id: uuid.UUID | None,
    now: datetime,
) -> bool:
    """Record the assignment (history, client, open work moves along). Returns False
    when the client already has this klantmanager."""
    previous_km = client.klantmanager_id
    if previous_km == klantmanager_id:
        return False
    _record_history(session, actor, client, klantmanager_id, reason, suggested_id, now)
    for task in open_tasks(session, client.id, (REASSIGN_TASK,)):
        finish(task, actor, now)  # the search for a klantmanager is over
    moved_tasks = moved_appointments = 0
    if previous_km is not None:
        moved_tasks, moved_appointments = _move_open_work(
            session, actor, client, previous_km, klantmanager_id, now
        )
    # The client row changes last: in server mode a teamleider who gives the client to
    # another team's klantmanager is out of reach once it has (row-level security), so
    # its history and open work are written while the client is still hers.
    session.flush()
    client.klantmanager_id = klantmanager_id
    client.updated_by = actor.staff_id
    audit.record(
        session,
        actor,
        audit.UPDATE,
        client_id=client.id,
        entity="toewijzing",
        entity_id=client.id,
        workstation=store.workstation,
        details={
            "velden": ["klantmanager_id"],
            "voorstel_gevolgd": suggested_id is None or suggested_id == klantmanager_id,
            "taken_mee": moved_tasks,
            "afspraken_mee": moved_appointments,
        },
    )
    return True


def _record_history(session, actor, client, klantmanager_id, reason, suggested_id, now) -> None:
    """The current entry of the client's klantmanager history ends; a new one starts."""
    for entry in session.scalars(
        select(KlantmanagerToewijzing).where(
            KlantmanagerToewijzing.client_id == client.id, KlantmanagerToewijzing.ended_at.is_(None)
        )
    ):
        entry.ended_at = now
        entry.updated_by = actor.staff_id
    session.add(
        KlantmanagerToewijzing(
            client_id=client.id,
            klantmanager_id=klantmanager_id,
            assigned_at=now,
            assigned_by=actor.staff_id,
            reason=reason[:2000],
            suggested_id=suggested_id,
            created_by=actor.staff_id,
        )
    )


def _move_open_work(session, actor, client, previous_km, klantmanager_id, now) -> tuple[int, int]:
    """The previous klantmanager's open tasks and future appointments with the client
    go to the new one; returns how many of each moved."""
    moved_tasks = 0
    # Hers, or (a first klantmanager) what waited for her; never a team's task.
    whose = (
        (Task.assigned_to == previous_km,)
        if previous_km is not None
        else waiting_for_klantmanager()
    )
    for task in session.scalars(
        select(Task).where(Task.client_id == client.id, Task.status == TaskStatus.OPEN, *whose)
    ):
        task.assigned_to, task.assigned_role = klantmanager_id, None
        task.updated_by = actor.staff_id
        moved_tasks += 1
    moving = list(
        session.scalars(
            select(Appointment).where(
                Appointment.client_id == client.id,
                Appointment.staff_id == previous_km,
                Appointment.status == AppointmentStatus.GEPLAND,
                Appointment.starts_at >= now,
            )
        )
    )
    for appointment in moving:
        appointment.staff_id = klantmanager_id
        appointment.updated_by = actor.staff_id
    _check_moved_appointments(session, actor, client, klantmanager_id, moving, now)
    return moved_tasks, len(moving)


def reason_needed(klantmanager_id, suggested_id, reason: str) -> bool:
    return suggested_id is not None and klantmanager_id != suggested_id and not clean(reason)


def assign(
    store: Store,
    actor: Actor,
    client_id: uuid.UUID,
    klantmanager_id: uuid.UUID | None,
    *,
    suggested_id: uuid.UUID | None,
    reason: str = "",
    default_reason: str = "Voorstel gevolgd",
    expected_current: uuid.UUID | None = None,
) -> None:
    """Give one client a (new) klantmanager. Choosing another than the suggestion
    needs a reason. ``expected_current`` is the klantmanager the screen showed: when a
    colleague assigned someone else meanwhile, nothing changes and the user is told.
    Who assigns changes the client's "gesprekken" (need to know: NoAccess, audited)."""
    if not actor.has(WISSELWACHTER, TEAMLEIDER):
        raise audit.refusal(store, actor, NotAssigner())
    with store.transaction() as session:
        errors = {}
        problem = check_klantmanager(session, actor, klantmanager_id)
        if problem:
            errors["klantmanager"] = problem
        if reason_needed(klantmanager_id, suggested_id, reason):
            errors["assign_reason"] = MSG_REASON
        if errors:
            raise ValidationFailed(errors)
        client = _checked_client(session, store, actor, client_id, ASSIGN_PART, change=True)
        if client.klantmanager_id != expected_current:
            raise AssignmentTaken(name=_name(session, client.klantmanager_id))
        assign_in_session(
            session,
            store,
            actor,
            client,
            klantmanager_id,
            reason=clean(reason) or default_reason,
            suggested_id=suggested_id,
            now=utcnow(),
        )


def _checked_client(
    session, store: Store, actor: Actor, client_id: uuid.UUID, part: str, *, change=False
) -> Client:
    """The live client after the need-to-know check (ClientGone, NoAccess)."""
    what = "toewijzen" if change else None
    client = access.live_client(session, store, actor, client_id, part, what)
    if client is None:
        raise ClientGone()
    access.require(session, store, actor, client, part, change=change, what=what)
    return client


def _name(session, staff_id) -> str:
    if staff_id is None:
        return QT_TRANSLATE_NOOP("toewijzing", "niemand")
    return session.scalar(select(Staff.display_name).where(Staff.id == staff_id)) or ""


@dataclass(frozen=True)
class Current:
    staff_id: uuid.UUID | None
    name: str
    still_here: bool


def current_klantmanager(store: Store, actor: Actor, client_id: uuid.UUID) -> Current:
    """Who the client's klantmanager is now, and whether they still work here. The
    dossier shows the klantmanager with the identity: for who may see the client's
    "identiteit" (NoAccess, audited, otherwise)."""
    with store.reading() as session:
        client = access.live_client(session, store, actor, client_id)
        if client is None:
            return Current(None, "", False)
        access.require(session, store, actor, client, "identiteit")
        row = session.execute(
            select(Staff.id, Staff.display_name, Staff.active, Staff.deleted_at)
            .join(Client, Client.klantmanager_id == Staff.id)
            .where(Client.id == client_id)
        ).first()
    if row is None:
        return Current(None, "", False)
    return Current(row.id, row.display_name, row.active and row.deleted_at is None)
