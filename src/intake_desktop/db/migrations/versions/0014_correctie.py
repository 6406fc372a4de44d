"""correctie: a correction of a client's personal data with the old value, the new one
and the reason (AVG art. 16), shown in the inzage report

Revision ID: 0014_correctie
Revises: 0013_audit_chain
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0014_correctie"
down_revision = "0013_audit_chain"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "correctie",
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("field", sa.String(length=32), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_correctie_client_id_client")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_correctie_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_correctie")),
    )
    op.create_index(op.f("ix_correctie_client_id"), "correctie", ["client_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_correctie_client_id"), table_name="correctie")
    op.drop_table("correctie")
