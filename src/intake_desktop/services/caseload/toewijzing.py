"""Assigning a klantmanager: the ranked suggestion, the assignment itself (one client or
many), and the history of who, when and why.

Every client gets a klantmanager (after the quickscan); a klantgroep change or someone
leaving leads to a reassignment. The ranking itself is ``domain.toewijzing.rank``; this
module gathers its inputs in a few set-based queries, so ranking 200 staff stays fast
on a large store, and a preview for hundreds of clients costs a handful of queries.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from sqlalchemy import and_, func, select

from intake_desktop.db.models import (
    Aanmelding,
    Appointment,
    CaseloadCount,
    Client,
    IntakeDomainAnswer,
    IntakeRecord,
    KlantgroepKeuze,
    KlantmanagerToewijzing,
    Staff,
    StaffAbsence,
    StaffExpertise,
    StaffRole,
    Task,
)
from intake_desktop.domain.calendar import works_on
from intake_desktop.domain.client_status import IN_CARE
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.roles import KLANTMANAGER, TEAMLEIDER, WISSELWACHTER, Actor
from intake_desktop.domain.text import clean
from intake_desktop.domain.toewijzing import (
    REASSIGN_TASK,
    Candidate,
    ClientNeeds,
    StaffInfo,
    age_on,
    rank,
)
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.core import audit
from intake_desktop.services.core.errors import NotAllowed, NotFound, ServiceError
from intake_desktop.services.core.store import Store

CLOSED = "afgesloten"
LOW_SCORE = 2  # an ambitiegesprek score of 1 or 2 on a domain counts as a need
CHUNK = 500  # ids per IN (...) list

MSG_REASON = QT_TRANSLATE_NOOP(
    "toewijzing", "U kiest een ander dan het voorstel: schrijf op waarom."
)
MSG_NOT_KM = QT_TRANSLATE_NOOP("toewijzing", "Kies iemand met de rol klantmanager.")
MSG_SELF = QT_TRANSLATE_NOOP(
    "toewijzing", "De wisselwachter heeft geen eigen caseload: kies een andere klantmanager."
)
MSG_TEAMLEIDER = QT_TRANSLATE_NOOP(
    "toewijzing", "Alleen een teamleider verdeelt caseloads opnieuw."
)
MSG_TAKEN = QT_TRANSLATE_NOOP(
    "toewijzing",
    "Deze klant heeft intussen een andere klantmanager gekregen ({name}). Er is niets "
    "gewijzigd; kijk opnieuw.",
)
NOBODY = QT_TRANSLATE_NOOP("toewijzing", "Zonder klantmanager")
MSG_ALLOWED = QT_TRANSLATE_NOOP(
    "toewijzing", "Alleen een wisselwachter of teamleider wijst klantmanagers toe."
)


def _chunks(ids: Sequence) -> Iterable[Sequence]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


# --- inputs of the ranking -------------------------------------------------------------


def caseload_counts(session) -> dict[uuid.UUID, int]:
    """Open clients per klantmanager, from the counts the database keeps (a few hundred
    rows, instead of counting a quarter of a million clients on every suggestion)."""
    stmt = select(CaseloadCount.klantmanager_id, func.sum(CaseloadCount.clients)).group_by(
        CaseloadCount.klantmanager_id
    )
    return {km: int(n) for km, n in session.execute(stmt)}


def staff_infos(session, store: Store, today: date) -> list[StaffInfo]:
    """Every active klantmanager with function, expertise, caseload and coming absence."""
    config = store.config.toewijzing
    rows = session.execute(
        select(Staff.id, Staff.display_name, Staff.functie, Staff.team, Staff.max_caseload)
        .join(StaffRole, and_(StaffRole.staff_id == Staff.id, StaffRole.role == KLANTMANAGER))
        .where(Staff.active.is_(True), Staff.deleted_at.is_(None))
    ).all()
    expertise: dict[uuid.UUID, set[str]] = defaultdict(set)
    for staff_id, tag in session.execute(select(StaffExpertise.staff_id, StaffExpertise.tag)):
        expertise[staff_id].add(tag)
    horizon = today + timedelta(days=config.weights.afwezig_vooruit_dagen)
    absent: dict[uuid.UUID, tuple[date, date]] = {}
    for staff_id, starts, ends in session.execute(
        select(StaffAbsence.staff_id, StaffAbsence.starts_on, StaffAbsence.ends_on)
        .where(
            StaffAbsence.deleted_at.is_(None),
            StaffAbsence.ends_on >= today,
            StaffAbsence.starts_on <= horizon,
        )
        .order_by(StaffAbsence.starts_on)
    ):
        absent.setdefault(staff_id, (max(starts, today), ends))
    counts = caseload_counts(session)
    return [
        StaffInfo(
            id=row.id,
            name=row.display_name,
            functie=row.functie,
            team=row.team,
            expertise=frozenset(expertise.get(row.id, ())),
            caseload=counts.get(row.id, 0),
            max_caseload=row.max_caseload,
            absent_from=absent.get(row.id, (None, None))[0],
            absent_until=absent.get(row.id, (None, None))[1],
        )
        for row in rows
    ]


def days_away(session, staff_id, first: date, last: date) -> set[date]:
    """Days from ``first`` to ``last`` on which someone does not work: absent, or not
    one of their working days. Booking skips them."""
    staff = session.get(Staff, staff_id)
    if staff is None:
        return set()
    days = {
        first + timedelta(days=n)
        for n in range((last - first).days + 1)
        if not works_on(first + timedelta(days=n), staff.working_days)
    }
    for starts, ends in session.execute(
        select(StaffAbsence.starts_on, StaffAbsence.ends_on).where(
            StaffAbsence.staff_id == staff_id,
            StaffAbsence.deleted_at.is_(None),
            StaffAbsence.ends_on >= first,
            StaffAbsence.starts_on <= last,
        )
    ):
        day = max(starts, first)
        while day <= min(ends, last):
            days.add(day)
            day += timedelta(days=1)
    return days


def needs_of(session, store: Store, client_ids: Sequence[uuid.UUID], today: date):
    """ClientNeeds per client: klantgroep, needs from the latest quickscan and
    ambitiegesprek, age, earlier klantmanagers, and the household's klantmanagers."""
    config = store.config
    found: dict[uuid.UUID, dict] = {}
    household_of: dict[uuid.UUID, uuid.UUID] = {}
    for part in _chunks(list(client_ids)):
        for c in session.execute(
            select(Client.id, Client.klantgroep, Client.birth_date, Client.household_id).where(
                Client.id.in_(part)
            )
        ):
            group = config.klantgroep(c.klantgroep) if c.klantgroep else None
            found[c.id] = {
                "household": c.household_id,
                "klantgroep": c.klantgroep,
                "klantgroep_naam": group.naam if group else "",
                "domains": set(),
                "routes": set(),
                "obstacles": set(),
                "aanmelding_routes": set(),
                "age": age_on(c.birth_date, today),
                "earlier_klantmanagers": set(),
                "household_klantmanagers": set(),
            }
            if c.household_id:
                household_of[c.id] = c.household_id
        # The latest quickscan and ambitiegesprek per client.
        latest = (
            select(IntakeRecord.id, IntakeRecord.client_id, IntakeRecord.kind, IntakeRecord.details)
            .where(
                IntakeRecord.client_id.in_(part),
                IntakeRecord.kind.in_(("quickscan", "ambitiegesprek")),
                IntakeRecord.status == "afgerond",
            )
            .order_by(
                IntakeRecord.client_id,
                IntakeRecord.kind,
                IntakeRecord.conducted_at.desc().nulls_last(),
            )
        )
        chosen: dict[tuple, tuple] = {}
        for row in session.execute(latest):
            chosen.setdefault((row.client_id, row.kind), (row.id, row.details or {}))
        record_client = {rid: cid for (cid, _), (rid, _) in chosen.items()}
        for (client_id, kind), (_, details) in chosen.items():
            if kind == "quickscan":
                found[client_id]["routes"].update(details.get("routes", []))
            else:
                found[client_id]["obstacles"].update(details.get("belemmeringen", []))
        if record_client:
            for answer in session.execute(
                select(
                    IntakeDomainAnswer.intake_id,
                    IntakeDomainAnswer.domain_code,
                    IntakeDomainAnswer.need,
                    IntakeDomainAnswer.score,
                ).where(IntakeDomainAnswer.intake_id.in_(list(record_client)))
            ):
                if answer.need == "ja" or (answer.score is not None and answer.score <= LOW_SCORE):
                    found[record_client[answer.intake_id]]["domains"].add(answer.domain_code)
        for client_id, route in session.execute(
            select(Aanmelding.client_id, Aanmelding.route).where(Aanmelding.client_id.in_(part))
        ):
            found[client_id]["aanmelding_routes"].add(route)
        for client_id, km in session.execute(
            select(KlantmanagerToewijzing.client_id, KlantmanagerToewijzing.klantmanager_id).where(
                KlantmanagerToewijzing.client_id.in_(part),
                KlantmanagerToewijzing.ended_at.is_not(None),
            )
        ):
            found[client_id]["earlier_klantmanagers"].add(km)
    households = sorted(set(household_of.values()))
    if households:
        members: dict[uuid.UUID, set] = defaultdict(set)
        for part in _chunks(households):
            for row in session.execute(
                select(Client.id, Client.household_id, Client.klantmanager_id).where(
                    Client.household_id.in_(part),
                    Client.klantmanager_id.is_not(None),
                    Client.status != CLOSED,
                    Client.deleted_at.is_(None),
                )
            ):
                members[row.household_id].add((row.id, row.klantmanager_id))
        for client_id, household in household_of.items():
            found[client_id]["household_klantmanagers"] = {
                km for member, km in members.get(household, ()) if member != client_id
            }
    return {
        client_id: ClientNeeds(
            **{k: frozenset(v) if isinstance(v, set) else v for k, v in d.items()}
        )
        for client_id, d in found.items()
    }


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
    needs, so showing them is audited (the quickscan has audited its view already)."""
    if not actor.has(WISSELWACHTER, TEAMLEIDER):
        raise NotAllowed(MSG_ALLOWED)
    today = today or date.today()
    excluded = set(exclude)
    if actor.has(WISSELWACHTER):
        excluded.add(actor.staff_id)
    with store.reading() as session:
        staff = staff_infos(session, store, today)
        needs = needs_of(session, store, [client_id], today).get(client_id)
    if needs is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Deze klant bestaat niet (meer)."))
    if audit_view:
        audit.record_standalone(
            store, actor, audit.VIEW, client_id=client_id, entity="toewijzing", entity_id=client_id
        )
    needs = replace(needs, domains=needs.domains | set(domains), routes=needs.routes | set(routes))
    return rank(staff, needs, store.config.toewijzing, today, excluded)


@dataclass(frozen=True)
class Proposal:
    """Where one client would go in a bulk reassignment, and why."""

    client_id: uuid.UUID
    client_name: str
    klantgroep: str
    current_id: uuid.UUID | None
    candidate: Candidate | None  # None: nobody left to take the client
    alternatives: tuple[Candidate, ...]


def propose_reassignment(
    store: Store,
    actor: Actor,
    client_ids: Sequence[uuid.UUID],
    *,
    leaving: Iterable[uuid.UUID] = (),
    today: date | None = None,
) -> list[Proposal]:
    """A preview: each client goes to the best-ranked colleague, counting the clients
    already proposed to that colleague, so the load spreads; members of one household
    stay together. Audited as a view of the listed clients."""
    if not actor.has(TEAMLEIDER):
        raise NotAllowed(MSG_TEAMLEIDER)
    today = today or date.today()
    leaving = set(leaving)
    with store.reading() as session:
        staff = {s.id: s for s in staff_infos(session, store, today)}
        needs = needs_of(session, store, client_ids, today)
        clients = {
            c.id: c
            for part in _chunks(list(client_ids))
            for c in session.execute(
                select(
                    Client.id,
                    Client.first_names,
                    Client.tussenvoegsel,
                    Client.surname,
                    Client.klantgroep,
                    Client.klantmanager_id,
                ).where(Client.id.in_(part))
            )
        }
    placed_household: dict = {}  # household -> the klantmanager its first member got
    proposals = []
    for client_id in client_ids:
        c = clients.get(client_id)
        if c is None:
            continue
        client_needs = needs[client_id]
        if client_needs.household in placed_household:
            client_needs = replace(
                client_needs,
                household_klantmanagers=client_needs.household_klantmanagers
                | {placed_household[client_needs.household]},
            )
        ranked = rank(
            staff.values(),
            client_needs,
            store.config.toewijzing,
            today,
            exclude=leaving | {c.klantmanager_id},
        )
        best = ranked[0] if ranked else None
        if best is not None:
            chosen = best.staff
            staff[chosen.id] = replace(chosen, caseload=chosen.caseload + 1)
            if client_needs.household is not None:
                placed_household.setdefault(client_needs.household, chosen.id)
        name = " ".join(p for p in (c.first_names, c.tussenvoegsel, c.surname) if p)
        proposals.append(
            Proposal(client_id, name, c.klantgroep or "", c.klantmanager_id, best, tuple(ranked))
        )
    audit.record_standalone(
        store, actor, audit.VIEW, entity="herverdeling", details={"klanten": len(proposals)}
    )
    return proposals


UNASSIGNED_BATCH = 500  # clients without a klantmanager handed out per bulk assignment


def client_ids_of(store: Store, actor: Actor, staff_id: uuid.UUID | None) -> list[uuid.UUID]:
    """The open clients of one klantmanager (also one who left), by name; with None the
    clients in intake or traject without a klantmanager, the first 500 by name."""
    if not actor.has(TEAMLEIDER):
        raise NotAllowed(MSG_TEAMLEIDER)
    if staff_id is None:
        where = (Client.klantmanager_id.is_(None), Client.status.in_(IN_CARE))
    else:
        where = (Client.klantmanager_id == staff_id, Client.status != CLOSED)
    stmt = (
        select(Client.id)
        .where(*where, Client.deleted_at.is_(None))
        .order_by(Client.search_name, Client.first_names)
    )
    if staff_id is None:
        stmt = stmt.limit(UNASSIGNED_BATCH)
    with store.reading() as session:
        return list(session.scalars(stmt))


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
    if session.scalar(
        select(Task.id).where(
            Task.client_id == client.id, Task.kind == REASSIGN_TASK, Task.status == "open"
        )
    ):
        return None
    return Task(
        client_id=client.id,
        kind=REASSIGN_TASK,
        title=f"Andere klantmanager zoeken: de klantgroep vraagt om een {wanted.lower()}",
        assigned_role=WISSELWACHTER,
        due_at=utcnow() + timedelta(days=5),
        created_by=actor.staff_id,
    )


def needs_other_klantmanager(store: Store, client_id: uuid.UUID) -> str | None:
    """The wanted function's name when the client's klantmanager does not fit the group."""
    with store.reading() as session:
        client = session.get(Client, client_id)
        return functie_mismatch(session, store, client) if client else None


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
        clash = session.scalar(
            select(Appointment.id)
            .where(
                Appointment.staff_id == klantmanager_id,
                Appointment.id != appointment.id,
                Appointment.status == "gepland",
                Appointment.starts_at < end,
                func.coalesce(Appointment.ends_at, Appointment.starts_at) > appointment.starts_at,
            )
            .limit(1)
        )
        if clash is None and appointment.starts_at.astimezone().date() not in away:
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
    client.klantmanager_id = klantmanager_id
    client.updated_by = actor.staff_id
    for task in session.scalars(
        select(Task).where(
            Task.client_id == client.id, Task.kind == REASSIGN_TASK, Task.status == "open"
        )
    ):
        task.status, task.done_at, task.done_by = "afgehandeld", now, actor.staff_id
    moved_tasks = moved_appointments = 0
    if previous_km is not None:
        for task in session.scalars(
            select(Task).where(
                Task.client_id == client.id,
                Task.assigned_to == previous_km,
                Task.status == "open",
            )
        ):
            task.assigned_to = klantmanager_id
            task.updated_by = actor.staff_id
            moved_tasks += 1
        moving = list(
            session.scalars(
                select(Appointment).where(
                    Appointment.client_id == client.id,
                    Appointment.staff_id == previous_km,
                    Appointment.status == "gepland",
                    Appointment.starts_at >= now,
                )
            )
        )
        for appointment in moving:
            appointment.staff_id = klantmanager_id
            appointment.updated_by = actor.staff_id
            moved_appointments += 1
        _check_moved_appointments(session, actor, client, klantmanager_id, moving, now)
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
    colleague assigned someone else meanwhile, nothing changes and the user is told."""
    if not actor.has(WISSELWACHTER, TEAMLEIDER):
        raise NotAllowed(MSG_ALLOWED)
    with store.transaction() as session:
        errors = {}
        problem = check_klantmanager(session, actor, klantmanager_id)
        if problem:
            errors["klantmanager"] = problem
        if reason_needed(klantmanager_id, suggested_id, reason):
            errors["assign_reason"] = MSG_REASON
        if errors:
            raise ValidationFailed(errors)
        client = session.get(Client, client_id)
        if client is None or client.deleted_at is not None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "Deze klant bestaat niet (meer)."))
        if client.klantmanager_id != expected_current:
            raise ServiceError(MSG_TAKEN, name=_name(session, client.klantmanager_id))
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


