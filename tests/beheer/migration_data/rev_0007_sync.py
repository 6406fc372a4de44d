"""Data in the shape of revision 0007_sync: 0006's rows (the sync tables start empty)."""

from tests.beheer.migration_data import rev_0006_trajectplan as base

ROWS = base.ROWS


def insert(connection) -> None:
    base.insert(connection)
