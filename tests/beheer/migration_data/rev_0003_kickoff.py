"""Data in the shape of revision 0003_kickoff: 0001's rows plus a kick-off session with a
booking and an appointment at the client's home."""

from tests.beheer.migration_data import rev_0001_initial as base

ROWS = {**base.ROWS, "kickoff_session": 1, "kickoff_booking": 1, "appointment": 2}


def insert(connection) -> None:
    base.insert(connection)
    run = connection.exec_driver_sql
    run(
        "INSERT INTO kickoff_session (id, version, created_at, updated_at, klantgroep, "
        "starts_at, location, trainer, capacity) VALUES (?, 1, ?, ?, 'groeien', ?, "
        "'Werkplein, zaal 2', 'Tom Trainer', 12)",
        ("2" * 32, base.NOW, base.NOW, base.NOW),
    )
    run(
        "INSERT INTO kickoff_booking (id, version, created_at, updated_at, session_id, "
        "client_id, status) VALUES (?, 1, ?, ?, ?, ?, 'uitgenodigd')",
        ("3" * 32, base.NOW, base.NOW, "2" * 32, base.CLIENT_ID),
    )
    run(
        "INSERT INTO appointment (id, version, created_at, updated_at, client_id, kind, "
        "starts_at, location, documents_to_bring, status, at_home) VALUES (?, 1, ?, ?, ?, "
        "'voortgangsgesprek', ?, 'Bij de klant thuis', '', 'gepland', 1)",
        ("4" * 32, base.NOW, base.NOW, base.CLIENT_ID, base.NOW),
    )