@dataclass(frozen=True)
class Move:
    client_id: uuid.UUID
    klantmanager_id: uuid.UUID
    suggested_id: uuid.UUID | None
    expected_current: uuid.UUID | None  # the klantmanager the preview was made with


@dataclass(frozen=True)
class Moved:
    moved: int
    skipped: int  # changed by a colleague after the preview: left alone


def reassign_many(store: Store, actor: Actor, moves: Sequence[Move], reason: str) -> Moved:
    """A teamleider moves many clients at once (someone leaves or is ill); one
    transaction, one history entry and audit row per client. A client a colleague
    reassigned after the preview is left alone and counted as skipped."""
    if not actor.has(TEAMLEIDER):
        raise NotAllowed(MSG_TEAMLEIDER)
    if not clean(reason):
        raise ValidationFailed(
            {"reason": QT_TRANSLATE_NOOP("toewijzing", "Schrijf op waarom de klanten verhuizen.")}
        )
    now = utcnow()
    moved = skipped = 0
    with store.transaction() as session:
        checked: dict = {}
        for move in moves:
            if move.klantmanager_id not in checked:
                checked[move.klantmanager_id] = check_klantmanager(
                    session, actor, move.klantmanager_id
                )
            if checked[move.klantmanager_id]:
                raise ValidationFailed({"target": checked[move.klantmanager_id]})
            client = session.get(Client, move.client_id)
            if (
                client is None
                or client.deleted_at is not None
                or client.klantmanager_id != move.expected_current
            ):
                skipped += 1
                continue
            moved += assign_in_session(
                session,
                store,
                actor,
                client,
                move.klantmanager_id,
                reason=clean(reason),
                suggested_id=move.suggested_id,
                now=now,
            )
    return Moved(moved, skipped)


