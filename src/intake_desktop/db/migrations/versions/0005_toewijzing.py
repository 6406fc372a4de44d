"""klantmanager function, suggestion followed, caseload and work-list indexes

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


def downgrade() -> None:

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
