"""Data in the shape of revision 0010_monitoring_tally: 0009's rows (the revision adds the
monitoring tally, filled from them by the migration)."""

from tests.beheer.migration_data import rev_0009_monitoring as base

ROWS = base.ROWS


def insert(connection) -> None:
    base.insert(connection)
