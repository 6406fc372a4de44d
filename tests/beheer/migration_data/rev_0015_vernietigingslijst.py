"""Data in the shape of revision 0015_vernietigingslijst: 0014's rows (the revision adds
the empty vernietigingslijst table)."""

from tests.beheer.migration_data import rev_0014_correctie as base

ROWS = base.ROWS


def insert(connection) -> None:
    base.insert(connection)
