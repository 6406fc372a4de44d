"""Grants per table and column, row-level security and the database's own triggers.

Everything here is applied again by ``server migrate``: grants and policies are first
taken away, then given as written here, so what the server enforces is always this file
(and the server's copy of ``toegang.toml``), never what someone added by hand.
"""

from __future__ import annotations

from intake_desktop.config.toegang import Toegang
from intake_desktop.db.server.functions import DEFINER
from intake_desktop.db.server.names import (
    AUDITED_TABLES,
    CHILD_TABLES,
    GROUPS,
    PART_OF_TABLE,
    SCHEMA,
    STAFF_GROUP,
    group_of,
)
from intake_desktop.domain.roles import BEHEERDER, KLANTMANAGER, TEAMLEIDER

S = SCHEMA
ME = f"(SELECT {S}.me())"  # once per statement, not per row
MAINTAINERS = (group_of(BEHEERDER), group_of(TEAMLEIDER))  # medewerkers.may_maintain
# Columns of the client row the identity and contact parts cover (dossier.update_client).
PERSONAL_COLUMNS = (
    "bsn first_names tussenvoegsel surname search_name birth_date street house_number "
    "house_number_suffix postcode city phone email household_id version updated_at "
    "updated_by"
).split()
STAFF_OWN_COLUMNS = ("last_sign_in_at", "version", "updated_at", "updated_by")
LAPTOP_TABLES = ("checkout", "sync_conflict", "sync_state")
PLAIN_TABLES = ("outbox", "sync_receipt")


def rules_rows(toegang: Toegang) -> list[str]:
    """The server's copy of toegang.toml, which ``may()`` reads."""

    def array(items) -> str:
        return "ARRAY[" + ", ".join(f"'{item}'" for item in items) + "]::text[]"

    statements = [f"DELETE FROM {S}.toegang_rol", f"DELETE FROM {S}.toegang_algemeen"]
    for role in toegang.rol:
        statements.append(
            f"INSERT INTO {S}.toegang_rol VALUES ('{role.code}', '{role.klanten}', "
            f"{array(role.lezen)}, {array(role.wijzigen)}, {role.volledig_bsn}, "
            f"{role.zoeken}, {role.met_reden})"
        )
    statements.append(
        f"INSERT INTO {S}.toegang_algemeen VALUES (1, {int(toegang.days_after_talk)}, "
        f"{toegang.team_sees_team})"
    )
    return statements


def team_rows(teams) -> list[str]:
    """The server's copy of the teams of toewijzing.toml, which ``in_team()`` reads."""
    statements = [f"DELETE FROM {S}.team"]
    for team in teams:
        onder = "NULL" if team.onder is None else "'" + team.onder.replace("'", "''") + "'"
        code = team.code.replace("'", "''")
        statements.append(f"INSERT INTO {S}.team VALUES ('{code}', {onder})")
    return statements


