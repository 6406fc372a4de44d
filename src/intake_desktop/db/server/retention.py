"""Destruction of an approved Vernietigingslijst on the server (Archiefwet;
services/beheer/vernietigen.py does the same on a store without server security).

A teamleider may not see most clients, and nobody may delete an audit row or a
correctie: ``vernietig(list)`` runs with the owner's rights, for the teamleider who
approved the list in this transaction and did not draw it up. It decides itself which
dossiers are still due (the server's copy of bewaartermijnen.toml, the closure as it is
now), not the workstation. While it runs, ``vernietiging_bezig`` holds its transaction
id, which only the owner can write: that is what lets the append-only guards allow
exactly this (an audit row losing its ids for their refs; a correctie deleted)."""

from __future__ import annotations

from intake_desktop.config.bewaartermijnen import Bewaartermijnen
from intake_desktop.db import logboek
from intake_desktop.db.audit_forget import pg_ref
from intake_desktop.db.client_tables import CLIENT_TABLES
from intake_desktop.db.server.functions import DEFINER, REFUSED, S
from intake_desktop.domain.roles import TEAMLEIDER


def tables() -> list[str]:
    return [
        f"""CREATE TABLE IF NOT EXISTS {S}.bewaartermijn (
            reden text PRIMARY KEY, jaren integer NOT NULL, weken integer NOT NULL)""",
        f"""CREATE TABLE IF NOT EXISTS {S}.vernietiging_bezig (
            txid bigint PRIMARY KEY, list_id uuid NOT NULL)""",
        f"REVOKE ALL ON {S}.bewaartermijn, {S}.vernietiging_bezig FROM PUBLIC",
    ]


def rows(terms: Bewaartermijnen) -> list[str]:
    """The server's copy of bewaartermijnen.toml (codes and numbers only)."""
    out = [f"DELETE FROM {S}.bewaartermijn"]
    for term in terms.termijnen:
        for reason in term.afsluitredenen:
            out.append(
                f"INSERT INTO {S}.bewaartermijn VALUES ('{reason}', {int(term.jaren)}, "
                f"{int(term.weken)})"
            )
    return out


def activity_rows(register) -> list[str]:
    """The Logboek's copy of verwerkingsregister.toml (db/logboek.py)."""

    def quoted(value: str) -> str:
        return "'" + value.replace("'", "''") + "'"

    out = ["DELETE FROM public.logboek_activiteit"]
    for entity, uri in logboek.activity_rows(register):
        out.append(
            f"INSERT INTO public.logboek_activiteit VALUES ({quoted(entity)}, {quoted(uri)})"
        )
    return out


def _var(name: str) -> str:
    return f"r_{name}"


def _collect() -> str:
    """Each client table's row ids, parents first (CLIENT_TABLES)."""
    lines = []
    for name, column, source in CLIENT_TABLES:
        if name in ("household", "client"):
            continue
        of = "ids" if source == "client" else _var(source.split(".")[0])
        lines.append(
            f"{_var(name)} := ARRAY(SELECT id FROM public.{name} WHERE {column} = ANY({of}));"
        )
    return "\n          ".join(lines)


def _delete() -> str:
    lines = []
    for name, _column, _source in reversed(CLIENT_TABLES):
        if name in ("household", "client"):
            continue
        lines.append(f"DELETE FROM public.{name} WHERE id = ANY({_var(name)});")
    return "\n          ".join(lines)


def _declare() -> str:
    return "\n          ".join(
        f"{_var(name)} uuid[];" for name, _c, _s in CLIENT_TABLES if name != "client"
    )


def _all_rows() -> str:
    return " || ".join(_var(name) for name, _c, _s in CLIENT_TABLES if name != "client")


