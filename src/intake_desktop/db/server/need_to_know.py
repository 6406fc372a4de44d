"""The server's need to know: ``intake_security.may(client, part, change)`` over its
copy of toegang.toml, equal test for test to services/core/access_facts.Facts.in_reach,
and the helpers the policies call per row (the queue, a child row's client)."""

from __future__ import annotations

from intake_desktop.db.server.functions import DEFINER, OPEN_AANMELDING, S
from intake_desktop.db.server.names import CHILD_TABLES


def need_to_know() -> list[str]:
    client_of_child = "\n".join(
        f"WHEN '{table}' THEN SELECT client_id INTO found FROM public.{parent} WHERE id = p_parent;"
        for table, (parent, _column, _part) in CHILD_TABLES.items()
        if parent not in CHILD_TABLES
    )
    return [
        f"""CREATE OR REPLACE FUNCTION {S}.in_queue(p_client uuid, p_me uuid)
        RETURNS boolean LANGUAGE sql STABLE {DEFINER} AS $$
          SELECT EXISTS (
              SELECT 1 FROM public.aanmelding a WHERE a.client_id = p_client
                AND a.deleted_at IS NULL
                AND (a.status IN ({OPEN_AANMELDING})
                     OR a.registered_at >= date_trunc('day', now())
                     OR (a.picked_up_by = p_me AND a.registered_at >= now() - make_interval(
                         days => (SELECT dagen_na_gesprek FROM {S}.toegang_algemeen)))))
            OR EXISTS (
              SELECT 1 FROM public.intake_record i WHERE i.client_id = p_client
                AND i.conducted_by = p_me AND i.conducted_at >= now() - make_interval(
                    days => (SELECT dagen_na_gesprek FROM {S}.toegang_algemeen)))
        $$""",
        # p_part NULL: any part at all (the client is in reach of one of the roles).
        # The cheap tests first (her own caseload, her team), the look-ups after: the
        # policies call this per row. Equal, test for test, to access_facts.Facts.in_reach.
        f"""CREATE OR REPLACE FUNCTION {S}.may(p_client uuid, p_part text,
            p_change boolean DEFAULT false)
        RETURNS boolean LANGUAGE plpgsql STABLE {DEFINER} AS $$
        DECLARE
          me uuid;
          my_team text;
          km uuid;
          km_team text;
          r record;
          with_her boolean;
          queue boolean;
          team_task boolean;
        BEGIN
          IF p_client IS NULL THEN RETURN false; END IF;
          SELECT s.id, s.team, c.klantmanager_id, k.team INTO me, my_team, km, km_team
            FROM public.staff s
            LEFT JOIN public.client c ON c.id = p_client
            LEFT JOIN public.staff k ON k.id = c.klantmanager_id
            WHERE s.username = session_user AND s.active AND s.deleted_at IS NULL;
          IF me IS NULL THEN RETURN false; END IF;
          FOR r IN SELECT t.klanten, t.met_reden, a.team_ziet_team FROM {S}.toegang_rol t
                   JOIN public.staff_role sr ON sr.role = t.code AND sr.staff_id = me
                   CROSS JOIN {S}.toegang_algemeen a
                   WHERE cardinality(t.lezen) > 0 AND (p_part IS NULL OR p_part = ANY (
                         CASE WHEN p_change THEN t.wijzigen ELSE t.lezen END))
          LOOP
            IF r.klanten = 'alle' THEN RETURN true; END IF;
            CONTINUE WHEN r.klanten = 'geen';
            IF r.klanten = 'wachtrij' THEN
              IF queue IS NULL THEN queue := {S}.in_queue(p_client, me); END IF;
              IF queue THEN RETURN true; END IF;
            ELSIF r.klanten = 'taken' THEN
              IF team_task IS NULL THEN
                team_task := EXISTS (SELECT 1 FROM public.task t WHERE t.client_id = p_client
                    AND t.assigned_team = my_team AND t.status = 'open'
                    AND t.deleted_at IS NULL)
                  OR EXISTS (SELECT 1 FROM public.task t WHERE t.client_id = p_client
                    AND t.done_by = me AND t.deleted_at IS NULL
                    AND t.done_at >= now() - make_interval(
                        days => (SELECT dagen_na_gesprek FROM {S}.toegang_algemeen)));
              END IF;
              IF team_task THEN RETURN true; END IF;
            ELSE
              IF km = me THEN RETURN true; END IF;
              IF r.klanten = 'team' AND (my_team IS NULL OR km IS NULL) THEN RETURN true; END IF;
              IF km IS NOT NULL AND my_team IS NOT NULL AND km_team = my_team
                 AND (r.klanten = 'team' OR r.team_ziet_team) THEN
                RETURN true;
              END IF;
              -- A teamleider of the back offices under her team (toewijzing.toml onder).
              IF r.klanten = 'team' AND EXISTS (SELECT 1 FROM public.task t
                  JOIN {S}.team b ON b.code = t.assigned_team AND b.onder = my_team
                  WHERE t.client_id = p_client AND t.status = 'open'
                    AND t.deleted_at IS NULL) THEN
                RETURN true;
              END IF;
            END IF;
            IF with_her IS NULL THEN
              with_her := EXISTS (SELECT 1 FROM public.appointment a
                  WHERE a.client_id = p_client AND a.staff_id = me AND a.deleted_at IS NULL)
                OR EXISTS (SELECT 1 FROM public.task t WHERE t.client_id = p_client
                  AND t.assigned_to = me AND t.status = 'open' AND t.deleted_at IS NULL);
            END IF;
            IF with_her THEN RETURN true; END IF;
            IF r.met_reden AND EXISTS (SELECT 1 FROM public.toegang_met_reden g
                WHERE g.staff_id = me AND g.client_id = p_client AND g.valid_until > now())
            THEN RETURN true; END IF;
          END LOOP;
          RETURN false;
        END $$""",
        # The client a row of a child table belongs to (answers, goals, versions).
        f"""CREATE OR REPLACE FUNCTION {S}.client_of(p_table text, p_parent uuid)
        RETURNS uuid LANGUAGE plpgsql STABLE {DEFINER} AS $$
        DECLARE found uuid;
        BEGIN
          CASE p_table
          {client_of_child}
          WHEN 'trajectplan_activity' THEN
            SELECT p.client_id INTO found FROM public.trajectplan_goal g
              JOIN public.trajectplan p ON p.id = g.plan_id WHERE g.id = p_parent;
          ELSE found := NULL;
          END CASE;
          RETURN found;
        END $$""",
    ]


# What audit_is_append_only lets through while ``vernietig`` runs: an UPDATE that only
# swaps the ids for their refs (the chain hashes the ref either way).
