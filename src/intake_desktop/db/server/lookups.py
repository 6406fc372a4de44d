"""Owner functions that give a role, outside her reach, exactly what her work needs and
no client row: the search list (BSN masked), whether a client exists, colleagues'
free/busy, the monitoring's caseload count, the import's known BSNs. Each checks the
caller's roles itself; all run with the owner's rights (``functions.DEFINER``)."""

from __future__ import annotations

from intake_desktop.config.toegang import PARTS
from intake_desktop.db.server.functions import DEFINER, REFUSED, S
from intake_desktop.domain.client_status import IN_CARE as CLIENT_IN_CARE
from intake_desktop.domain.roles import (
    BACKOFFICE,
    BALIEMEDEWERKER,
    BEHEERDER,
    BELEIDSMEDEWERKER,
    KLANTMANAGER,
    TEAMLEIDER,
    WISSELWACHTER,
)

IN_CARE = ", ".join(f"'{status}'" for status in CLIENT_IN_CARE)
MONITORING = " OR ".join(
    f"{S}.has_role('{role}')" for role in (TEAMLEIDER, BELEIDSMEDEWERKER, BEHEERDER)
)
PLANS = " OR ".join(  # the roles whose services plan appointments with colleagues
    f"{S}.has_role('{role}')"
    for role in (
        WISSELWACHTER,
        KLANTMANAGER,
        TEAMLEIDER,
        BEHEERDER,
        BALIEMEDEWERKER,  # the first talk of a debts-only aanmelding, at the counter
        BACKOFFICE,
    )
)
INZAGE_PARTS = ", ".join(f"'{part}'" for part in PARTS)  # the whole dossier
_HIT = (
    "c.id, c.first_names::text, c.tussenvoegsel::text, c.surname::text, "
    "CASE WHEN c.bsn IS NULL THEN NULL ELSE repeat('*', length(c.bsn) - 3) || right(c.bsn, 3) "
    "END, c.birth_date, c.postcode::text, c.house_number::text, c.city::text"
)


