"""Data in the shape of revision 0018_overdracht: 0016's rows (0017's task for nobody
can no longer be written), a task for a back office team and its hand-over."""

from tests.beheer.migration_data import rev_0001_initial as first
from tests.beheer.migration_data import rev_0016_vernietigd_dossier as base

TEAM_TASK_ID = "0" * 31 + "8"
ROWS = {**base.ROWS, "task": base.ROWS["task"] + 1, "overdracht": 1}


def insert(connection) -> None:
    base.insert(connection)
    run = connection.exec_driver_sql
    run(
        "INSERT INTO task (id, version, created_at, updated_at, client_id, kind, title, "
        "assigned_team, status, urgent) VALUES (?, 1, ?, ?, ?, 'overdracht', "
        "'Schuldhulp', 'schuldhulpverlening', 'open', 0)",
        (TEAM_TASK_ID, first.NOW, first.NOW, first.CLIENT_ID),
    )
    run(
        "INSERT INTO overdracht (id, version, created_at, updated_at, client_id, soort, team, "
        "vraag, origin, status, sent_at, uitkomst, toelichting, task_id) VALUES (?, 1, ?, ?, "
        "?, 'backoffice', 'schuldhulpverlening', 'Schulden', 'aanmelding', 'verstuurd', ?, "
        "'', '', ?)",
        ("0" * 30 + "18", first.NOW, first.NOW, first.CLIENT_ID, first.NOW, TEAM_TASK_ID),
    )
