"""The caseload counts the database keeps with triggers agree with counting the clients,
whatever happens to them (assign, move, change group, close, delete, remove)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, func, select, text, update

from intake_desktop.db.models import CaseloadCount, Client
from intake_desktop.domain.clock import utcnow
from tests.support.caseload import klantmanager

pytestmark = pytest.mark.both_stores  # every test here runs on SQLite and PostgreSQL

GROUPS = st.sampled_from([None, "matchen", "groeien", "faciliteren", "zorgen"])
STATUSES = st.sampled_from(["aangemeld", "in_intake", "in_traject", "afgesloten"])
OPERATIONS = st.lists(
    st.tuples(
        st.sampled_from(["insert", "assign", "group", "status", "soft_delete", "delete"]),
        st.integers(0, 5),  # which client
        st.integers(0, 2),  # which klantmanager (2 = none)
        GROUPS,
        STATUSES,
    ),
    min_size=1,
    max_size=25,
)


def counted(session) -> dict:
    rows = session.execute(
        select(CaseloadCount.klantmanager_id, CaseloadCount.klantgroep, CaseloadCount.clients)
    )
    return {(km, group): n for km, group, n in rows if n}


def recount(session) -> dict:
    rows = session.execute(
        select(Client.klantmanager_id, Client.klantgroep, func.count())
        .where(
            Client.klantmanager_id.is_not(None),
            Client.status != "afgesloten",
            Client.deleted_at.is_(None),
        )
        .group_by(Client.klantmanager_id, Client.klantgroep)
    )
    return {(km, group or ""): n for km, group, n in rows}


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(operations=OPERATIONS)
def test_counts_follow_every_change(store, beheerder, operations):
    with store.transaction() as s:
        s.execute(delete(Client))
    if not hasattr(store, "_test_kms"):  # the store lives across examples: make them once
        store._test_kms = [klantmanager(store, beheerder, f"km{n}") for n in range(2)]
    staff = [*store._test_kms, None]
    ids = []
    for op, which, km_index, group, status in operations:
        with store.transaction() as s:
            if op == "insert" or not ids:
                c = Client(
                    first_names="Test",
                    surname="Teller",
                    search_name="teller",
                    birth_date=date(1990, 1, 1),
                    gemeente_code=store.config.default_gemeente.code,
                    status=status,
                    klantgroep=group,
                    klantmanager_id=staff[km_index],
                )
                s.add(c)
                s.flush()
                ids.append(c.id)
                continue
            client_id = ids[which % len(ids)]
            changes = {
                "assign": {"klantmanager_id": staff[km_index]},
                "group": {"klantgroep": group},
                "status": {"status": status},
                "soft_delete": {"deleted_at": utcnow()},
            }
            if op == "delete":
                s.execute(delete(Client).where(Client.id == client_id))
                ids.remove(client_id)
            else:
                # Core UPDATE, as an import or a script would: the triggers still count.
                s.execute(update(Client).where(Client.id == client_id).values(**changes[op]))
        with store.reading() as s:
            assert counted(s) == recount(s)


def test_the_triggers_are_in_the_migrated_store(store):
    with store.reading() as s:
        if store.engine.dialect.name == "sqlite":
            names = set(s.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")))
            assert {"trg_caseload_insert", "trg_caseload_update", "trg_caseload_delete"} <= names
        else:
            names = set(s.scalars(text("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")))
            assert "trg_caseload" in names
