"""The teamleider's "Caseloads" screen: per klantmanager the open clients by klantgroep
against the maximum, and "Klanten herverdelen": the clients of someone who leaves (or
without a klantmanager) and a preview of where each would go. The moves themselves are
``herverdeling.reassign_many``."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import func, select

from intake_desktop.db.models import CaseloadCount, Client, Staff
from intake_desktop.domain.client_status import IN_CARE
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.roles import TEAMLEIDER, Actor
from intake_desktop.domain.statuses import ClientStatus
from intake_desktop.domain.toewijzing import Candidate, rank
from intake_desktop.services.caseload.errors import NotTeamleider
from intake_desktop.services.caseload.toewijzing_inputs import chunks, needs_of, staff_infos
from intake_desktop.services.core import audit, reach
from intake_desktop.services.core.store import Store

NOBODY = QT_TRANSLATE_NOOP("toewijzing", "Zonder klantmanager")
# Redistributing shows names and what a client needs, and changes the klantmanager.
REDISTRIBUTE_PARTS = ("identiteit", "gesprekken")
UNASSIGNED_BATCH = 500  # clients without a klantmanager handed out per bulk assignment


# --- the overview ------------------------------------------------------------------------


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
    those who left but still have clients (their clients need someone else). Counts
    only, no client: for a teamleider, of the whole Werkplein."""
    if not actor.has(TEAMLEIDER):
        raise audit.refusal(store, actor, NotTeamleider())
    today = today or date.today()
    config = store.config.toewijzing
    with store.reading() as session:
        staff = staff_infos(session, store, today)
        per = _per_group(session)
        unassigned = _unassigned(session)
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


def _per_group(session) -> dict[uuid.UUID, dict[str, int]]:
    """Open clients per klantmanager and klantgroep, from the counts the database keeps."""
    per: dict[uuid.UUID, dict[str, int]] = defaultdict(dict)
    for km, group, n in session.execute(
        select(CaseloadCount.klantmanager_id, CaseloadCount.klantgroep, CaseloadCount.clients)
    ):
        if n:
            per[km][group] = n
    return per


def _unassigned(session) -> dict[str, int]:
    """Clients in intake or traject without a klantmanager, per klantgroep."""
    return {
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


# --- redistributing ---------------------------------------------------------------------


def client_ids_of(store: Store, actor: Actor, staff_id: uuid.UUID | None) -> list[uuid.UUID]:
    """The open clients of one klantmanager (also one who left), by name; with None the
    clients in intake or traject without a klantmanager, the first 500 by name. Only
    clients in the teamleider's reach (need to know: her team's, services/core/reach.py);
    a klantmanager of another team gives an empty list."""
    if not actor.has(TEAMLEIDER):
        raise audit.refusal(store, actor, NotTeamleider())
    if staff_id is None:
        where = (Client.klantmanager_id.is_(None), Client.status.in_(IN_CARE))
    else:
        where = (Client.klantmanager_id == staff_id, Client.status != ClientStatus.AFGESLOTEN)
    stmt = (
        select(Client.id)
        .where(*where, Client.deleted_at.is_(None))
        .order_by(Client.search_name, Client.first_names)
    )
    if staff_id is None:
        stmt = stmt.limit(UNASSIGNED_BATCH)
    with store.reading() as session:
        stmt = stmt.where(reach.condition(session, store, actor, *REDISTRIBUTE_PARTS))
        return list(session.scalars(stmt))


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
    stay together. Audited as a view of the listed clients. A client outside the
    teamleider's reach (need to know) is left out, as one that is gone."""
    if not actor.has(TEAMLEIDER):
        raise audit.refusal(store, actor, NotTeamleider())
    today = today or date.today()
    leaving = set(leaving)
    with store.reading() as session:
        inside = reach.in_reach(session, store, actor, client_ids, *REDISTRIBUTE_PARTS)
        client_ids = [c for c in client_ids if c in inside]
        staff = {s.id: s for s in staff_infos(session, store, today)}
        needs = needs_of(session, store, client_ids, today)
        clients = _clients(session, client_ids)
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


def _clients(session, client_ids: Sequence[uuid.UUID]) -> dict:
    """Name, klantgroep and klantmanager of each client, by id."""
    return {
        c.id: c
        for part in chunks(list(client_ids))
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