def grants(tables: list[str], toegang: Toegang) -> list[str]:
    everyone = [STAFF_GROUP, *GROUPS]
    out = [
        "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA public TO {STAFF_GROUP}",
    ]
    for table in tables:
        out.append(f"REVOKE ALL ON public.{table} FROM PUBLIC, {', '.join(everyone)}")
    staff_group = STAFF_GROUP
    client_tables = ["household", *PART_OF_TABLE, *CHILD_TABLES]
    out += [f"GRANT SELECT, INSERT, UPDATE ON public.{t} TO {staff_group}" for t in client_tables]
    out += [f"GRANT DELETE ON public.{t} TO {staff_group}" for t in CHILD_TABLES]
    out.append(f"GRANT SELECT ON public.client TO {staff_group}")
    for role in toegang.rol:
        group = group_of(role.code)
        if role.zoeken and "identiteit" in role.wijzigen:
            out.append(f"GRANT INSERT ON public.client TO {group}")  # aanmelding registers
        beyond = set(role.wijzigen) - {"identiteit", "contact"}
        if beyond:
            out.append(f"GRANT UPDATE ON public.client TO {group}")
        elif role.wijzigen:
            out.append(f"GRANT UPDATE ({', '.join(PERSONAL_COLUMNS)}) ON public.client TO {group}")
    out.append(f"GRANT INSERT ON public.client TO {group_of(BEHEERDER)}")  # the import
    out += [
        f"GRANT SELECT ON public.alembic_version, public.caseload_count, "
        f"public.monitoring_tally, public.staff_role, public.staff_expertise, "
        f"public.staff_absence TO {staff_group}",
        f"GRANT SELECT, INSERT, UPDATE ON public.kickoff_session TO {staff_group}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON public.draft TO {staff_group}",
        f"GRANT SELECT, INSERT, UPDATE ON public.toegang_met_reden TO {staff_group}",
        f"GRANT INSERT ON public.audit_event TO {staff_group}",
        f"GRANT SELECT ON public.audit_event TO {group_of(BEHEERDER)}",
        # The chain is written by the database (db/audit_chain.py), read to verify it.
        f"GRANT SELECT ON public.audit_chain TO {group_of(BEHEERDER)}",
        f"GRANT UPDATE ({', '.join(STAFF_OWN_COLUMNS)}) ON public.staff TO {staff_group}",
        # The Vernietigingslijst: a beheerder draws it up, a teamleider decides on it.
        f"GRANT SELECT, INSERT ON public.vernietigingslijst TO {group_of(BEHEERDER)}",
        f"GRANT SELECT, UPDATE ON public.vernietigingslijst TO {group_of(TEAMLEIDER)}",
        # refs only: a laptop's push asks whether its clients were destroyed (sync_guard)
        f"GRANT SELECT ON public.vernietigd_dossier TO {staff_group}",
        # The Logboek Dataverwerkingen (db/logboek.py): written by the database, exported
        # by a beheerder; its key (logboek_sleutel) is the owner's alone.
        f"GRANT SELECT ON public.logboek_regel TO {group_of(BEHEERDER)}",
    ]
    staff_columns = ", ".join(c for c in _staff_columns() if c != "password_hash")
    out.append(f"GRANT SELECT ({staff_columns}) ON public.staff TO {staff_group}")
    for group in MAINTAINERS:
        out += [
            f"GRANT INSERT, UPDATE ON public.staff TO {group}",
            f"GRANT INSERT, DELETE ON public.staff_role, public.staff_expertise TO {group}",
            f"GRANT INSERT, UPDATE, DELETE ON public.staff_absence TO {group}",
        ]
    for table in (*LAPTOP_TABLES, *PLAIN_TABLES):
        out.append(f"GRANT SELECT, INSERT, UPDATE, DELETE ON public.{table} TO {staff_group}")
    out += [
        f"REVOKE ALL ON ALL FUNCTIONS IN SCHEMA {S} FROM PUBLIC",
        f"GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA {S} TO {staff_group}",
    ]
    return out


def _staff_columns() -> list[str]:
    from intake_desktop.db.models import Staff

    return [column.name for column in Staff.__table__.columns]


def _policy(table: str, name: str, command: str, role: str, using=None, check=None) -> str:
    sql = f"CREATE POLICY {name} ON public.{table} AS PERMISSIVE FOR {command} TO {role}"
    if using is not None:
        sql += f" USING ({using})"
    if check is not None:
        sql += f" WITH CHECK ({check})"
    return sql


def _may(column: str, part: str, change: bool = False) -> str:
    return f"{S}.may({column}, '{part}'{', true' if change else ''})"


