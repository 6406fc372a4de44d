"""The monitoring tally (migration 0010): counts per measure, time bucket, klantgroep and
label, kept by database triggers on the source tables, so the quarterly overview reads a
few small GROUP BYs instead of millions of rows (services/monitoring/tallied.py).

How the triggers keep it: every source row belongs to a *unit* (a client, or for the
enforcement steps a duty). A change to a row first takes the unit's whole contribution
off the tally (BEFORE trigger) and, after the change, adds the unit's contribution again
(AFTER trigger), both computed by the same SELECT (``contribution``). PostgreSQL runs
AFTER ROW triggers only at the end of a statement (an INSERT of several rows would mix
them up), so there one BEFORE trigger does both, reading the table as it will be (this
row left out or put in). Inserting a client needs no trigger: no row refers to it yet. So a choice of a
klantgroep inserted between two older ones, a closure that is reopened, a client that
changes group or leaves care, all come out right without special cases; a unit has a
handful of rows, so a trigger costs a few index lookups. The same SELECT without the unit
filter fills the tally (migration) and recounts it (tests). The triggers themselves are
made in db/monitoring_tally_triggers.py.

Buckets: dates (closed_on, starts_on, occurred_on) by quarter ("2026-K3"); moments (UTC)
by UTC hour ("2026-07-01 22"), so a quarter boundary at local midnight (a whole UTC hour
here) splits no bucket; the reader falls back to the source tables if it ever would.
Measures that are summed over all history (``TOTALLED``) also keep a row with bucket ""
for their all-time total.

Measures (``klantgroep`` "" = none; ``label`` as noted):

- ``keuze`` (hour of decided_at, group chosen, label = previous group or ``*`` for a
  first choice): one per KlantgroepKeuze, in client order by (decided_at, id).
- ``sluit`` / ``sluit_heropend`` (quarter of closed_on, klantgroep at closure,
  label = reason|sector): Afsluiting rows not reopened / reopened.
- ``heropend`` (hour of reopened_at, klantgroep at closure, label = quarter of closed_on).
- ``activiteit`` (quarter of starts_on, client's current klantgroep, label = service).
- ``stap_dossiers`` (quarter of occurred_on, "", label = procedure): duties with a step;
  ``stap_besluit`` (label = procedure|decision): steps with a decision; ``boete`` (n =
  amount in cents of the steps with a decision).
- ``gepland`` (hour of starts_at, client's current klantgroep, label = appointment kind):
  appointments not cancelled; ``gehouden`` (hour of conducted_at, label = record kind):
  intake records afgerond.
- ``trede`` (hour of assessed_at, current klantgroep of a client in care, label
  ``gemeten`` / ``hoog``): +1 ``gemeten`` at a client's first ladder measurement, and
  the change of "latest rung >= 3" at each later one (+1 / -1 ``hoog``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text

from intake_desktop.domain.client_status import IN_CARE
from intake_desktop.domain.statuses import AppointmentStatus

TABLE = "monitoring_tally"
TOTALLED = ("keuze", "trede")
FIRST = "*"  # label of a first klantgroep choice (no previous group)
HIGH_RUNG = 3
_CARE = ", ".join(f"'{s}'" for s in IN_CARE)


def _hour(column: str, dialect: str) -> str:
    if dialect == "sqlite":
        return f"substr({column}, 1, 13)"
    return f"to_char({column} AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24')"


def _quarter(column: str, dialect: str) -> str:
    if dialect == "sqlite":
        return (
            f"(substr({column}, 1, 4) || '-K' || "
            f"((CAST(substr({column}, 6, 2) AS INTEGER) + 2) / 3))"
        )
    return f"to_char({column}, 'YYYY\"-K\"Q')"


@dataclass(frozen=True)
class Family:
    """The measures of one unit kind, and the tables whose changes touch them."""

    name: str
    # table -> (SQL giving the unit of a row, with {row} for OLD/NEW; columns whose
    # update matters, None = any)
    tables: dict[str, tuple[str, tuple[str, ...] | None]]
    select: str  # contribution rows (measure, bucket, klantgroep, label, n); UNIT filter
    totals: bool = False


def _render(template: str, dialect: str, unit_col: str, unit: str | None) -> str:
    """Fill a template: H(col) and Q(col) buckets, UNIT for the unit filter."""
    out = re.sub(r"H\(([\w.]+)\)", lambda m: _hour(m.group(1), dialect), template)
    out = re.sub(r"Q\(([\w.]+)\)", lambda m: _quarter(m.group(1), dialect), out)
    return out.replace("UNIT", "1 = 1" if unit is None else f"{unit_col} = {unit}")


KEUZE = f"""
SELECT 'keuze' AS measure, b AS bucket, grp AS klantgroep, prev AS label, 1 AS n FROM (
  SELECT H(k.decided_at) AS b, k.klantgroep AS grp,
    coalesce(lag(k.klantgroep) OVER (PARTITION BY k.client_id
      ORDER BY k.decided_at, k.id), '{FIRST}') AS prev
  FROM klantgroep_keuze k
  WHERE UNIT AND k.deleted_at IS NULL AND k.decided_at IS NOT NULL
) keuzes
"""

SLUIT = """
SELECT CASE WHEN b.reopened_at IS NULL THEN 'sluit' ELSE 'sluit_heropend' END AS measure,
  Q(b.closed_on) AS bucket, coalesce(b.klantgroep, '') AS klantgroep,
  b.reason || '|' || coalesce(b.sector, '') AS label, 1 AS n
