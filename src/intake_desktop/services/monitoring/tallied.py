"""The quarterly overview read from the monitoring tally (migration 0010,
db/monitoring_tally.py): a few small GROUP BYs over counts the database keeps with
triggers, instead of the source tables. Every figure is the one defined in the docstring
of services/monitoring/figures.py; tests/monitoring/test_monitoring_tally.py checks this reader
against services/monitoring/queries.py (the source tables) on random data.

Moments are tallied per UTC hour; a quarter starts at local midnight, a whole UTC hour
here. Where a boundary is not (a time zone with a half-hour offset), ``fill`` returns
False and the caller reads the source tables instead.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date

from sqlalchemy import text

from intake_desktop.db.monitoring_tally import FIRST, TABLE
from intake_desktop.domain.quarters import Quarter, local_midnight
from intake_desktop.services.core.store import Store
from intake_desktop.services.monitoring.figures import NO_GROUP, PROGRESS_KIND, WORDS, Overview

AFTER = "after"


def _hour(day: date) -> str | None:
    moment = local_midnight(day).astimezone(UTC)
    if moment.minute or moment.second or moment.microsecond:
        return None
    return moment.strftime("%Y-%m-%d %H")


def _add(target: dict, quarter: str, key, count: int) -> None:
    target.setdefault(quarter, defaultdict(int))[key] += count


class _Reader:
    """The tally's rows for one period: per hour class (``hourly``: -1 the all-time
    total, i = in quarter i, len = after) or per quarter bucket (``quarterly``)."""

    def __init__(self, session, hours: list[str], labels: list[str]):
        self.session = session
        whens = " ".join(f"WHEN bucket < '{h}' THEN {i}" for i, h in enumerate(hours[1:]))
        self.klass = f"CASE WHEN bucket = '' THEN -1 {whens} ELSE {len(labels)} END"

    def hourly(self, measure: str, since: str, extra: str = "", **params):
        return self.session.execute(
            text(
                f"SELECT klantgroep, label, {self.klass} AS k, sum(n) FROM {TABLE} "
                f"WHERE measure = :m AND (bucket = '' OR bucket >= :since) {extra} "
                "GROUP BY 1, 2, 3"
            ),
            {"m": measure, "since": since, **params},
        ).all()

    def quarterly(self, measures: tuple[str, ...], until: str):
        names = ", ".join(f"'{m}'" for m in measures)
        return self.session.execute(
            text(
                f"SELECT measure, bucket, klantgroep, label, sum(n) FROM {TABLE} "
                f"WHERE measure IN ({names}) AND bucket < :until AND bucket != '' "
                "GROUP BY measure, bucket, klantgroep, label"
            ),
            {"until": until},
        ).all()


def fill(session, store: Store, result: Overview) -> bool:
    """Every figure but the caseload now into ``result``; False if the tally cannot
    give them exactly (see the module docstring)."""
    period = result.period
    days = [period.start] + [q.end for q in period.quarters]
    hours = [_hour(d) for d in days]
    if None in hours:
        return False
    quarters = [Quarter.of(d).label for d in days]  # quarter label of each boundary day
    labels = [q.label for q in period.quarters]
    reader = _Reader(session, hours, labels)
    _group_history(result, reader.hourly("keuze", hours[0]), labels, len(days))
    _closures(session, store, result, reader.quarterly, days, hours, quarters, labels)
    for _m, bucket, group, service, n in reader.quarterly(("activiteit",), quarters[-1]):
        if n and bucket in labels:
            group = group or NO_GROUP
            _add(result.activities, bucket, group, int(n))
            result.activities_by_service.setdefault(service, defaultdict(int))[group] += int(n)
    enforcement = reader.quarterly(("stap_dossiers", "stap_besluit", "boete"), quarters[-1])
    _enforcement(store, result, enforcement, labels)
    kind = store.config.ambitie.progress_appointment_type if store.config.ambitie else PROGRESS_KIND
    for measure, target, label in (
        ("gepland", result.talks_due, kind),
        ("gehouden", result.talks_held, PROGRESS_KIND),
    ):
        for group, _l, k, n in reader.hourly(measure, hours[0], "AND label = :l", l=label):
            if n and 0 <= k < len(labels):
                _add(target, labels[k], group or NO_GROUP, int(n))
    return True


def _group_history(result: Overview, rows, labels: list[str], boundaries: int) -> None:
    """Klantgroep history: inflow, doorstroom, and the caseload at each boundary as the
    all-time net minus the net of the choices at or after it."""
    total: dict[str, int] = defaultdict(int)
    later = [defaultdict(int) for _ in range(len(labels) + 1)]  # net per class
    for group, prev, k, n in rows:
        n = int(n)
        if not n:
            continue
        net = total if k == -1 else later[k]
        net[group] += n
        if prev != FIRST:
            net[prev] -= n
        if 0 <= k < len(labels):
            if prev == FIRST:
                _add(result.inflow, labels[k], group, n)
            elif prev != group:
                _add(result.through_in, labels[k], group, n)
                _add(result.through_out, labels[k], prev, n)
                _add(result.through, (prev, group), labels[k], n)
    result.through = {key: dict(per) for key, per in result.through.items()}
    for j in range(boundaries):
        at = dict(total)
        for k in range(j, len(later)):
            for group, n in later[k].items():
                at[group] = at.get(group, 0) + -n
        for group, n in at.items():
            if not n:
                continue
            if j == 0:
                result.caseload_start[group] += n
            else:
                _add(result.caseload_end, labels[j - 1], group, n)


def participation(session, result: Overview) -> dict[str, tuple[int, int]]:
    """Per group: (clients whose latest rung before the end is high, clients measured)."""
    end = _hour(result.period.end)
    rows = session.execute(
        text(
            f"SELECT klantgroep, label, CASE WHEN bucket = '' THEN 1 ELSE -1 END, sum(n) "
            f"FROM {TABLE} WHERE measure = 'trede' AND (bucket = '' OR bucket >= :end) "
            "GROUP BY 1, 2, 3"
        ),
        {"end": end},
    ).all()
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for group, label, sign, n in rows:
        counts[group][label] += int(sign) * int(n)
    return {g: (c["hoog"], c["gemeten"]) for g, c in counts.items() if c["gemeten"]}


def _closures(session, store, result, quarterly, days, hours, quarters, labels) -> None:
    reasons = store.config.afsluiting.redenen if store.config.afsluiting else ()
    outflow = {r.code for r in reasons if r.uitstroom}
    work = {r.code for r in reasons if r.werk}
    # Closed before each boundary day and not reopened before its moment.
    closed: dict[str, list[int]] = defaultdict(lambda: [0] * len(days))
    for group, hour, closed_quarter, n in session.execute(
        text(
            f"SELECT klantgroep, bucket, label, sum(n) FROM {TABLE} "
            "WHERE measure = 'heropend' AND label < :until GROUP BY klantgroep, bucket, label"
        ),
        {"until": quarters[-1]},
    ):
        for j in range(len(days)):
            if hour < hours[j] and closed_quarter < quarters[j]:
                closed[group][j] -= int(n)
    rows = quarterly(("sluit", "sluit_heropend"), quarters[-1])
    for _measure, bucket, group, _label, n in rows:
        for j in range(len(days)):
            if bucket < quarters[j]:
                closed[group][j] += int(n)
    for group, at in closed.items():
        group = group or NO_GROUP
        if group == NO_GROUP:  # without a group the client was in no group's caseload
            continue
        result.caseload_start[group] -= at[0]
        for label, n in zip(labels, at[1:], strict=True):
            if n:
                _add(result.caseload_end, label, group, -n)
    for measure, bucket, group, label, n in rows:
        if not n or bucket not in labels or measure == "sluit_heropend":
            continue
        group = group or NO_GROUP
        reason, _bar, sector = label.partition("|")
        if reason in outflow:
            _add(result.outflow, bucket, group, int(n))
        else:
            _add(result.closed_other, bucket, group, int(n))
        if reason in work:
            key = sector or WORDS["onbekende_sector"]
            _add(result.placements, key, bucket, int(n))
    result.placements = {k: dict(v) for k, v in result.placements.items()}


def _enforcement(store, result, rows, labels) -> None:
    order = (
        [p.code for p in store.config.inburgering.procedures] if store.config.inburgering else []
    )
    found: dict[tuple[str, str], dict[str, int]] = {}
    for measure, bucket, _g, label, n in rows:
        if not n or bucket not in labels:
            continue
        if measure == "stap_dossiers":
            found.setdefault((label, WORDS["dossiers"]), {})[bucket] = int(n)
        elif measure == "stap_besluit":
            procedure, _bar, decision = label.partition("|")
            found.setdefault((procedure, decision), {})[bucket] = int(n)
        else:
            result.fines_cents[bucket] += int(n)
    rank = {code: i for i, code in enumerate(order)}
    result.enforcement = dict(
        sorted(
            found.items(),
            key=lambda kv: (rank.get(kv[0][0], 99), kv[0][1] != WORDS["dossiers"], kv[0][1]),
        )
    )
