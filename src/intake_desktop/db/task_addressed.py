"""No open task is addressed to nobody (migration 0018): it is for a person, a team of
toewijzing.toml (a back office's werkvoorraad), or a role that accounts hold. A role
name no account can have ("schuldhulpverlening" before 0018) is refused by the database
itself, whatever path writes the row. The service side is services/core/tasks.address.

The roles are those of this version (domain/roles.ALL_ROLES); a version that adds a role
renews the check in its migration (``create_sql`` with its roles)."""

from __future__ import annotations

from collections.abc import Iterable

NAME = "task_addressed"


def _condition(prefix: str, roles: Iterable[str]) -> str:
    listed = ", ".join(f"'{role}'" for role in roles)
    return (
        f"{prefix}status <> 'open' OR {prefix}assigned_to IS NOT NULL "
        # COALESCE: a NULL role would make the whole test unknown, and a CHECK (or the
        # trigger's WHEN) lets unknown pass.
        f"OR {prefix}assigned_team IS NOT NULL OR COALESCE({prefix}assigned_role, '') "
        f"IN ({listed})"
    )


def create_sql(dialect: str, roles: Iterable[str]) -> list[str]:
    roles = tuple(roles)
    if dialect == "postgresql":
        return [f"ALTER TABLE task ADD CONSTRAINT ck_{NAME} CHECK ({_condition('', roles)})"]
    when = f"NOT ({_condition('NEW.', roles)})"
    message = "CHECK constraint failed: ck_task_addressed"
    return [
        f"""CREATE TRIGGER IF NOT EXISTS trg_{NAME}_insert BEFORE INSERT ON task
        WHEN {when} BEGIN SELECT RAISE(ABORT, '{message}'); END""",
        f"""CREATE TRIGGER IF NOT EXISTS trg_{NAME}_update BEFORE UPDATE ON task
        WHEN {when} BEGIN SELECT RAISE(ABORT, '{message}'); END""",
    ]


def drop_sql(dialect: str) -> list[str]:
    if dialect == "postgresql":
        return [f"ALTER TABLE task DROP CONSTRAINT IF EXISTS ck_{NAME}"]
    return [
        f"DROP TRIGGER IF EXISTS trg_{NAME}_insert",
        f"DROP TRIGGER IF EXISTS trg_{NAME}_update",
    ]


def orphans_to_teamleiders_sql(roles: Iterable[str]) -> str:
    """Open tasks for nobody (a role no account holds) go to the teamleiders, who pass
    them on (its title says what is to be done)."""
    listed = ", ".join(f"'{role}'" for role in roles)
    return (
        "UPDATE task SET assigned_role = 'teamleider' WHERE status = 'open' "
        "AND assigned_to IS NULL AND assigned_team IS NULL "
        f"AND (assigned_role IS NULL OR assigned_role NOT IN ({listed}))"
    )
