"""Monitoring (Deventer, Inzet op maat §5): counts per klantgroep and quarter, for a
teamleider, beleidsmedewerker or beheerder. What each figure counts is written out in
services/monitoring/figures.py; the exports to CSV and Excel are in exports.py.

Where the figures come from: the caseload now from ``client`` (an index-only count);
everything else from ``monitoring_tally``, counts per measure, quarter (for dates) or
UTC hour (for moments), klantgroep and label that database triggers on the source tables
keep up to date (migration 0010, db/monitoring_tally.py, read by
services/monitoring/tallied.py): a few small GROUP BYs, about 0.2 s on 250,000 clients
and 2.1 million events (bench/bench_monitoring.py). services/monitoring/queries.py holds
the same figures as queries over the source tables; it is used when a quarter boundary
does not fall on a whole UTC hour, and tests/monitoring/test_monitoring_tally.py checks both agree.
"Current klantgroep" in the definitions stays current: a client's change of group moves
its activities and talks in the tally (a trigger on ``client``), it is not the group at
the time the row was stored.
"""

from __future__ import annotations

from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.quarters import Period, default_period
from intake_desktop.domain.roles import BEHEERDER, BELEIDSMEDEWERKER, TEAMLEIDER, Actor
from intake_desktop.services.core import audit
from intake_desktop.services.core.store import Store
from intake_desktop.services.monitoring import queries
from intake_desktop.services.monitoring.errors import MonitoringNotAllowed
from intake_desktop.services.monitoring.figures import Overview

MONITORING_ROLES = (TEAMLEIDER, BELEIDSMEDEWERKER, BEHEERDER)


def check_allowed(store: Store, actor: Actor) -> None:
    if not actor.has(*MONITORING_ROLES):
        raise audit.refusal(store, actor, MonitoringNotAllowed())


def overview(store: Store, actor: Actor, period: Period | None = None) -> Overview:
    """The figures of ``period`` (default: the last four quarters). Audited as a view of
    the monitoring, with the period only."""
    check_allowed(store, actor)
    period = period or default_period()
    config = store.config
    result = Overview(
        period=period,
        computed_at=utcnow(),
        groups=[(g.code, g.naam, g.kleur) for g in config.klantgroepen],
    )
    _labels(store, result)
    with store.transaction() as session:
        queries.fill(session, store, result)
        audit.record(
            session,
            actor,
            audit.VIEW,
            workstation=store.workstation,
            entity="monitoring",
            details={"periode": [period.first.label, period.last.label]},
        )
    return result


def _labels(store: Store, result: Overview) -> None:
    """The names of the codes the tables show (services, procedures, sectors in order)."""
    config = store.config
    for product in config.producten:
        result.labels[product.code] = product.naam
    if config.inburgering:
        for p in config.inburgering.procedures:
            result.labels[f"procedure:{p.code}"] = p.naam
    if config.afsluiting:
        result.labels["sectoren_volgorde"] = "\n".join(config.afsluiting.sectoren)
