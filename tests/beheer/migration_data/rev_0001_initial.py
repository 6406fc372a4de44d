"""Data in the shape of revision 0001_initial."""

STAFF_ID = "a" * 32
CLIENT_ID = "b" * 32
AANMELDING_ID = "c" * 32
TASK_ID = "d" * 32
NOW = "2026-01-05 09:30:00.000000"

ROWS = {
    "staff": 1,
    "staff_role": 1,
    "client": 1,
    "aanmelding": 1,
    "task": 1,
    "klantgroep_keuze": 1,
    "audit_event": 1,
    "appointment": 1,
}


def insert(connection) -> None:
    run = connection.exec_driver_sql
    run(
        "INSERT INTO staff (id, version, created_at, updated_at, username, display_name, "
        "password_hash, gemeente_code, active) VALUES (?, 1, ?, ?, 'km', 'Karin', 'x', "
        "'GM9999', 1)",
        (STAFF_ID, NOW, NOW),
    )
    run("INSERT INTO staff_role (staff_id, role) VALUES (?, 'klantmanager')", (STAFF_ID,))
    run(
        "INSERT INTO client (id, version, created_at, updated_at, bsn, first_names, surname, "
        "search_name, birth_date, postcode, house_number, gemeente_code, status, "
        "klantmanager_id, klantgroep) VALUES (?, 3, ?, ?, '999990019', 'Anaïs', 'Maës', "
        "'maes', '1980-03-05', '1234AB', '12', 'GM9999', 'in_traject', ?, 'groeien')",
        (CLIENT_ID, NOW, NOW, STAFF_ID),
    )
    run(
        "INSERT INTO aanmelding (id, version, created_at, updated_at, client_id, gemeente_code, "
        "channel, registered_at, question, route, status, urgent) VALUES (?, 1, ?, ?, ?, "
        "'GM9999', 'balie', ?, 'Werk gezocht', 'intake', 'afgerond', 0)",
        (AANMELDING_ID, NOW, NOW, CLIENT_ID, NOW),
    )
    run(
        "INSERT INTO task (id, version, created_at, updated_at, client_id, aanmelding_id, kind, "
        "title, assigned_to, status, urgent) VALUES (?, 1, ?, ?, ?, ?, 'bel', 'Bellen', ?, "
        "'open', 0)",
        (TASK_ID, NOW, NOW, CLIENT_ID, AANMELDING_ID, STAFF_ID),
    )
    run(
        "INSERT INTO klantgroep_keuze (id, version, created_at, updated_at, client_id, "
        "klantgroep, deviates_from_advice, reason, decided_at, decided_by) VALUES "
        "(?, 1, ?, ?, ?, 'groeien', 0, 'eigen keuze', ?, ?)",
        ("e" * 32, NOW, NOW, CLIENT_ID, NOW, STAFF_ID),
    )
    run(
        "INSERT INTO appointment (id, version, created_at, updated_at, client_id, kind, "
        "starts_at, location, staff_id, documents_to_bring, status) VALUES (?, 1, ?, ?, ?, "
        "'uitkeringsintake', ?, 'Werkplein', ?, 'Identiteitsbewijs', 'gepland')",
        ("1" * 32, NOW, NOW, CLIENT_ID, NOW, STAFF_ID),
    )
    run(
        "INSERT INTO audit_event (id, occurred_at, staff_id, username, roles, action, "
        "client_id, details, workstation) VALUES (?, ?, ?, 'km', 'klantmanager', 'bekijken', "
        "?, '{}', 'pc1')",
        ("f" * 32, NOW, STAFF_ID, CLIENT_ID),
    )
