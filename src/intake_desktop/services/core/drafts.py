"""Autosaved form drafts: what a user typed survives a crash or a failed save."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select

from intake_desktop.db.models import Draft
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.roles import Actor
from intake_desktop.services.core.store import Store


def save_draft(store: Store, actor: Actor, form_key: str, data: dict) -> None:
    with store.transaction() as session:
        draft = session.get(Draft, (actor.staff_id, form_key))
        if draft is None:
            session.add(Draft(staff_id=actor.staff_id, form_key=form_key, data=data))
        else:
            draft.data = data
            draft.updated_at = utcnow()


def load_draft(store: Store, actor: Actor, form_key: str) -> tuple[dict, datetime] | None:
    with store.reading() as session:
        draft = session.scalar(
            select(Draft).where(Draft.staff_id == actor.staff_id, Draft.form_key == form_key)
        )
        return (dict(draft.data), draft.updated_at) if draft else None


def discard_draft(store: Store, actor: Actor, form_key: str) -> None:
    with store.transaction() as session:
        session.execute(
            delete(Draft).where(Draft.staff_id == actor.staff_id, Draft.form_key == form_key)
        )


def list_drafts(
    store: Store, actor: Actor, prefixes: tuple[str, ...]
) -> list[tuple[str, dict, datetime]]:
    """The actor's unfinished drafts whose key starts with one of ``prefixes``."""
    with store.reading() as session:
        rows = session.scalars(
            select(Draft).where(Draft.staff_id == actor.staff_id).order_by(Draft.updated_at)
        )
        return [
            (d.form_key, dict(d.data), d.updated_at)
            for d in rows
            if d.form_key.startswith(prefixes)
        ]
