"""The monitoring tally the database keeps with triggers (migration 0010) agrees with a
recount from the source tables, whatever happens to the rows it counts (choices of a
klantgroep in any order, closures and reopenings, plans, steps, talks, ladder rungs,
clients changing group or leaving care; inserts of several rows in one statement, Core
updates and deletes), and the overview read from it equals the overview read from the
source tables. Runs on SQLite and PostgreSQL (the both_stores marker)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select, text, update

from intake_desktop.db import monitoring_tally, monitoring_tally_triggers
from intake_desktop.db.models import (
    Afsluiting,
    Appointment,
    Assessment,
    Client,
    Inburgeringsplicht,
    InburgeringStap,
    IntakeRecord,
    KlantgroepKeuze,
    Trajectplan,
    TrajectplanActivity,
    TrajectplanGoal,
)
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.quarters import Period, Quarter
from intake_desktop.services.monitoring import overview as monitoring
from intake_desktop.services.monitoring import queries as monitoring_queries
from intake_desktop.services.monitoring.figures import Overview

pytestmark = pytest.mark.both_stores  # every test here runs on SQLite and PostgreSQL

GROUPS = ["matchen", "groeien", "faciliteren", "zorgen"]
# Days around the quarter boundaries of the period, at local midnight or just before.
DAYS = [date(2024, 12, 31), date(2025, 1, 1), date(2025, 3, 31), date(2025, 4, 1)]
DAYS += [date(2025, 8, 15), date(2025, 10, 1), date(2026, 1, 1), date(2026, 2, 3)]
HOURS = [0, 10, 23]
PERIOD = Period(Quarter(2025, 1), Quarter(2025, 4))
SOURCES = [
    InburgeringStap,
    Inburgeringsplicht,
    TrajectplanActivity,
    TrajectplanGoal,
    Trajectplan,
    Appointment,
    IntakeRecord,
    Assessment,
    Afsluiting,
    KlantgroepKeuze,
    Client,
]
KINDS = [
    "keuze",
    "keuze_twee",
    "keuze_verzet",
    "keuze_weg",
    "sluit",
    "heropen",
    "sluit_weg",
    "groep",
    "status",
    "activiteit",
    "activiteit_verzet",
    "doel_weg",
    "plan_weg",
    "stap",
    "stap_besluit",
    "stap_weg",
    "afspraak",
    "afspraak_status",
    "gesprek",
    "gesprek_status",
    "trede",
    "trede_weg",
    "client_weg",
]
OPERATIONS = st.lists(
    st.tuples(
        st.sampled_from(KINDS),
        st.integers(0, 2),  # which client
        st.integers(0, len(DAYS) - 1),
        st.integers(0, len(HOURS) - 1),
        st.integers(0, 5),  # group, rung, status, reason ... (modulo)
        st.integers(0, 3),  # which row of that client
    ),
    min_size=1,
    max_size=30,
)


def moment(day_index: int, hour_index: int) -> datetime:
    return datetime.combine(DAYS[day_index], time(HOURS[hour_index])).astimezone()


def make_client(s, store, n: int) -> Client:
    client = Client(
        first_names="Test",
        surname="Teller",
        search_name="teller",
        birth_date=date(1990, 1, 1),
        gemeente_code=store.config.default_gemeente.code,
        status="in_traject",
        klantgroep=GROUPS[n % 4],
    )
    s.add(client)
    s.flush()
    return client


def rows_of(s, model, client_id, column="client_id"):
    return list(
        s.scalars(select(model.id).where(getattr(model, column) == client_id).order_by(model.id))
    )


def apply(s, store, ids: list, op) -> None:
    kind, which, day, hour, value, row = op
    if not ids or kind == "client_weg" and len(ids) < 2:
        ids.append(make_client(s, store, value).id)
        return
    cid = ids[which % len(ids)]
    at, on = moment(day, hour), DAYS[day]

    def pick(model, column="client_id"):
        found = rows_of(s, model, cid, column)
        return found[row % len(found)] if found else None

    def change(model, column="client_id", **values):
        target = pick(model, column)
        if target is not None:
            s.execute(update(model).where(model.id == target).values(**values))

    def remove(model, column="client_id"):
        target = pick(model, column)
        if target is not None:
            s.execute(delete(model).where(model.id == target))

    group = GROUPS[value % 4]
    kind_of_talk = store.config.ambitie.progress_appointment_type
    if kind == "keuze":
        s.add(KlantgroepKeuze(client_id=cid, klantgroep=group, decided_at=at))
    elif kind == "keuze_twee":  # one INSERT of two rows for the same client
        s.add_all(
            [
                KlantgroepKeuze(client_id=cid, klantgroep=group, decided_at=at),
                KlantgroepKeuze(
                    client_id=cid,
                    klantgroep=GROUPS[(value + 1) % 4],
                    decided_at=at - timedelta(days=40),
                ),
            ]
        )
    elif kind == "keuze_verzet":
        change(KlantgroepKeuze, decided_at=at, klantgroep=group)
    elif kind == "keuze_weg":
        if value % 2:
            change(KlantgroepKeuze, deleted_at=utcnow())
        else:
            remove(KlantgroepKeuze)
    elif kind == "sluit":
        reason = ["werk", "opleiding", "verhuisd", "anders"][value % 4]
        s.add(
            Afsluiting(
                client_id=cid,
                closed_on=on,
                reason=reason,
                klantgroep=None if value == 5 else group,
                sector="Bouw" if reason == "werk" and value % 2 else None,
            )
        )
    elif kind == "heropen":
        change(Afsluiting, reopened_at=None if value == 0 else at)
    elif kind == "sluit_weg":
        remove(Afsluiting)
    elif kind == "groep":
        s.execute(
            update(Client).where(Client.id == cid).values(klantgroep=None if value == 5 else group)
        )
    elif kind == "status":
        status = ["in_intake", "in_traject", "afgesloten", "aangemeld"][value % 4]
        values = {"status": status} if value < 4 else {"deleted_at": utcnow()}
        s.execute(update(Client).where(Client.id == cid).values(**values))
    elif kind == "activiteit":
        plan = Trajectplan(client_id=cid, status="afgerond")
        goal = TrajectplanGoal(domain_code="werk", description="Werk")
        plan.goals.append(goal)
        for n in range(1 + value % 3):
            goal.activities.append(
                TrajectplanActivity(
                    service_code=["werkfit", "stage"][n % 2],
                    provider_kind="intern",
                    starts_on=DAYS[(day + n) % len(DAYS)],
                )
            )
        s.add(plan)
    elif kind == "activiteit_verzet":
        plans = rows_of(s, Trajectplan, cid)
        if plans:
            goals = s.scalars(select(TrajectplanGoal.id).where(TrajectplanGoal.plan_id.in_(plans)))
            acts = list(
                s.scalars(
                    select(TrajectplanActivity.id)
                    .where(TrajectplanActivity.goal_id.in_(list(goals)))
                    .order_by(TrajectplanActivity.id)
                )
            )
            if acts:
                s.execute(
                    update(TrajectplanActivity)
                    .where(TrajectplanActivity.id == acts[row % len(acts)])
                    .values(starts_on=None if value == 5 else on, deleted_at=None)
                )
    elif kind == "doel_weg":
        plans = rows_of(s, Trajectplan, cid)
        if plans:
            s.execute(
                update(TrajectplanGoal)
                .where(TrajectplanGoal.plan_id == plans[row % len(plans)])
                .values(deleted_at=None if value % 2 else utcnow())
            )
    elif kind == "plan_weg":
        other = ids[(which + 1) % len(ids)]
        values = {"deleted_at": utcnow()} if value % 2 else {"client_id": other}
        change(Trajectplan, **values)
    elif kind in ("stap", "stap_besluit", "stap_weg"):
        plicht = pick(Inburgeringsplicht)
        if plicht is None:
            plicht_row = Inburgeringsplicht(
                client_id=cid, duty_since=date(2024, 1, 1), deadline=date(2027, 1, 1)
            )
            s.add(plicht_row)
            s.flush()
            plicht = plicht_row.id
        if kind == "stap":
            procedure = ["handhaven", "beboeten", "ontheffen"][value % 3]
            s.add(
                InburgeringStap(
                    plicht_id=plicht,
                    client_id=cid,
                    procedure=procedure,
                    step="signaal",
                    occurred_on=on,
                    decision=None if value < 2 else "Besluit",
                    amount_cents=25000 if procedure == "beboeten" else None,
                )
            )
        elif kind == "stap_besluit":
            change(InburgeringStap, decision=None if value == 0 else "Boete opgelegd")
        else:
            remove(InburgeringStap)
    elif kind == "afspraak":
        status = ["gepland", "gehouden", "geannuleerd"][value % 3]
        kinds = [kind_of_talk, kind_of_talk, "uitkeringsintake"]
        s.add(Appointment(client_id=cid, kind=kinds[row % 3], starts_at=at, status=status))
    elif kind == "afspraak_status":
        change(Appointment, status=["gepland", "gehouden", "geannuleerd"][value % 3], starts_at=at)
    elif kind == "gesprek":
        s.add(
            IntakeRecord(
                client_id=cid,
                kind="voortgangsgesprek" if value else "screening",
                status="afgerond" if value % 3 else "concept",
                conducted_at=at,
                summary="Gesprek",
            )
        )
    elif kind == "gesprek_status":
        change(IntakeRecord, status="afgerond" if value % 2 else "concept")
    elif kind == "trede":
        rung = None if value == 0 else value
        s.add(Assessment(client_id=cid, assessed_at=at, ladder_rung=rung))
    elif kind == "trede_weg":
        if value % 2:
            change(Assessment, ladder_rung=value)
        else:
            remove(Assessment)
    elif kind == "client_weg":
        for model in SOURCES[:-1]:
            if model in (TrajectplanGoal, TrajectplanActivity):
                continue
            if model is Trajectplan:
                for plan in rows_of(s, Trajectplan, cid):
                    goals = list(
                        s.scalars(select(TrajectplanGoal.id).where(TrajectplanGoal.plan_id == plan))
                    )
                    s.execute(
                        delete(TrajectplanActivity).where(TrajectplanActivity.goal_id.in_(goals))
                    )
                    s.execute(delete(TrajectplanGoal).where(TrajectplanGoal.plan_id == plan))
            s.execute(delete(model).where(model.client_id == cid))
        s.execute(delete(Client).where(Client.id == cid))
        ids.remove(cid)


def overview_both_ways(store) -> tuple[list, list]:
    out = []
    for tally in (True, False):
        result = Overview(
            period=PERIOD,
            computed_at=utcnow(),
            groups=[(g.code, g.naam, g.kleur) for g in store.config.klantgroepen],
        )
        monitoring._labels(store, result)
        with store.reading() as s:
            monitoring_queries.fill(s, store, result, tally=tally)
        out.append([(t.key, t.rows) for t in result.tables()])
    return out[0], out[1]


def empty(store) -> None:
    with store.transaction() as s:
        for model in SOURCES:
            s.execute(delete(model))


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(operations=OPERATIONS)
def test_the_tally_follows_every_change(store, operations):
    empty(store)
    ids: list = []
    for op in operations:
        with store.transaction() as s:
            apply(s, store, ids, op)
        with store.reading() as s:
            assert monitoring_tally.stored(s.connection()) == monitoring_tally.recount(
                s.connection()
            ), op
    tallied, counted = overview_both_ways(store)
    assert tallied == counted
    empty(store)
    with store.reading() as s:
        assert monitoring_tally.stored(s.connection()) == {}


def test_the_tally_triggers_are_in_the_migrated_store(store):
    dialect = store.engine.dialect.name
    with store.reading() as s:
        if dialect == "sqlite":
            names = set(s.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")))
        else:
            names = set(s.scalars(text("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")))
    assert monitoring_tally_triggers.trigger_names(dialect) <= names


def test_duties_of_different_clients_count_apart_and_a_refill_gives_the_same(store):
    empty(store)
    ids: list = []
    with store.transaction() as s:
        ids += [make_client(s, store, 0).id, make_client(s, store, 1).id]
    for n in range(2):
        with store.transaction() as s:  # a step in 2025-K3 and one in 2025-K2
            apply(s, store, ids, ("stap", n, 4 - n, 1, 2, 0))
    with store.reading() as s:
        kept = monitoring_tally.stored(s.connection())
        assert kept[("stap_dossiers", "2025-K3", "", "ontheffen")] == 1
        assert kept == monitoring_tally.recount(s.connection())
    with store.transaction() as s:
        apply(s, store, ids, ("stap", 1, 4, 1, 2, 0))  # the second client, same quarter
    with store.transaction() as s:
        connection = s.connection()
        assert (
            monitoring_tally.stored(connection)[("stap_dossiers", "2025-K3", "", "ontheffen")] == 2
        )
        kept = monitoring_tally.stored(connection)
        connection.execute(text("DELETE FROM monitoring_tally"))
        for statement in monitoring_tally.fill_sql(connection.dialect.name):
            connection.exec_driver_sql(statement)
        assert monitoring_tally.stored(connection) == kept
    tallied, counted = overview_both_ways(store)
    assert tallied == counted
    dossiers = dict(tallied)["handhaving"][0]  # ontheffen: duties with a step
    assert dossiers[2:6] == [0, 1, 2, 0]
