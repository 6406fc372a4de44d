"""What row-level security cannot say, because it does not see the row as it was: a
task's client, team and maker, and a hand-over's client, team and sender, never change
once written (moving one would hand its reach to someone else); a task's team is one of
toewijzing.toml; and an appointment with a colleague, booked by someone who may not
plan the client's appointments, is only the counter's first talk of a hand-over to that
colleague's team (``may_book``). The owner (migrations) and a destruction pass."""

from __future__ import annotations

from intake_desktop.db.server.functions import DEFINER, REFUSED
from intake_desktop.db.server.names import SCHEMA

S = SCHEMA


def functions() -> list[str]:
    return [
        f"""CREATE OR REPLACE FUNCTION {S}.may_book(p_client uuid, p_staff uuid)
        RETURNS boolean LANGUAGE sql STABLE {DEFINER} AS $$
          SELECT EXISTS (SELECT 1 FROM public.task t JOIN public.staff s ON s.id = p_staff
              WHERE t.client_id = p_client AND t.assigned_team = s.team
                AND t.status = 'open' AND t.deleted_at IS NULL)
        $$""",
        f"""CREATE OR REPLACE FUNCTION public.intake_work_guard() RETURNS trigger
        LANGUAGE plpgsql {DEFINER} AS $$
        DECLARE team_col text;
        BEGIN
          IF {S}.is_admin() OR {S}.destroying() THEN RETURN NEW; END IF;
          IF TG_TABLE_NAME = 'task' THEN
            IF TG_OP = 'UPDATE' AND (NEW.client_id IS DISTINCT FROM OLD.client_id
                OR NEW.assigned_team IS DISTINCT FROM OLD.assigned_team
                OR NEW.created_by IS DISTINCT FROM OLD.created_by) THEN
              RAISE EXCEPTION 'intake: klant, team en maker van een taak veranderen niet'
                USING ERRCODE = '{REFUSED}';
            END IF;
            IF NEW.assigned_team IS NOT NULL
               AND NOT EXISTS (SELECT 1 FROM {S}.team t WHERE t.code = NEW.assigned_team) THEN
              RAISE EXCEPTION 'intake: team % bestaat niet', NEW.assigned_team
                USING ERRCODE = '{REFUSED}';
            END IF;
          ELSIF TG_TABLE_NAME = 'overdracht' THEN
            IF TG_OP = 'UPDATE' AND (NEW.client_id IS DISTINCT FROM OLD.client_id
                OR NEW.team IS DISTINCT FROM OLD.team OR NEW.partner IS DISTINCT FROM OLD.partner
                OR NEW.sent_by IS DISTINCT FROM OLD.sent_by) THEN
              RAISE EXCEPTION 'intake: klant, team en afzender van een overdracht veranderen niet'
                USING ERRCODE = '{REFUSED}';
            END IF;
          ELSIF TG_TABLE_NAME = 'appointment' THEN
            IF TG_OP = 'UPDATE' AND (NEW.client_id IS DISTINCT FROM OLD.client_id
                OR NEW.created_by IS DISTINCT FROM OLD.created_by) THEN
              RAISE EXCEPTION 'intake: klant en maker van een afspraak veranderen niet'
                USING ERRCODE = '{REFUSED}';
            END IF;
            IF NEW.client_id IS NOT NULL AND NEW.staff_id IS NOT NULL
               AND NEW.staff_id IS DISTINCT FROM {S}.me()
               AND (TG_OP = 'INSERT' OR NEW.staff_id IS DISTINCT FROM OLD.staff_id)
               AND NOT {S}.may(NEW.client_id, 'afspraken', true)
               AND NOT {S}.may_book(NEW.client_id, NEW.staff_id) THEN
              RAISE EXCEPTION 'intake: een afspraak met een collega plant wie de afspraken van de klant plant'
                USING ERRCODE = '{REFUSED}';
            END IF;
          END IF;
          RETURN NEW;
        END $$""",
    ]


def triggers() -> list[str]:
    out = []
    for table in ("task", "overdracht", "appointment"):
        out += [
            f"DROP TRIGGER IF EXISTS intake_work_guard ON public.{table}",
            f"CREATE TRIGGER intake_work_guard BEFORE INSERT OR UPDATE ON public.{table} "
            "FOR EACH ROW EXECUTE FUNCTION public.intake_work_guard()",
        ]
    return out
