"""audit chain: the result of every audited action (gedaan, geweigerd, mislukt), the
pseudonymous references kept after destruction, and a hash chain over the audit rows
made by the database (db/audit_chain.py)

Revision ID: 0013_audit_chain
Revises: 0012_must_change_password
Create Date: 2026-12-04

Existing rows get their result from their action and are linked in the order they
happened; from then on the trigger links every new row.
"""

import sqlalchemy as sa
from alembic import op

from intake_desktop.db import audit_chain

revision = "0013_audit_chain"
down_revision = "0012_must_change_password"
branch_labels = None
depends_on = None

REFUSED = ("geweigerd",)
FAILED = ("aanmelden_mislukt", "ontgrendelen_mislukt", "wachtwoord_wijzigen_mislukt")


def upgrade() -> None:
    op.add_column(
        "audit_event",
        sa.Column("result", sa.String(length=16), nullable=False, server_default="gedaan"),
    )
    op.add_column("audit_event", sa.Column("client_ref", sa.String(length=64), nullable=True))
    op.add_column("audit_event", sa.Column("entity_ref", sa.String(length=64), nullable=True))
    op.create_table(
        "audit_chain",
        sa.Column(
            "seq",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=False,
            nullable=False,
        ),
        sa.Column("audit_id", sa.Uuid(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("row_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_chain")),
        sa.UniqueConstraint("audit_id", name=op.f("uq_audit_chain_audit_id")),
    )
    bind = op.get_bind()
    dialect = bind.dialect.name
    _backfill_results(bind, dialect)
    for statement in audit_chain.create_sql(dialect):
        bind.exec_driver_sql(statement)
    _link_existing(bind, dialect)


def _backfill_results(bind, dialect: str) -> None:
    guarded = (
        dialect == "postgresql"
        and bind.exec_driver_sql(
            "SELECT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'intake_append_only')"
        ).scalar()
    )
    if guarded:  # server mode: the owner lifts the append-only guard for this moment only
        bind.exec_driver_sql("ALTER TABLE audit_event DISABLE TRIGGER intake_append_only")
    for result, actions in (("geweigerd", REFUSED), ("mislukt", FAILED)):
        bind.execute(
            sa.text("UPDATE audit_event SET result = :result WHERE action IN :actions").bindparams(
                sa.bindparam("actions", expanding=True)
            ),
            {"result": result, "actions": list(actions)},
        )
    if guarded:
        bind.exec_driver_sql("ALTER TABLE audit_event ENABLE TRIGGER intake_append_only")


def _link_existing(bind, dialect: str) -> None:
    columns = ", ".join(audit_chain.COLUMNS)
    if dialect == "postgresql":
        args = ", ".join(f"r.{c}" for c in audit_chain.COLUMNS)
        bind.exec_driver_sql(
            f"""DO $$ DECLARE r record; h text := '{audit_chain.GENESIS}'; n bigint := 0;
            next_hash text; BEGIN
              FOR r IN SELECT {columns} FROM public.audit_event ORDER BY occurred_at, id LOOP
                n := n + 1;
                next_hash := public.{audit_chain.FUNCTION}(h, {args});
                INSERT INTO public.audit_chain VALUES (n, r.id, h, next_hash);
                h := next_hash;
              END LOOP;
            END $$"""
        )
        return
    rows = bind.exec_driver_sql(f"SELECT {columns} FROM audit_event ORDER BY occurred_at, id")
    previous, links = audit_chain.GENESIS, []
    for seq, row in enumerate(rows, start=1):
        link = audit_chain.row_hash(previous, *row)
        links.append((seq, row[0], previous, link))
        previous = link
    if links:
        bind.exec_driver_sql(
            "INSERT INTO audit_chain (seq, audit_id, prev_hash, row_hash) VALUES (?, ?, ?, ?)",
            links,
        )


def downgrade() -> None:
    bind = op.get_bind()
    for statement in audit_chain.drop_sql(bind.dialect.name):
        bind.exec_driver_sql(statement)
    op.drop_table("audit_chain")
    with op.batch_alter_table("audit_event") as batch:
        batch.drop_column("entity_ref")
        batch.drop_column("client_ref")
        batch.drop_column("result")
