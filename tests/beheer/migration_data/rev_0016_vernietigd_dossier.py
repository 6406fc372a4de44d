"""Data in the shape of revision 0016_vernietigd_dossier: 0015's rows (the revision adds
the empty vernietigd_dossier table and a trigger)."""

from tests.beheer.migration_data import rev_0015_vernietigingslijst as base

ROWS = base.ROWS


def insert(connection) -> None:
    base.insert(connection)
