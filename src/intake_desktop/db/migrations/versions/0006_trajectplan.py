"""trajectplan: working version number, activity description, signed PDF kept

Revision ID: 0006_trajectplan
Revises: 0005_toewijzing
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_trajectplan"
down_revision = "0005_toewijzing"
branch_labels = None
depends_on = None


def upgrade() -> None:

    with op.batch_alter_table("trajectplan", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("version_no", sa.Integer(), nullable=False, server_default="1")
        )
    # One plan in progress per client (finished ones stay as history).
    op.create_index(
        "ux_trajectplan_open",
        "trajectplan",
        ["client_id"],
        unique=True,
        sqlite_where=sa.text("status != 'afgerond' AND deleted_at IS NULL"),
        postgresql_where=sa.text("status != 'afgerond' AND deleted_at IS NULL"),
    )

    with op.batch_alter_table("trajectplan_activity", schema=None) as batch_op:
        batch_op.add_column(sa.Column("description", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("position", sa.Integer(), nullable=False, server_default="0"))

    with op.batch_alter_table("trajectplan_versie", schema=None) as batch_op:
        batch_op.add_column(sa.Column("pdf", sa.LargeBinary(), nullable=True))
        batch_op.add_column(sa.Column("signed_by", sa.Uuid(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_trajectplan_versie_signed_by_staff"), "staff", ["signed_by"], ["id"]
        )


def downgrade() -> None:

    with op.batch_alter_table("trajectplan_versie", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_trajectplan_versie_signed_by_staff"), type_="foreignkey"
        )
        batch_op.drop_column("signed_by")
        batch_op.drop_column("pdf")

    with op.batch_alter_table("trajectplan_activity", schema=None) as batch_op:
        batch_op.drop_column("position")
        batch_op.drop_column("description")

    op.drop_index("ux_trajectplan_open", table_name="trajectplan")
    with op.batch_alter_table("trajectplan", schema=None) as batch_op:
        batch_op.drop_column("version_no")
