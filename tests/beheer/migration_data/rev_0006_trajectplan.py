"""Data in the shape of revision 0006_trajectplan: 0005's rows (plans gain a version
number, activities a description, signed versions their PDF)."""

from tests.beheer.migration_data import rev_0005_toewijzing as base

ROWS = base.ROWS


def insert(connection) -> None:
    base.insert(connection)
