"""klantmanager function, suggestion followed, caseload counts kept by triggers,
work-list indexes

Revision ID: 0005_toewijzing
Revises: 0004_benefit_since
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_toewijzing"
down_revision = "0004_benefit_since"
branch_labels = None
depends_on = None


# A client counts in a caseload while it has a klantmanager, is not closed and not deleted.
_COUNTS = "klantmanager_id IS NOT NULL AND status != 'afgesloten' AND deleted_at IS NULL"

SQLITE_TRIGGERS = [
    f"""
    CREATE TRIGGER trg_caseload_insert AFTER INSERT ON client
    WHEN {
        _COUNTS.replace("klantmanager_id", "NEW.klantmanager_id")
        .replace("status", "NEW.status")
        .replace("deleted_at", "NEW.deleted_at")
    }
    BEGIN
        INSERT INTO caseload_count (klantmanager_id, klantgroep, clients)
        VALUES (NEW.klantmanager_id, coalesce(NEW.klantgroep, ''), 1)
        ON CONFLICT (klantmanager_id, klantgroep) DO UPDATE SET clients = clients + 1;
    END
    """,
    f"""
    CREATE TRIGGER trg_caseload_delete AFTER DELETE ON client
    WHEN {
        _COUNTS.replace("klantmanager_id", "OLD.klantmanager_id")
        .replace("status", "OLD.status")
        .replace("deleted_at", "OLD.deleted_at")
    }
    BEGIN
        UPDATE caseload_count SET clients = clients - 1
        WHERE klantmanager_id = OLD.klantmanager_id
          AND klantgroep = coalesce(OLD.klantgroep, '');
    END
    """,
    f"""
    CREATE TRIGGER trg_caseload_update
    AFTER UPDATE OF klantmanager_id, klantgroep, status, deleted_at ON client
    BEGIN
        UPDATE caseload_count SET clients = clients - 1
        WHERE klantmanager_id = OLD.klantmanager_id
          AND klantgroep = coalesce(OLD.klantgroep, '')
          AND {
        _COUNTS.replace("klantmanager_id", "OLD.klantmanager_id")
        .replace("status", "OLD.status")
        .replace("deleted_at", "OLD.deleted_at")
    };
        INSERT INTO caseload_count (klantmanager_id, klantgroep, clients)
        SELECT NEW.klantmanager_id, coalesce(NEW.klantgroep, ''), 1
        WHERE {
        _COUNTS.replace("klantmanager_id", "NEW.klantmanager_id")
        .replace("status", "NEW.status")
        .replace("deleted_at", "NEW.deleted_at")
    }
        ON CONFLICT (klantmanager_id, klantgroep) DO UPDATE SET clients = clients + 1;
    END
    """,
]

POSTGRES_TRIGGERS = [
    """
    CREATE FUNCTION caseload_count_keep() RETURNS trigger AS $$
    BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.klantmanager_id IS NOT NULL
           AND OLD.status <> 'afgesloten' AND OLD.deleted_at IS NULL THEN
            UPDATE caseload_count SET clients = clients - 1
            WHERE klantmanager_id = OLD.klantmanager_id
              AND klantgroep = coalesce(OLD.klantgroep, '');
        END IF;
        IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.klantmanager_id IS NOT NULL
           AND NEW.status <> 'afgesloten' AND NEW.deleted_at IS NULL THEN
            INSERT INTO caseload_count (klantmanager_id, klantgroep, clients)
            VALUES (NEW.klantmanager_id, coalesce(NEW.klantgroep, ''), 1)
            ON CONFLICT (klantmanager_id, klantgroep)
            DO UPDATE SET clients = caseload_count.clients + 1;
        END IF;
        RETURN NULL;
    END
    $$ LANGUAGE plpgsql
    """,
    """
    CREATE TRIGGER trg_caseload AFTER INSERT OR DELETE
        OR UPDATE OF klantmanager_id, klantgroep, status, deleted_at ON client
    FOR EACH ROW EXECUTE FUNCTION caseload_count_keep()
    """,
]


def upgrade() -> None:
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.add_column(sa.Column("functie", sa.String(length=32), nullable=True))

    with op.batch_alter_table("klantmanager_toewijzing", schema=None) as batch_op:
        batch_op.add_column(sa.Column("suggested_id", sa.Uuid(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_klantmanager_toewijzing_suggested_id_staff"),
            "staff",
            ["suggested_id"],
            ["id"],
        )

    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_client_klantmanager_id"))
        batch_op.create_index(
            "ix_client_caseload", ["klantmanager_id", "status", "klantgroep"], unique=False
        )

    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.create_index(
            "ix_task_werkvoorraad", ["assigned_to", "status", "due_at"], unique=False
        )
        batch_op.create_index(
            "ix_task_role_werkvoorraad", ["assigned_role", "status", "due_at"], unique=False
        )

    # Last: a batch that recreated the client table would drop its triggers.
    op.create_table(
        "caseload_count",
        sa.Column("klantmanager_id", sa.Uuid(), nullable=False),
        sa.Column("klantgroep", sa.String(length=32), nullable=False),
        sa.Column("clients", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("klantmanager_id", "klantgroep", name=op.f("pk_caseload_count")),
    )
    op.execute(
        "INSERT INTO caseload_count (klantmanager_id, klantgroep, clients) "
        "SELECT klantmanager_id, coalesce(klantgroep, ''), count(*) FROM client "
        f"WHERE {_COUNTS} GROUP BY klantmanager_id, coalesce(klantgroep, '')"
    )
    dialect = op.get_bind().dialect.name
    for statement in SQLITE_TRIGGERS if dialect == "sqlite" else POSTGRES_TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("trg_caseload_insert", "trg_caseload_delete", "trg_caseload_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        op.execute("DROP TRIGGER IF EXISTS trg_caseload ON client")
        op.execute("DROP FUNCTION IF EXISTS caseload_count_keep()")
    op.drop_table("caseload_count")

    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.drop_index("ix_task_role_werkvoorraad")
        batch_op.drop_index("ix_task_werkvoorraad")

    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.drop_index("ix_client_caseload")
        batch_op.create_index(
            batch_op.f("ix_client_klantmanager_id"), ["klantmanager_id"], unique=False
        )

    with op.batch_alter_table("klantmanager_toewijzing", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_klantmanager_toewijzing_suggested_id_staff"), type_="foreignkey"
        )
        batch_op.drop_column("suggested_id")

    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.drop_column("functie")
