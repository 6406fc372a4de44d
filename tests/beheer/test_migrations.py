"""Migrations: an empty store and a store with data from every earlier revision reach
the newest schema, with nothing lost and the file copied first."""

from __future__ import annotations

import importlib

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from intake_desktop.db import (
    migrate,
    models,  # noqa: F401
)
from intake_desktop.db.base import Base
from intake_desktop.db.engine import make_engine


def revisions() -> list[str]:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def test_head_constant_matches_alembic():
    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert script.get_current_head() == migrate.HEAD_REVISION


def assert_schema_matches_models(engine):
    models.load_all()
    with engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []


def test_empty_store_upgrades_to_a_schema_equal_to_the_models(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'leeg.sqlite'}")
    assert migrate.upgrade(engine) is None  # nothing to copy in an empty store
    with engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.HEAD_REVISION
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    assert_schema_matches_models(engine)
    assert migrate.upgrade(engine) is None  # at head: no work, no copy


@pytest.mark.parametrize("revision", revisions())
def test_data_from_every_revision_survives_the_upgrade(tmp_path, revision):
    data = importlib.import_module(f"tests.beheer.migration_data.rev_{revision}")
    path = tmp_path / "store.sqlite"
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, revision)
    with engine.begin() as connection:
        data.insert(connection)
    backup = migrate.upgrade(engine)
    if revision != migrate.HEAD_REVISION:
        assert backup is not None and backup.exists()
    with engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.HEAD_REVISION
        for table, count in data.ROWS.items():
            assert connection.execute(text(f"SELECT count(*) FROM {table}")).scalar() == count
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert_schema_matches_models(engine)


def test_every_revision_has_data_for_the_test():
    for revision in revisions():
        importlib.import_module(f"tests.beheer.migration_data.rev_{revision}")


def test_open_tasks_for_nobody_go_to_the_teamleiders(tmp_path):
    """0018: a task 0017 addressed to a role no account holds (a back office before
    teams) lands with the teamleiders; from then on the store refuses such a task."""
    from tests.beheer.migration_data import rev_0017_logboek as data

    engine = make_engine(f"sqlite:///{tmp_path / 'store.sqlite'}")
    migrate.upgrade(engine, "0017_logboek")
    with engine.begin() as connection:
        data.insert(connection)
    migrate.upgrade(engine)
    with engine.connect() as connection:
        role = connection.execute(
            text("SELECT assigned_role FROM task WHERE id = :id"), {"id": data.ORPHAN_ID}
        ).scalar()
        assert role == "teamleider"
    with pytest.raises(Exception, match="ck_task_addressed"), engine.begin() as connection:
        connection.execute(text("UPDATE task SET assigned_role = NULL WHERE id = :id"),
                           {"id": data.ORPHAN_ID})  # fmt: skip