def _name(session, staff_id) -> str:
    if staff_id is None:
        return QT_TRANSLATE_NOOP("toewijzing", "niemand")
    return session.scalar(select(Staff.display_name).where(Staff.id == staff_id)) or ""


# --- caseloads ---------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseloadRow:
    staff_id: uuid.UUID | None  # None: the clients without a klantmanager
    name: str
    functie: str
    team: str
    max_caseload: int | None
    per_group: dict[str, int]  # klantgroep code ("" = none yet) -> clients
    absent_until: date | None
    gone: bool = False  # no longer works here, still has clients: to be redistributed

    @property
    def total(self) -> int:
        return sum(self.per_group.values())

    @property
    def full(self) -> bool:
        """No room left (at or above the maximum), as the suggestion counts it."""
        return self.max_caseload is not None and self.total >= self.max_caseload


def caseload_overview(store: Store, actor: Actor, today: date | None = None) -> list[CaseloadRow]:
    """Per klantmanager the open clients split by klantgroep, against the maximum; also
    those who left but still have clients (their clients need someone else)."""
    if not actor.has(TEAMLEIDER):
        raise NotAllowed(MSG_TEAMLEIDER)
    today = today or date.today()
    config = store.config.toewijzing
    with store.reading() as session:
        staff = staff_infos(session, store, today)
        per: dict[uuid.UUID, dict[str, int]] = defaultdict(dict)
        for km, group, n in session.execute(
            select(CaseloadCount.klantmanager_id, CaseloadCount.klantgroep, CaseloadCount.clients)
        ):
            if n:
                per[km][group] = n
        unassigned = {
            group or "": n
            for group, n in session.execute(
                select(Client.klantgroep, func.count())
                .where(
                    Client.klantmanager_id.is_(None),
                    Client.status.in_(IN_CARE),
                    Client.deleted_at.is_(None),
                )
                .group_by(Client.klantgroep)
            )
        }
        here = {s.id for s in staff}
        gone = session.execute(
            select(
                Staff.id, Staff.display_name, Staff.functie, Staff.team, Staff.max_caseload
            ).where(Staff.id.in_([km for km in per if km not in here]))
        ).all()
    rows = [
        CaseloadRow(
            s.id,
            s.name,
            config.functie_name(s.functie),
            config.team_name(s.team),
            s.max_caseload,
            per.get(s.id, {}),
            s.absent_until if s.absent_from is not None and s.absent_from <= today else None,
        )
        for s in staff
    ]
    rows += [
        CaseloadRow(
            g.id,
            g.display_name,
            config.functie_name(g.functie),
            config.team_name(g.team),
            g.max_caseload,
            per[g.id],
            None,
            gone=True,
        )
        for g in gone
    ]
    rows.sort(key=lambda r: (r.gone, r.name))
    if unassigned:
        rows.append(CaseloadRow(None, NOBODY, "", "", None, unassigned, None, gone=True))
    return rows


