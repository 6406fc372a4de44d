"""Data in the shape of revision 0014_correctie: 0013's rows (the revision adds the
empty correctie table)."""

from tests.beheer.migration_data import rev_0013_audit_chain as base

ROWS = base.ROWS


def insert(connection) -> None:
    base.insert(connection)
