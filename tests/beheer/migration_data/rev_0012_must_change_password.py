"""Data in the shape of revision 0012_must_change_password: 0011's rows (the revision
adds a column to staff with a default)."""

from tests.beheer.migration_data import rev_0011_toegang_met_reden as base

ROWS = base.ROWS


def insert(connection) -> None:
    base.insert(connection)
