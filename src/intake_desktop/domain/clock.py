"""The one clock of the program: aware UTC datetimes (shown in local time by the screens)."""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    return datetime.now(UTC)
