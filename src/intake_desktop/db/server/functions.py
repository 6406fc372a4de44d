"""The ``intake_security`` schema: functions the policies and triggers call.

All are owned by the owner role and run with its rights (SECURITY DEFINER) with a fixed
search_path, so a staff member can use them but not replace what they read.

- ``me()``: the staff member signed in (``session_user``), only while active;
- ``may(client, part, change)``: need to know, the rules of ``services/core/access.py``
  over the server's copy of ``toegang.toml`` (table ``toegang_rol``);
- the narrow look-ups for work outside a role's reach are in ``lookups``;
- ``stamp_audit``: an audit row a program writes gets the signed-in person and the
  server's clock; one in another person's name is refused;
- ``audit_row``: inserts, updates and deletes of client tables are audited by the
  database itself (column names, never values);
- ``staff_login`` and ``staff_role_grant``: the login role and its group roles follow
  the staff table, so Beheer needs no superuser rights.
"""

from __future__ import annotations

from intake_desktop.db.audit_forget import pg_ref
from intake_desktop.db.server.names import (
    NO_HASH,
    PREFIX,
    SCHEMA,
    STAFF_GROUP,
)
from intake_desktop.domain.roles import ALL_ROLES, BEHEERDER, TEAMLEIDER
from intake_desktop.domain.statuses import OPEN_AANMELDING as OPEN_STATUSES

S = SCHEMA
DEFINER = "SECURITY DEFINER SET search_path = public, pg_temp"
REFUSED = "42501"  # insufficient_privilege: psycopg raises InsufficientPrivilege
OPEN_AANMELDING = ", ".join(f"'{s.value}'" for s in OPEN_STATUSES)


def schema_and_rules(owner: str) -> list[str]:
    return [
        f'CREATE SCHEMA IF NOT EXISTS {S} AUTHORIZATION "{owner}"',
        f"REVOKE ALL ON SCHEMA {S} FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA {S} TO {STAFF_GROUP}",
        f"""CREATE TABLE IF NOT EXISTS {S}.toegang_rol (
            code text PRIMARY KEY, klanten text NOT NULL, lezen text[] NOT NULL,
            wijzigen text[] NOT NULL, volledig_bsn boolean NOT NULL,
            zoeken boolean NOT NULL, met_reden boolean NOT NULL)""",
        f"""CREATE TABLE IF NOT EXISTS {S}.toegang_algemeen (
            id integer PRIMARY KEY CHECK (id = 1), dagen_na_gesprek integer NOT NULL,
            team_ziet_team boolean NOT NULL)""",
        # The server's copy of the teams of toewijzing.toml: which teamleider leads which.
        f"CREATE TABLE IF NOT EXISTS {S}.team (code text PRIMARY KEY, onder text)",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA {S} FROM PUBLIC",
    ]


def _is_admin(owner: str) -> str:
    """True for the owner and superusers (migrations, ``server`` commands)."""
    return (
        f"(session_user = '{owner}' OR "
        "(SELECT rolsuper FROM pg_roles WHERE rolname = session_user))"
    )


