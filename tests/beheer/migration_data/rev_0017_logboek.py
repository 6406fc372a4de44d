"""Data in the shape of revision 0017_logboek: 0016's rows (the revision adds the
Logboek's tables, its key and a trigger)."""

from tests.beheer.migration_data import rev_0016_vernietigd_dossier as base

ROWS = base.ROWS


def insert(connection) -> None:
    base.insert(connection)
