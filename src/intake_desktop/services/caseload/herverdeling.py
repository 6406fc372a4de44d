"""Herverdeling: a teamleider moves many clients to other klantmanagers at once (someone
leaves or is ill), after a preview (services/caseload/caseloads.propose_reassignment).
One client at a time is ``toewijzing``; this uses its ``assign_in_session``."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from intake_desktop.db.models import Client
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.roles import TEAMLEIDER, Actor
from intake_desktop.domain.text import clean
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.caseload.errors import NotTeamleider
from intake_desktop.services.caseload.toewijzing import (
    ASSIGN_PART,
    assign_in_session,
    check_klantmanager,
)
from intake_desktop.services.core import audit, reach
from intake_desktop.services.core.store import Store


@dataclass(frozen=True)
class Move:
    client_id: uuid.UUID
    klantmanager_id: uuid.UUID
    suggested_id: uuid.UUID | None
    expected_current: uuid.UUID | None  # the klantmanager the preview was made with


@dataclass(frozen=True)
class Moved:
    moved: int
    skipped: int  # changed by a colleague after the preview: left alone


def reassign_many(store: Store, actor: Actor, moves: Sequence[Move], reason: str) -> Moved:
    """A teamleider moves many clients at once (someone leaves or is ill); one
    transaction, one history entry and audit row per client. A client a colleague
    reassigned after the preview is left alone and counted as skipped. Every client
    must be in her reach ("gesprekken", change): one that is not refuses the whole move
    (NoAccess, audited) before anything changes."""
    if not actor.has(TEAMLEIDER):
        raise audit.refusal(store, actor, NotTeamleider())
    if not clean(reason):
        raise ValidationFailed(
            {"reason": QT_TRANSLATE_NOOP("toewijzing", "Schrijf op waarom de klanten verhuizen.")}
        )
    now = utcnow()
    moved = skipped = 0
    with store.transaction() as session:
        reach.require_all(
            session,
            store,
            actor,
            [move.client_id for move in moves],
            ASSIGN_PART,
            change=True,
            what="herverdelen",
        )
        checked: dict = {}
        for move in moves:
            if move.klantmanager_id not in checked:
                checked[move.klantmanager_id] = check_klantmanager(
                    session, actor, move.klantmanager_id
                )
            if checked[move.klantmanager_id]:
                raise ValidationFailed({"target": checked[move.klantmanager_id]})
            client = session.get(Client, move.client_id)
            if (
                client is None
                or client.deleted_at is not None
                or client.klantmanager_id != move.expected_current
            ):
                skipped += 1
                continue
            moved += assign_in_session(
                session,
                store,
                actor,
                client,
                move.klantmanager_id,
                reason=clean(reason),
                suggested_id=move.suggested_id,
                now=now,
            )
    return Moved(moved, skipped)