def row_security(tables: list[str]) -> list[str]:
    out = [
        """DO $$ DECLARE p record; BEGIN
            FOR p IN SELECT policyname, tablename FROM pg_policies WHERE schemaname = 'public'
            LOOP EXECUTE format('DROP POLICY %I ON public.%I', p.policyname, p.tablename);
            END LOOP; END $$"""
    ]
    protected = [
        "client",
        *PART_OF_TABLE,
        *CHILD_TABLES,
        "staff",
        "staff_role",
        "staff_expertise",
        "staff_absence",
        "audit_event",
        "draft",
        "toegang_met_reden",
        "vernietigingslijst",
        *LAPTOP_TABLES,
    ]
    out += [f"ALTER TABLE public.{t} ENABLE ROW LEVEL SECURITY" for t in protected if t in tables]
    g = STAFF_GROUP
    out += [
        _policy("client", "lezen", "SELECT", g, using=_may("id", "identiteit")),
        _policy("client", "inschrijven", "INSERT", g, check="true"),
        _policy("client", "wijzigen", "UPDATE", g, using=f"{S}.may(id, NULL)", check="true"),
    ]
    # Who writes a task, an appointment or a hand-over about a client must reach that
    # client herself: otherwise one on her own name (or her team's) would widen her reach
    # to any client. (The check sees the table as before the statement.)
    reaches = f"(client_id IS NULL OR {S}.may(client_id, NULL))"
    for table, part in PART_OF_TABLE.items():
        read = _may("client_id", part)
        if table == "task":
            # Hers, one she made, her role's (not "klantmanager": waiting for the
            # client's klantmanager), her team's or one it leads, or the client's.
            read = (
                f"assigned_to = {ME} OR created_by = {ME} OR (assigned_role IS NOT NULL "
                f"AND assigned_role <> '{KLANTMANAGER}' AND {S}.has_role(assigned_role)) "
                f"OR (assigned_team IS NOT NULL AND {S}.in_team(assigned_team)) OR {read}"
            )
            write_check = reaches  # work handed to a colleague is a task for them
        elif table == "overdracht":
            # The counter hands over to a back office (her own row); the team reads and
            # answers the hand-overs addressed to it.
            read = f"sent_by = {ME} OR (team IS NOT NULL AND {S}.in_team(team)) OR {read}"
            write_check = f"({read}) AND {reaches}"
        elif table == "appointment":
            # Hers, or one she booked (the counter books a back office's first talk).
            read = f"staff_id = {ME} OR created_by = {ME} OR {read}"
            write_check = f"({read}) AND {reaches}"
        elif table == "aanmelding":
            read = f"client_id IS NULL OR {read}"
            write_check = read
        elif table == "note":
            write_check = _may("client_id", part, change=True)
        else:
            write_check = read
        update_check = write_check
        if table == "task":
            # Handling a task of her role for a client outside her reach (a teamleider's
            # review) is fine; putting one on her own name or her team's is not.
            update_check = (
                f"{reaches} OR (assigned_to IS DISTINCT FROM {ME} AND "
                f"(assigned_team IS NULL OR NOT {S}.in_team(assigned_team)))"
            )
        out += [
            _policy(table, "lezen", "SELECT", g, using=read),
            _policy(table, "toevoegen", "INSERT", g, check=write_check),
            _policy(table, "wijzigen", "UPDATE", g, using=read, check=update_check),
        ]
    for table, (_parent, column, part) in CHILD_TABLES.items():
        rule = f"{S}.may({S}.client_of('{table}', {column}), '{part}')"
        out += [
            _policy(table, "lezen", "SELECT", g, using=rule),
            _policy(table, "toevoegen", "INSERT", g, check=rule),
            _policy(table, "wijzigen", "UPDATE", g, using=rule, check=rule),
            _policy(table, "verwijderen", "DELETE", g, using=rule),
        ]
    out += [
        _policy("staff", "lezen", "SELECT", g, using="true"),
        _policy("staff", "eigen", "UPDATE", g, using="username = session_user", check="true"),
    ]
    for group in MAINTAINERS:
        out += [
            _policy("staff", f"beheer_{group}", "UPDATE", group, using="true", check="true"),
            _policy("staff", f"nieuw_{group}", "INSERT", group, check="true"),
        ]
    for table in ("staff_role", "staff_expertise", "staff_absence"):
        out.append(_policy(table, "lezen", "SELECT", g, using="true"))
        for group in MAINTAINERS:
            out.append(_policy(table, f"beheer_{group}", "ALL", group, using="true", check="true"))
    out += [
        _policy("audit_event", "vastleggen", "INSERT", g, check="true"),
        _policy("audit_event", "inzien", "SELECT", group_of(BEHEERDER), using="true"),
        _policy("draft", "eigen", "ALL", g, using=f"staff_id = {ME}", check=f"staff_id = {ME}"),
        _policy(
            "toegang_met_reden",
            "lezen",
            "SELECT",
            g,
            using=f"staff_id = {ME} OR {S}.has_role('{TEAMLEIDER}')",
        ),
        _policy("toegang_met_reden", "vragen", "INSERT", g, check=f"staff_id = {ME}"),
        _policy(
            "toegang_met_reden",
            "beoordelen",
            "UPDATE",
            g,
            using=f"{S}.has_role('{TEAMLEIDER}')",
            check="true",
        ),
    ]
    beheer, leider = group_of(BEHEERDER), group_of(TEAMLEIDER)
    out += [  # four eyes, by the database: never the one who drew the list up decides
        _policy("vernietigingslijst", "lezen", "SELECT", f"{beheer}, {leider}", using="true"),
        _policy(
            "vernietigingslijst",
            "opstellen",
            "INSERT",
            beheer,
            check=f"made_by = {ME} AND status = 'opgesteld' AND decided_by IS NULL",
        ),
        _policy(
            "vernietigingslijst",
            "beslissen",
            "UPDATE",
            leider,
            using=f"status = 'opgesteld' AND made_by <> {ME}",
            check=f"decided_by = {ME} AND made_by <> {ME} AND status IN "
            "('goedgekeurd', 'afgewezen')",
        ),
    ]
    for table in LAPTOP_TABLES:
        own = f"staff_id = {ME} OR {S}.has_role('{TEAMLEIDER}')"
        if table == "sync_conflict":
            own = f"client_id IS NULL OR {S}.may(client_id, NULL)"
        out.append(_policy(table, "eigen", "ALL", g, using=own, check=own))
        if table == "checkout":  # "also on a colleague's laptop", for clients she may see
            out.append(_policy(table, "lezen", "SELECT", g, using=f"{S}.may(client_id, NULL)"))
    return out


