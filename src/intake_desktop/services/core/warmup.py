"""Loading ahead what the first screens need, while the user types the password."""

from __future__ import annotations


def warm_up() -> None:
    """Import the password check and the models the main window reads first, and
    configure the mappers, so the first read does not pay for it."""
    import argon2  # noqa: F401  (the password check)
    from sqlalchemy.orm import configure_mappers

    from intake_desktop.db.models import Aanmelding, Client, Task  # noqa: F401

    configure_mappers()
