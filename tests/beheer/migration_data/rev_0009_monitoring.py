"""Data in the shape of revision 0009_monitoring: 0008's rows (the revision adds indexes
only)."""

from tests.beheer.migration_data import rev_0008_traject as base

ROWS = base.ROWS


def insert(connection) -> None:
    base.insert(connection)