def who_functions(owner: str) -> list[str]:
    # PL/pgSQL, not SQL: a SECURITY DEFINER SQL function is planned again at every call,
    # PL/pgSQL keeps its plans for the session (the policies call these per row).
    return [
        f"""CREATE OR REPLACE FUNCTION {S}.me() RETURNS uuid LANGUAGE plpgsql STABLE {DEFINER}
        AS $$ BEGIN
          RETURN (SELECT id FROM public.staff WHERE username = session_user
                  AND active AND deleted_at IS NULL);
        END $$""",
        # Who and with which roles, in one look-up (the audit triggers run it per row).
        f"""CREATE OR REPLACE FUNCTION {S}.whoami(OUT staff_id uuid, OUT roles text)
        LANGUAGE plpgsql STABLE {DEFINER}
        AS $$ BEGIN
          SELECT s.id, coalesce((SELECT string_agg(r.role, ',' ORDER BY r.role)
                 FROM public.staff_role r WHERE r.staff_id = s.id), '')
            INTO staff_id, roles
            FROM public.staff s WHERE s.username = session_user
            AND s.active AND s.deleted_at IS NULL;
        END $$""",
        f"""CREATE OR REPLACE FUNCTION {S}.my_roles() RETURNS text LANGUAGE plpgsql STABLE
        {DEFINER} AS $$ BEGIN RETURN coalesce((SELECT roles FROM {S}.whoami()), ''); END $$""",
        f"""CREATE OR REPLACE FUNCTION {S}.has_role(p_role text) RETURNS boolean
        LANGUAGE plpgsql STABLE {DEFINER}
        AS $$ BEGIN
          RETURN EXISTS (SELECT 1 FROM public.staff_role r JOIN public.staff s
                         ON s.id = r.staff_id WHERE s.username = session_user
                         AND s.active AND s.deleted_at IS NULL AND r.role = p_role);
        END $$""",
        # A task of this team is hers: she is in the team, or a teamleider who leads it
        # (of the team it is under, or of the whole Werkplein: without a team).
        f"""CREATE OR REPLACE FUNCTION {S}.in_team(p_team text) RETURNS boolean
        LANGUAGE sql STABLE {DEFINER} AS $$
          SELECT EXISTS (SELECT 1 FROM public.staff s WHERE s.username = session_user
              AND s.active AND s.deleted_at IS NULL
              AND (s.team = p_team OR ({S}.has_role('{TEAMLEIDER}') AND (s.team IS NULL
                   OR EXISTS (SELECT 1 FROM {S}.team t WHERE t.code = p_team
                              AND t.onder = s.team)))))
        $$""",
        f"""CREATE OR REPLACE FUNCTION {S}.is_admin() RETURNS boolean
        LANGUAGE plpgsql STABLE {DEFINER} AS $$ BEGIN RETURN {_is_admin(owner)}; END $$""",
    ]


APPEND_ONLY_EXCEPTION = f"""
          IF TG_OP = 'UPDATE' AND {S}.destroying()
             AND (to_jsonb(NEW) - 'client_id' - 'entity_id' - 'client_ref' - 'entity_ref')
                 = (to_jsonb(OLD) - 'client_id' - 'entity_id' - 'client_ref' - 'entity_ref')
             AND NEW.client_id IS NULL AND NEW.entity_id IS NULL
             AND coalesce(NEW.client_ref, '')
                 = coalesce(nullif(OLD.client_ref, ''), {pg_ref("OLD.client_id")}, '')
             AND coalesce(NEW.entity_ref, '')
                 = coalesce(nullif(OLD.entity_ref, ''), {pg_ref("OLD.entity_id")}, '')
          THEN
            RETURN NEW;
          END IF;"""


