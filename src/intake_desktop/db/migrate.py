"""Bring a store to the newest schema at start-up, after copying the database file.

Alembic is imported only when the store is not at the newest revision, so a normal
start-up does not pay for it.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text

from intake_desktop.db.engine import sqlite_path

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
# The newest revision; a test checks it equals Alembic's head.
HEAD_REVISION = "0018_overdracht"


class MigrationError(RuntimeError):
    """The migration did not finish; on SQLite nothing of it stayed (one transaction)."""


# Copies made before migrations, kept per store: a store that fails to start again and
# again must not fill the disk with a full copy per attempt.
KEEP_BACKUPS = 3


def current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def known_revisions() -> set[str]:
    """The revisions this version knows (each migration file is named after its own)."""
    return {path.stem for path in (MIGRATIONS_DIR / "versions").glob("0*.py")}


def alembic_config(connection: Connection | None = None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def backup_sqlite(db_file: Path, revision: str | None) -> Path:
    """A consistent copy (SQLite backup API, safe with WAL) next to the store."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = db_file.with_name(f"{db_file.stem}.voor-migratie-{revision or 'leeg'}-{stamp}.sqlite")
    source = sqlite3.connect(db_file)
    try:
        dest = sqlite3.connect(target)
        with dest:
            source.backup(dest)
        dest.close()
    finally:
        source.close()
    return target


def _copy_encrypted(engine: Engine, db_file: Path, revision: str | None) -> Path:
    """An encrypted store is copied as a file (it stays encrypted) after its log is
    written into it: plain sqlite3 cannot read it to make a backup."""
    import shutil

    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = db_file.with_name(
        f"{db_file.stem}.voor-migratie-{revision or 'leeg'}-{stamp}{db_file.suffix}"
    )
    shutil.copy2(db_file, target)
    return target


def upgrade(engine: Engine, revision: str = "head") -> Path | None:
    """Migrate to ``revision``; returns the backup file made first, if any."""
    with engine.connect() as connection:
        current = current_revision(connection)
    if revision == "head" and current == HEAD_REVISION:
        return None
    backup = None
    db_file = sqlite_path(str(engine.url))
    if db_file is not None and current is not None and db_file.exists():
        if engine.dialect.driver == "pysqlcipher":
            backup = _copy_encrypted(engine, db_file, current)
        else:
            backup = backup_sqlite(db_file, current)
        log.info("database copied to %s before migration", backup.name)
        prune_backups(db_file)
    try:
        _run_alembic(engine, revision)
    except MigrationError:
        raise
    except Exception as exc:
        log.error("migration from %s failed: %s", current, type(exc).__name__)
        raise MigrationError(f"{current or 'leeg'} -> {revision}: {type(exc).__name__}") from exc
    return backup


def backups_of(db_file: Path) -> list[Path]:
    """The copies made before migrations of this store, oldest first."""
    copies = db_file.parent.glob(f"{db_file.stem}.voor-migratie-*")
    return sorted(copies, key=lambda copy: (copy.stat().st_mtime, copy.name))


def prune_backups(db_file: Path, keep: int = KEEP_BACKUPS) -> None:
    for old in backups_of(db_file)[:-keep]:
        old.unlink(missing_ok=True)
        log.info("old copy %s removed", old.name)


def _run_alembic(engine: Engine, revision: str) -> None:
    """All of the migration or none of it. SQLite has transactional DDL, but Python's
    sqlite3 opens a transaction only before INSERT/UPDATE/DELETE: every CREATE, ALTER
    and DROP of a migration would commit on its own, and a kill between two would leave
    half a schema. So on SQLite the whole upgrade, batch table rebuilds and the new
    revision number included, runs in one explicit transaction; a kill or an error
    rolls it back and the next start finds the old schema whole."""
    from alembic import command

    is_sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        if is_sqlite:
            # Batch migrations recreate tables; with foreign keys on, that would
            # cascade-delete child rows. Must be set outside a transaction.
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        try:
            command.upgrade(alembic_config(connection), revision)
            if is_sqlite:
                problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise MigrationError(f"foreign key check failed in {len(problems)} rows")
            connection.commit()
        except BaseException:
            connection.rollback()
            raise
        finally:
            if is_sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                connection.commit()
