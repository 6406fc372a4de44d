"""The queries behind ``monitoring.overview``: one set-based GROUP BY per source, on
the indexes of migration 0009, with quarter boundaries computed in Python (range
predicates and CASE expressions work the same on SQLite and PostgreSQL). The definitions
of the figures are in the docstring of services/monitoring/figures.py."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import and_, case, func, or_, select, text

from intake_desktop.db.models import (
    Afsluiting,
    Appointment,
    Assessment,
    Client,
    InburgeringStap,
    IntakeRecord,
    KlantgroepKeuze,
    Trajectplan,
    TrajectplanActivity,
    TrajectplanGoal,
)
from intake_desktop.domain.client_status import IN_CARE
from intake_desktop.domain.quarters import Period, Quarter, local_midnight
from intake_desktop.domain.statuses import AppointmentStatus
from intake_desktop.services.core.store import Store
from intake_desktop.services.monitoring import tallied
from intake_desktop.services.monitoring.figures import (
    NO_GROUP,
    PARTICIPATION_RUNG,
    PROGRESS_KIND,
    WORDS,
    Overview,
    TargetResult,
)


def fill(session, store: Store, result: Overview, *, tally: bool = True) -> None:
    """Every figure of ``result.period`` into ``result``, in the caller's transaction:
    from the monitoring tally (services/monitoring/tallied.py) where it can, else (or
    with ``tally`` False) from the source tables with the queries below."""
    _caseload_now(session, store, result)
    if tally and tallied.fill(session, store, result):
        _targets(session, store, result, tallied.participation(session, result))
        return
    _group_history(session, result)
    _closures(session, store, result)
    _activities(session, result)
    _enforcement(session, store, result)
    _talks(session, store, result)
    _targets(session, store, result)


def _quarter_of(column, quarters: list[Quarter], moments: bool):
    """A CASE giving the quarter's index for a date (or UTC datetime) column, else NULL."""
    whens = []
    for i, q in enumerate(quarters):
        lo, hi = (local_midnight(q.start), local_midnight(q.end)) if moments else (q.start, q.end)
        whens.append((and_(column >= lo, column < hi), i))
    return case(*whens, else_=None)


def _in_period(column, period: Period, moments: bool):
    if moments:
        return and_(column >= local_midnight(period.start), column < local_midnight(period.end))
    return and_(column >= period.start, column < period.end)


def _add(target: dict, quarter: str, key, count: int) -> None:
    target.setdefault(quarter, defaultdict(int))[key] += count


def _caseload_now(session, store: Store, result: Overview) -> None:
    if store.staff_login:
        # Server mode: policy staff read no client row (row-level security); the server
        # counts for the monitoring roles (db/server/functions.py, caseload_now).
        rows = session.execute(text("SELECT grp, clients FROM intake_security.caseload_now()"))
    else:
        rows = session.execute(
            select(Client.klantgroep, func.count())
            .where(Client.status.in_(IN_CARE), Client.deleted_at.is_(None))
            .group_by(Client.klantgroep)
        )
    for group, count in rows:
        result.caseload_now[group or NO_GROUP] += count


def _boundaries(period: Period) -> list[date]:
    """Start of the period, then the end of each quarter (exclusive day)."""
    return [period.start] + [q.end for q in period.quarters]


def _group_history(session, result: Overview) -> None:
    """One pass over the klantgroep history: inflow, doorstroom and the spans that give
    the caseload at each boundary."""
    K = KlantgroepKeuze
    # In client order, then by time; two choices at the same moment (which the screens do
    # not make) in id order, as the monitoring tally orders them.
    window = {"partition_by": K.client_id, "order_by": (K.decided_at, K.id)}
    spans = (
        select(
            K.klantgroep.label("grp"),
            K.decided_at.label("at"),
            func.lag(K.klantgroep).over(**window).label("prev"),
            func.lead(K.decided_at).over(**window).label("until"),
        )
        .where(K.deleted_at.is_(None))
        .subquery()
    )
    period = result.period
    quarters = period.quarters
    q = _quarter_of(spans.c.at, quarters, moments=True).label("q")
    covers = []
    for day in _boundaries(period):
        moment = local_midnight(day)
        inside = and_(spans.c.at < moment, or_(spans.c.until.is_(None), spans.c.until >= moment))
        covers.append(func.sum(case((inside, 1), else_=0)))
    rows = session.execute(
        select(spans.c.grp, spans.c.prev, q, func.count(), *covers).group_by(
            spans.c.grp, spans.c.prev, q
        )
    )
    labels = [x.label for x in quarters]
    for group, prev, index, count, *at in rows:
        if at[0]:
            result.caseload_start[group] += at[0]
        for label, n in zip(labels, at[1:], strict=True):
            if n:
                _add(result.caseload_end, label, group, n)
        if index is None:
            continue
        label = labels[index]
        if prev is None:
            _add(result.inflow, label, group, count)
        elif prev != group:
            _add(result.through_in, label, group, count)
            _add(result.through_out, label, prev, count)
            _add(result.through, (prev, group), label, count)
    result.through = {key: dict(per) for key, per in result.through.items()}


