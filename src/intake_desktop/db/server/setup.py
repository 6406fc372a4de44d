"""Setting up and migrating a shared PostgreSQL server (``intake-desktop server ...``).

Run by the DBA (a superuser, or a role with CREATEROLE that may create the owner):

- ``init``: the owner role, the group roles, the schema (migrations run as the owner),
  grants, row-level security, the audit triggers, pgaudit where the server has it. On a
  database the program used with one shared account, the tables pass to the owner and
  every staff member gets a login role with a one-time password;
- ``migrate``: a newer schema, then grants and policies again;
- ``add_staff``: a staff member with a login role (the very first beheerder, say).

Everything happens in one transaction: a failure leaves the database as it was.
Workstations never migrate; ``check_schema`` tells them, in Dutch, what is wrong.
"""

from __future__ import annotations

import logging
import secrets
import uuid
from dataclasses import dataclass, field

from sqlalchemy import Connection, Engine, text

from intake_desktop.config import AppConfig
from intake_desktop.db.migrate import HEAD_REVISION, alembic_config, current_revision
from intake_desktop.db.server import (
    functions,
    lookups,
    need_to_know,
    policies,
    retention,
    scram,
    work_guards,
)
from intake_desktop.db.server.names import (
    CHILD_TABLES,
    GROUPS,
    NO_HASH,
    OWNER,
    SCHEMA,
    STAFF_GROUP,
    quote,
    valid_login,
)

log = logging.getLogger(__name__)
AUDITOR = "intake_auditor"  # pgaudit's object audit role


@dataclass
class InitReport:
    owner: str
    revision_before: str | None
    converted: bool = False
    one_time_passwords: dict[str, str] = field(default_factory=dict)
    pgaudit: bool = False


def _run(connection: Connection, *statements: str) -> None:
    """Statements without parameters, past the driver's placeholder parsing."""
    raw = connection.connection.driver_connection
    with raw.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


def _role_exists(connection: Connection, name: str) -> bool:
    return bool(
        connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first()
    )


def _tables(connection: Connection) -> list[str]:
    return list(
        connection.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
        ).scalars()
    )


def one_time_password() -> str:
    return "-".join(secrets.token_hex(3) for _ in range(3))


def _make_owner(connection: Connection, owner: str) -> None:
    database = connection.execute(text("SELECT current_database()")).scalar()
    if not _role_exists(connection, owner):
        _run(connection, f"CREATE ROLE {quote(owner)} NOLOGIN CREATEROLE")
    _run(
        connection,
        f"GRANT pg_signal_backend TO {quote(owner)}",
        f"GRANT {quote(owner)} TO current_user",
        f"ALTER DATABASE {quote(database)} OWNER TO {quote(owner)}",
        f"ALTER SCHEMA public OWNER TO {quote(owner)}",
        f"REVOKE ALL ON DATABASE {quote(database)} FROM PUBLIC",
    )


def _take_over(connection: Connection, owner: str) -> bool:
    """Tables, views and functions of another role (a shared account) pass to the
    owner. Returns whether there were any."""
    rows = connection.execute(
        text(
            "SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n "
            "ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN "
            "('r', 'v') AND pg_get_userbyid(c.relowner) <> :owner"
        ),
        {"owner": owner},
    ).all()
    kinds = {"r": "TABLE", "v": "VIEW"}  # sequences and indexes follow their table
    _run(
        connection,
        *(f"ALTER {kinds[k]} public.{quote(n)} OWNER TO {quote(owner)}" for n, k in rows),
    )
    functions_of_others = connection.execute(
        text(
            "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n "
            "ON n.oid = p.pronamespace WHERE n.nspname = 'public' "
            "AND pg_get_userbyid(p.proowner) <> :owner"
        ),
        {"owner": owner},
    ).scalars()
    _run(
        connection,
        *(f"ALTER FUNCTION {sig} OWNER TO {quote(owner)}" for sig in functions_of_others),
    )
    return bool(rows)


