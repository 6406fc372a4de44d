"""Data in the shape of revision 0013_audit_chain: 0012's rows (the revision adds audit
columns with defaults and the audit_chain table, filled from the existing rows)."""

from tests.beheer.migration_data import rev_0012_must_change_password as base

ROWS = base.ROWS


def insert(connection) -> None:
    base.insert(connection)
