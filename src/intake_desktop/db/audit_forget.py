"""Audit rows about a destroyed dossier lose their personal link (migration 0016).

At destruction (services/beheer/vernietigen.py) the audit rows about the client get
``client_ref``/``entity_ref`` (db/audit_chain.ref of the ids) and lose the ids; the
chain still verifies, as it hashes the ref in both cases. A row about such a client
that arrives later (a laptop's offline work, pushed after the destruction) is treated
the same by the database itself: ``vernietigd_dossier`` holds the refs of destroyed
dossiers, and a trigger on ``audit_event`` looks every new row's client up there.
"""

from __future__ import annotations

from intake_desktop.db.audit_chain import REF_FUNCTION  # registered with the chain's
from intake_desktop.db.audit_triggers import AuditTrigger

SQLITE_TRIGGER = f"""
CREATE TRIGGER IF NOT EXISTS trg_audit_forget AFTER INSERT ON audit_event
WHEN NEW.client_id IS NOT NULL
 AND EXISTS (SELECT 1 FROM vernietigd_dossier
             WHERE client_ref = {REF_FUNCTION}(NEW.client_id))
BEGIN
  UPDATE audit_event
     SET client_ref = {REF_FUNCTION}(NEW.client_id),
         entity_ref = {REF_FUNCTION}(NEW.entity_id),
         client_id = NULL, entity_id = NULL
   WHERE id = NEW.id;
END"""


def pg_ref(column: str) -> str:
    return (
        f"CASE WHEN {column} IS NULL THEN NULL "
        f"ELSE encode(sha256(convert_to({column}::text, 'UTF8')), 'hex') END"
    )


PG_FUNCTION = f"""
CREATE OR REPLACE FUNCTION public.intake_audit_forget() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF NEW.client_id IS NOT NULL AND EXISTS (
      SELECT 1 FROM public.vernietigd_dossier WHERE client_ref = {pg_ref("NEW.client_id")})
  THEN
    NEW.client_ref := {pg_ref("NEW.client_id")};
    NEW.entity_ref := {pg_ref("NEW.entity_id")};
    NEW.client_id := NULL;
    NEW.entity_id := NULL;
  END IF;
  RETURN NEW;
END $$"""

# PostgreSQL runs BEFORE INSERT triggers by name: this after intake_stamp (who it is).
TRIGGER = AuditTrigger(
    "trg_audit_forget", "intake_audit_forget", "BEFORE INSERT", SQLITE_TRIGGER, PG_FUNCTION
)


def create_sql(dialect: str) -> list[str]:
    return TRIGGER.create_sql(dialect)


def drop_sql(dialect: str) -> list[str]:
    return TRIGGER.drop_sql(dialect)