def _groups(connection: Connection) -> None:
    for group in (STAFF_GROUP, *GROUPS):
        if not _role_exists(connection, group):
            _run(connection, f"CREATE ROLE {group} NOLOGIN")
    database = connection.execute(text("SELECT current_database()")).scalar()
    _run(connection, f"GRANT CONNECT ON DATABASE {quote(database)} TO {STAFF_GROUP}")


def apply_security(connection: Connection, config: AppConfig, owner: str) -> None:
    """Functions, grants, policies and triggers as this version writes them; run as
    the owner (``SET ROLE``) after every migration."""
    tables = _tables(connection)
    _run(
        connection,
        *functions.schema_and_rules(owner),
        *retention.tables(),
        *functions.who_functions(owner),
        *need_to_know.need_to_know(),
        *lookups.lookups(),
        *functions.audit_functions(owner),
        *functions.staff_functions(owner),
        *retention.functions(),
        *work_guards.functions(),
        *policies.rules_rows(config.toegang),
        *policies.team_rows(config.toewijzing.teams),
        *retention.rows(config.bewaartermijnen),
        *retention.activity_rows(config.verwerkingen),
        *policies.grants(tables, config.toegang),
        *policies.row_security(tables),
        *policies.triggers(tables),
        *work_guards.triggers(),
    )


def _migrate_as_owner(connection: Connection, owner: str) -> None:
    from alembic import command

    _run(connection, f"SET ROLE {quote(owner)}")
    command.upgrade(alembic_config(connection), "head")


def _staff_logins(connection: Connection, report: InitReport) -> None:
    """Every staff member without a login role gets one, with a one-time password they
    replace at their first sign-in; the program's password hashes are removed."""
    rows = connection.execute(
        text("SELECT id, username, active, deleted_at FROM staff ORDER BY username")
    ).all()
    for staff_id, username, active, deleted_at in rows:
        if not valid_login(username):
            raise ServerSetupError(f"gebruikersnaam {username!r} kan geen databaserol worden")
        live = active and deleted_at is None
        if not _role_exists(connection, username):
            password = one_time_password()
            _run(
                connection,
                f"CREATE ROLE {quote(username)} {'LOGIN' if live else 'NOLOGIN'} "
                f"PASSWORD '{scram.verifier(password)}'",
            )
            if live:
                report.one_time_passwords[username] = password
                _must_change(connection, username)
        _run(connection, f"GRANT {STAFF_GROUP} TO {quote(username)}")
        for role in connection.execute(
            text("SELECT role FROM staff_role WHERE staff_id = :id"), {"id": staff_id}
        ).scalars():
            _run(connection, f"GRANT intake_{role} TO {quote(username)}")
    # The trigger replaces every hash by the marker.
    connection.execute(text("UPDATE staff SET password_hash = :h"), {"h": NO_HASH})


def _must_change(connection: Connection, username: str) -> None:
    connection.execute(
        text(
            f"INSERT INTO {SCHEMA}.password_change VALUES (:u, true) "
            "ON CONFLICT (username) DO UPDATE SET must_change = true"
        ),
        {"u": username},
    )


def _pgaudit(connection: Connection) -> bool:
    """Object audit of the client tables by pgaudit, where the server loads it."""
    _run(connection, "RESET ROLE")
    loaded = connection.execute(
        text(
            "SELECT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pgaudit') "
            "AND current_setting('shared_preload_libraries') LIKE '%pgaudit%'"
        )
    ).scalar()
    if not loaded:
        log.warning("pgaudit is not loaded on this server; reads are not logged by it")
        return False
    database = connection.execute(text("SELECT current_database()")).scalar()
    _run(connection, "CREATE EXTENSION IF NOT EXISTS pgaudit")
    if not _role_exists(connection, AUDITOR):
        _run(connection, f"CREATE ROLE {AUDITOR} NOLOGIN")
    tables = ["client", *CHILD_TABLES, *policies.PART_OF_TABLE]
    _run(
        connection,
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {', '.join(f'public.{t}' for t in tables)} "
        f"TO {AUDITOR}",
        f"ALTER DATABASE {quote(database)} SET pgaudit.role = '{AUDITOR}'",
        f"ALTER DATABASE {quote(database)} SET pgaudit.log_parameter = off",
        f"ALTER DATABASE {quote(database)} SET pgaudit.log_relation = on",
    )
    return True