def _closures(session, store: Store, result: Overview) -> None:
    """Outflow, other closures, placements per sector and the closed spans that are taken
    off the caseload at each boundary."""
    reasons = store.config.afsluiting.redenen if store.config.afsluiting else ()
    outflow = {r.code for r in reasons if r.uitstroom}
    work = {r.code for r in reasons if r.werk}
    B = Afsluiting
    period = result.period
    quarters = period.quarters
    q = _quarter_of(B.closed_on, quarters, moments=False).label("q")
    reopened = B.reopened_at.is_not(None)
    closed_at = []
    for day in _boundaries(period):
        inside = and_(
            B.closed_on < day, or_(B.reopened_at.is_(None), B.reopened_at >= local_midnight(day))
        )
        closed_at.append(func.sum(case((inside, 1), else_=0)))
    rows = session.execute(
        select(
            B.klantgroep, B.reason, B.sector, reopened.label("again"), q, func.count(), *closed_at
        )
        .where(B.deleted_at.is_(None), B.closed_on < period.end)
        .group_by(B.klantgroep, B.reason, B.sector, reopened, q)
    )
    labels = [x.label for x in quarters]
    for group, reason, sector, again, index, count, *at in rows:
        group = group or NO_GROUP
        if group != NO_GROUP:  # without a group the client was in no group's caseload
            result.caseload_start[group] -= at[0] or 0
            for label, n in zip(labels, at[1:], strict=True):
                if n:
                    _add(result.caseload_end, label, group, -n)
        if index is None or again:
            continue
        label = labels[index]
        if reason in outflow:
            _add(result.outflow, label, group, count)
        else:
            _add(result.closed_other, label, group, count)
        if reason in work:
            key = sector or WORDS["onbekende_sector"]
            _add(result.placements, key, label, count)
    result.placements = {k: dict(v) for k, v in result.placements.items()}


def _activities(session, result: Overview) -> None:
    A, G, P = TrajectplanActivity, TrajectplanGoal, Trajectplan
    period = result.period
    q = _quarter_of(A.starts_on, period.quarters, moments=False).label("q")
    rows = session.execute(
        select(Client.klantgroep, A.service_code, q, func.count())
        .select_from(A)
        .join(G, G.id == A.goal_id)
        .join(P, P.id == G.plan_id)
        .join(Client, Client.id == P.client_id)
        .where(
            _in_period(A.starts_on, period, moments=False),
            A.deleted_at.is_(None),
            G.deleted_at.is_(None),
            P.deleted_at.is_(None),
        )
        .group_by(Client.klantgroep, A.service_code, q)
    )
    labels = [x.label for x in period.quarters]
    for group, service, index, count in rows:
        group = group or NO_GROUP
        _add(result.activities, labels[index], group, count)
        result.activities_by_service.setdefault(service, defaultdict(int))[group] += count