def lookups() -> list[str]:
    return [
        # Whether a client exists (and is not removed) that row-level security hides:
        # "outside your work, ask with a reason" rather than "does not exist".
        f"""CREATE OR REPLACE FUNCTION {S}.client_exists(p_client uuid) RETURNS boolean
        LANGUAGE plpgsql STABLE {DEFINER} AS $$
        BEGIN
          RETURN {S}.me() IS NOT NULL AND EXISTS (SELECT 1 FROM public.client c
                 WHERE c.id = p_client AND c.deleted_at IS NULL);
        END $$""",
        # The import (a beheerder, who reads no client row): which of these BSNs the
        # server has already, never the others.
        f"""CREATE OR REPLACE FUNCTION {S}.known_bsns(p_bsns text[]) RETURNS SETOF text
        LANGUAGE plpgsql STABLE {DEFINER} AS $$
        BEGIN
          IF NOT ({S}.is_admin() OR {S}.has_role('{BEHEERDER}')) THEN
            RAISE EXCEPTION 'intake: alleen een beheerder importeert klanten'
              USING ERRCODE = '{REFUSED}';
          END IF;
          RETURN QUERY SELECT c.bsn::text FROM public.client c WHERE c.bsn = ANY (p_bsns);
        END $$""",
        # Search as you type for the roles with ``zoeken``: the columns a result list
        # shows, the BSN masked as services/balie/search masks it. Row-level security
        # lets a role read whole client rows only within its reach; this is how the
        # counter finds everyone else (services/balie/search in server mode).
        f"""CREATE OR REPLACE FUNCTION {S}.search_clients(p_kind text, p_a text, p_b text,
            p_limit integer)
        RETURNS TABLE (id uuid, first_names text, tussenvoegsel text, surname text,
            bsn text, birth_date date, postcode text, house_number text, city text)
        LANGUAGE plpgsql STABLE {DEFINER} AS $$
        BEGIN
          IF NOT EXISTS (SELECT 1 FROM {S}.toegang_rol t
              JOIN public.staff_role r ON r.role = t.code
              JOIN public.staff s ON s.id = r.staff_id
              WHERE s.username = session_user AND s.active AND s.deleted_at IS NULL
              AND t.zoeken) THEN
            RAISE EXCEPTION 'intake: met deze rol zoekt u geen klanten op'
              USING ERRCODE = '{REFUSED}';
          END IF;
          IF p_kind = 'naam' THEN
            RETURN QUERY SELECT {_HIT} FROM public.client c WHERE c.deleted_at IS NULL
              AND c.search_name >= p_a AND c.search_name < p_b
              ORDER BY c.search_name, c.first_names LIMIT p_limit;
          ELSIF p_kind = 'bsn' THEN
            RETURN QUERY SELECT {_HIT} FROM public.client c WHERE c.deleted_at IS NULL
              AND c.bsn = p_a LIMIT p_limit;
          ELSIF p_kind = 'postcode' THEN
            RETURN QUERY SELECT {_HIT} FROM public.client c WHERE c.deleted_at IS NULL
              AND c.postcode = p_a AND (p_b IS NULL OR c.house_number = p_b)
              ORDER BY c.house_number, c.search_name LIMIT p_limit;
          ELSIF p_kind = 'geboortedatum' THEN
            RETURN QUERY SELECT {_HIT} FROM public.client c WHERE c.deleted_at IS NULL
              AND c.birth_date = p_a::date ORDER BY c.search_name LIMIT p_limit;
          END IF;
        END $$""",
        # The monitoring's "caseload now": counts per klantgroep, never a row, for the
        # roles that see the monitoring (services/monitoring/overview.MONITORING_ROLES).
        # Policy staff and the beheerder read no client row (toegang.toml: "geen").
        f"""CREATE OR REPLACE FUNCTION {S}.caseload_now()
        RETURNS TABLE (grp text, clients bigint) LANGUAGE plpgsql STABLE {DEFINER} AS $$
        BEGIN
          IF NOT ({S}.is_admin() OR {MONITORING}) THEN
            RAISE EXCEPTION 'intake: alleen wie de monitoring ziet, telt de caseload'
              USING ERRCODE = '{REFUSED}';
          END IF;
          RETURN QUERY SELECT c.klantgroep::text, count(*) FROM public.client c
            WHERE c.status IN ({IN_CARE}) AND c.deleted_at IS NULL GROUP BY c.klantgroep;
        END $$""",
        # A colleague's free/busy: when these staff members have a planned appointment
        # in the window (p_until NULL: open-ended), never with whom, what or where. Row-
        # level security hides appointments with clients outside the reader's need to
        # know, yet whoever plans must not double-book a colleague (quickscan, the
        # ambitiegesprek's appointments, a reassignment, planning in bulk).
        f"""CREATE OR REPLACE FUNCTION {S}.busy_times(p_staff uuid[], p_from timestamptz,
            p_until timestamptz DEFAULT NULL, p_except uuid DEFAULT NULL)
        RETURNS TABLE (staff_id uuid, starts_at timestamptz, ends_at timestamptz)
        LANGUAGE plpgsql STABLE {DEFINER} AS $$
        BEGIN
          IF NOT ({S}.is_admin() OR {PLANS}) THEN
            RAISE EXCEPTION 'intake: alleen wie afspraken plant, ziet wanneer collega''s bezet zijn'
              USING ERRCODE = '{REFUSED}';
          END IF;
          RETURN QUERY SELECT a.staff_id, a.starts_at, coalesce(a.ends_at, a.starts_at)
            FROM public.appointment a
            WHERE a.staff_id = ANY (p_staff) AND a.status = 'gepland'
              AND a.deleted_at IS NULL AND coalesce(a.ends_at, a.starts_at) > p_from
              AND (p_until IS NULL OR a.starts_at < p_until)
              AND a.id IS DISTINCT FROM p_except;
        END $$""",
        # Whether a client is free (a proposed time must be one she can come): only busy
        # or not, for a planner who may see the client at all.
        f"""CREATE OR REPLACE FUNCTION {S}.client_busy(p_client uuid, p_from timestamptz,
            p_until timestamptz)
        RETURNS boolean LANGUAGE plpgsql STABLE {DEFINER} AS $$
        BEGIN
          -- Busy or free, for whoever plans the client's appointments, or the counter
          -- that just handed the client over (the first talk of a debts-only aanmelding).
          IF NOT ({S}.is_admin() OR (({PLANS}) AND ({S}.may(p_client, 'afspraken')
              OR EXISTS (SELECT 1 FROM public.overdracht o WHERE o.client_id = p_client
                  AND o.sent_by = {S}.me() AND o.status IN ('verstuurd', 'geaccepteerd')))))
          THEN
            RAISE EXCEPTION 'intake: alleen wie afspraken met de klant plant, ziet of zij vrij is'
              USING ERRCODE = '{REFUSED}';
          END IF;
          RETURN EXISTS (SELECT 1 FROM public.appointment a
            WHERE a.client_id = p_client AND a.status = 'gepland' AND a.deleted_at IS NULL
              AND coalesce(a.ends_at, a.starts_at) > p_from AND a.starts_at < p_until);
        END $$""",
        # The names of the clients of her open tasks (her own, her role's, her team's or
        # a team she leads): the werkvoorraad says whose work it is, also for a client
        # outside her reach.
        f"""CREATE OR REPLACE FUNCTION {S}.task_client_names(p_clients uuid[])
        RETURNS TABLE (client_id uuid, name text) LANGUAGE sql STABLE {DEFINER} AS $$
          SELECT c.id, trim(c.first_names || ' ' || coalesce(c.tussenvoegsel || ' ', '')
                 || c.surname)
            FROM public.client c
           WHERE c.id = ANY (p_clients) AND c.deleted_at IS NULL
             AND EXISTS (SELECT 1 FROM public.task t
                  WHERE t.client_id = c.id AND t.status = 'open' AND t.deleted_at IS NULL
                    AND (t.assigned_to = {S}.me()
                         OR (t.assigned_role IS NOT NULL AND t.assigned_role <> 'klantmanager'
                             AND {S}.has_role(t.assigned_role))
                         OR (t.assigned_team IS NOT NULL AND {S}.in_team(t.assigned_team))))
        $$""",
        # The audit screen (a beheerder, who sees no client otherwise): the names of the
        # clients in the audit rows she is shown, only the name.
        f"""CREATE OR REPLACE FUNCTION {S}.audit_client_names(p_clients uuid[])
        RETURNS TABLE (client_id uuid, name text) LANGUAGE sql STABLE {DEFINER} AS $$
          SELECT c.id, trim(c.first_names || ' ' || coalesce(c.tussenvoegsel || ' ', '')
                 || c.surname)
            FROM public.client c
           WHERE c.id = ANY (p_clients) AND {S}.has_role('beheerder')
        $$""",
        # The audit screen's client filter (a beheerder): the ids of clients whose name
        # holds the typed text, at most 500, never a name or any other column.
        f"""CREATE OR REPLACE FUNCTION {S}.audit_client_ids(p_typed text, p_key text)
        RETURNS TABLE (client_id uuid) LANGUAGE sql STABLE {DEFINER} AS $$
          SELECT c.id FROM public.client c
           WHERE {S}.has_role('beheerder')
             AND (strpos(lower(trim(c.first_names || ' ' || coalesce(c.tussenvoegsel || ' ', '')
                  || c.surname)), p_typed) > 0
                  OR left(c.search_name, length(p_key)) = p_key)
           LIMIT 500
        $$""",
        # Retention (services/beheer/vernietiging): for a beheerder, who reads no client,
        # the closed clients by their latest closure: id, date and reason only.
        f"""CREATE OR REPLACE FUNCTION {S}.retention_candidates()
        RETURNS TABLE (client_id uuid, closed_on date, reason text)
        LANGUAGE plpgsql STABLE {DEFINER} AS $$
        BEGIN
          IF NOT {S}.has_role('beheerder') THEN
            RAISE EXCEPTION 'intake: alleen een beheerder stelt de vernietigingslijst op'
              USING ERRCODE = '{REFUSED}';
          END IF;
          RETURN QUERY SELECT DISTINCT ON (b.client_id) b.client_id, b.closed_on,
              b.reason::text
            FROM public.beeindiging b JOIN public.client c ON c.id = b.client_id
           WHERE c.status = 'afgesloten' AND c.deleted_at IS NULL
             AND b.reopened_at IS NULL AND b.deleted_at IS NULL
           ORDER BY b.client_id, b.closed_on DESC;
        END $$""",
        # AVG art. 15 (services/dossier/inzage): who consulted or changed this client's
        # data, for the klantmanager or teamleider who may see the client, with the
        # reason of a "toegang met reden" (a colleague's, which she reads nowhere else).
        f"""CREATE OR REPLACE FUNCTION {S}.inzage_audit(p_client uuid)
        RETURNS TABLE (occurred_at timestamptz, staff_id uuid, username text, roles text,
            action text, entity text, result text, details json, workstation text,
            reden text)
        LANGUAGE plpgsql VOLATILE {DEFINER} AS $$
        DECLARE
          me uuid := {S}.me();
        BEGIN
          IF me IS NULL
             OR NOT (EXISTS (SELECT 1 FROM public.client c WHERE c.id = p_client
                             AND c.klantmanager_id = me) OR {S}.has_role('{TEAMLEIDER}'))
             OR EXISTS (SELECT 1 FROM unnest(ARRAY[{INZAGE_PARTS}]) p
                        WHERE NOT {S}.may(p_client, p))
             OR NOT EXISTS (SELECT 1 FROM {S}.toegang_rol t
                 JOIN public.staff_role r ON r.role = t.code
                 WHERE r.staff_id = me AND t.volledig_bsn) THEN
            RAISE EXCEPTION 'intake: alleen de klantmanager of teamleider van deze klant maakt een inzage'
              USING ERRCODE = '{REFUSED}';
          END IF;
          -- Reading who looked is itself recorded, also when called past the program.
          INSERT INTO public.audit_event (id, occurred_at, staff_id, username, roles,
              action, entity, client_id, details, workstation)
          SELECT gen_random_uuid(), clock_timestamp(), me, session_user,
              coalesce(w.roles, ''), 'bekijken', 'inzage_audit', p_client, '{{}}'::json,
              left(coalesce(current_setting('application_name', true), ''), 100)
            FROM {S}.whoami() w;
          RETURN QUERY SELECT a.occurred_at, a.staff_id, a.username::text, a.roles::text,
              a.action::text, a.entity::text, a.result::text, a.details, a.workstation::text,
              (SELECT t.reason FROM public.toegang_met_reden t
                WHERE t.staff_id = a.staff_id AND t.client_id = a.client_id
                  AND a.occurred_at BETWEEN t.granted_at AND t.valid_until
                ORDER BY t.granted_at DESC LIMIT 1)::text
            FROM public.audit_event a WHERE a.client_id = p_client
              AND a.entity IS DISTINCT FROM 'inzage_audit'
            ORDER BY a.occurred_at;
        END $$""",
        # A live row of a client table that row-level security hides (a colleague's
        # task, an appointment outside her reach): one row with its client when it
        # exists, so the caller refuses (audited) rather than saying "does not exist".
        # Only for ids the caller already holds; nothing else of the row leaks.
        f"""CREATE OR REPLACE FUNCTION {S}.hidden_row(p_table text, p_id uuid)
        RETURNS TABLE (client_id uuid) LANGUAGE plpgsql STABLE {DEFINER} AS $$
        BEGIN
          IF {S}.me() IS NULL OR p_table NOT IN ('task', 'appointment', 'aanmelding', 'trajectplan')
             THEN
            RETURN;
          END IF;
          RETURN QUERY EXECUTE format('SELECT client_id FROM public.%I WHERE id = $1 '
                                      'AND deleted_at IS NULL', p_table) USING p_id;
        END $$""",
    ]
