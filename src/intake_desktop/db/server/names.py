"""The names server mode gives roles and schemas, and what each table holds.

- the owner role (``intake_eigenaar`` unless ``server init`` is told otherwise) owns
  the schema and runs migrations; nobody works as it;
- a group role per program role (``intake_klantmanager`` ...), and ``intake_medewerker``
  that every staff member is in;
- a login role per staff member, named as their username in the program.
"""

from __future__ import annotations

import re

from intake_desktop.domain.roles import ALL_ROLES

OWNER = "intake_eigenaar"
STAFF_GROUP = "intake_medewerker"
SCHEMA = "intake_security"  # functions and the server's copy of toegang.toml
PREFIX = "intake_"
# What the staff table holds in server mode instead of a password hash: PostgreSQL
# checks the password (SCRAM), the program keeps none.
NO_HASH = "!postgresql"


def group_of(role_code: str) -> str:
    return PREFIX + role_code


GROUPS = tuple(group_of(code) for code in ALL_ROLES)

# Which part of a dossier (toegang.toml) each client table holds.
PART_OF_TABLE = {
    "correctie": "identiteit",
    "aanmelding": "aanmeldingen",
    "appointment": "afspraken",
    "kickoff_booking": "afspraken",
    "task": "afspraken",
    "assessment": "gesprekken",
    "intake_record": "gesprekken",
    "klantgroep_keuze": "gesprekken",
    "klantmanager_toewijzing": "gesprekken",
    "note": "notities",
    "trajectplan": "plannen",
    "beeindiging": "plannen",
    "inburgeringsplicht": "inburgering",
    "inburgering_stap": "inburgering",
    "overdracht": "afspraken",
    "voortgangsrapportage": "plannen",
    "work_first_resultaat": "afspraken",
    "maatregel": "afspraken",
}
# Tables reached through a parent: (parent table, column pointing at it, the part).
CHILD_TABLES = {
    "intake_domain_answer": ("intake_record", "intake_id", "gesprekken"),
    "trajectplan_goal": ("trajectplan", "plan_id", "plannen"),
    "trajectplan_versie": ("trajectplan", "plan_id", "plannen"),
    "trajectplan_activity": ("trajectplan_goal", "goal_id", "plannen"),
}
# Rows the database audits itself (insert, update, delete with session_user).
AUDITED_TABLES = (
    "client",
    "household",
    *PART_OF_TABLE,
    *CHILD_TABLES,
    "checkout",
    "toegang_met_reden",
    "staff",
    "staff_role",
)

_LOGIN = re.compile(r"^[a-z0-9][a-z0-9.\-]{0,62}$")


def valid_login(username: str) -> bool:
    """A username that can be a login role of ours: not a reserved or group name."""
    return bool(_LOGIN.match(username)) and not username.startswith(("pg_", PREFIX))


def quote(identifier: str) -> str:
    """A quoted SQL identifier (role and table names are never user text otherwise)."""
    return '"' + identifier.replace('"', '""') + '"'
