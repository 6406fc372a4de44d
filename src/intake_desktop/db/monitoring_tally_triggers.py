"""The triggers that keep the monitoring tally (db/monitoring_tally.py says how): on
SQLite a BEFORE and an AFTER trigger per event and source table, on PostgreSQL one
BEFORE trigger per table that does both (it runs AFTER ROW triggers only at the end of a
statement). A migration that rebuilds a source table must call ``create_triggers``
again; tests/monitoring/test_monitoring_tally.py checks they exist."""

from __future__ import annotations

from intake_desktop.db.monitoring_tally import FAMILIES, Family, apply_sql


def _by_table() -> dict[str, list[tuple[Family, str, tuple[str, ...] | None]]]:
    tables: dict[str, list] = {}
    for family in FAMILIES:
        for table, (unit, columns) in family.tables.items():
            tables.setdefault(table, []).append((family, unit, columns))
    return tables


# A new client has no rows yet that refer to it (foreign keys): no trigger on its insert,
# so an import of many clients does not pay for the tally.
NO_INSERT = {"client"}


def _events(table: str) -> tuple[str, ...]:
    return ("UPDATE", "DELETE") if table in NO_INSERT else ("INSERT", "UPDATE", "DELETE")


def trigger_names(dialect: str) -> set[str]:
    names = set()
    for table in _by_table():
        if dialect == "sqlite":
            for when in ("before", "after"):
                for event in _events(table):
                    names.add(f"trg_tally_{table}_{when}_{event.lower()}")
        else:
            names.add(f"trg_tally_{table}")
    return names


def _sqlite_body(entries, rows: tuple[str, ...], sign: int) -> str:
    statements = []
    for family, unit, _columns in entries:
        units = []
        for row in rows:
            expr = unit.format(row=row)
            if expr not in units:
                units.append(expr)
        for expr in units:
            # Both units when a row moves between them; the same unit only once.
            guard = ""
            if len(units) == 2 and expr == units[1]:
                guard = f" AND ({units[1]}) IS NOT ({units[0]})"
            stmt = apply_sql(family, "sqlite", expr, sign).replace(
                "WHERE 1 = 1\nGROUP BY", f"WHERE 1 = 1{guard}\nGROUP BY"
            )
            statements.append(stmt.strip() + ";")
    return "\n".join(statements)


def sqlite_triggers() -> list[str]:
    out = []
    for table, entries in _by_table().items():
        columns: set[str] = set()
        for _f, _u, cols in entries:
            columns.update(cols or ())
        of = ", ".join(sorted(columns))
        for when, sign in (("BEFORE", -1), ("AFTER", 1)):
            for event, rows in (
                ("INSERT", ("NEW",)),
                ("UPDATE", ("OLD", "NEW")),
                ("DELETE", ("OLD",)),
            ):
                if event not in _events(table):
                    continue
                body = _sqlite_body(entries, rows, sign)
                head = f"{event} OF {of}" if event == "UPDATE" else event
                name = f"trg_tally_{table}_{when.lower()}_{event.lower()}"
                out.append(f"CREATE TRIGGER {name} {when} {head} ON {table}\nBEGIN\n{body}\nEND")
    return out


def _pg_body(table: str, entries) -> str:
    """PostgreSQL runs AFTER ROW triggers at the end of the statement, so one BEFORE
    trigger does both: it takes the unit's contribution off, and adds the contribution
    of the unit as it will be, reading the table with this row changed."""
    will_be = {
        "INSERT": f"SELECT * FROM {table} UNION ALL SELECT NEW.*",
        "UPDATE": f"SELECT * FROM {table} WHERE id <> OLD.id UNION ALL SELECT NEW.*",
        "DELETE": f"SELECT * FROM {table} WHERE id <> OLD.id",
    }

    def both(family, var: str, op: str) -> str:
        off = apply_sql(family, "postgresql", var, -1).strip()
        on = apply_sql(family, "postgresql", var, 1, (table, will_be[op])).strip()
        return f"{off};\n            {on};"

    parts = []
    for family, unit, _columns in entries:
        old, new = unit.format(row="OLD"), unit.format(row="NEW")
        parts.append(
            f"""
        IF TG_OP = 'INSERT' THEN
            u_new := {new};
            {both(family, "u_new", "INSERT")}
        ELSIF TG_OP = 'UPDATE' THEN
            u_old := {old};
            u_new := {new};
            {both(family, "u_old", "UPDATE")}
            IF u_new IS DISTINCT FROM u_old THEN
                {both(family, "u_new", "UPDATE")}
            END IF;
        ELSE
            u_old := {old};
            {both(family, "u_old", "DELETE")}
        END IF;"""
        )
    return "\n".join(parts)


def postgres_triggers() -> list[str]:
    out = []
    for table, entries in _by_table().items():
        columns: set[str] = set()
        for _f, _u, cols in entries:
            columns.update(cols or ())
        of = ", ".join(sorted(columns))
        fn = f"tally_{table}"
        out.append(
            f"""
    CREATE OR REPLACE FUNCTION {fn}() RETURNS trigger AS $$
    DECLARE
        u_old uuid;
        u_new uuid;
    BEGIN
        {_pg_body(table, entries)}
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
    END
    $$ LANGUAGE plpgsql
    """
        )
        out.append(
            f"CREATE TRIGGER trg_tally_{table} BEFORE "
            + ("" if table in NO_INSERT else "INSERT OR ")
            + f"DELETE OR UPDATE OF {of} ON {table} FOR EACH ROW EXECUTE FUNCTION {fn}()"
        )
    return out


def drop_sql(dialect: str) -> list[str]:
    if dialect == "sqlite":
        return [f"DROP TRIGGER IF EXISTS {n}" for n in sorted(trigger_names("sqlite"))]
    out = []
    for table in _by_table():
        out.append(f"DROP TRIGGER IF EXISTS trg_tally_{table} ON {table}")
        out.append(f"DROP FUNCTION IF EXISTS tally_{table}()")
    return out


def create_triggers(connection) -> None:
    """(Re)make the triggers: after a migration that rebuilt a source table, call this."""
    dialect = connection.dialect.name
    for statement in drop_sql(dialect):
        connection.exec_driver_sql(statement)
    for statement in sqlite_triggers() if dialect == "sqlite" else postgres_triggers():
        connection.exec_driver_sql(statement)