class ServerSetupError(RuntimeError):
    pass


def init(engine: Engine, config: AppConfig, owner: str = OWNER) -> InitReport:
    """Set up (or convert) the database behind ``engine``, connected as the DBA."""
    with engine.begin() as connection:
        before = current_revision(connection)
        report = InitReport(owner, before)
        _make_owner(connection, owner)
        report.converted = before is not None and _take_over(connection, owner)
        _groups(connection)
        _migrate_as_owner(connection, owner)
        apply_security(connection, config, owner)
        _staff_logins(connection, report)
        report.pgaudit = _pgaudit(connection)
        _run(connection, "RESET ROLE")
    return report


def migrate(engine: Engine, config: AppConfig, owner: str = OWNER) -> tuple[str | None, str]:
    """A newer schema, then grants and policies as this version writes them."""
    with engine.begin() as connection:
        before = current_revision(connection)
        if not _role_exists(connection, owner):
            raise ServerSetupError(
                f"de eigenaar {owner} bestaat niet: zet de server eerst klaar met 'server init'"
            )
        _groups(connection)
        _migrate_as_owner(connection, owner)
        apply_security(connection, config, owner)
        _pgaudit(connection)
        _run(connection, "RESET ROLE")
    return before, HEAD_REVISION


@dataclass
class NewLogin:
    username: str
    display_name: str
    roles: set[str]
    gemeente_code: str
    team: str | None = None


def add_staff(engine: Engine, owner: str, new: NewLogin) -> str:
    """A staff member with a login role and a one-time password (returned), which they
    replace at their first sign-in."""
    from intake_desktop.domain.roles import ALL_ROLES

    username = new.username.strip().lower()
    if not valid_login(username):
        raise ServerSetupError(f"gebruikersnaam {username!r} kan geen databaserol worden")
    unknown = sorted(set(new.roles) - set(ALL_ROLES))
    if unknown or not new.roles:
        raise ServerSetupError(f"onbekende rollen: {', '.join(unknown) or '(geen)'}")
    password = one_time_password()
    with engine.begin() as connection:
        _run(connection, f"SET ROLE {quote(owner)}")
        staff_id = uuid.uuid4()
        connection.execute(
            text(
                "INSERT INTO staff (id, version, created_at, updated_at, username, display_name, "
                "password_hash, gemeente_code, team, active, working_days) VALUES (:id, 1, now(), "
                "now(), :u, :d, :h, :g, :t, true, 'ma,di,wo,do,vr')"
            ),
            {
                "id": staff_id,
                "u": username,
                "d": new.display_name,
                "h": scram.verifier(password),
                "g": new.gemeente_code,
                "t": new.team,
            },
        )
        for role in sorted(new.roles):
            connection.execute(
                text("INSERT INTO staff_role (staff_id, role) VALUES (:id, :r)"),
                {"id": staff_id, "r": role},
            )
        _must_change(connection, username)
        _run(connection, "RESET ROLE")
    return password


class SchemaMismatch(RuntimeError):
    """The server's schema is not the one this program was made for."""

    def __init__(self, behind: bool, have: str | None):
        self.behind, self.have = behind, have
        super().__init__(f"server schema {have}, program {HEAD_REVISION}")


class NotSetUp(RuntimeError):
    """The database has no server mode (``server init`` was not run)."""


def check_schema(connection: Connection) -> None:
    """A workstation's check before it works on the server: never migrates."""
    if not connection.execute(text(f"SELECT to_regnamespace('{SCHEMA}') IS NOT NULL")).scalar():
        raise NotSetUp()
    have = current_revision(connection)
    if have == HEAD_REVISION:
        return
    from intake_desktop.db.migrate import known_revisions

    raise SchemaMismatch(behind=have is None or have in known_revisions(), have=have)
