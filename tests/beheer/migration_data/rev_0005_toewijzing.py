"""Data in the shape of revision 0005_toewijzing: 0004's rows; staff have a function."""

from tests.beheer.migration_data import rev_0004_benefit_since as base

ROWS = base.ROWS


def insert(connection) -> None:
    base.insert(connection)
    connection.exec_driver_sql("UPDATE staff SET functie = 'werkcoach'")