def _enforcement(session, store: Store, result: Overview) -> None:
    S = InburgeringStap
    period = result.period
    q = _quarter_of(S.occurred_on, period.quarters, moments=False).label("q")
    where = (_in_period(S.occurred_on, period, moments=False), S.deleted_at.is_(None))
    labels = [x.label for x in period.quarters]
    order = (
        [p.code for p in store.config.inburgering.procedures] if store.config.inburgering else []
    )
    found: dict[tuple[str, str], dict[str, int]] = {}
    for procedure, index, count in session.execute(
        select(S.procedure, q, func.count(func.distinct(S.plicht_id)))
        .where(*where)
        .group_by(S.procedure, q)
    ):
        found.setdefault((procedure, WORDS["dossiers"]), {})[labels[index]] = count
    for procedure, decision, index, count, cents in session.execute(
        select(S.procedure, S.decision, q, func.count(), func.sum(S.amount_cents))
        .where(*where, S.decision.is_not(None))
        .group_by(S.procedure, S.decision, q)
    ):
        found.setdefault((procedure, decision), {})[labels[index]] = count
        if cents:
            result.fines_cents[labels[index]] += int(cents)
    rank = {code: i for i, code in enumerate(order)}
    result.enforcement = dict(
        sorted(
            found.items(),
            key=lambda kv: (rank.get(kv[0][0], 99), kv[0][1] != WORDS["dossiers"], kv[0][1]),
        )
    )


def _talks(session, store: Store, result: Overview) -> None:
    period = result.period
    labels = [x.label for x in period.quarters]
    kind = store.config.ambitie.progress_appointment_type if store.config.ambitie else PROGRESS_KIND
    q = _quarter_of(Appointment.starts_at, period.quarters, moments=True).label("q")
    for group, index, count in session.execute(
        select(Client.klantgroep, q, func.count())
        .select_from(Appointment)
        .join(Client, Client.id == Appointment.client_id)
        .where(
            Appointment.kind == kind,
            _in_period(Appointment.starts_at, period, moments=True),
            Appointment.status != AppointmentStatus.GEANNULEERD,
            Appointment.deleted_at.is_(None),
        )
        .group_by(Client.klantgroep, q)
    ):
        _add(result.talks_due, labels[index], group or NO_GROUP, count)
    R = IntakeRecord
    q = _quarter_of(R.conducted_at, period.quarters, moments=True).label("q")
    for group, index, count in session.execute(
        select(Client.klantgroep, q, func.count())
        .select_from(R)
        .join(Client, Client.id == R.client_id)
        .where(
            R.kind == PROGRESS_KIND,
            R.status == "afgerond",
            _in_period(R.conducted_at, period, moments=True),
            R.deleted_at.is_(None),
        )
        .group_by(Client.klantgroep, q)
    ):
        _add(result.talks_held, labels[index], group or NO_GROUP, count)


def _targets(session, store: Store, result: Overview, measured=None) -> None:
    doelen = store.config.doelen
    participation = [d.klantgroep for d in doelen if d.indicator == "participatie"]
    if measured is None:
        measured = _participation(session, result, participation)
    for d in doelen:
        if d.indicator == "participatie":
            up, total = measured.get(d.klantgroep, (0, 0))
        else:
            up = sum(result.per_quarter(result.outflow, d.klantgroep))
            total = (
                result.caseload_start.get(d.klantgroep, 0)
                + sum(result.per_quarter(result.inflow, d.klantgroep))
                + sum(result.per_quarter(result.through_in, d.klantgroep))
            )
        result.targets.append(
            TargetResult(d.klantgroep, d.indicator, up, total, d.doel_min, d.doel_max)
        )


def _participation(session, result: Overview, participation) -> dict[str, tuple[int, int]]:
    measured: dict[str, tuple[int, int]] = {}
    if participation:
        end = local_midnight(result.period.end)
        A, later = Assessment, Assessment.__table__.alias("later")
        newer = (
            select(later.c.id)
            .where(
                later.c.client_id == A.client_id,
                later.c.ladder_rung.is_not(None),
                later.c.deleted_at.is_(None),
                later.c.assessed_at < end,
                or_(
                    later.c.assessed_at > A.assessed_at,
                    and_(later.c.assessed_at == A.assessed_at, later.c.id > A.id),
                ),
            )
            .exists()
        )
        for group, total, up in session.execute(
            select(
                Client.klantgroep,
                func.count(),
                func.sum(case((A.ladder_rung >= PARTICIPATION_RUNG, 1), else_=0)),
            )
            .select_from(Client)
            .join(A, A.client_id == Client.id)
            .where(
                Client.status.in_(IN_CARE),
                Client.klantgroep.in_(participation),
                Client.deleted_at.is_(None),
                A.ladder_rung.is_not(None),
                A.deleted_at.is_(None),
                A.assessed_at < end,
                ~newer,
            )
            .group_by(Client.klantgroep)
        ):
            measured[group] = (int(up or 0), int(total))
    return measured
