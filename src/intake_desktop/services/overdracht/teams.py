"""Who is in which team, and which teams a teamleider leads (toewijzing.toml ``onder``):
the membership the back-office werkvoorraad and its hand-overs depend on, read from the
store (not as the workstation says). The server applies the same rule in its
``intake_security.in_team``."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake_desktop.config.toewijzing import ToewijzingConfig
from intake_desktop.db.models import Staff, StaffRole
from intake_desktop.domain.roles import BACKOFFICE, TEAMLEIDER, Actor
from intake_desktop.services.core import access


def team_of(session: Session, staff_id) -> str | None:
    return session.scalar(select(Staff.team).where(Staff.id == staff_id))


def led_teams(session: Session, config: ToewijzingConfig, actor: Actor) -> tuple[str, ...] | None:
    """The teams whose work this teamleider sees: hers and those under it; ``None`` for a
    teamleider without a team (the whole Werkplein); ``()`` for anyone else."""
    if not access.holds(session, actor, TEAMLEIDER):
        return ()
    mine = team_of(session, actor.staff_id)
    return None if mine is None else config.led_with(mine)


def works_for(session: Session, config: ToewijzingConfig, actor: Actor, team: str | None) -> bool:
    """Whether a task of ``team`` is hers: she is in it, or leads it."""
    if team is None:
        return False
    if team_of(session, actor.staff_id) == team:
        return True
    led = led_teams(session, config, actor)
    return led is None or team in led


def members(session: Session, team: str) -> list[tuple[uuid.UUID, str]]:
    """The active members of a back office who work its hand-overs, by name."""
    rows = session.execute(
        select(Staff.id, Staff.display_name)
        .join(StaffRole, StaffRole.staff_id == Staff.id)
        .where(
            Staff.team == team,
            StaffRole.role == BACKOFFICE,
            Staff.active.is_(True),
            Staff.deleted_at.is_(None),
        )
        .order_by(Staff.display_name)
    )
    return [(staff_id, name) for staff_id, name in rows]
