"""Data in the shape of revision 0008_traject: 0007's rows (closures and the civic
integration duty start empty)."""

from tests.beheer.migration_data import rev_0007_sync as base

ROWS = base.ROWS


def insert(connection) -> None:
    base.insert(connection)