def functions() -> list[str]:
    return [
        f"""CREATE OR REPLACE FUNCTION {S}.destroying() RETURNS boolean
        LANGUAGE plpgsql STABLE {DEFINER} AS $$ BEGIN
          RETURN EXISTS (SELECT 1 FROM {S}.vernietiging_bezig WHERE txid = txid_current());
        END $$""",
        f"""CREATE OR REPLACE FUNCTION {S}.vernietig(p_list uuid) RETURNS integer
        LANGUAGE plpgsql VOLATILE {DEFINER} AS $$
        DECLARE
          me uuid := {S}.me();
          my_roles text;
          lijst public.vernietigingslijst%ROWTYPE;
          ids uuid[] := '{{}}';
          out_entries jsonb := '[]'::jsonb;
          e jsonb;
          cid uuid;
          kept jsonb;
          households uuid[];
          {_declare()}
        BEGIN
          SELECT * INTO lijst FROM public.vernietigingslijst WHERE id = p_list FOR UPDATE;
          IF me IS NULL OR NOT {S}.has_role('{TEAMLEIDER}') OR lijst.id IS NULL
             OR lijst.status <> 'goedgekeurd' OR lijst.decided_by IS DISTINCT FROM me
             OR lijst.made_by = me THEN
            RAISE EXCEPTION 'intake: alleen de teamleider die deze lijst net goedkeurde, vernietigt'
              USING ERRCODE = '{REFUSED}';
          END IF;
          FOR e IN SELECT value FROM jsonb_array_elements(lijst.entries::jsonb) LOOP
            cid := nullif(e->>'client_id', '')::uuid;
            IF cid IS NOT NULL AND EXISTS (
                SELECT 1 FROM (
                  SELECT b.closed_on, b.reason FROM public.beeindiging b
                    JOIN public.client c ON c.id = b.client_id
                   WHERE b.client_id = cid AND c.status = 'afgesloten'
                     AND c.deleted_at IS NULL AND b.reopened_at IS NULL
                     AND b.deleted_at IS NULL
                   ORDER BY b.closed_on DESC LIMIT 1) x
                JOIN {S}.bewaartermijn t ON t.reden = x.reason::text
                WHERE x.closed_on + make_interval(years => t.jaren, weeks => t.weken)
                      <= current_date) THEN
              ids := ids || cid;
              out_entries := out_entries
                || jsonb_build_array((e - 'client_id') || '{{"uitkomst": "vernietigd"}}');
            ELSE
              out_entries := out_entries
                || jsonb_build_array((e - 'client_id') || '{{"uitkomst": "overgeslagen"}}');
            END IF;
          END LOOP;
          INSERT INTO {S}.vernietiging_bezig VALUES (txid_current(), p_list);
          SELECT w.roles INTO my_roles FROM {S}.whoami() w;
          INSERT INTO public.audit_event (id, occurred_at, staff_id, username, roles, action,
              entity, entity_id, client_id, details, workstation, result)
            SELECT gen_random_uuid(), clock_timestamp(), me, session_user,
                coalesce(my_roles, ''), 'vernietigd', 'client', c, c,
                json_build_object('vernietigingslijst', p_list::text), '', 'gedaan'
              FROM unnest(ids) c;
          -- Monitoring figures survive: the tally as it is now goes back at the end.
          LOCK TABLE public.monitoring_tally IN EXCLUSIVE MODE;
          kept := (SELECT jsonb_agg(to_jsonb(t)) FROM public.monitoring_tally t);
          households := ARRAY(SELECT DISTINCT household_id FROM public.client
                              WHERE id = ANY(ids) AND household_id IS NOT NULL);
          {_collect()}
          DELETE FROM public.toegang_met_reden WHERE client_id = ANY(ids);
          DELETE FROM public.checkout WHERE client_id = ANY(ids);
          DELETE FROM public.sync_conflict WHERE client_id = ANY(ids);
          DELETE FROM public.draft d WHERE EXISTS (SELECT 1 FROM unnest(ids) c
              WHERE strpos(d.form_key, c::text) > 0 OR strpos(d.form_key, replace(c::text, '-', '')) > 0);
          {_delete()}
          DELETE FROM public.client WHERE id = ANY(ids);
          WITH gone AS (DELETE FROM public.household h WHERE h.id = ANY(households)
                 AND NOT EXISTS (SELECT 1 FROM public.client c WHERE c.household_id = h.id)
                 RETURNING h.id)
            SELECT ARRAY(SELECT id FROM gone) INTO r_household;
          UPDATE public.audit_event
             SET client_ref = {pg_ref("client_id")},
                 entity_ref = CASE WHEN entity_id IS NULL THEN entity_ref
                                   ELSE {pg_ref("entity_id")} END,
                 client_id = NULL, entity_id = NULL
           WHERE client_id = ANY(ids);
          UPDATE public.audit_event
             SET entity_ref = {pg_ref("entity_id")}, entity_id = NULL
           WHERE entity_id = ANY({_all_rows()});
          DELETE FROM public.monitoring_tally;
          INSERT INTO public.monitoring_tally
            SELECT * FROM jsonb_populate_recordset(NULL::public.monitoring_tally,
                                                   coalesce(kept, '[]'::jsonb));
          INSERT INTO public.vernietigd_dossier (client_ref, list_id, destroyed_at)
            SELECT {pg_ref("c")}, p_list, now() FROM unnest(ids) c ON CONFLICT DO NOTHING;
          UPDATE public.vernietigingslijst
             SET entries = out_entries::json, status = 'uitgevoerd',
                 version = version + 1, updated_at = now(), updated_by = me
           WHERE id = p_list;
          DELETE FROM {S}.vernietiging_bezig WHERE txid = txid_current();
          RETURN coalesce(array_length(ids, 1), 0);
        END $$""",
    ]