def audit_functions(owner: str) -> list[str]:
    return [
        f"""CREATE OR REPLACE FUNCTION {S}.stamp_audit() RETURNS trigger
        LANGUAGE plpgsql {DEFINER} AS $$
        DECLARE
          me uuid;
          my_roles text;
        BEGIN
          SELECT w.staff_id, w.roles INTO me, my_roles FROM {S}.whoami() w;
          IF me IS NULL THEN
            IF {S}.is_admin() THEN RETURN NEW; END IF;
            RAISE EXCEPTION 'intake: % is geen actieve medewerker', session_user
              USING ERRCODE = '{REFUSED}';
          END IF;
          IF (NEW.staff_id IS NOT NULL AND NEW.staff_id <> me)
             OR (NEW.username IS NOT NULL AND NEW.username <> session_user) THEN
            RAISE EXCEPTION 'intake: een auditregel op naam van een ander wordt geweigerd'
              USING ERRCODE = '{REFUSED}';
          END IF;
          NEW.staff_id := me;
          NEW.username := session_user;
          NEW.roles := my_roles;
          -- The server's clock; a workstation's own time, when far off, is kept beside it.
          IF NEW.occurred_at IS NOT NULL
             AND abs(extract(epoch FROM NEW.occurred_at - clock_timestamp())) > 300 THEN
            NEW.details := (coalesce(NEW.details::jsonb, '{{}}'::jsonb)
              || jsonb_build_object('tijd_werkplek', NEW.occurred_at))::json;
          END IF;
          NEW.occurred_at := clock_timestamp();
          IF coalesce(NEW.workstation, '') = '' THEN
            NEW.workstation := left(coalesce(current_setting('application_name', true), ''), 100);
          END IF;
          RETURN NEW;
        END $$""",
        f"""CREATE OR REPLACE FUNCTION {S}.audit_is_append_only() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN{APPEND_ONLY_EXCEPTION}
          RAISE EXCEPTION 'intake: het auditlogboek wordt alleen aangevuld (% geweigerd)', TG_OP
            USING ERRCODE = '{REFUSED}';
        END $$""",
        f"""CREATE OR REPLACE FUNCTION {S}.audit_row() RETURNS trigger
        LANGUAGE plpgsql {DEFINER} AS $$
        DECLARE
          new_row jsonb;
          old_row jsonb;
          row_id uuid;
          the_client uuid;
          fields text[];
          me uuid;
          my_roles text;
        BEGIN
          IF TG_OP <> 'DELETE' THEN new_row := to_jsonb(NEW); END IF;
          IF TG_OP <> 'INSERT' THEN old_row := to_jsonb(OLD); END IF;
          row_id := coalesce(new_row->>'id', old_row->>'id',
                             new_row->>'staff_id', old_row->>'staff_id')::uuid;
          IF TG_TABLE_NAME = 'client' THEN the_client := row_id;
          ELSE the_client := coalesce(new_row->>'client_id', old_row->>'client_id')::uuid;
          END IF;
          IF the_client IS NULL AND TG_ARGV[0] IS NOT NULL THEN
            the_client := {S}.client_of(TG_TABLE_NAME,
                coalesce(new_row->>TG_ARGV[0], old_row->>TG_ARGV[0])::uuid);
          END IF;
          IF TG_OP = 'UPDATE' THEN
            SELECT array_agg(n.key ORDER BY n.key) INTO fields FROM jsonb_each(new_row) n
              WHERE n.value IS DISTINCT FROM old_row->n.key
                AND n.key NOT IN ('version', 'updated_at', 'updated_by');
            IF fields IS NULL THEN RETURN NULL; END IF;
          END IF;
          SELECT w.staff_id, w.roles INTO me, my_roles FROM {S}.whoami() w;
          INSERT INTO public.audit_event (id, occurred_at, staff_id, username, roles, action,
              entity, entity_id, client_id, details, workstation)
          VALUES (gen_random_uuid(), clock_timestamp(), me, session_user,
              coalesce(my_roles, ''), 'rij_' || lower(TG_OP), TG_TABLE_NAME, row_id, the_client,
              CASE WHEN fields IS NULL THEN '{{}}'::json
                   ELSE json_build_object('velden', fields) END,
              left(coalesce(current_setting('application_name', true), ''), 100));
          RETURN NULL;
        END $$""",
    ]