FROM beeindiging b WHERE UNIT AND b.deleted_at IS NULL AND b.closed_on IS NOT NULL
UNION ALL
SELECT 'heropend', H(b.reopened_at), coalesce(b.klantgroep, ''), Q(b.closed_on), 1
FROM beeindiging b WHERE UNIT AND b.deleted_at IS NULL AND b.closed_on IS NOT NULL
  AND b.reopened_at IS NOT NULL
"""

ACTIVITEIT = """
SELECT 'activiteit' AS measure, Q(a.starts_on) AS bucket,
  coalesce(c.klantgroep, '') AS klantgroep, a.service_code AS label, 1 AS n
FROM trajectplan p JOIN client c ON c.id = p.client_id
JOIN trajectplan_goal g ON g.plan_id = p.id
JOIN trajectplan_activity a ON a.goal_id = g.id
WHERE UNIT AND p.deleted_at IS NULL AND g.deleted_at IS NULL AND a.deleted_at IS NULL
  AND a.starts_on IS NOT NULL
"""

STAP = """
SELECT 'stap_dossiers' AS measure, q AS bucket, '' AS klantgroep, procedure AS label, 1 AS n
FROM (SELECT DISTINCT s.plicht_id, Q(s.occurred_on) AS q, s.procedure
  FROM inburgering_stap s WHERE UNIT AND s.deleted_at IS NULL AND s.occurred_on IS NOT NULL
) duties
UNION ALL
SELECT 'stap_besluit', Q(s.occurred_on), '', s.procedure || '|' || s.decision, 1
FROM inburgering_stap s WHERE UNIT AND s.deleted_at IS NULL AND s.occurred_on IS NOT NULL
  AND s.decision IS NOT NULL
UNION ALL
SELECT 'boete', Q(s.occurred_on), '', '', coalesce(s.amount_cents, 0)
FROM inburgering_stap s WHERE UNIT AND s.deleted_at IS NULL AND s.occurred_on IS NOT NULL
  AND s.decision IS NOT NULL
"""

GESPREK = f"""
SELECT 'gepland' AS measure, H(x.starts_at) AS bucket, coalesce(c.klantgroep, '') AS klantgroep,
  x.kind AS label, 1 AS n
FROM appointment x JOIN client c ON c.id = x.client_id
WHERE UNIT AND x.deleted_at IS NULL AND x.status != '{AppointmentStatus.GEANNULEERD}' AND x.starts_at IS NOT NULL
UNION ALL
SELECT 'gehouden', H(r.conducted_at), coalesce(c.klantgroep, ''), r.kind, 1
FROM intake_record r JOIN client c ON c.id = r.client_id
WHERE UNIT2 AND r.deleted_at IS NULL AND r.status = 'afgerond' AND r.conducted_at IS NOT NULL
"""

TREDE = f"""
SELECT 'trede' AS measure, b AS bucket, grp AS klantgroep,
  CASE WHEN w.z = 0 THEN 'gemeten' ELSE 'hoog' END AS label,
  CASE WHEN w.z = 0 THEN CASE WHEN rn = 1 THEN 1 ELSE 0 END
       ELSE up - coalesce(prev_up, 0) END AS n
