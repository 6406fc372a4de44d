"""Data in the shape of revision 0004_benefit_since: 0003's rows; the client has a
benefit start date."""

from tests.beheer.migration_data import rev_0003_kickoff as base

ROWS = base.ROWS


def insert(connection) -> None:
    base.insert(connection)
    connection.exec_driver_sql("UPDATE client SET benefit_since = '2025-03-01'")