@dataclass(frozen=True)
class CaseloadClient:
    client_id: uuid.UUID
    name: str
    birth_date: date | None
    klantgroep: str
    status: str
    next_appointment: datetime | None
    next_progress_talk: datetime | None
    open_tasks: int
    overdue_tasks: int
    acute: bool
    choice_deviates: bool


def clients_of(store: Store, actor: Actor, staff_id: uuid.UUID) -> list[CaseloadClient]:
    """A klantmanager's open clients with what is next for each: one's own, or anyone's
    for a teamleider. Audited as a view of the list."""
    if staff_id != actor.staff_id and not actor.has(TEAMLEIDER):
        raise NotAllowed(
            QT_TRANSLATE_NOOP(
                "toewijzing", "Alleen een teamleider bekijkt de caseload van een ander."
            )
        )
    now = utcnow()
    progress_kind = store.config.ambitie.progress_appointment_type
    with store.reading() as session:
        rows = session.execute(
            select(
                Client.id,
                Client.first_names,
                Client.tussenvoegsel,
                Client.surname,
                Client.birth_date,
                Client.klantgroep,
                Client.status,
            )
            .where(
                Client.klantmanager_id == staff_id,
                Client.status != CLOSED,
                Client.deleted_at.is_(None),
            )
            .order_by(Client.search_name, Client.first_names)
        ).all()
        ids = [r.id for r in rows]
        next_any: dict = {}
        next_talk: dict = {}
        tasks: dict = defaultdict(lambda: [0, 0, False])
        deviates: dict = {}
        for part in _chunks(ids):
            for client_id, kind, starts in session.execute(
                select(Appointment.client_id, Appointment.kind, func.min(Appointment.starts_at))
                .where(
                    Appointment.client_id.in_(part),
                    Appointment.status == "gepland",
                    Appointment.deleted_at.is_(None),
                    Appointment.starts_at >= now,
                )
                .group_by(Appointment.client_id, Appointment.kind)
            ):
                if client_id not in next_any or starts < next_any[client_id]:
                    next_any[client_id] = starts
                if kind == progress_kind:
                    next_talk[client_id] = starts
            for client_id, due, urgent, kind in session.execute(
                select(Task.client_id, Task.due_at, Task.urgent, Task.kind).where(
                    Task.client_id.in_(part),
                    Task.status == "open",
                    Task.deleted_at.is_(None),
                    Task.assigned_to == staff_id,
                )
            ):
                entry = tasks[client_id]
                entry[0] += 1
                if due is not None and due < now:
                    entry[1] += 1
                if urgent or kind == "acuut":
                    entry[2] = True
            for client_id, flag in session.execute(
                select(KlantgroepKeuze.client_id, KlantgroepKeuze.deviates_from_advice)
                .where(KlantgroepKeuze.client_id.in_(part))
                .order_by(KlantgroepKeuze.client_id, KlantgroepKeuze.decided_at.desc())
            ):
                deviates.setdefault(client_id, flag)
    audit.record_standalone(
        store,
        actor,
        audit.VIEW,
        entity="caseload",
        entity_id=staff_id,
        details={"klanten": len(rows)},
    )
    return [
        CaseloadClient(
            r.id,
            " ".join(p for p in (r.first_names, r.tussenvoegsel, r.surname) if p),
            r.birth_date,
            r.klantgroep or "",
            r.status,
            next_any.get(r.id),
            next_talk.get(r.id),
            tasks[r.id][0] if r.id in tasks else 0,
            tasks[r.id][1] if r.id in tasks else 0,
            tasks[r.id][2] if r.id in tasks else False,
            bool(deviates.get(r.id, False)),
        )
        for r in rows
    ]


@dataclass(frozen=True)
class Current:
    staff_id: uuid.UUID | None
    name: str
    still_here: bool


def current_klantmanager(store: Store, client_id: uuid.UUID) -> Current:
    """Who the client's klantmanager is now, and whether they still work here."""
    with store.reading() as session:
        row = session.execute(
            select(Staff.id, Staff.display_name, Staff.active, Staff.deleted_at)
            .join(Client, Client.klantmanager_id == Staff.id)
            .where(Client.id == client_id)
        ).first()
    if row is None:
        return Current(None, "", False)
    return Current(row.id, row.display_name, row.active and row.deleted_at is None)


def klantmanager_options(store: Store) -> list[tuple[uuid.UUID, str]]:
    """(id, name) of every active klantmanager, for a choice list."""
    with store.reading() as session:
        return sorted(
            ((s.id, s.name) for s in staff_infos(session, store, date.today())),
            key=lambda item: item[1],
        )