def staff_functions(owner: str) -> list[str]:
    groups = ", ".join(f"'{code}'" for code in ALL_ROLES)
    return [
        f"""CREATE TABLE IF NOT EXISTS {S}.password_change (
            username text PRIMARY KEY, must_change boolean NOT NULL DEFAULT true)""",
        f"""CREATE OR REPLACE FUNCTION {S}.staff_login() RETURNS trigger
        LANGUAGE plpgsql {DEFINER} AS $$
        DECLARE
          admin boolean := {S}.is_admin();
          exists_already boolean;
        BEGIN
          IF TG_OP = 'INSERT' THEN
            IF NEW.username !~ '^[a-z0-9][a-z0-9.\\-]{{0,62}}$'
               OR starts_with(NEW.username, 'pg_') OR starts_with(NEW.username, '{PREFIX}') THEN
              RAISE EXCEPTION 'intake: % kan geen databaserol zijn', NEW.username
                USING ERRCODE = '{REFUSED}';
            END IF;
            exists_already := EXISTS (SELECT 1 FROM pg_roles WHERE rolname = NEW.username);
            IF exists_already AND NOT admin
               AND NOT pg_has_role(NEW.username, '{STAFF_GROUP}', 'MEMBER') THEN
              RAISE EXCEPTION 'intake: de databaserol % bestaat al', NEW.username
                USING ERRCODE = '{REFUSED}';
            END IF;
            IF exists_already AND (SELECT rolsuper FROM pg_roles WHERE rolname = NEW.username)
            THEN
              RAISE EXCEPTION 'intake: % is een beheerder van de server', NEW.username
                USING ERRCODE = '{REFUSED}';
            END IF;
            IF NOT exists_already THEN
              EXECUTE format('CREATE ROLE %I LOGIN', NEW.username);
            END IF;
            EXECUTE format('GRANT {STAFF_GROUP} TO %I', NEW.username);
          ELSIF NEW.username <> OLD.username THEN
            RAISE EXCEPTION 'intake: een gebruikersnaam wordt niet gewijzigd'
              USING ERRCODE = '{REFUSED}';
          END IF;
          IF NEW.password_hash LIKE 'SCRAM-SHA-256$%' THEN
            IF TG_OP = 'UPDATE' AND NOT admin AND NOT {S}.has_role('{BEHEERDER}')
               AND EXISTS (SELECT 1 FROM public.staff_role
                           WHERE staff_id = NEW.id AND role = '{BEHEERDER}') THEN
              RAISE EXCEPTION 'intake: alleen een beheerder zet het wachtwoord van een beheerder'
                USING ERRCODE = '{REFUSED}';
            END IF;
            EXECUTE format('ALTER ROLE %I PASSWORD %L', NEW.username, NEW.password_hash);
            -- A password someone else chose (a new account, a reset) is temporary.
            IF NEW.username <> session_user THEN
              INSERT INTO {S}.password_change VALUES (NEW.username, true)
                ON CONFLICT (username) DO UPDATE SET must_change = true;
            END IF;
          END IF;
          NEW.password_hash := '{NO_HASH}';  -- the program keeps no password material
          IF TG_OP = 'INSERT' OR NEW.active IS DISTINCT FROM OLD.active
             OR NEW.deleted_at IS DISTINCT FROM OLD.deleted_at THEN
            IF NEW.active AND NEW.deleted_at IS NULL THEN
              EXECUTE format('ALTER ROLE %I LOGIN', NEW.username);
            ELSE
              EXECUTE format('ALTER ROLE %I NOLOGIN', NEW.username);
              -- An open window is cut off now, not at its next sign-in.
              PERFORM pg_terminate_backend(pid) FROM pg_stat_activity
                WHERE usename = NEW.username AND pid <> pg_backend_pid();
            END IF;
          END IF;
          RETURN NEW;
        END $$""",
        f"""CREATE OR REPLACE FUNCTION {S}.staff_role_grant() RETURNS trigger
        LANGUAGE plpgsql {DEFINER} AS $$
        DECLARE
          the_row public.staff_role := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
          login text := (SELECT username FROM public.staff WHERE id = the_row.staff_id);
        BEGIN
          IF the_row.role NOT IN ({groups}) THEN
            RAISE EXCEPTION 'intake: onbekende rol %', the_row.role USING ERRCODE = '{REFUSED}';
          END IF;
          IF NOT {S}.is_admin() THEN
            IF the_row.staff_id = {S}.me() AND TG_OP <> 'DELETE' THEN  -- giving one up: fine
              RAISE EXCEPTION 'intake: niemand geeft zichzelf een rol'
                USING ERRCODE = '{REFUSED}';
            END IF;
            IF the_row.role = '{BEHEERDER}' AND NOT {S}.has_role('{BEHEERDER}') THEN
              RAISE EXCEPTION 'intake: alleen een beheerder geeft of neemt de rol beheerder'
                USING ERRCODE = '{REFUSED}';
            END IF;
          END IF;
          IF login IS NOT NULL AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
            IF TG_OP = 'INSERT' THEN
              EXECUTE format('GRANT %I TO %I', '{PREFIX}' || the_row.role, login);
            ELSIF TG_OP = 'DELETE' THEN
              EXECUTE format('REVOKE %I FROM %I', '{PREFIX}' || the_row.role, login);
            END IF;
          END IF;
          RETURN the_row;
        END $$""",
        # A staff member sets a new password of their own: the verifier, made on the
        # workstation (db/server/scram.py), never the password.
        f"""CREATE OR REPLACE FUNCTION {S}.set_own_password(p_verifier text) RETURNS void
        LANGUAGE plpgsql {DEFINER} AS $$
        BEGIN
          IF {S}.me() IS NULL THEN
            RAISE EXCEPTION 'intake: geen actieve medewerker' USING ERRCODE = '{REFUSED}';
          END IF;
          IF p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
            RAISE EXCEPTION 'intake: geen SCRAM-verifier' USING ERRCODE = '22023';
          END IF;
          EXECUTE format('ALTER ROLE %I PASSWORD %L', session_user, p_verifier);
          UPDATE {S}.password_change SET must_change = false WHERE username = session_user;
        END $$""",
        f"""CREATE OR REPLACE FUNCTION {S}.must_change_password() RETURNS boolean
        LANGUAGE sql STABLE {DEFINER} AS $$
          SELECT coalesce((SELECT must_change FROM {S}.password_change
                           WHERE username = session_user), false) $$""",
    ]
