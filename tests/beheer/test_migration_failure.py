"""A migration that fails (here: a table in the way) changes nothing, says what failed
and does not call the key wrong; the copies made before migrations are kept to the last
few, and those of an encrypted store stay encrypted."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from intake_desktop.db import migrate
from intake_desktop.db.engine import make_engine
from intake_desktop.services.core import local_store
from intake_desktop.services.core.errors import StoreNotUpdated
from tests.beheer.test_migration_kill import KEY, old_store, url_of

BEFORE = "0010_monitoring_tally"


def blocked_store(path, encrypted: bool):
    """A store one revision behind, with a table in the way of the next migration."""
    data = old_store(path, BEFORE, encrypted)
    engine = make_engine(url_of(path, encrypted))
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE toegang_met_reden (x INTEGER)")
    engine.dispose()
    return data


def state(path, encrypted: bool):
    engine = make_engine(url_of(path, encrypted))
    try:
        with engine.connect() as connection:
            return migrate.current_revision(connection), connection.execute(
                text("SELECT count(*) FROM client")
            ).scalar()
    finally:
        engine.dispose()


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_a_failed_migration_changes_nothing_and_says_what_failed(tmp_path, app_config, encrypted):
    if encrypted:
        pytest.importorskip("sqlcipher3")
    path = tmp_path / "intake.sqlite"
    data = blocked_store(path, encrypted)
    with pytest.raises(StoreNotUpdated) as failed:
        if encrypted:
            local_store.open_encrypted(path, KEY, app_config)
        else:
            local_store.open_local(path, app_config)
    message = str(failed.value)
    assert "kon de gegevens niet bijwerken (0010_monitoring_tally -> head: OperationalError)" in (
        message
    )
    assert "Er is niets verloren" in message and "sleutel" not in message
    assert state(path, encrypted) == (BEFORE, data.ROWS["client"])  # as it was


def test_only_a_wrong_key_is_called_a_wrong_key(tmp_path, app_config):
    pytest.importorskip("sqlcipher3")
    path = tmp_path / "intake.sqlite"
    blocked_store(path, encrypted=True)
    with pytest.raises(local_store.StoreKeyWrong):
        local_store.open_encrypted(path, "b2" * 32, app_config)


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_copies_before_migrations_are_kept_to_the_last_few(tmp_path, app_config, encrypted):
    if encrypted:
        pytest.importorskip("sqlcipher3")
    path = tmp_path / "intake.sqlite"
    blocked_store(path, encrypted)
    for _attempt in range(migrate.KEEP_BACKUPS + 3):  # a store that fails to start, often
        with pytest.raises(StoreNotUpdated):
            if encrypted:
                local_store.open_encrypted(path, KEY, app_config)
            else:
                local_store.open_local(path, app_config)
    copies = migrate.backups_of(path)
    assert len(copies) == migrate.KEEP_BACKUPS
    for copy in copies:
        assert local_store.is_plain(copy) is not encrypted  # encrypted stays encrypted
