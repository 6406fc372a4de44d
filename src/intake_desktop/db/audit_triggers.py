"""One trigger on ``audit_event`` made for both databases: a SQLite trigger, or a
PostgreSQL function and the trigger that calls it (db/audit_forget.py, db/logboek.py)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AuditTrigger:
    name: str  # the trigger's name on both databases
    function: str  # the PostgreSQL function, public schema
    timing: str  # "BEFORE INSERT" or "AFTER INSERT" on PostgreSQL
    sqlite: str  # the CREATE TRIGGER for SQLite
    pg_function: str  # the CREATE OR REPLACE FUNCTION for PostgreSQL

    def create_sql(self, dialect: str) -> list[str]:
        if dialect == "sqlite":
            return [self.sqlite]
        return [
            self.pg_function,
            f"DROP TRIGGER IF EXISTS {self.name} ON public.audit_event",
            f"CREATE TRIGGER {self.name} {self.timing} ON public.audit_event "
            f"FOR EACH ROW EXECUTE FUNCTION public.{self.function}()",
        ]

    def drop_sql(self, dialect: str) -> list[str]:
        if dialect == "sqlite":
            return [f"DROP TRIGGER IF EXISTS {self.name}"]
        return [
            f"DROP TRIGGER IF EXISTS {self.name} ON public.audit_event",
            f"DROP FUNCTION IF EXISTS public.{self.function}()",
        ]
