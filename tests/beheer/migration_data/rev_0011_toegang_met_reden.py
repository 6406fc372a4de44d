"""Data in the shape of revision 0011_toegang_met_reden: 0010's rows (the revision adds
an empty table for access with a reason)."""

from tests.beheer.migration_data import rev_0010_monitoring_tally as base

ROWS = base.ROWS


def insert(connection) -> None:
    base.insert(connection)
