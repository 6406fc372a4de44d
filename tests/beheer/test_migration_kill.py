"""A migration killed at any moment (SIGKILL: a power cut, Taakbeheer) leaves a store
that starts: the next start finds the old schema or the new one, never half of one, and
loses no committed row. Stores with data from every earlier revision, plain and
encrypted, 30 rounds each, killed at a random moment of the migration."""

from __future__ import annotations

import importlib
import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from intake_desktop.db import migrate
from intake_desktop.db.engine import make_engine
from intake_desktop.services.core import local_store
from intake_desktop.services.core.store import Store
from tests.beheer.test_migrations import revisions

ROUNDS = 30
CHILD = Path(__file__).resolve().parents[1] / "support" / "migrate_child.py"
ROOT = Path(__file__).resolve().parents[2]
KEY = "a1" * 32  # fictional data: the key need not be secret


def url_of(path: Path, encrypted: bool) -> str:
    if encrypted:
        from intake_desktop.db.encrypted import encrypted_url

        return encrypted_url(path, KEY)
    return f"sqlite:///{path.as_posix()}"


def old_store(path: Path, revision: str, encrypted: bool):
    """A store at ``revision`` with that revision's test data; returns the data module."""
    data = importlib.import_module(f"tests.beheer.migration_data.rev_{revision}")
    engine = make_engine(url_of(path, encrypted))
    migrate.upgrade(engine, revision)
    with engine.begin() as connection:
        data.insert(connection)
    engine.dispose()
    return data


def start_child(url: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "src")])}
    child = subprocess.Popen(
        [sys.executable, str(CHILD), url], stdout=subprocess.PIPE, text=True, env=env
    )
    assert child.stdout.readline().strip() == "begin"
    return child


def migration_time(tmp_path: Path, revision: str, encrypted: bool) -> float:
    path = tmp_path / f"maat-{revision}.sqlite"
    old_store(path, revision, encrypted)
    child = start_child(url_of(path, encrypted))
    done = child.stdout.readline().split()
    child.wait(timeout=60)
    return float(done[1])


def start_again(path: Path, encrypted: bool, config) -> Store:
    """The next start, as the program does it (an encrypted single-PC store through
    services/core/local_store, which must not call a half-migrated store's key wrong)."""
    if encrypted:
        return local_store.open_encrypted(path, KEY, config)
    return Store.open(url_of(path, False), config)


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_a_migration_killed_at_any_moment_leaves_a_store_that_starts(
    tmp_path, app_config, encrypted
):
    if encrypted:
        pytest.importorskip("sqlcipher3", reason="the laptop extra is not installed")
    earlier = revisions()[:-1]
    spans = {r: migration_time(tmp_path, r, encrypted) for r in earlier[:: len(earlier) - 1]}
    span = max(spans.values()) * 1.2
    rng = random.Random(1500 + encrypted)
    killed_during = 0
    for number in range(ROUNDS):
        revision = earlier[number % len(earlier)]
        path = tmp_path / f"ronde-{number}.sqlite"
        data = old_store(path, revision, encrypted)
        child = start_child(url_of(path, encrypted))
        time.sleep(rng.uniform(0, span))
        child.kill()
        out, _ = child.communicate(timeout=30)
        killed_during += "klaar" not in out
        store = start_again(path, encrypted, app_config)  # must start, whatever the moment
        try:
            with store.engine.connect() as connection:
                assert migrate.current_revision(connection) == migrate.HEAD_REVISION
                for table, rows in data.ROWS.items():
                    found = connection.execute(text(f"SELECT count(*) FROM {table}")).scalar()
                    assert found == rows, (number, revision, table)
                assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        finally:
            store.close()
            store.engine.dispose()
    assert killed_during >= ROUNDS // 2, "most kills must land inside the migration"