def triggers(tables: list[str]) -> list[str]:
    out = []
    for table in AUDITED_TABLES:
        if table not in tables:
            continue
        parent_column = CHILD_TABLES.get(table, (None, None))[1]
        argument = f"'{parent_column}'" if parent_column else ""
        out += [
            f"DROP TRIGGER IF EXISTS intake_audit ON public.{table}",
            f"CREATE TRIGGER intake_audit AFTER INSERT OR UPDATE OR DELETE ON public.{table} "
            f"FOR EACH ROW EXECUTE FUNCTION {S}.audit_row({argument})",
        ]
    out += [
        "DROP TRIGGER IF EXISTS intake_stamp ON public.audit_event",
        "CREATE TRIGGER intake_stamp BEFORE INSERT ON public.audit_event "
        f"FOR EACH ROW EXECUTE FUNCTION {S}.stamp_audit()",
        "DROP TRIGGER IF EXISTS intake_append_only ON public.audit_event",
        "CREATE TRIGGER intake_append_only BEFORE UPDATE OR DELETE ON public.audit_event "
        f"FOR EACH ROW EXECUTE FUNCTION {S}.audit_is_append_only()",
        "DROP TRIGGER IF EXISTS intake_no_truncate ON public.audit_event",
        "CREATE TRIGGER intake_no_truncate BEFORE TRUNCATE ON public.audit_event "
        f"FOR EACH STATEMENT EXECUTE FUNCTION {S}.audit_is_append_only()",
        # A correction (AVG art. 16) stays as recorded: only the bookkeeping of a
        # laptop's merge may be written again; destruction runs as the owner.
        f"""CREATE OR REPLACE FUNCTION {S}.correctie_fixed() RETURNS trigger
        LANGUAGE plpgsql {DEFINER} AS $$
        BEGIN
          IF NOT {S}.is_admin() AND NOT {S}.destroying() AND (TG_OP = 'DELETE'
             OR (to_jsonb(NEW) - 'version' - 'updated_at' - 'updated_by')
                IS DISTINCT FROM (to_jsonb(OLD) - 'version' - 'updated_at' - 'updated_by'))
          THEN
            RAISE EXCEPTION 'intake: een correctie blijft zoals ze is vastgelegd'
              USING ERRCODE = '42501';
          END IF;
          RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
        END $$""",
        "DROP TRIGGER IF EXISTS intake_fixed ON public.correctie",
        "CREATE TRIGGER intake_fixed BEFORE UPDATE OR DELETE ON public.correctie "
        f"FOR EACH ROW EXECUTE FUNCTION {S}.correctie_fixed()",
        "DROP TRIGGER IF EXISTS intake_login ON public.staff",
        "CREATE TRIGGER intake_login BEFORE INSERT OR UPDATE ON public.staff "
        f"FOR EACH ROW EXECUTE FUNCTION {S}.staff_login()",
        "DROP TRIGGER IF EXISTS intake_role_grant ON public.staff_role",
        "CREATE TRIGGER intake_role_grant BEFORE INSERT OR DELETE ON public.staff_role "
        f"FOR EACH ROW EXECUTE FUNCTION {S}.staff_role_grant()",
        # The tally triggers (migrations 0005, 0010) write counts a staff member may
        # only read: they run with the owner's rights.
        """DO $$ DECLARE f record; BEGIN
            FOR f IN SELECT p.oid::regprocedure AS sig FROM pg_proc p
                JOIN pg_namespace n ON n.oid = p.pronamespace
                WHERE n.nspname = 'public' AND p.prorettype = 'trigger'::regtype
            LOOP EXECUTE format('ALTER FUNCTION %s SECURITY DEFINER '
                                'SET search_path = public, pg_temp', f.sig);
            END LOOP; END $$""",
    ]
    return out
