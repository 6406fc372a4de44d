"""Data in the shape of revision 0017_logboek: 0016's rows (the revision adds the
Logboek's tables, its key and a trigger), and a task for a back office as 0017 made it:
for a role no account holds (0018 moves it to the teamleiders)."""

from tests.beheer.migration_data import rev_0001_initial as first
from tests.beheer.migration_data import rev_0016_vernietigd_dossier as base

ORPHAN_ID = "0" * 31 + "7"
ROWS = {**base.ROWS, "task": base.ROWS["task"] + 1}


def insert(connection) -> None:
    base.insert(connection)
    connection.exec_driver_sql(
        "INSERT INTO task (id, version, created_at, updated_at, client_id, kind, title, "
        "assigned_role, status, urgent) VALUES (?, 1, ?, ?, ?, 'schuldhulp_afspraak', "
        "'Afspraak schuldhulpverlening inplannen', 'schuldhulpverlening', 'open', 0)",
        (ORPHAN_ID, first.NOW, first.NOW, first.CLIENT_ID),
    )
