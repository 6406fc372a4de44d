"""Server mode: whether a row the server's row-level security hides from this staff
member exists, so that a service refuses (audited, "toegang met reden" where the role
may ask) instead of saying "does not exist". Owner functions in
db/server/lookups.py answer for ids the caller already holds; nothing else leaks."""

from __future__ import annotations

from sqlalchemy.orm import Session

from intake_desktop.services.core.store import Store


def hidden_client_exists(session: Session, store: Store, client_id) -> bool:
    """Server mode: a live client the server hides from this staff member."""
    from sqlalchemy import text

    return store.staff_login and bool(
        session.scalar(text("SELECT intake_security.client_exists(:id)"), {"id": client_id})
    )


def hidden_row(session: Session, store: Store, table: str, row_id) -> tuple[bool, object]:
    """Server mode: whether a live task, appointment, aanmelding or trajectplan exists
    that the server hides from this staff member, and its client (so the caller refuses,
    audited, instead of saying "does not exist")."""
    if not store.staff_login:
        return False, None
    from sqlalchemy import text

    found = session.execute(
        text("SELECT client_id FROM intake_security.hidden_row(:t, :id)"),
        {"t": table, "id": row_id},
    ).first()
    return (found is not None), (found[0] if found else None)