FROM (
  SELECT H(a.assessed_at) AS b, coalesce(c.klantgroep, '') AS grp,
    CASE WHEN a.ladder_rung >= {HIGH_RUNG} THEN 1 ELSE 0 END AS up,
    lag(CASE WHEN a.ladder_rung >= {HIGH_RUNG} THEN 1 ELSE 0 END) OVER (
      PARTITION BY a.client_id ORDER BY a.assessed_at, a.id) AS prev_up,
    row_number() OVER (PARTITION BY a.client_id ORDER BY a.assessed_at, a.id) AS rn
  FROM assessment a JOIN client c ON c.id = a.client_id
  WHERE UNIT AND a.ladder_rung IS NOT NULL AND a.deleted_at IS NULL
    AND a.assessed_at IS NOT NULL AND c.status IN ({_CARE}) AND c.deleted_at IS NULL
) m, (SELECT 0 AS z UNION ALL SELECT 1) w
"""

_PLAN_CLIENT = "(SELECT client_id FROM trajectplan WHERE id = {row}.plan_id)"
_GOAL_CLIENT = (
    "(SELECT p.client_id FROM trajectplan_goal g JOIN trajectplan p ON p.id = g.plan_id "
    "WHERE g.id = {row}.goal_id)"
)

FAMILIES = [
    Family(
        "keuze",
        {
            "klantgroep_keuze": (
                "{row}.client_id",
                ("client_id", "klantgroep", "decided_at", "deleted_at"),
            )
        },
        KEUZE,
        totals=True,
    ),
    Family(
        "sluit",
        {
            "beeindiging": (
                "{row}.client_id",
                (
                    "client_id",
                    "closed_on",
                    "reason",
                    "klantgroep",
                    "sector",
                    "reopened_at",
                    "deleted_at",
                ),
            )
        },
        SLUIT,
    ),
    Family(
        "activiteit",
        {
            "trajectplan_activity": (
                _GOAL_CLIENT,
                ("goal_id", "service_code", "starts_on", "deleted_at"),
            ),
            "trajectplan_goal": (_PLAN_CLIENT, ("plan_id", "deleted_at")),
            "trajectplan": ("{row}.client_id", ("client_id", "deleted_at")),
            "client": ("{row}.id", ("klantgroep",)),
        },
        ACTIVITEIT,
    ),
    Family(
        "stap",
        {
            "inburgering_stap": (
                "{row}.plicht_id",
                ("plicht_id", "procedure", "occurred_on", "decision", "amount_cents", "deleted_at"),
            )
        },
        STAP,
    ),
    Family(
        "gesprek",
        {
            "appointment": (
                "{row}.client_id",
                ("client_id", "kind", "starts_at", "status", "deleted_at"),
            ),
            "intake_record": (
                "{row}.client_id",
                ("client_id", "kind", "status", "conducted_at", "deleted_at"),
            ),
            "client": ("{row}.id", ("klantgroep",)),
        },
        GESPREK,
    ),
    Family(
        "trede",
        {
            "assessment": (
                "{row}.client_id",
                ("client_id", "assessed_at", "ladder_rung", "deleted_at"),
            ),
            "client": ("{row}.id", ("klantgroep", "status", "deleted_at")),
        },
        TREDE,
        totals=True,
    ),
]

_UNIT_COLUMN = {
    "keuze": ("k.client_id", None),
    "sluit": ("b.client_id", None),
    "activiteit": ("p.client_id", None),
    "stap": ("s.plicht_id", None),
    "gesprek": ("x.client_id", "r.client_id"),
    "trede": ("a.client_id", None),
}


def contribution(family: Family, dialect: str, unit: str | None) -> str:
    """The SELECT of (measure, bucket, klantgroep, label, n) rows of one unit (an SQL
    expression) or, with ``unit`` None, of the whole store."""
    col, col2 = _UNIT_COLUMN[family.name]
    select = family.select
    if col2 is not None:
        select = select.replace("UNIT2", "1 = 1" if unit is None else f"{col2} = {unit}")
    sql = _render(select, dialect, col, unit)
    return sql


def apply_sql(
    family: Family,
    dialect: str,
    unit: str | None,
    sign: int,
    replace: tuple[str, str] | None = None,
) -> str:
    """INSERT ... ON CONFLICT adding ``sign`` times the contribution to the tally; with
    ``replace`` (table, subquery) the contribution reads that subquery for the table."""
    inner = contribution(family, dialect, unit)
    if replace is not None:
        table, subquery = replace
        inner = re.sub(rf"\b{table}\b(?= [a-z]\b)", f"({subquery})", inner)
    bucket = "bucket"
    cross = ""
    if family.totals:
        bucket = "CASE WHEN t.z = 1 THEN '' ELSE bucket END"
        cross = ", (SELECT 0 AS z UNION ALL SELECT 1) t"
    return f"""
INSERT INTO {TABLE} (measure, bucket, klantgroep, label, n)
SELECT measure, {bucket}, klantgroep, label, {sign} * sum(n)
FROM ({inner}) contrib{cross}
WHERE 1 = 1
GROUP BY measure, {bucket}, klantgroep, label
ON CONFLICT (measure, bucket, klantgroep, label)
DO UPDATE SET n = {TABLE}.n + excluded.n
"""


def fill_sql(dialect: str) -> list[str]:
    """Statements that fill an empty tally from the source tables."""
    return [apply_sql(f, dialect, None, 1) for f in FAMILIES]


def recount(connection) -> dict[tuple[str, str, str, str], int]:
    """The tally as the source tables give it now (nonzero rows only)."""
    dialect = connection.dialect.name
    out: dict[tuple[str, str, str, str], int] = {}
    for family in FAMILIES:
        sql = contribution(family, dialect, None)
        rows = connection.execute(
            text(
                f"SELECT measure, bucket, klantgroep, label, sum(n) FROM ({sql}) c "
                "GROUP BY measure, bucket, klantgroep, label"
            )
        )
        for measure, bucket, group, label, n in rows:
            keys = [bucket, ""] if family.totals else [bucket]
            for b in keys:
                key = (measure, b, group, label)
                out[key] = out.get(key, 0) + int(n)
    return {k: n for k, n in out.items() if n}


def stored(connection) -> dict[tuple[str, str, str, str], int]:
    rows = connection.execute(
        text(f"SELECT measure, bucket, klantgroep, label, n FROM {TABLE} WHERE n != 0")
    )
    return {(m, b, g, lab): int(n) for m, b, g, lab, n in rows}
