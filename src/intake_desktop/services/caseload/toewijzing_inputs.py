"""The inputs of the klantmanager ranking (``domain.toewijzing.rank``), gathered in a
few set-based queries: every klantmanager with function, expertise, caseload and coming
absence (``staff_infos``), and what each client needs (``needs_of``, for one client or
for the hundreds of a bulk preview). Call inside a session; no Qt."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from sqlalchemy import and_, func, select

from intake_desktop.db.models import (
    Aanmelding,
    CaseloadCount,
    Client,
    IntakeDomainAnswer,
    IntakeRecord,
    KlantmanagerToewijzing,
    Staff,
    StaffAbsence,
    StaffExpertise,
    StaffRole,
)
from intake_desktop.domain.roles import KLANTMANAGER
from intake_desktop.domain.statuses import ClientStatus
from intake_desktop.domain.toewijzing import ClientNeeds, StaffInfo, age_on
from intake_desktop.services.agenda.free_slots import days_away  # noqa: F401 (callers)
from intake_desktop.services.core.store import Store

LOW_SCORE = 2  # an ambitiegesprek score of 1 or 2 on a domain counts as a need
CHUNK = 500  # ids per IN (...) list


def chunks(ids: Sequence) -> Iterable[Sequence]:
    """``ids`` in slices short enough for one IN (...) list."""
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


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


def needs_of(session, store: Store, client_ids: Sequence[uuid.UUID], today: date):
    """ClientNeeds per client: klantgroep, needs from the latest quickscan and
    ambitiegesprek, age, earlier klantmanagers, and the household's klantmanagers."""
    found: dict[uuid.UUID, dict] = {}
    household_of: dict[uuid.UUID, uuid.UUID] = {}
    for part in chunks(list(client_ids)):
        _client_facts(session, store, part, today, found, household_of)
        _latest_talks(session, part, found)
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
    _household_klantmanagers(session, household_of, found)
    return {
        client_id: ClientNeeds(
            **{k: frozenset(v) if isinstance(v, set) else v for k, v in d.items()}
        )
        for client_id, d in found.items()
    }


def _client_facts(session, store: Store, part, today: date, found: dict, household_of: dict):
    """What the client row itself says (klantgroep, age, household)."""
    for c in session.execute(
        select(Client.id, Client.klantgroep, Client.birth_date, Client.household_id).where(
            Client.id.in_(part)
        )
    ):
        group = store.config.klantgroep(c.klantgroep) if c.klantgroep else None
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


def _latest_talks(session, part, found: dict) -> None:
    """Routes, obstacles and needy domains from the latest quickscan and ambitiegesprek
    per client."""
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
    if not record_client:
        return
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


def _household_klantmanagers(session, household_of: dict, found: dict) -> None:
    """The klantmanagers of the other open members of each client's household."""
    households = sorted(set(household_of.values()))
    if not households:
        return
    members: dict[uuid.UUID, set] = defaultdict(set)
    for part in chunks(households):
        for row in session.execute(
            select(Client.id, Client.household_id, Client.klantmanager_id).where(
                Client.household_id.in_(part),
                Client.klantmanager_id.is_not(None),
                Client.status != ClientStatus.AFGESLOTEN,
                Client.deleted_at.is_(None),
            )
        ):
            members[row.household_id].add((row.id, row.klantmanager_id))
    for client_id, household in household_of.items():
        found[client_id]["household_klantmanagers"] = {
            km for member, km in members.get(household, ()) if member != client_id
        }
