"""Raw SQL on a test store, past the program, as the database's owner would do it:
sqlite3 on the file, or psycopg as the cluster's superuser taking the owner's role."""

from __future__ import annotations

import sqlite3

from sqlalchemy.engine import make_url


def run_as_owner(store, *statements: str) -> None:
    url = store.engine.url
    if url.get_backend_name() == "sqlite":
        from intake_desktop.db import audit_chain, logboek

        connection = sqlite3.connect(url.database)
        audit_chain.register_sqlite(connection)  # the owner's copy of the program has them
        logboek.register_sqlite(connection)
        try:
            with connection:
                for statement in statements:
                    connection.execute(statement)
        finally:
            connection.close()
        return
    import psycopg

    parsed = make_url(str(url))
    with psycopg.connect(
        f"host=127.0.0.1 port={parsed.port} user=intake dbname={parsed.database}"
    ) as connection:
        owner = connection.execute(
            "SELECT tableowner FROM pg_tables WHERE tablename = 'audit_event'"
        ).fetchone()[0]
        connection.execute(f'SET ROLE "{owner}"')
        guarded = connection.execute(
            "SELECT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'intake_append_only')"
        ).fetchone()[0]
        if guarded:  # the owner lifts the server's append-only guard first
            connection.execute("ALTER TABLE audit_event DISABLE TRIGGER intake_append_only")
        for statement in statements:
            connection.execute(statement)
        if guarded:
            connection.execute("ALTER TABLE audit_event ENABLE TRIGGER intake_append_only")


def hex_id(store, value) -> str:
    """How an id is written in a raw statement on this store."""
    if store.engine.dialect.name == "sqlite":
        return value.hex
    return str(value)
